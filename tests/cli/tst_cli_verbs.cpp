// End-to-end: the task verbs (init, create, list, show, assign, edit,
// link, unlink), boards, export/import, completion and the global options,
// run through the real qkanban binary.
#include "tests/cli/CliHarness.h"

#include "model/Types.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {
QString idOf(const CliHarness::Result &r)
{
    return r.json().object().value(QStringLiteral("id")).toString();
}
} // namespace

class TstCliVerbs : public QObject
{
    Q_OBJECT

private slots:
    void initPrintsPathAndHowToStartTheDispatcher()
    {
        QK_SKIP_ON_PG("init prints the board file's path");
        CliHarness h;
        const auto r = h.run({QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.text().startsWith(QStringLiteral("qkanban board initialized at ") + h.home() +
                                    QStringLiteral("/home/boards/default/board.db\n")));
        QVERIFY(r.text().contains(QStringLiteral("qkanban --tray")));
        QVERIFY(r.text().contains(QStringLiteral("qkanban --headless daemon")));
        QVERIFY(r.text().contains(
            QStringLiteral("systemctl --user enable --now qkanban-dispatcher.service")));
        QVERIFY(r.text().contains(
            QStringLiteral("Without a running dispatcher, tasks stay in 'ready' forever.")));
        QVERIFY(QFile::exists(h.path(QStringLiteral("home/boards/default/board.db"))));
        QCOMPARE(h.run({QStringLiteral("init")}).code, 0);
    }

    void headlessAloneAndHelpPrintTheVerbList()
    {
        CliHarness h;
        for (const QStringList &args : {QStringList{}, QStringList{QStringLiteral("--help")}}) {
            const auto r = h.run(args);
            QCOMPARE(r.code, 0);
            QVERIFY(r.text().contains(QStringLiteral("qkanban --headless [--board SLUG]")));
            for (const char *verb :
                 {"init", "create", "list|ls", "tail", "watch", "boards", "completion"})
                QVERIFY2(r.text().contains(QLatin1String(verb)), verb);
        }
    }

    void versionFlagPrintsTheVersion()
    {
        QProcess p;
        p.start(CliHarness::binary(), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("qkanban "));
    }

    void unknownVerbExitsWithUsageError()
    {
        CliHarness h;
        const auto r = h.run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.errText().contains(QStringLiteral("unknown verb 'frobnicate'")));
    }

    void verbHelpPrintsUsageAndExitsZero()
    {
        CliHarness h;
        const auto r = h.run({QStringLiteral("create"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.text().startsWith(QStringLiteral("usage: qkanban create [-h]")));
        QVERIFY(r.text().contains(QStringLiteral("--idempotency-key")));
    }

    void createPrintsIdStatusAndAssignee()
    {
        CliHarness h;
        const auto r = h.run({QStringLiteral("create"), QStringLiteral("Write docs"),
                              QStringLiteral("--assignee"), QStringLiteral("Alice")});
        QCOMPARE(r.code, 0);
        static const QRegularExpression re(
            QStringLiteral("^Created t_[0-9a-f]{8}  \\(ready, assignee=alice\\)\n$"));
        QVERIFY2(re.match(r.text()).hasMatch(), qPrintable(r.text()));
        const auto u = h.run({QStringLiteral("create"), QStringLiteral("Nobody's")});
        QVERIFY(u.text().endsWith(QStringLiteral("(ready, assignee=-)\n")));
    }

    void createJsonHasTheOriginalFieldsInOrder()
    {
        CliHarness h;
        const auto r = h.run(
            {QStringLiteral("create"), QStringLiteral("T"), QStringLiteral("--json"),
             QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--priority"),
             QStringLiteral("7"), QStringLiteral("--max-runtime"), QStringLiteral("30m"),
             QStringLiteral("--max-retries"), QStringLiteral("3"), QStringLiteral("--created-by"),
             QStringLiteral("carol"), QStringLiteral("--idempotency-key"), QStringLiteral("k1")});
        QCOMPARE(r.code, 0);
        const QStringList keys{"id",
                               "title",
                               "body",
                               "assignee",
                               "status",
                               "priority",
                               "tenant",
                               "workspace_kind",
                               "workspace_path",
                               "branch_name",
                               "created_by",
                               "created_at",
                               "started_at",
                               "completed_at",
                               "result",
                               "max_runtime_seconds",
                               "max_retries",
                               "last_failure_error",
                               "consecutive_failures",
                               "idempotency_key",
                               "current_run_id",
                               "reviewer",
                               "skills",
                               "heartbeat_timeout_seconds",
                               "retry_after"};
        qsizetype at = 0;
        for (const QString &k : keys) { // the text keeps the original's key order
            const qsizetype next =
                r.text().indexOf(QLatin1Char('"') + k + QStringLiteral("\":"), at);
            QVERIFY2(next > at, qPrintable(k));
            at = next;
        }
        const QJsonObject o = r.json().object();
        QCOMPARE(o.size(), keys.size());
        QCOMPARE(o.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
        QCOMPARE(o.value(QStringLiteral("priority")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("max_runtime_seconds")).toInt(), 1800);
        QCOMPARE(o.value(QStringLiteral("max_retries")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("created_by")).toString(), QStringLiteral("carol"));
        QVERIFY(o.value(QStringLiteral("body")).isNull());
        QVERIFY(r.text().startsWith(QStringLiteral("{\n  \"id\": \"t_")));
    }

    void createParsesEveryDurationForm_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("bare") << "300" << 300;
        QTest::newRow("s") << "90s" << 90;
        QTest::newRow("m") << "30m" << 1800;
        QTest::newRow("h") << "2h" << 7200;
        QTest::newRow("d") << "1d" << 86400;
        QTest::newRow("fraction") << "1.5h" << 5400;
    }

    void createParsesEveryDurationForm()
    {
        QFETCH(QString, value);
        QFETCH(int, seconds);
        CliHarness h;
        const auto r = h.run({QStringLiteral("create"), QStringLiteral("T"),
                              QStringLiteral("--max-runtime"), value, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("max_runtime_seconds")).toInt(), seconds);
    }

    void createWithParentStartsInTodoAndListPromotesOnceParentIsDone()
    {
        CliHarness h;
        const QString parent = h.create(QStringLiteral("P"));
        const auto child = h.run({QStringLiteral("create"), QStringLiteral("C"),
                                  QStringLiteral("--parent"), parent, QStringLiteral("--json")});
        QCOMPARE(child.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("todo"));
        QCOMPARE(h.run({QStringLiteral("complete"), parent}).code, 0);
        const auto ready =
            h.run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("ready")});
        QVERIFY(ready.text().contains(idOf(child)));
    }

    void createReadsAOneMegabyteBodyFromAFileOrStdin()
    {
        CliHarness h;
        QByteArray big; // 1 MiB exactly: the largest body --body-file takes
        while (big.size() < (1 << 20) - 64)
            big += "line of the body with ünïcödé and 🎉 emoji\n";
        big += QByteArray((1 << 20) - big.size(), 'x');
        QFile f(h.path(QStringLiteral("body.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();
        const QString id =
            h.create(QStringLiteral("Big"), {QStringLiteral("--body-file"), f.fileName()});
        QVERIFY(!id.isEmpty());
        const auto shown = h.run({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.json()
                     .object()
                     .value(QStringLiteral("task"))
                     .toObject()
                     .value(QStringLiteral("body"))
                     .toString(),
                 QString::fromUtf8(big));

        const auto piped =
            h.run({QStringLiteral("create"), QStringLiteral("Piped"), QStringLiteral("--body-file"),
                   QStringLiteral("-"), QStringLiteral("--json")},
                  "from stdin\n");
        QCOMPARE(piped.json().object().value(QStringLiteral("body")).toString(),
                 QStringLiteral("from stdin\n"));
    }

    void titlesKeepQuotesNewlinesEmojiAndRtl()
    {
        CliHarness h;
        const QString title = QStringLiteral("say \"hi\" & 'bye'\nsecond line 🎉 שלום עולם");
        const QString id = h.create(title);
        QVERIFY(!id.isEmpty());
        const auto list = h.run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json().array().at(0).toObject().value(QStringLiteral("title")).toString(),
                 title);
        const auto text = h.run({QStringLiteral("show"), id});
        // Human output shows the line break as "\n" (one title, one line).
        QVERIFY(text.text().contains(
            QStringLiteral("Task %1: %2")
                .arg(id, QString(title).replace(QLatin1Char('\n'), QStringLiteral("\\n")))));
        QVERIFY(list.out.contains("🎉 שלום")); // UTF-8, not \u escapes
    }

    void createWithIdempotencyKeyReturnsTheExistingTask()
    {
        CliHarness h;
        const QString first = h.create(QStringLiteral("First"),
                                       {QStringLiteral("--idempotency-key"), QStringLiteral("k")});
        const auto again = h.run({QStringLiteral("create"), QStringLiteral("Second"),
                                  QStringLiteral("--idempotency-key"), QStringLiteral("k"),
                                  QStringLiteral("--json")});
        QCOMPARE(idOf(again), first);
        QCOMPARE(again.json().object().value(QStringLiteral("title")).toString(),
                 QStringLiteral("First"));
        QCOMPARE(h.run({QStringLiteral("archive"), first}).code, 0);
        QVERIFY(h.create(QStringLiteral("Third"),
                         {QStringLiteral("--idempotency-key"), QStringLiteral("k")}) != first);
    }

    void createWorkspaceFlagsAreParsedAndHomeIsExpanded()
    {
        CliHarness h;
        auto ws = [&h](const QString &flag) {
            const auto r = h.run({QStringLiteral("create"), QStringLiteral("W"),
                                  QStringLiteral("--workspace"), flag, QStringLiteral("--json")});
            return r.json().object();
        };
        QCOMPARE(ws(QStringLiteral("scratch")).value(QStringLiteral("workspace_kind")).toString(),
                 QStringLiteral("scratch"));
        QCOMPARE(ws(QStringLiteral("worktree")).value(QStringLiteral("workspace_kind")).toString(),
                 QStringLiteral("worktree"));
        const QJsonObject dir = ws(QStringLiteral("dir:~/vault"));
        QCOMPARE(dir.value(QStringLiteral("workspace_kind")).toString(), QStringLiteral("dir"));
        QCOMPARE(dir.value(QStringLiteral("workspace_path")).toString(),
                 h.path(QStringLiteral("userhome/vault")));
        const QJsonObject wt = ws(QStringLiteral("worktree:/srv/repo"));
        QCOMPARE(wt.value(QStringLiteral("workspace_path")).toString(),
                 QStringLiteral("/srv/repo"));
    }

    void createTriageParksTheTask()
    {
        CliHarness h;
        const auto r =
            h.run({QStringLiteral("create"), QStringLiteral("Idea"), QStringLiteral("--triage")});
        QVERIFY(r.text().contains(QStringLiteral("(triage, assignee=-)")));
        QVERIFY(h.run({QStringLiteral("ls")}).text().startsWith(QStringLiteral("? t_")));
    }

    void listPrintsTheOriginalLineFormat()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("Ship it"),
                                    {QStringLiteral("--assignee"), QStringLiteral("bob"),
                                     QStringLiteral("--tenant"), QStringLiteral("acme")});
        const auto r = h.run({QStringLiteral("list")});
        QCOMPARE(r.text(),
                 QStringLiteral("▶ %1  ready     bob                  [acme]  Ship it\n").arg(id));
        CliHarness empty;
        QCOMPARE(empty.run({QStringLiteral("init")}).code, 0);
        QCOMPARE(empty.run({QStringLiteral("ls")}).text(), QStringLiteral("(no matching tasks)\n"));
    }

    void listFiltersByAssigneeStatusTenantAndMine()
    {
        CliHarness h;
        const QString a =
            h.create(QStringLiteral("A"), {QStringLiteral("--assignee"), QStringLiteral("alice")});
        const QString b =
            h.create(QStringLiteral("B"), {QStringLiteral("--assignee"), QStringLiteral("bob"),
                                           QStringLiteral("--tenant"), QStringLiteral("t1")});
        const QString c = h.create(QStringLiteral("C"), {QStringLiteral("--triage")});
        auto ids = [&h](const QStringList &args) {
            QStringList out;
            for (const auto &v :
                 h.run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + args)
                     .json()
                     .array())
                out << v.toObject().value(QStringLiteral("id")).toString();
            out.sort();
            return out;
        };
        QCOMPARE(ids({QStringLiteral("--assignee"), QStringLiteral("ALICE")}), QStringList{a});
        QCOMPARE(ids({QStringLiteral("--tenant"), QStringLiteral("t1")}), QStringList{b});
        QCOMPARE(ids({QStringLiteral("--status"), QStringLiteral("triage")}), QStringList{c});
        h.setEnv(QStringLiteral("QKANBAN_PROFILE"), QStringLiteral("bob"));
        QCOMPARE(ids({QStringLiteral("--mine")}), QStringList{b});
        QCOMPARE(h.run({QStringLiteral("archive"), c}).code, 0);
        QCOMPARE(ids({}).size(), 2);
        QCOMPARE(ids({QStringLiteral("--archived")}).size(), 3);
    }

    void listSortsByPriorityThenAge()
    {
        CliHarness h;
        const QString low =
            h.create(QStringLiteral("low"), {QStringLiteral("--priority"), QStringLiteral("-1")});
        const QString high =
            h.create(QStringLiteral("high"), {QStringLiteral("--priority"), QStringLiteral("5")});
        const QString mid = h.create(QStringLiteral("mid"));
        auto order = [&h](const QStringList &args) {
            QStringList out;
            for (const auto &v :
                 h.run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + args)
                     .json()
                     .array())
                out << v.toObject().value(QStringLiteral("id")).toString();
            return out;
        };
        QCOMPARE(order({}), (QStringList{high, mid, low}));
        QCOMPARE(order({QStringLiteral("--sort"), QStringLiteral("priority")}),
                 (QStringList{low, mid, high}));
        QCOMPARE(order({QStringLiteral("--sort"), QStringLiteral("title")}),
                 (QStringList{high, low, mid}));
    }

    void listIsReadOnlyWhenNothingPromotes()
    {
        CliHarness h;
        h.create(QStringLiteral("A"));
        const QString db = h.path(QStringLiteral("home/boards/default/board.db"));
        auto hash = [&db] {
            QByteArray all;
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile f(db + suffix);
                if (f.open(QIODevice::ReadOnly))
                    all += f.readAll();
            }
            return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
        };
        const QByteArray before = hash();
        QCOMPARE(h.run({QStringLiteral("list")}).code, 0);
        QCOMPARE(hash(), before);
    }

    void showJsonHasTaskLinksCommentsEventsAndRuns()
    {
        CliHarness h;
        const QString p = h.create(QStringLiteral("P"));
        const QString id = h.create(QStringLiteral("T"), {QStringLiteral("--parent"), p});
        const QString c = h.create(QStringLiteral("C"), {QStringLiteral("--parent"), id});
        QCOMPARE(
            h.run({QStringLiteral("comment"), id, QStringLiteral("hello"), QStringLiteral("there")})
                .code,
            0);
        const QJsonObject o =
            h.run({QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
        QCOMPARE(o.value(QStringLiteral("task")).toObject().value(QStringLiteral("id")).toString(),
                 id);
        QCOMPARE(o.value(QStringLiteral("parents")).toArray(), QJsonArray{p});
        QCOMPARE(o.value(QStringLiteral("children")).toArray(), QJsonArray{c});
        const QJsonObject comment = o.value(QStringLiteral("comments")).toArray().at(0).toObject();
        QCOMPARE(comment.value(QStringLiteral("body")).toString(), QStringLiteral("hello there"));
        QCOMPARE(comment.value(QStringLiteral("author")).toString(), QStringLiteral("user"));
        const QJsonObject created = o.value(QStringLiteral("events")).toArray().at(0).toObject();
        QCOMPARE(created.value(QStringLiteral("kind")).toString(), QStringLiteral("created"));
        QVERIFY(created.value(QStringLiteral("payload")).isObject());
        QCOMPARE(created.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("todo"));
        QVERIFY(o.value(QStringLiteral("runs")).isArray());
    }

    void showTextListsFieldsBodyCommentsAndEvents()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("Title"),
                                    {QStringLiteral("--body"), QStringLiteral("The body"),
                                     QStringLiteral("--assignee"), QStringLiteral("ann")});
        h.run({QStringLiteral("comment"), id, QStringLiteral("note"), QStringLiteral("--author"),
               QStringLiteral("zed")});
        const QString t = h.run({QStringLiteral("show"), id}).text();
        QVERIFY(t.startsWith(
            QStringLiteral("Task %1: Title\n  status:    ready\n  assignee:  ann\n").arg(id)));
        QVERIFY(t.contains(QStringLiteral("\nBody:\nThe body\n")));
        QVERIFY(t.contains(QStringLiteral("Comments (1):\n  [")));
        QVERIFY(t.contains(QStringLiteral("] zed: note\n")));
        QVERIFY(t.contains(QStringLiteral("Events (2):")));
    }

    void assignSetsAndClearsTheAssignee()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        QCOMPARE(h.run({QStringLiteral("assign"), id, QStringLiteral("Dora")}).text(),
                 QStringLiteral("Assigned %1 to dora\n").arg(id));
        QCOMPARE(h.run({QStringLiteral("assign"), id, QStringLiteral("none")}).text(),
                 QStringLiteral("Assigned %1 to (unassigned)\n").arg(id));
        const QJsonObject o =
            h.run({QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
        QVERIFY(
            o.value(QStringLiteral("task")).toObject().value(QStringLiteral("assignee")).isNull());
    }

    void editChangesFieldsAndRecordsEvents()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("Old"));
        const auto r = h.run(
            {QStringLiteral("edit"), id, QStringLiteral("--title"), QStringLiteral("New"),
             QStringLiteral("--body"), QStringLiteral("B"), QStringLiteral("--priority"),
             QStringLiteral("70"), QStringLiteral("--tenant"), QStringLiteral("t"),
             QStringLiteral("--assignee"), QStringLiteral("eve"), QStringLiteral("--max-runtime"),
             QStringLiteral("2h"), QStringLiteral("--max-retries"), QStringLiteral("4")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text(), QStringLiteral("Edited %1\n").arg(id));
        const QJsonObject o =
            h.run({QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
        const QJsonObject t = o.value(QStringLiteral("task")).toObject();
        QCOMPARE(t.value(QStringLiteral("title")).toString(), QStringLiteral("New"));
        QCOMPARE(t.value(QStringLiteral("priority")).toInt(), 70);
        QCOMPARE(t.value(QStringLiteral("assignee")).toString(), QStringLiteral("eve"));
        QCOMPARE(t.value(QStringLiteral("max_runtime_seconds")).toInt(), 7200);
        QCOMPARE(t.value(QStringLiteral("max_retries")).toInt(), 4);
        QStringList kinds;
        for (const auto &e : o.value(QStringLiteral("events")).toArray())
            kinds << e.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY(kinds.contains(EventKind::Edited));
        QVERIFY(kinds.contains(EventKind::Reprioritized));
        QVERIFY(kinds.contains(EventKind::Assigned));
        QCOMPARE(h.run({QStringLiteral("edit"), id, QStringLiteral("--max-runtime"),
                        QStringLiteral("none")})
                     .code,
                 0);
        QVERIFY(h.run({QStringLiteral("show"), id, QStringLiteral("--json")})
                    .json()
                    .object()
                    .value(QStringLiteral("task"))
                    .toObject()
                    .value(QStringLiteral("max_runtime_seconds"))
                    .isNull());
    }

    void linkDemotesAReadyChildAndUnlinkPromotesIt()
    {
        CliHarness h;
        const QString p = h.create(QStringLiteral("P"));
        const QString c = h.create(QStringLiteral("C"));
        const auto linked = h.run({QStringLiteral("link"), p, c});
        QCOMPARE(linked.code, 0);
        QVERIFY(linked.text().startsWith(QStringLiteral("Linked %1 -> %2\n").arg(p, c)));
        QVERIFY(linked.text().contains(QStringLiteral("moved back to todo")));
        auto status = [&h](const QString &id) {
            return h.run({QStringLiteral("show"), id, QStringLiteral("--json")})
                .json()
                .object()
                .value(QStringLiteral("task"))
                .toObject()
                .value(QStringLiteral("status"))
                .toString();
        };
        QCOMPARE(status(c), QStringLiteral("todo"));
        QCOMPARE(h.run({QStringLiteral("unlink"), p, c}).text(),
                 QStringLiteral("Unlinked %1 -> %2\n").arg(p, c));
        QCOMPARE(status(c), QStringLiteral("ready"));
        const auto again = h.run({QStringLiteral("unlink"), p, c});
        QCOMPARE(again.code, 1);
        QCOMPARE(again.errText(), QStringLiteral("qkanban: No such link: %1 -> %2\n").arg(p, c));
    }

    void boardsCanBeCreatedListedSwitchedAndRemoved()
    {
        QK_SKIP_ON_PG(
            "named boards are files in QKANBAN_HOME; QKANBAN_DB pins the PostgreSQL board");
        CliHarness h;
        h.create(QStringLiteral("on default"));
        QCOMPARE(h.run({QStringLiteral("boards"), QStringLiteral("create"), QStringLiteral("proj")})
                     .code,
                 0);
        QCOMPARE(h.run({QStringLiteral("boards"), QStringLiteral("create"), QStringLiteral("proj")})
                     .code,
                 1);
        h.create(QStringLiteral("on proj"), {QStringLiteral("--board"), QStringLiteral("proj")});
        QCOMPARE(h.run({QStringLiteral("--board"), QStringLiteral("proj"), QStringLiteral("list"),
                        QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 1);
        const QJsonArray boards =
            h.run({QStringLiteral("boards"), QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .array();
        QCOMPARE(boards.size(), 2);
        QCOMPARE(boards.at(0).toObject().value(QStringLiteral("slug")).toString(),
                 QStringLiteral("default"));
        QVERIFY(boards.at(0).toObject().value(QStringLiteral("is_current")).toBool());
        QCOMPARE(boards.at(1).toObject().value(QStringLiteral("total")).toInt(), 1);

        QCOMPARE(h.run({QStringLiteral("boards"), QStringLiteral("switch"), QStringLiteral("proj")})
                     .code,
                 0);
        QCOMPARE(h.run({QStringLiteral("list")}).text().count(QStringLiteral("on proj")), 1);
        QVERIFY(h.run({QStringLiteral("list")})
                    .text()
                    .startsWith(QStringLiteral("Board: proj (1 other board(s)")));

        const auto rmDefault =
            h.run({QStringLiteral("boards"), QStringLiteral("rm"), QStringLiteral("default")});
        QCOMPARE(rmDefault.code, 1);
        QCOMPARE(rmDefault.errLines().size(), 1);
        QCOMPARE(
            h.run({QStringLiteral("boards"), QStringLiteral("rm"), QStringLiteral("proj")}).code,
            0);
        QCOMPARE(h.run({QStringLiteral("boards"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 1);
        QVERIFY(h.run({QStringLiteral("list")}).text().contains(QStringLiteral("on default")));
    }

    void boardsNeitherNeedsNorCreatesADatabaseAndIgnoresBoard()
    {
        QK_SKIP_ON_PG(
            "named boards are files in QKANBAN_HOME; QKANBAN_DB pins the PostgreSQL board");
        CliHarness h;
        const auto r = h.run({QStringLiteral("--board"), QStringLiteral("nope"),
                              QStringLiteral("boards"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.text().contains(QStringLiteral("default")));
        QVERIFY(!QFile::exists(h.path(QStringLiteral("home/boards/default/board.db"))));
        QCOMPARE(h.run({QStringLiteral("stats")}).code, 1); // reading verbs create no board
        QVERIFY(!QFile::exists(h.path(QStringLiteral("home/boards/default/board.db"))));
        QCOMPARE(h.run({QStringLiteral("init")}).code, 0); // writing verbs initialise it
        QVERIFY(QFile::exists(h.path(QStringLiteral("home/boards/default/board.db"))));
    }

    void globalOptionsWorkBeforeOrAfterTheVerb()
    {
        QK_SKIP_ON_PG(
            "named boards are files in QKANBAN_HOME; QKANBAN_DB pins the PostgreSQL board");
        CliHarness h;
        QCOMPARE(
            h.run({QStringLiteral("boards"), QStringLiteral("create"), QStringLiteral("b2")}).code,
            0);
        h.create(QStringLiteral("x"), {QStringLiteral("--board=b2")});
        QCOMPARE(h.run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--board"),
                        QStringLiteral("b2")})
                     .json()
                     .array()
                     .size(),
                 1);
        QCOMPARE(h.run({QStringLiteral("--json"), QStringLiteral("--board"), QStringLiteral("b2"),
                        QStringLiteral("list")})
                     .json()
                     .array()
                     .size(),
                 1);
        const auto missing =
            h.run({QStringLiteral("--board"), QStringLiteral("nope"), QStringLiteral("list")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.errText().contains(QStringLiteral("board 'nope' does not exist")));
        QCOMPARE(
            h.run({QStringLiteral("--board"), QStringLiteral("Bad Slug!"), QStringLiteral("list")})
                .code,
            2);
    }

    void dbOptionWinsOverTheEnvironment()
    {
        CliHarness h;
        const QString envDb = h.path(QStringLiteral("env.db"));
        const QString argDb = h.path(QStringLiteral("arg.db"));
        h.setEnv(QStringLiteral("QKANBAN_DB"), envDb);
        h.create(QStringLiteral("in env db"));
        h.create(QStringLiteral("in arg db"), {QStringLiteral("--db"), argDb});
        const auto fromArg = h.run({QStringLiteral("list"), QStringLiteral("--db"), argDb});
        QVERIFY(fromArg.text().contains(QStringLiteral("in arg db")));
        QVERIFY(!fromArg.text().contains(QStringLiteral("in env db")));
        QVERIFY(h.run({QStringLiteral("list")}).text().contains(QStringLiteral("in env db")));
    }

    void exportImportRoundTripsTheBoard()
    {
        CliHarness h;
        const QString p =
            h.create(QStringLiteral("P 🎉"), {QStringLiteral("--body"), QStringLiteral("b\n\"q\"")});
        const QString c = h.create(QStringLiteral("C"), {QStringLiteral("--parent"), p});
        h.run({QStringLiteral("comment"), c, QStringLiteral("hi")});
        // Completed without a claim: an import drops every claim lock and
        // pid (they name the exporting board's processes).
        h.run({QStringLiteral("complete"), p, QStringLiteral("--summary"), QStringLiteral("done")});
        const QString file = h.path(QStringLiteral("board.json"));
        const auto exported = h.run({QStringLiteral("export"), QStringLiteral("-o"), file});
        QCOMPARE(exported.code, 0);
        const QString other = h.path(QStringLiteral("other.db"));
        const auto imported =
            h.run({QStringLiteral("--db"), other, QStringLiteral("import"), file});
        QCOMPARE(imported.code, 0);
        QVERIFY(imported.text().startsWith(QStringLiteral("Imported 2 task(s), 1 link(s)")));
        QCOMPARE(h.snapshot({QStringLiteral("--db"), other}), h.snapshot());
        const auto twice = h.run({QStringLiteral("--db"), other, QStringLiteral("import"), file});
        QCOMPARE(twice.code, 1);
    }

    void importFromHermesReadsTheOriginalBoard()
    {
        if (!QFile::exists(QStringLiteral(QKANBAN_HERMES_FIXTURE)))
            QSKIP("no Hermes fixture in this checkout");
        CliHarness h;
        const auto r = h.run({QStringLiteral("import"), QStringLiteral("--from-hermes"),
                              QStringLiteral(QKANBAN_HERMES_FIXTURE)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.text().startsWith(QStringLiteral("Imported ")));
        QVERIFY(
            !h.run({QStringLiteral("list"), QStringLiteral("--archived"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .isEmpty());
    }

    void completionBashNamesEveryVerb()
    {
        CliHarness h;
        const auto r = h.run({QStringLiteral("completion"), QStringLiteral("bash")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.text().contains(QStringLiteral("-F _qkanban qkanban")));
        for (const char *verb : {"create", "list", "request-review", "notify-subscribe", "boards"})
            QVERIFY2(r.text().contains(QLatin1String(verb)), verb);
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n")});
        QVERIFY(bash.waitForStarted());
        bash.write(r.out);
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished());
        QCOMPARE(bash.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCliVerbs)
#include "tst_cli_verbs.moc"
