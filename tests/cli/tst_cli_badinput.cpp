// Bad input: every refusal exits non-zero with a clear message on stderr
// (usage errors: exit 2 with the usage line; refused operations: exit 1
// and one line), and leaves the board exactly as it was.
#include "tests/cli/CliHarness.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QtTest>

class TstCliBadInput : public QObject
{
    Q_OBJECT

    CliHarness *m_h = nullptr;
    QString m_a, m_b, m_c, m_done, m_archived;

private slots:
    void initTestCase()
    {
        m_h = new CliHarness;
        m_a =
            m_h->create(QStringLiteral("A"), {QStringLiteral("--assignee"), QStringLiteral("ann")});
        m_b = m_h->create(QStringLiteral("B"), {QStringLiteral("--parent"), m_a});
        m_c = m_h->create(QStringLiteral("C"), {QStringLiteral("--parent"), m_b});
        m_done = m_h->create(QStringLiteral("D"));
        m_archived = m_h->create(QStringLiteral("E"));
        QCOMPARE(m_h->run({QStringLiteral("complete"), m_done}).code, 0);
        QCOMPARE(m_h->run({QStringLiteral("archive"), m_archived}).code, 0);
        QFile body(m_h->path(QStringLiteral("body.txt")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("x");
    }

    void cleanupTestCase() { delete m_h; }

    void badInputIsRefusedAndLeavesTheBoardUnchanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString unknown = QStringLiteral("t_00000000");
        auto row = [](const char *name, QStringList args, int code, const QString &message) {
            QTest::newRow(name) << args << code << message;
        };
        row("show unknown id", {"show", unknown}, 1, "no such task: t_00000000");
        row("empty title", {"create", ""}, 1, "title is required");
        row("blank title", {"create", "   "}, 1, "title is required");
        row("priority not a number", {"create", "x", "--priority", "abc"}, 2,
            "invalid int value: 'abc'");
        row("missing title", {"create"}, 2, "the following arguments are required: title");
        row("unknown workspace", {"create", "x", "--workspace", "cloud"}, 2,
            "unknown --workspace value 'cloud'");
        row("dir without path", {"create", "x", "--workspace", "dir:"}, 2,
            "--workspace dir: requires a path");
        row("relative dir", {"create", "x", "--workspace", "dir:rel/path"}, 1,
            "non-absolute workspace_path");
        row("branch without worktree", {"create", "x", "--branch", "b"}, 1,
            "--branch needs a worktree");
        row("bad duration", {"create", "x", "--max-runtime", "5y"}, 2, "malformed duration '5y'");
        row("zero retries", {"create", "x", "--max-retries", "0"}, 1, "--max-retries must be >= 1");
        row("unknown parent", {"create", "x", "--parent", unknown}, 1,
            "unknown parent task(s): t_00000000");
        row("body and body-file", {"create", "x", "--body", "b", "--body-file", "body.txt"}, 2,
            "not allowed with");
        row("missing body-file", {"create", "x", "--body-file", "/nonexistent/body"}, 1,
            "cannot read --body-file");
        row("self link", {"link", "A", "A"}, 1, "a task cannot depend on itself");
        row("link unknown", {"link", "A", unknown}, 1, "unknown task(s): t_00000000");
        row("link cycle", {"link", "C", "A"}, 1, "would create a cycle");
        row("unlink missing", {"unlink", "C", "A"}, 1, "No such link");
        row("assign unknown", {"assign", unknown, "bob"}, 1, "no such task: t_00000000");
        row("complete unknown", {"complete", unknown}, 1, "cannot complete t_00000000");
        row("complete with open parent", {"complete", "B"}, 1, "unsatisfied parent dependencies");
        row("complete summary with ids", {"complete", "A", "D", "--summary", "s"}, 2, "per-task");
        row("complete metadata not object", {"complete", "A", "--metadata", "[1]"}, 2,
            "must be a JSON object");
        row("complete metadata malformed", {"complete", "A", "--metadata", "{bad"}, 2,
            "not valid JSON");
        row("block unknown", {"block", unknown}, 1, "cannot block t_00000000");
        row("block done", {"block", "D"}, 1, "cannot block");
        row("unblock ready", {"unblock", "A"}, 1, "cannot unblock");
        row("archive rm live", {"archive", "--rm", "A"}, 1, "must already be archived");
        row("archive archived", {"archive", "E"}, 1, "cannot archive");
        row("claim unknown", {"claim", unknown}, 1, "no such task: t_00000000");
        row("claim todo", {"claim", "B"}, 1, "cannot claim");
        row("claim zero ttl", {"claim", "A", "--ttl", "0"}, 2, "--ttl");
        row("list bad status", {"list", "--status", "bogus"}, 2, "invalid choice: 'bogus'");
        row("list bad sort", {"list", "--sort", "bogus"}, 2, "invalid choice: 'bogus'");
        row("edit nothing", {"edit", "A"}, 2, "provide --title");
        row("edit empty title", {"edit", "A", "--title", ""}, 1, "title cannot be empty");
        row("edit unknown", {"edit", unknown, "--title", "x"}, 1, "no such task");
        row("edit bad priority", {"edit", "A", "--priority", "x"}, 2, "invalid int value");
        row("edit result of live task", {"edit", "A", "--result", "r"}, 1, "not done");
        row("comment empty", {"comment", "A", " "}, 1, "comment body is required");
        row("comment unknown", {"comment", unknown, "x"}, 1, "no such task");
        row("heartbeat ready", {"heartbeat", "A"}, 1, "cannot heartbeat");
        row("reclaim ready", {"reclaim", "A"}, 1, "cannot reclaim");
        row("request changes not in review", {"request-changes", "A", "why"}, 1,
            "cannot request changes");
        row("request review todo", {"request-review", "B", "--summary", "s"}, 1,
            "cannot request review");
        row("subscribe bad platform",
            {"notify-subscribe", "A", "--platform", "irc", "--chat-id", "x"}, 2,
            "invalid choice: 'irc'");
        row("subscribe bad chat type",
            {"notify-subscribe", "A", "--platform", "telegram", "--chat-id", "1", "--chat-type",
             "room"},
            2, "invalid choice: 'room'");
        row("subscribe webhook not url",
            {"notify-subscribe", "A", "--platform", "webhook", "--chat-id", "nope"}, 2,
            "http(s) URL");
        row("subscribe unknown",
            {"notify-subscribe", unknown, "--platform", "desktop", "--chat-id", "me"}, 1,
            "no such task");
        row("context unknown", {"context", unknown}, 1, "no such task");
        row("runs unknown", {"runs", unknown}, 1, "no such task");
        row("tail unknown", {"tail", unknown}, 1, "no such task");
        row("watch negative since", {"watch", "--since=-1"}, 2, "must be an event id >= 0");
        row("import into non-empty board", {"import", "body.txt"}, 1, "");
        row("import nothing", {"import"}, 2, "give either FILE");
        row("gc negative", {"gc", "--event-retention-days", "-1"}, 2, "must not be negative");
        row("unknown verb", {"frobnicate"}, 2, "unknown verb 'frobnicate'");
        row("invalid board slug", {"--board", "Bad Slug!", "list"}, 2, "invalid board slug");
        row("missing board", {"--board", "nope", "list"}, 1, "board 'nope' does not exist");
        row("board without value", {"list", "--board"}, 2,
            "argument --board: expected one argument");
        row("unknown option", {"list", "--frob"}, 2, "unrecognized arguments: --frob");
    }

    void badInputIsRefusedAndLeavesTheBoardUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        if (QTest::currentDataTag() == QByteArrayLiteral("missing board"))
            QK_SKIP_ON_PG(
                "named boards are files in QKANBAN_HOME; QKANBAN_DB pins the PostgreSQL board");
        const QHash<QString, QString> ids{
            {QStringLiteral("A"), m_a},
            {QStringLiteral("B"), m_b},
            {QStringLiteral("C"), m_c},
            {QStringLiteral("D"), m_done},
            {QStringLiteral("E"), m_archived},
            {QStringLiteral("body.txt"), m_h->path(QStringLiteral("body.txt"))}};
        for (QString &a : args)
            a = ids.value(a, a);
        const QByteArray before = m_h->snapshot();
        const auto r = m_h->run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
        if (code == 1) {
            QCOMPARE(r.errLines().size(), 1);
        } else {
            QVERIFY(r.errText().startsWith(QStringLiteral("usage: qkanban")));
            QVERIFY(r.errText().contains(QStringLiteral(": error: ")));
        }
        QCOMPARE(m_h->snapshot(), before);
    }

    void malformedImportIntoAnEmptyBoardChangesNothing()
    {
        CliHarness h;
        QFile f(h.path(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"qkanban-board\", \"tasks\": [ {\"id\": ");
        f.close();
        h.run({QStringLiteral("init")});
        const QByteArray before = h.snapshot();
        const auto r = h.run({QStringLiteral("import"), f.fileName()});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(h.snapshot(), before);
    }

    void textFileGivenAsDatabaseIsRefusedAndUntouched()
    {
        CliHarness h;
        const QString path = h.path(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
        f.close();
        const QByteArray before = QCryptographicHash::hash("these are my notes, not a database\n",
                                                           QCryptographicHash::Sha256);
        for (const QStringList &args :
             {QStringList{QStringLiteral("--db"), path, QStringLiteral("list")},
              QStringList{QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--db"),
                          path}}) {
            const auto r = h.run(args);
            QCOMPARE(r.code, 1);
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY(r.errText().startsWith(QStringLiteral("qkanban: ")));
            QVERIFY(r.errText().contains(path));
            QVERIFY(r.out.isEmpty());
            QFile again(path);
            QVERIFY(again.open(QIODevice::ReadOnly));
            QCOMPARE(QCryptographicHash::hash(again.readAll(), QCryptographicHash::Sha256), before);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliBadInput)
#include "tst_cli_badinput.moc"
