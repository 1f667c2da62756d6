#pragma once

#include "dispatcher/net/RestRoutes.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"

#include <QObject>

#include <memory>

class Board;
class Dispatcher;

// The REST server's writes, on a thread of their own: a POST or PATCH that
// waits for another process's write lock must not stop the server thread
// answering reads. It lives in the writer QThread with its own board
// connection (and, for `serve`, the Dispatcher behind POST /dispatch);
// writes run one at a time in the order they arrived.
class RestWriter : public QObject
{
    Q_OBJECT
public:
    RestWriter(const BoardLocation &location, Clock *clock, bool hostDispatcher);
    ~RestWriter() override;

    // Call in the writer thread only.
    RestReply handle(const RestRequest &request);

private:
    Json dispatchOnce(bool dryRun);

    BoardLocation m_location;
    Clock *m_clock;
    bool m_hostDispatcher;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<RestRoutes> m_routes;
    std::unique_ptr<Dispatcher> m_dispatcher;
};
