#include "dispatcher/net/RestWriter.h"

#include "dispatcher/Dispatcher.h"
#include "model/Board.h"
#include "model/KanbanError.h"

RestWriter::RestWriter(const BoardLocation &location, Clock *clock, bool hostDispatcher)
    : m_location(location), m_clock(clock), m_hostDispatcher(hostDispatcher)
{
}

RestWriter::~RestWriter()
{
    m_dispatcher.reset();
    m_routes.reset();
    m_board.reset();
}

RestReply RestWriter::handle(const RestRequest &request)
{
    if (!m_board) {
        // Opened in this thread: a connection belongs to its thread.
        try {
            m_board = std::make_unique<Board>(m_location, m_clock);
        } catch (const KanbanError &e) {
            Json body = Json::object();
            body.set(QStringLiteral("error"), e.message());
            return {500, body, false, {}, {}};
        }
        m_routes = std::make_unique<RestRoutes>(*m_board);
        if (m_hostDispatcher)
            m_routes->dispatchNow = [this](bool dryRun) { return dispatchOnce(dryRun); };
    }
    return m_routes->handle(request);
}

// POST /dispatch: one tick, unless another process owns the board.
Json RestWriter::dispatchOnce(bool dryRun)
{
    if (!m_dispatcher)
        m_dispatcher = std::make_unique<Dispatcher>(m_location);
    qint64 holder = 0;
    if (!dryRun && !m_dispatcher->lockBoard(&holder))
        throw KanbanError(
            QStringLiteral("dispatcher pid %1 owns this board; it ticks within a second of any "
                           "change")
                .arg(holder),
            KanbanError::Conflict);
    return m_dispatcher->tick(dryRun).toJson();
}
