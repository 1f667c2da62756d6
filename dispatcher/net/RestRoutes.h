#pragma once

#include "model/Json.h"
#include "model/Kernel.h"

#include <QByteArray>
#include <QUrlQuery>

#include <functional>

struct RestRequest
{
    QString method; // GET, POST, PATCH, DELETE
    QString path;   // without the query
    QUrlQuery query;
    QByteArray body;
};

struct RestReply
{
    int status = 200;
    Json body;
    bool wait = false; // GET /events with nothing new: long-poll
    QByteArray raw;    // the body already written (compact), instead of `body`
    QByteArray etag;   // sent as ETag; an If-None-Match equal to it gets 304
};

// The REST routes of the original dashboard, answered synchronously from
// one board connection. Errors: 400 bad input, 404 unknown, 409 refused.
class RestRoutes
{
public:
    explicit RestRoutes(Board &board);

    RestReply handle(const RestRequest &request);
    // The /events answer for a cursor; wait is set when nothing is new.
    RestReply events(qint64 since);
    // Runs one dispatcher tick; unset when this process hosts none.
    std::function<Json(bool dryRun)> dispatchNow;

private:
    RestReply route(const RestRequest &r);
    RestReply getBoard(const RestRequest &r);
    RestReply getTask(const QString &id);
    RestReply createTask(const QJsonObject &body);
    RestReply patchTask(const QString &id, const QJsonObject &body);
    RestReply addComment(const QString &id, const QJsonObject &body);
    RestReply link(const QJsonObject &body);
    RestReply unlink(const RestRequest &r);
    RestReply taskLog(const QString &id, const RestRequest &r);
    RestReply dispatch(const RestRequest &r);
    Json taskWithCounts(const Task &t);
    QByteArray writeBoard(bool archived, const QString &tenant, QByteArray *etag);

    // The last GET /board answer: served again while the board, the query
    // and the clock's second are the same (SQLite's data_version).
    struct BoardCache
    {
        QString query;
        qint64 version = -1;
        qint64 now = 0;
        QByteArray body;
        QByteArray etag;
    };
    BoardCache m_boardCache;

    Board &m_board;
    Kernel m_kernel;
};
