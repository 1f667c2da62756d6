// Read-only verbs stay read-only: list, show, stats and dispatch --dry-run
// leave the database file, its WAL and the board folder exactly as they
// were (and commit nothing: PRAGMA data_version holds still). And readers
// never wait behind a writer: list --json finishes while another
// connection holds a BEGIN IMMEDIATE transaction open.
#include "tests/readonly/BoardFiles.h"

#include "model/Types.h"
#include "tests/readonly/CliRunner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class TstReadOnly : public QObject
{
    Q_OBJECT

    CliRunner m_h;
    QString m_ready, m_child, m_claimed;

    void expectUnchanged(const CliRunner &h, const QString &db, const QStringList &args)
    {
        DbHolder holder(db);
        QVERIFY(holder.isOpen());
        const qint64 version = holder.dataVersion();
        const QString before = BoardFiles::diskState(db);
        const CliRunner::Result r = h.run(args);
        QVERIFY2(r.finished && r.code == 0, r.err.constData());
        QVERIFY(!r.out.isEmpty());
        QCOMPARE(holder.dataVersion(), version);
        QCOMPARE(BoardFiles::diskState(db), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_h.isValid());
        QCOMPARE(
            m_h.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("coder"),
                     QStringLiteral("--command"), QStringLiteral("/bin/true")})
                .code,
            0);
        const QStringList coder{QStringLiteral("--assignee"), QStringLiteral("coder")};
        m_ready = m_h.create(QStringLiteral("Ready and assigned"), coder);
        m_child = m_h.create(QStringLiteral("Waits on its parent"),
                             coder + QStringList{QStringLiteral("--parent"), m_ready});
        const QString unassigned = m_h.create(QStringLiteral("Nobody's"));
        const QString done = m_h.create(QStringLiteral("Finished"));
        m_claimed = m_h.create(QStringLiteral("Claim expires soon"), coder);
        QVERIFY(!m_ready.isEmpty() && !m_child.isEmpty() && !unassigned.isEmpty() &&
                !done.isEmpty());
        QCOMPARE(m_h.run({QStringLiteral("complete"), done, QStringLiteral("--result"),
                          QStringLiteral("ok")})
                     .code,
                 0);
        QCOMPARE(m_h.run({QStringLiteral("comment"), m_ready, QStringLiteral("a note")}).code, 0);
        QCOMPARE(m_h.run({QStringLiteral("claim"), m_claimed, QStringLiteral("--ttl"),
                          QStringLiteral("1")})
                     .code,
                 0);
        // Let the claim expire, so a real tick would reclaim it.
        const qint64 expired = QDateTime::currentSecsSinceEpoch() + 2;
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expired, 10000);
    }

    void readVerbsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{QStringLiteral("list")};
        QTest::newRow("list --json")
            << QStringList{QStringLiteral("list"), QStringLiteral("--json")};
        QTest::newRow("ls --archived --json") << QStringList{
            QStringLiteral("ls"), QStringLiteral("--archived"), QStringLiteral("--json")};
        QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("READY")};
        QTest::newRow("show --json") << QStringList{QStringLiteral("show"), QStringLiteral("READY"),
                                                    QStringLiteral("--json")};
        QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
        QTest::newRow("stats --json")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--json")};
        QTest::newRow("dispatch --dry-run")
            << QStringList{QStringLiteral("dispatch"), QStringLiteral("--dry-run")};
        QTest::newRow("dispatch --dry-run --json") << QStringList{
            QStringLiteral("dispatch"), QStringLiteral("--dry-run"), QStringLiteral("--json")};
    }

    void readVerbsWriteNothing()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(QStringLiteral("READY"), m_ready);
        expectUnchanged(m_h, m_h.dbPath(), args);
    }

    void readVerbsCreateNoBoard_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{QStringLiteral("list")};
        QTest::newRow("ls --json") << QStringList{QStringLiteral("ls"), QStringLiteral("--json")};
        QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("t_x")};
        QTest::newRow("runs") << QStringList{QStringLiteral("runs"), QStringLiteral("t_x")};
        QTest::newRow("context") << QStringList{QStringLiteral("context"), QStringLiteral("t_x")};
        QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
        QTest::newRow("log") << QStringList{QStringLiteral("log"), QStringLiteral("t_x")};
        QTest::newRow("tail") << QStringList{QStringLiteral("tail"), QStringLiteral("t_x")};
        QTest::newRow("watch") << QStringList{QStringLiteral("watch")};
        QTest::newRow("export") << QStringList{QStringLiteral("export")};
        QTest::newRow("notify-list") << QStringList{QStringLiteral("notify-list")};
        QTest::newRow("assignees") << QStringList{QStringLiteral("assignees")};
        QTest::newRow("dispatcher-status") << QStringList{QStringLiteral("dispatcher-status")};
    }

    void readVerbsCreateNoBoard()
    {
        // A typo in --db, and a home where no board was ever made: one
        // line, exit 1, and no file or folder appears.
        QFETCH(QStringList, args);
        CliRunner h;
        const QString typo = h.path(QStringLiteral("tpyo/board.db"));
        const CliRunner::Result pinned = h.run(QStringList{QStringLiteral("--db"), typo} + args);
        QVERIFY2(pinned.finished && pinned.code == 1, pinned.err.constData());
        QCOMPARE(pinned.errLines(),
                 QStringList{QStringLiteral("qkanban: no board at %1; run `qkanban --headless "
                                            "init` to create one")
                                 .arg(typo)});
        QVERIFY(pinned.out.isEmpty());
        QVERIFY(!QFileInfo::exists(h.path(QStringLiteral("tpyo"))));

        const CliRunner::Result fresh = h.run(args);
        QVERIFY2(fresh.finished && fresh.code == 1, fresh.err.constData());
        QVERIFY2(fresh.err.startsWith("qkanban: no board at "), fresh.err.constData());
        QVERIFY(!QFileInfo::exists(h.path(QStringLiteral("home/boards"))));
        // A verb that writes creates the board, as the original does.
        QCOMPARE(h.run({QStringLiteral("create"), QStringLiteral("first")}).code, 0);
        QVERIFY(QFileInfo::exists(h.dbPath()));
    }

    void dryRunReportsButDoesNothing()
    {
        // The dry run sees work (a spawn, a reclaim, a skip) and does none.
        DbHolder holder(m_h.dbPath());
        const QString before = BoardFiles::diskState(m_h.dbPath());
        const auto r = m_h.run(
            {QStringLiteral("dispatch"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(EventKind::Reclaimed).toInt(), 1);
        // The ready task, and the reclaimed one started again at once.
        QCOMPARE(o.value(EventKind::Spawned).toArray().size(), 2);
        QCOMPARE(o.value(EventKind::SkippedUnassigned).toArray().size(), 1);
        QCOMPARE(BoardFiles::diskState(m_h.dbPath()), before);
    }

    // An imported board: tasks (id, status, assignee) and parent links.
    // A todo task whose parents are all done is what a tick promotes.
    static bool importBoard(const CliRunner &h, const QList<QStringList> &tasks,
                            const QList<QPair<QString, QString>> &links)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonArray taskArray, linkArray;
        for (const QStringList &t : tasks) {
            QJsonObject o{{QStringLiteral("id"), t.value(0)},
                          {QStringLiteral("title"), QStringLiteral("t")},
                          {QStringLiteral("status"), t.value(1)},
                          {QStringLiteral("created_at"), now},
                          {QStringLiteral("updated_at"), now}};
            if (!t.value(2).isEmpty())
                o.insert(QStringLiteral("assignee"), t.value(2));
            taskArray << o;
        }
        for (const auto &l : links)
            linkArray << QJsonObject{{QStringLiteral("parent_id"), l.first},
                                     {QStringLiteral("child_id"), l.second}};
        const QJsonObject board{{QStringLiteral("format"), QStringLiteral("qkanban-board")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("tasks"), taskArray},
                                {QStringLiteral("links"), linkArray}};
        const QString file =
            h.writeFile(QStringLiteral("board.json"), QJsonDocument(board).toJson());
        return h.run({QStringLiteral("import"), file}).code == 0;
    }

    static QStringList spawnedIds(const QByteArray &json)
    {
        QStringList out;
        const QJsonArray spawned =
            QJsonDocument::fromJson(json).object().value(EventKind::Spawned).toArray();
        for (const QJsonValue &v : spawned)
            out << v.toObject().value(QStringLiteral("task_id")).toString() + QLatin1Char('@') +
                       v.toObject().value(QStringLiteral("assignee")).toString();
        return out;
    }

    void dryRunDoesNotPromote()
    {
        // A todo task whose only parent is done (an imported board): a
        // real tick would promote it; a dry run only counts it.
        CliRunner h;
        QVERIFY(importBoard(h,
                            {{QStringLiteral("t_0000000a"), TaskStatus::Done},
                             {QStringLiteral("t_0000000b"), TaskStatus::Todo}},
                            {{QStringLiteral("t_0000000a"), QStringLiteral("t_0000000b")}}));
        DbHolder holder(h.dbPath());
        const QString before = BoardFiles::diskState(h.dbPath());
        const auto r = h.run(
            {QStringLiteral("dispatch"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(EventKind::Promoted).toInt(), 1);
        QCOMPARE(BoardFiles::diskState(h.dbPath()), before);
    }

    void dryRunListsWhatTheTickStarts()
    {
        // Work a tick finds besides ready tasks: a todo task it promotes, a
        // claim it reclaims; and what it leaves: a --max 1 profile's second
        // task, an unassigned task, an unconfigured assignee. The dry run
        // lists exactly the tasks the real tick then starts.
        CliRunner h;
        for (const QStringList &p : {QStringList{QStringLiteral("multi"), QStringLiteral("0")},
                                     QStringList{QStringLiteral("solo"), QStringLiteral("1")}})
            QCOMPARE(h.run({QStringLiteral("profiles"), QStringLiteral("add"), p[0],
                            QStringLiteral("--command"), QStringLiteral("/bin/true"),
                            QStringLiteral("--max"), p[1]})
                         .code,
                     0);
        const QString multi = QStringLiteral("multi"), solo = QStringLiteral("solo");
        QVERIFY(importBoard(
            h,
            {{QStringLiteral("t_000000a1"), TaskStatus::Done, multi},
             {QStringLiteral("t_000000a2"), TaskStatus::Todo, multi},
             {QStringLiteral("t_000000a3"), TaskStatus::Ready, multi},
             {QStringLiteral("t_000000a4"), TaskStatus::Ready, solo},
             {QStringLiteral("t_000000a5"), TaskStatus::Ready, solo},
             {QStringLiteral("t_000000a6"), TaskStatus::Ready, QString()},
             {QStringLiteral("t_000000a7"), TaskStatus::Ready, QStringLiteral("ghost")}},
            {{QStringLiteral("t_000000a1"), QStringLiteral("t_000000a2")}}));
        const QString claimed =
            h.create(QStringLiteral("Claim expires"), {QStringLiteral("--assignee"), multi});
        QCOMPARE(
            h.run({QStringLiteral("claim"), claimed, QStringLiteral("--ttl"), QStringLiteral("1")})
                .code,
            0);
        const qint64 expired = QDateTime::currentSecsSinceEpoch() + 2;
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expired, 10000);

        QStringList dry;
        {
            DbHolder holder(h.dbPath());
            const qint64 version = holder.dataVersion();
            const QString before = BoardFiles::diskState(h.dbPath());
            const auto r = h.run({QStringLiteral("dispatch"), QStringLiteral("--dry-run"),
                                  QStringLiteral("--json")});
            QCOMPARE(r.code, 0);
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.value(EventKind::Promoted).toInt(), 1);
            QCOMPARE(o.value(EventKind::Reclaimed).toInt(), 1);
            dry = spawnedIds(r.out);
            QCOMPARE(holder.dataVersion(), version);
            QCOMPARE(BoardFiles::diskState(h.dbPath()), before);
        }
        QCOMPARE(dry.size(), 4);
        for (const QString &expected :
             {QStringLiteral("t_000000a2@multi"), QStringLiteral("t_000000a3@multi"),
              QStringLiteral("t_000000a4@solo"), claimed + QStringLiteral("@multi")})
            QVERIFY2(dry.contains(expected), qPrintable(dry.join(QLatin1Char(' '))));
        const auto real = h.run({QStringLiteral("dispatch"), QStringLiteral("--json")});
        QCOMPARE(real.code, 0);
        QCOMPARE(spawnedIds(real.out), dry);
    }

    void listDoesNotWaitToPromote()
    {
        // A todo task a tick would promote, and another process holding
        // the write lock: list answers at once, from what is stored.
        CliRunner h;
        QVERIFY(importBoard(h,
                            {{QStringLiteral("t_0000000a"), TaskStatus::Done},
                             {QStringLiteral("t_0000000b"), TaskStatus::Todo}},
                            {{QStringLiteral("t_0000000a"), QStringLiteral("t_0000000b")}}));
        expectUnchanged(h, h.dbPath(), {QStringLiteral("list")});
        DbHolder writer(h.dbPath());
        QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // The busy timeout is 30 s: a list that waited for the lock would
        // miss this deadline by far.
        const CliRunner::Result r = h.run({QStringLiteral("list"), QStringLiteral("--json")}, 5000);
        QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(r.finished && r.code == 0, r.err.constData());
        QHash<QString, QString> status;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            status.insert(v.toObject().value(QStringLiteral("id")).toString(),
                          v.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(status.value(QStringLiteral("t_0000000a")), TaskStatus::Done);
        QCOMPARE(status.value(QStringLiteral("t_0000000b")), TaskStatus::Todo);
    }

    void readersDoNotWaitForAWriter()
    {
        DbHolder writer(m_h.dbPath());
        QVERIFY(writer.isOpen());
        QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(writer.exec(QStringLiteral("UPDATE tasks SET title = title || ' (uncommitted)'")));
        QElapsedTimer held;
        held.start();
        // Another writer really is held up meanwhile.
        QProcess blockedWriter;
        blockedWriter.setProcessEnvironment(m_h.environment());
        blockedWriter.start(CliRunner::binary(),
                            {QStringLiteral("--headless"), QStringLiteral("comment"), m_ready,
                             QStringLiteral("written after the writer")});
        QVERIFY(blockedWriter.waitForStarted(10000));
        for (const QStringList &args :
             {QStringList{QStringLiteral("list"), QStringLiteral("--json")},
              QStringList{QStringLiteral("show"), m_ready, QStringLiteral("--json")},
              QStringList{QStringLiteral("stats"), QStringLiteral("--json")}}) {
            const CliRunner::Result r = m_h.run(args, 30000);
            QVERIFY2(r.finished && r.code == 0,
                     qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.err));
            QVERIFY2(r.elapsedMs < 3000, qPrintable(QStringLiteral("%1 took %2 ms behind a writer")
                                                        .arg(args.join(QLatin1Char(' ')))
                                                        .arg(r.elapsedMs)));
            QVERIFY(!r.out.contains("(uncommitted)"));
        }
        const QJsonArray listed =
            QJsonDocument::fromJson(m_h.run({QStringLiteral("list"), QStringLiteral("--json")}).out)
                .array();
        QVERIFY(!listed.isEmpty());
        // Hold it for a few seconds in all; the comment must still wait.
        QVERIFY(!blockedWriter.waitForFinished(int(qMax<qint64>(500, 3000 - held.elapsed()))));
        QCOMPARE(blockedWriter.state(), QProcess::Running);
        QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(blockedWriter.waitForFinished(30000));
        QCOMPARE(blockedWriter.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstReadOnly)
#include "tst_readonly.moc"
