// The REST API against a real `qkanban --headless serve` process.
#include "model/Types.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace {
struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QByteArray etag;
};
} // namespace

class TestRest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_server;
    QString m_base;
    QString m_token;
    QNetworkAccessManager m_network;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QKANBAN_HOME"), m_home.path());
        e.insert(QStringLiteral("QKANBAN_CONFIG"), m_home.filePath(QStringLiteral("qkanban.conf")));
        e.remove(QStringLiteral("QKANBAN_DB"));
        e.remove(QStringLiteral("QKANBAN_TASK"));
        e.remove(QStringLiteral("QKANBAN_RUN_ID"));
        return e;
    }

    QByteArray cli(const QStringList &args, int *exitCode = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(QKANBAN_BIN), QStringList{QStringLiteral("--headless")} + args);
        p.waitForFinished(30000);
        if (exitCode)
            *exitCode = p.exitCode();
        if (err)
            *err = p.readAllStandardError();
        return p.readAllStandardOutput();
    }

    QString createTask(const QString &title, const QStringList &extra = {})
    {
        const QByteArray out =
            cli(QStringList{QStringLiteral("create"), title, QStringLiteral("--json")} + extra);
        return QJsonDocument::fromJson(out).object().value(QStringLiteral("id")).toString();
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &auth = QByteArray(), const QByteArray &ifNoneMatch = {})
    {
        QNetworkRequest req(QUrl(m_base + path));
        req.setRawHeader("Authorization", auth.isNull() ? "Bearer " + m_token.toLatin1() : auth);
        if (!ifNoneMatch.isEmpty())
            req.setRawHeader("If-None-Match", ifNoneMatch);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setTransferTimeout(60000);
        QNetworkReply *reply = m_network.sendCustomRequest(req, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->readAll();
        r.etag = reply->rawHeader("ETag");
        r.json = QJsonDocument::fromJson(r.raw).object();
        reply->deleteLater();
        return r;
    }

    QByteArray boardSnapshot()
    {
        return cli(
            {QStringLiteral("list"), QStringLiteral("--archived"), QStringLiteral("--json")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        int code = -1;
        cli({QStringLiteral("init")}, &code);
        QCOMPARE(code, 0);
        m_server.setProcessEnvironment(env());
        m_server.start(QStringLiteral(QKANBAN_BIN),
                       {QStringLiteral("--headless"), QStringLiteral("serve"),
                        QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += m_server.readAllStandardOutput()).contains("http://"),
                                 20000);
        const int at = banner.indexOf("http://");
        m_base = QString::fromUtf8(banner.mid(at, banner.indexOf('/', at + 7) - at));
        m_token = QString::fromUtf8(cli({QStringLiteral("serve"), QStringLiteral("--print-token")}))
                      .trimmed();
        QCOMPARE(m_token.size(), 64);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }

    void tokenFileIsPrivate()
    {
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_home.filePath(QStringLiteral("api-token"))).constData(),
                        &st),
                 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void missingOrWrongTokenIs401()
    {
        QCOMPARE(call("GET", QStringLiteral("/board"), {}, QByteArray("")).status, 401);
        QCOMPARE(call("GET", QStringLiteral("/board"), {}, QByteArray("Bearer nope")).status, 401);
        QCOMPARE(call("GET", QStringLiteral("/board"), {}, "Basic " + m_token.toLatin1()).status,
                 401);
        const Reply r = call("GET", QStringLiteral("/stats"), {},
                             QByteArray("Bearer ") + m_token.left(63).toLatin1());
        QCOMPARE(r.status, 401);
        QVERIFY(r.json.contains(QStringLiteral("error")));
    }

    void createThenGetTask()
    {
        const Reply created =
            call("POST", QStringLiteral("/tasks"),
                 "{\"title\": \"Write the note ✍\", \"assignee\": \"Writer\", \"priority\": 3}");
        QCOMPARE(created.status, 201);
        const QJsonObject task = created.json.value(QStringLiteral("task")).toObject();
        const QString id = task.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("t_")));
        QCOMPARE(task.value(QStringLiteral("assignee")).toString(), QStringLiteral("writer"));
        QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        const Reply got = call("GET", QStringLiteral("/tasks/") + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(QStringLiteral("task"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Write the note ✍"));
        for (const char *key : {"comments", "events", "runs", "links"})
            QVERIFY2(got.json.contains(QLatin1String(key)), key);
        QCOMPARE(got.json.value(QStringLiteral("events"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("created"));
    }

    void idempotentPostReturnsTheSameId()
    {
        const QByteArray body = "{\"title\": \"From a webhook\", \"idempotency_key\": \"gh-4711\"}";
        const Reply a = call("POST", QStringLiteral("/tasks"), body);
        const Reply b = call("POST", QStringLiteral("/tasks"),
                             "{\"title\": \"Retry\", \"idempotency_key\": \"gh-4711\"}");
        QCOMPARE(a.status, 201);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json.value(QStringLiteral("task")).toObject().value(QStringLiteral("id")),
                 a.json.value(QStringLiteral("task")).toObject().value(QStringLiteral("id")));
        QCOMPARE(b.json.value(QStringLiteral("task"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("From a webhook"));
    }

    void badBodiesAre400AndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("malformed json") << QByteArray("{\"title\": ");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("empty title") << QByteArray("{\"title\": \"   \"}");
        QTest::newRow("missing title") << QByteArray("{\"body\": \"x\"}");
        QTest::newRow("title wrong type") << QByteArray("{\"title\": 5}");
        QTest::newRow("priority not int")
            << QByteArray("{\"title\": \"x\", \"priority\": \"high\"}");
        QTest::newRow("parents not array")
            << QByteArray("{\"title\": \"x\", \"parents\": \"t_1\"}");
        QTest::newRow("relative dir") << QByteArray(
            "{\"title\": \"x\", \"workspace_kind\": \"dir\", \"workspace_path\": \"rel\"}");
    }
    void badBodiesAre400AndChangeNothing()
    {
        QFETCH(QByteArray, body);
        const QByteArray before = boardSnapshot();
        const Reply r = call("POST", QStringLiteral("/tasks"), body);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.json.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(boardSnapshot(), before);
    }

    void oversizedBodyIs413()
    {
        QByteArray body =
            "{\"title\": \"big\", \"body\": \"" + QByteArray(1100 * 1024, 'x') + "\"}";
        const QByteArray before = boardSnapshot();
        QCOMPARE(call("POST", QStringLiteral("/tasks"), body).status, 413);
        QCOMPARE(boardSnapshot(), before);
    }

    void unknownTaskAndRouteAre404()
    {
        QCOMPARE(call("GET", QStringLiteral("/tasks/t_00000000")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/tasks/t_00000000/log")).status, 404);
        QCOMPARE(call("PATCH", QStringLiteral("/tasks/t_00000000"), "{\"priority\": 1}").status,
                 404);
        QCOMPARE(call("GET", QStringLiteral("/nowhere")).status, 404);
    }

    void patchToRunningIs400()
    {
        const QString id = createTask(QStringLiteral("Not by hand"));
        QCOMPARE(call("PATCH", QStringLiteral("/tasks/") + id, "{\"status\": \"running\"}").status,
                 400);
        QCOMPARE(call("PATCH", QStringLiteral("/tasks/") + id, "{\"status\": \"sideways\"}").status,
                 400);
    }

    void refusedPatchIs409AndBoardUnchanged()
    {
        const QString parent = createTask(QStringLiteral("Parent"));
        const QString child =
            createTask(QStringLiteral("Child"), {QStringLiteral("--parent"), parent});
        const QByteArray before = boardSnapshot();
        const Reply r = call("PATCH", QStringLiteral("/tasks/") + child, "{\"status\": \"ready\"}");
        QCOMPARE(r.status, 409);
        QVERIFY2(r.json.value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("waiting on ") + parent),
                 r.raw.constData());
        const Reply done =
            call("PATCH", QStringLiteral("/tasks/") + child, "{\"status\": \"done\"}");
        QCOMPARE(done.status, 409);
        QCOMPARE(boardSnapshot(), before);
    }

    void patchEditsAndMoves()
    {
        const QString id = createTask(QStringLiteral("Edit me"));
        const Reply r = call("PATCH", QStringLiteral("/tasks/") + id,
                             "{\"title\": \"Edited\", \"priority\": 7, \"status\": \"done\", "
                             "\"result\": \"shipped\"}");
        QCOMPARE(r.status, 200);
        const QJsonObject t = r.json.value(QStringLiteral("task")).toObject();
        QCOMPARE(t.value(QStringLiteral("title")).toString(), QStringLiteral("Edited"));
        QCOMPARE(t.value(QStringLiteral("priority")).toInt(), 7);
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(t.value(QStringLiteral("result")).toString(), QStringLiteral("shipped"));
    }

    void commentsAndLinks()
    {
        const QString a = createTask(QStringLiteral("A"));
        const QString b = createTask(QStringLiteral("B"));
        QCOMPARE(call("POST", QStringLiteral("/tasks/%1/comments").arg(a),
                      "{\"body\": \"looks good\", \"author\": \"ana\"}")
                     .status,
                 201);
        QCOMPARE(
            call("POST", QStringLiteral("/tasks/%1/comments").arg(a), "{\"body\": \"  \"}").status,
            400);
        QCOMPARE(
            call("POST", QStringLiteral("/links"),
                 QStringLiteral("{\"parent_id\": \"%1\", \"child_id\": \"%2\"}").arg(a, b).toUtf8())
                .status,
            201);
        const Reply cycle = call(
            "POST", QStringLiteral("/links"),
            QStringLiteral("{\"parent_id\": \"%1\", \"child_id\": \"%2\"}").arg(b, a).toUtf8());
        QCOMPARE(cycle.status, 400);
        QVERIFY(
            cycle.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("cycle")));
        QCOMPARE(
            call("POST", QStringLiteral("/links"),
                 QStringLiteral("{\"parent_id\": \"%1\", \"child_id\": \"%1\"}").arg(a).toUtf8())
                .status,
            400);
        const Reply got = call("GET", QStringLiteral("/tasks/") + b);
        QCOMPARE(got.json.value(QStringLiteral("links"))
                     .toObject()
                     .value(QStringLiteral("parents"))
                     .toArray()
                     .first()
                     .toString(),
                 a);
        QCOMPARE(got.json.value(QStringLiteral("task"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("todo"));
        const Reply unlinked =
            call("DELETE", QStringLiteral("/links?parent_id=%1&child_id=%2").arg(a, b));
        QCOMPARE(unlinked.status, 200);
        QCOMPARE(unlinked.json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(call("DELETE", QStringLiteral("/links?parent_id=%1&child_id=%2").arg(a, b))
                     .json.value(QStringLiteral("ok"))
                     .toBool(),
                 false);
        const Reply shown = call("GET", QStringLiteral("/tasks/") + a);
        QCOMPARE(shown.json.value(QStringLiteral("comments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("author"))
                     .toString(),
                 QStringLiteral("ana"));
    }

    void boardAndStats()
    {
        createTask(QStringLiteral("For the board"),
                   {QStringLiteral("--tenant"), QStringLiteral("acme"),
                    QStringLiteral("--assignee"), QStringLiteral("ops")});
        const Reply board = call("GET", QStringLiteral("/board"));
        QCOMPARE(board.status, 200);
        const QJsonArray columns = board.json.value(QStringLiteral("columns")).toArray();
        QStringList names;
        for (const QJsonValue &c : columns)
            names << c.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("triage"), QStringLiteral("todo"),
                                     QStringLiteral("ready"), QStringLiteral("running"),
                                     QStringLiteral("blocked"), QStringLiteral("review"),
                                     QStringLiteral("done")}));
        QVERIFY(
            board.json.value(QStringLiteral("tenants")).toArray().contains(QStringLiteral("acme")));
        QVERIFY(board.json.value(QStringLiteral("assignees"))
                    .toArray()
                    .contains(QStringLiteral("ops")));
        QVERIFY(board.json.value(QStringLiteral("latest_event_id")).toInteger() > 0);
        const QJsonObject first =
            columns.at(2).toObject().value(QStringLiteral("tasks")).toArray().first().toObject();
        QVERIFY(first.value(QStringLiteral("age")).toObject().contains(QStringLiteral("created")));
        QVERIFY(first.contains(QStringLiteral("link_counts")));
        QVERIFY(first.contains(QStringLiteral("comment_count")));
        const Reply stats = call("GET", QStringLiteral("/stats"));
        QCOMPARE(stats.status, 200);
        QVERIFY(stats.json.value(QStringLiteral("by_status"))
                    .toObject()
                    .value(QStringLiteral("ready"))
                    .toInt() >= 1);
        QVERIFY(stats.json.contains(QStringLiteral("oldest_ready_age_seconds")));
    }

    void logRoute()
    {
        const QString id = createTask(QStringLiteral("Logged"));
        const Reply none = call("GET", QStringLiteral("/tasks/%1/log").arg(id));
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json.value(QStringLiteral("exists")).toBool(), false);
        QDir().mkpath(m_home.filePath(QStringLiteral("boards/default/logs")));
        QFile log(m_home.filePath(QStringLiteral("boards/default/logs/%1.log").arg(id)));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("first line\nsecond line\nthird line\n");
        log.close();
        const Reply full = call("GET", QStringLiteral("/tasks/%1/log").arg(id));
        QCOMPARE(full.json.value(QStringLiteral("exists")).toBool(), true);
        QCOMPARE(full.json.value(QStringLiteral("content")).toString(),
                 QStringLiteral("first line\nsecond line\nthird line\n"));
        QCOMPARE(full.json.value(QStringLiteral("truncated")).toBool(), false);
        const Reply tail = call("GET", QStringLiteral("/tasks/%1/log?tail=15").arg(id));
        QCOMPARE(tail.json.value(QStringLiteral("truncated")).toBool(), true);
        QCOMPARE(tail.json.value(QStringLiteral("content")).toString(),
                 QStringLiteral("third line\n"));
        QCOMPARE(call("GET", QStringLiteral("/tasks/%1/log?tail=abc").arg(id)).status, 400);
    }

    void boardIsCompactWithTheTaskFieldsOfBefore()
    {
        const QString id = createTask(QStringLiteral("Compact \"quoted\"\nand two lines"),
                                      {QStringLiteral("--tenant"), QStringLiteral("acme")});
        const Reply board = call("GET", QStringLiteral("/board"));
        QCOMPARE(board.status, 200);
        // One line: no indentation, no blank after ',' or ':' outside strings.
        QVERIFY(board.raw.endsWith("}\n"));
        QCOMPARE(board.raw.count('\n'), 1);
        QVERIFY(!board.raw.contains("\": "));
        QVERIFY(!board.raw.contains(", \""));
        // Each task has the members of GET /tasks/{id}'s task, same values
        // (ages follow the clock), and its counts.
        QJsonObject listed;
        for (const QJsonValue &c : board.json.value(QStringLiteral("columns")).toArray())
            for (const QJsonValue &t : c.toObject().value(QStringLiteral("tasks")).toArray())
                if (t.toObject().value(QStringLiteral("id")).toString() == id)
                    listed = t.toObject();
        QVERIFY(!listed.isEmpty());
        QJsonObject shown = call("GET", QStringLiteral("/tasks/") + id)
                                .json.value(QStringLiteral("task"))
                                .toObject();
        QVERIFY(listed.contains(QStringLiteral("age")) && shown.contains(QStringLiteral("age")));
        shown.remove(QStringLiteral("age"));
        QJsonObject stored = listed;
        for (const QString &key : {QStringLiteral("age"), QStringLiteral("link_counts"),
                                   QStringLiteral("comment_count"), QStringLiteral("waiting_on")})
            stored.remove(key);
        QCOMPARE(stored, shown);
        QCOMPARE(listed.value(QStringLiteral("comment_count")).toInt(), 0);
        QCOMPARE(listed.value(QStringLiteral("waiting_on")).toInt(), 0);
    }

    void boardEtagAnswers304UntilTheBoardChanges()
    {
        const Reply first = call("GET", QStringLiteral("/board"));
        QCOMPARE(first.status, 200);
        QVERIFY(!first.etag.isEmpty());
        // Unchanged: 304, no body, the same ETag (ages and "now" follow the
        // clock; the ETag does not).
        const Reply again = call("GET", QStringLiteral("/board"), {}, {}, first.etag);
        QCOMPARE(again.status, 304);
        QVERIFY(again.raw.isEmpty());
        QCOMPARE(again.etag, first.etag);
        QCOMPARE(call("GET", QStringLiteral("/board"), {}, {}, "\"other\", " + first.etag).status,
                 304);
        QCOMPARE(call("GET", QStringLiteral("/board"), {}, {}, "\"other\"").status, 200);
        // Another query of the board is another answer.
        const Reply archived = call("GET", QStringLiteral("/board?include_archived=true"));
        QCOMPARE(archived.status, 200);
        // A change (another process): 200 with the new board and a new ETag.
        const QString id = createTask(QStringLiteral("Changes the board"));
        const Reply changed = call("GET", QStringLiteral("/board"), {}, {}, first.etag);
        QCOMPARE(changed.status, 200);
        QVERIFY(!changed.etag.isEmpty());
        QVERIFY(changed.etag != first.etag);
        QVERIFY(changed.raw.contains(id.toUtf8()));
        QCOMPARE(call("GET", QStringLiteral("/board"), {}, {}, changed.etag).status, 304);
    }

    void eventsSinceReturnsExactlyTheNewEvents()
    {
        const qint64 cursor = call("GET", QStringLiteral("/board"))
                                  .json.value(QStringLiteral("latest_event_id"))
                                  .toInteger();
        const QString id = createTask(QStringLiteral("Fresh"));
        const Reply r = call("GET", QStringLiteral("/events?since=%1").arg(cursor));
        QCOMPARE(r.status, 200);
        const QJsonArray events = r.json.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toObject().value(QStringLiteral("task_id")).toString(), id);
        QCOMPARE(events.first().toObject().value(QStringLiteral("kind")).toString(),
                 EventKind::Created);
        QCOMPARE(r.json.value(QStringLiteral("cursor")).toInteger(),
                 events.first().toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(call("GET", QStringLiteral("/events?since=-1")).status, 400);
    }

    void eventsLongPollWakesOnAChange()
    {
        const qint64 cursor = call("GET", QStringLiteral("/board"))
                                  .json.value(QStringLiteral("latest_event_id"))
                                  .toInteger();
        QNetworkRequest req(QUrl(m_base + QStringLiteral("/events?since=%1").arg(cursor)));
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QNetworkReply *reply = m_network.get(req);
        QTest::qWait(300); // the request is parked on the server
        QVERIFY(!reply->isFinished());
        const QString id = createTask(QStringLiteral("Wake the poll"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(o.value(QStringLiteral("events"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("task_id"))
                     .toString(),
                 id);
        reply->deleteLater();
    }

    void dispatchRouteRunsATick()
    {
        const Reply r = call("POST", QStringLiteral("/dispatch?dry_run=true"));
        QCOMPARE(r.status, 200);
        for (const QString &key : {EventKind::Reclaimed, EventKind::Crashed, EventKind::Promoted,
                                   EventKind::Spawned, EventKind::SkippedUnassigned})
            QVERIFY2(r.json.contains(key), qPrintable(key));
    }

    void createNotifySubscribesAtCreation()
    {
        const QString id =
            createTask(QStringLiteral("Tell me"),
                       {QStringLiteral("--notify"), QStringLiteral("http://127.0.0.1:9/hook")});
        const QJsonArray subs = QJsonDocument::fromJson(cli({QStringLiteral("notify-list"), id,
                                                             QStringLiteral("--json")}))
                                    .array();
        QCOMPARE(subs.size(), 1);
        QCOMPARE(subs.first().toObject().value(QStringLiteral("platform")).toString(),
                 QStringLiteral("webhook"));
        QCOMPARE(subs.first().toObject().value(QStringLiteral("chat_id")).toString(),
                 QStringLiteral("http://127.0.0.1:9/hook"));
        const QByteArray before = boardSnapshot();
        int code = 0;
        cli({QStringLiteral("create"), QStringLiteral("Nope"), QStringLiteral("--notify"),
             QStringLiteral("ftp://x")},
            &code);
        QCOMPARE(code, 2);
        QCOMPARE(boardSnapshot(), before);
    }

    void nonLoopbackBindNeedsAllowRemote()
    {
        int code = 0;
        QByteArray err;
        cli({QStringLiteral("serve"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
             QStringLiteral("--port"), QStringLiteral("0")},
            &code, &err);
        QCOMPARE(code, 1);
        QVERIFY(err.contains("--allow-remote"));
        QCOMPARE(err.count('\n'), 1);
    }

    void patchOffRunningStopsTheWorkersWholeGroup()
    {
        // A worker (sh) with a child (sleep) in its group, started by a
        // one-shot `dispatch`; PATCH to ready, then (a new run) to
        // archived: each time the whole group is gone within the grace.
        const QString pids = m_home.filePath(QStringLiteral("rest-busy.pids"));
        const QString script = m_home.filePath(QStringLiteral("rest-busy.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nsleep 300 &\necho \"$$ $!\" > '" + pids.toUtf8() + "'\nwait\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        int code = -1;
        cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("restbusy"),
             QStringLiteral("--command"), script},
            &code);
        QCOMPARE(code, 0);
        const QString id = createTask(QStringLiteral("Busy via REST"),
                                      {QStringLiteral("--assignee"), QStringLiteral("restbusy")});
        auto readPids = [&pids] {
            QFile in(pids);
            return in.open(QIODevice::ReadOnly) ? in.readAll().trimmed().split(' ')
                                                : QList<QByteArray>();
        };
        auto gone = [](qint64 pid, bool group) {
            return ::kill(group ? -pid_t(pid) : pid_t(pid), 0) == -1 && errno == ESRCH;
        };
        for (const char *to : {"ready", "archived"}) {
            QFile::remove(pids);
            QCOMPARE((cli({QStringLiteral("dispatch"), QStringLiteral("--json")}, &code), code), 0);
            QTRY_VERIFY_WITH_TIMEOUT(readPids().size() == 2, 20000);
            const qint64 worker = readPids().at(0).toLongLong();
            const qint64 child = readPids().at(1).toLongLong();
            const qint64 group = ::getpgid(pid_t(worker));
            QVERIFY(group > 1 && !gone(group, true) && !gone(child, false));
            const Reply r = call("PATCH", QStringLiteral("/tasks/") + id,
                                 "{\"status\": \"" + QByteArray(to) + "\"}");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("task"))
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toString(),
                     QLatin1String(to));
            QTRY_VERIFY_WITH_TIMEOUT(gone(group, true) && gone(worker, false) && gone(child, false),
                                     7000);
        }
    }
};

QTEST_GUILESS_MAIN(TestRest)
#include "tst_rest.moc"
