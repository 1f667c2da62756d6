#include "tests/badinput/BadInputCases.h"

#include "tests/readonly/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace {

void row(const char *name, const QStringList &args, int code, const QString &fragment)
{
    QTest::newRow(name) << args << code << fragment;
}

// "@RAW:<hex>": raw bytes on the command line.
QString raw(const QByteArray &bytes)
{
    return QStringLiteral("@RAW:") + QString::fromLatin1(bytes.toHex());
}

void foreignSqlite(const QString &path)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            q.exec(QStringLiteral("INSERT INTO recipes VALUES ('soup')"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

void unknownIds()
{
    row("show unknown", {"show", "@U"}, 1, "@U");
    row("show --json unknown", {"show", "@U", "--json"}, 1, "@U");
    row("assign unknown", {"assign", "@U", "coder"}, 1, "@U");
    row("edit unknown", {"edit", "@U", "--title", "x"}, 1, "@U");
    row("link unknown parent", {"link", "@U", "@A"}, 1, "@U");
    row("link unknown child", {"link", "@A", "@U"}, 1, "@U");
    row("unlink unknown", {"unlink", "@U", "@A"}, 1, "link");
    row("claim unknown", {"claim", "@U"}, 1, "@U");
    row("comment unknown", {"comment", "@U", "hello"}, 1, "@U");
    row("complete unknown", {"complete", "@U"}, 1, "@U");
    row("block unknown", {"block", "@U"}, 1, "@U");
    row("unblock unknown", {"unblock", "@U"}, 1, "@U");
    row("archive unknown", {"archive", "@U"}, 1, "@U");
    row("archive --rm unknown", {"archive", "--rm", "@U"}, 1, "@U");
    row("heartbeat unknown", {"heartbeat", "@U"}, 1, "@U");
    row("reclaim unknown", {"reclaim", "@U"}, 1, "@U");
    row("request-review unknown", {"request-review", "@U", "--summary", "s"}, 1, "@U");
    row("request-changes unknown", {"request-changes", "@U", "why"}, 1, "@U");
    row("tail unknown", {"tail", "@U"}, 1, "@U");
    row("context unknown", {"context", "@U"}, 1, "@U");
    row("runs unknown", {"runs", "@U"}, 1, "@U");
    row("log unknown", {"log", "@U"}, 1, "@U");
    row("notify-subscribe unknown",
        {"notify-subscribe", "@U", "--platform", "desktop", "--chat-id", "me"}, 1, "@U");
    row("notify-unsubscribe unknown",
        {"notify-unsubscribe", "@U", "--platform", "desktop", "--chat-id", "me"}, 1,
        "subscription");
    row("boards switch unknown", {"boards", "switch", "nope"}, 1, "nope");
    row("boards rm unknown", {"boards", "rm", "nope"}, 1, "nope");
    row("profiles remove unknown", {"profiles", "remove", "nope"}, 1, "nope");
    row("--board unknown", {"--board", "nope", "list"}, 1, "nope");
    row("unknown verb", {"frobnicate"}, 2, "frobnicate");
    row("specify unknown", {"specify", "@U"}, 1, "@U");
}

// Transitions the original refuses: one line, exit 1, nothing written.
void refusedTransitions()
{
    row("block todo", {"block", "@B", "why"}, 1, "cannot block");
    row("specify not in triage", {"specify", "@A", "--title", "x"}, 1, "not in triage");
    row("clear skills of a running task", {"edit", "@R", "--clear-skills"}, 1, "running");
    row("unblock --reason, not blocked", {"unblock", "@A", "--reason", "x"}, 1, "cannot unblock");
}

void emptyValues()
{
    row("create empty title", {"create", ""}, 1, "title is required");
    row("create blank title", {"create", "   "}, 1, "title is required");
    row("create empty parent", {"create", "x", "--parent", ""}, 1, "parent");
    row("show empty id", {"show", ""}, 1, "no such task");
    row("link empty parent", {"link", "", "@A"}, 1, "unknown task");
    row("comment empty", {"comment", "@A", ""}, 1, "comment body is required");
    row("edit empty title", {"edit", "@A", "--title", ""}, 1, "title cannot be empty");
    row("request-changes empty reason", {"request-changes", "@A", ""}, 1, "");
    row("subscribe empty chat",
        {"notify-subscribe", "@A", "--platform", "desktop", "--chat-id", ""}, 2,
        "must not be empty");
    row("profiles add empty name", {"profiles", "add", "", "--command", "/bin/true"}, 2, "NAME");
    row("profiles add empty command", {"profiles", "add", "x", "--command", ""}, 2, "--command");
    row("boards create empty", {"boards", "create", ""}, 2, "slug");
    row("import empty path", {"import", ""}, 2, "FILE");
    row("create empty skill", {"create", "x", "--skill", ""}, 2, "must not be empty");
    row("specify blank title", {"specify", "@A", "--title", " "}, 2, "must not be blank");
    row("specify nothing", {"specify"}, 2, "task id or --all");
}

void hugeValues()
{
    row("body over 1 MiB", {"create", "x", "--body-file", "@F:body-over.txt"}, 1, "--body-file");
    row("body from /dev/zero", {"create", "x", "--body-file", "/dev/zero"}, 1, "--body-file");
    row("empty title with 1 MiB body", {"create", "", "--body-file", "@F:body-1mib.txt"}, 1,
        "title is required");
    row("import 1 MB of garbage", {"import", "@F:garbage.json"}, 1, "");
    row("show 100 KB id", {"show", "@BIG:100000"}, 1, "@BIG:100000");
    row("parent 100 KB id", {"create", "x", "--parent", "@BIG:100000"}, 1, "@BIG:100000");
    row("board 100 KB slug", {"--board", "@BIG:100000", "list"}, 2, "invalid board slug");
}

void overflow()
{
    const QString big = QStringLiteral("99999999999999999999");
    const QString max = QStringLiteral("9223372036854775807");
    row("priority overflow", {"create", "x", "--priority", big}, 2, "invalid int value");
    row("negative priority overflow", {"create", "x", "--priority", "-" + big}, 2,
        "invalid int value");
    row("edit priority overflow", {"edit", "@A", "--priority", big}, 2, "invalid int value");
    row("ttl overflow", {"claim", "@A", "--ttl", big}, 2, "invalid int value");
    row("ttl at int64 max", {"claim", "@A", "--ttl", max}, 1, "--ttl");
    row("tail overflow", {"log", "@A", "--tail", big}, 2, "invalid int value");
    row("max-runtime overflow", {"create", "x", "--max-runtime", big}, 2, "--max-runtime");
    row("max-runtime days overflow", {"create", "x", "--max-runtime", "106751991167301d"}, 2,
        "--max-runtime");
    row("max-retries overflow", {"create", "x", "--max-retries", big}, 2, "invalid int value");
    row("heartbeat-timeout overflow", {"create", "x", "--heartbeat-timeout", big}, 2,
        "--heartbeat-timeout");
    row("event retention overflow", {"gc", "--event-retention-days", big}, 2, "invalid int value");
    row("event retention at int64 max", {"gc", "--event-retention-days", max}, 2,
        "--event-retention-days");
    row("log retention at int64 max", {"gc", "--log-retention-days", max}, 2,
        "--log-retention-days");
    row("dispatch max overflow", {"dispatch", "--max", big}, 2, "invalid int value");
    row("failure-limit overflow", {"dispatch", "--failure-limit", big}, 2, "invalid int value");
    row("daemon interval nan", {"daemon", "--interval", "nan"}, 2, "--interval");
    row("daemon interval inf", {"daemon", "--interval", "1e999"}, 2, "--interval");
    row("serve port out of range", {"serve", "--port", "99999"}, 2, "--port");
    row("serve port overflow", {"serve", "--port", big}, 2, "invalid int value");
    row("serve allow-host without allow-remote", {"serve", "--allow-host", "board.lan"}, 2,
        "needs --allow-remote");
    row("serve allow-host not a name",
        {"serve", "--bind", "0.0.0.0", "--allow-remote", "--allow-host", "evil/x"}, 2,
        "not a host name");
}

void wrongTypes()
{
    row("priority not a number", {"create", "x", "--priority", "abc"}, 2, "invalid int value");
    row("priority a fraction", {"create", "x", "--priority", "1.5"}, 2, "invalid int value");
    row("ttl not a number", {"claim", "@A", "--ttl", "abc"}, 2, "invalid int value");
    row("tail negative", {"log", "@A", "--tail", "-5"}, 2, "--tail");
    row("metadata an array", {"complete", "@A", "--metadata", "[1]"}, 2, "JSON object");
    row("metadata malformed", {"complete", "@A", "--metadata", "{bad"}, 2, "JSON");
    row("import wrong types", {"import", "@F:wrong-types.json"}, 1, "tasks");
    row("status a number", {"list", "--status", "5"}, 2, "invalid choice");
    row("interval not a number", {"daemon", "--interval", "abc"}, 2, "invalid float value");
    row("max-runtime not a duration", {"edit", "@A", "--max-runtime", "abc"}, 2, "--max-runtime");
    row("heartbeat-timeout not a duration", {"edit", "@A", "--heartbeat-timeout", "abc"}, 2,
        "--heartbeat-timeout");
    row("heartbeat-timeout zero", {"create", "x", "--heartbeat-timeout", "0"}, 2,
        "--heartbeat-timeout");
    row("profile heartbeat-timeout not a duration",
        {"profiles", "add", "p", "--command", "/bin/true", "--heartbeat-timeout", "soon"}, 2,
        "--heartbeat-timeout");
    row("resume without a name", {"profiles", "resume"}, 2, "NAME");
    row("resume a profile not paused", {"profiles", "resume", "nobody"}, 1, "not paused");
    row("retention negative", {"gc", "--event-retention-days", "-1"}, 2, "negative");
    row("webhook not a URL",
        {"notify-subscribe", "@A", "--platform", "webhook", "--chat-id", "file:///etc/passwd"}, 2,
        "URL");
    row("unknown workspace kind", {"create", "x", "--workspace", "cloud"}, 2, "--workspace");
    row("skill with a comma", {"create", "x", "--skill", "a,b"}, 2, "comma");
    row("skill a toolset name", {"create", "x", "--skill", "web"}, 2, "toolset name");
    row("edit skill a toolset name", {"edit", "@A", "--skill", "browser"}, 2, "toolset name");
    row("--skill with --clear-skills", {"edit", "@A", "--skill", "a", "--clear-skills"}, 2,
        "--clear-skills");
}

void escapingPaths()
{
    row("log ../../x", {"log", "../../x"}, 1, "../../x");
    row("log ../x", {"log", "../x"}, 1, "../x");
    row("log absolute path", {"log", "/etc/passwd"}, 1, "/etc/passwd");
    row("context ../x", {"context", "../x"}, 1, "../x");
    row("dir: relative", {"create", "x", "--workspace", "dir:relative"}, 1, "non-absolute");
    row("dir: ../", {"create", "x", "--workspace", "dir:../x"}, 1, "non-absolute");
    row("worktree: relative", {"create", "x", "--workspace", "worktree:relative"}, 1,
        "non-absolute");
    row("boards create ../x", {"boards", "create", "../x"}, 2, "invalid board slug");
    row("--board ../x", {"--board", "../x", "list"}, 2, "invalid board slug");
    row("profile name ../x", {"profiles", "add", "../x", "--command", "/bin/true"}, 1, "../x");
    row("import missing ../../", {"import", "../../nonexistent.json"}, 1, "nonexistent.json");
}

void invalidUtf8()
{
    row("title not UTF-8", {"create", raw("bad\xff\xfe title")}, 2, "UTF-8");
    row("comment not UTF-8", {"comment", "@A", raw("\xc3\x28")}, 2, "UTF-8");
    row("id not UTF-8", {"show", raw("t_\xff")}, 2, "UTF-8");
    row("--db not UTF-8", {"--db", raw("/tmp/qkanban-\xff.db"), "list"}, 2, "UTF-8");
    row("verb not UTF-8", {raw("li\xffst")}, 2, "UTF-8");
    row("body file not UTF-8", {"create", "x", "--body-file", "@F:invalid-utf8.txt"}, 1, "UTF-8");
    row("import not UTF-8", {"import", "@F:invalid-utf8.json"}, 1, "");
}

void notADatabase()
{
    row("--db a text file: list", {"--db", "@F:notes.txt", "list"}, 1, "not a database");
    row("--db a text file: create", {"--db", "@F:notes.txt", "create", "x"}, 1, "not a database");
    row("--db a text file: stats", {"--db", "@F:notes.txt", "stats", "--json"}, 1,
        "not a database");
    row("--db a text file: dispatch", {"--db", "@F:notes.txt", "dispatch", "--dry-run"}, 1,
        "not a database");
    row("--db a text file: daemon", {"--db", "@F:notes.txt", "daemon"}, 1, "not a database");
    row("--db a text file: export", {"--db", "@F:notes.txt", "export"}, 1, "not a database");
    row("--db a text file: import", {"--db", "@F:notes.txt", "import", "@F:wrong-types.json"}, 1,
        "not a database");
    row("--db a text file: dispatcher-status", {"--db", "@F:notes.txt", "dispatcher-status"}, 1,
        "not a database");
    row("--db a folder", {"--db", "@F:folder", "list"}, 1, "directory");
    row("--db SQLite header, garbage after", {"--db", "@F:garbage.db", "list"}, 1, "garbage.db");
    row("--db truncated board", {"--db", "@F:truncated.db", "list"}, 1, "truncated.db");
    row("--db another program's SQLite", {"--db", "@F:foreign.db", "list"}, 1,
        "not a qkanban board");
    row("--db a Hermes board", {"--db", "@F:hermes.db", "list"}, 1, "Hermes");
}

// The review lane: reviewer names are profile names, and request-changes
// needs a task in review (or on a review run) and one reason.
void reviewLane()
{
    row("create bad reviewer name", {"create", "x", "--reviewer", "Not A Name"}, 1,
        "invalid reviewer name");
    row("edit bad reviewer name", {"edit", "@A", "--reviewer", "bad/name"}, 1,
        "invalid reviewer name");
    row("edit reviewer of unknown id", {"edit", "@U", "--reviewer", "critic"}, 1, "@U");
    row("request-review bad reviewer name",
        {"request-review", "@R", "--summary", "s", "--reviewer", "x y"}, 1,
        "invalid reviewer name");
    row("request-changes on a ready task", {"request-changes", "@A", "--reason", "why"}, 1,
        "not on a review run");
    row("request-changes on an implementer run", {"request-changes", "@R", "--reason", "why"}, 1,
        "not on a review run");
    row("request-changes on a done task", {"request-changes", "@D", "why"}, 1, "@D");
    row("request-changes without a reason", {"request-changes", "@A"}, 2, "reason");
    row("request-changes reason twice", {"request-changes", "@A", "why", "--reason", "x"}, 2,
        "once");
}

// check and backup read the board and never write it; a backup never
// replaces a file.
void maintenance()
{
    row("check extra argument", {"check", "x"}, 2, "unrecognized");
    row("check --quick twice as a value", {"check", "--quick=yes"}, 2, "--quick");
    row("--db a text file: check", {"--db", "@F:notes.txt", "check"}, 1, "not a database");
    row("--db another program's SQLite: check", {"--db", "@F:foreign.db", "check"}, 1,
        "not a qkanban board");
    row("--db a missing file: check", {"--db", "@F:missing.db", "check"}, 1, "no board at");
    row("backup empty path", {"backup", ""}, 2, "PATH");
    row("backup over an existing file", {"backup", "@F:notes.txt"}, 1, "already exists");
    row("backup into a folder", {"backup", "@F:folder"}, 1, "already exists");
    row("backup into a missing folder", {"backup", "@F:nowhere/copy.db"}, 1, "no folder");
    row("backup two paths", {"backup", "@F:a.db", "@F:b.db"}, 2, "unrecognized");
    row("--db a text file: backup", {"--db", "@F:notes.txt", "backup", "@F:c.db"}, 1,
        "not a database");
    row("--db a missing file: backup", {"--db", "@F:missing.db", "backup"}, 1, "no board at");
}

// Assignees are profile names; read-only verbs create no board; a
// duration too long says so.
void smallRefusals()
{
    row("assign ../../etc", {"assign", "@A", "../../etc"}, 1, "invalid assignee name");
    row("assign Bad Name!", {"assign", "@A", "Bad Name!"}, 1, "invalid assignee name");
    row("create bad assignee", {"create", "x", "--assignee", "a/b"}, 1, "invalid assignee name");
    row("edit bad assignee", {"edit", "@A", "--assignee", "x y"}, 1, "invalid assignee name");
    row("reassign bad assignee", {"reassign", "@R", "..", "--reclaim"}, 1, "invalid assignee name");
    row("list --db typo", {"--db", "@F:tpyo/board.db", "list"}, 1, "no board at");
    row("show --db typo", {"--db", "@F:tpyo/board.db", "show", "@A"}, 1, "no board at");
    row("stats --db typo", {"--db", "@F:tpyo/board.db", "stats"}, 1, "no board at");
    row("export --db typo", {"--db", "@F:tpyo/board.db", "export"}, 1, "no board at");
    row("notify-list unknown", {"notify-list", "@U"}, 1, "@U");
    row("max-runtime too long", {"create", "x", "--max-runtime", "3651d"}, 2, "at most 3650 days");
    row("heartbeat-timeout too long", {"edit", "@A", "--heartbeat-timeout", "99999999999d"}, 2,
        "at most 3650 days");
}

// Imports whose ids, names or paths the CLI would refuse (issue 13).
QByteArray oneTask(const QByteArray &fields)
{
    return "{\"format\": \"qkanban-board\", \"version\": 1, \"tasks\": [{\"id\": "
           "\"t_00000001\", \"title\": \"t\", \"status\": \"ready\", \"created_at\": 5, "
           "\"updated_at\": 6" +
           fields + "}]}";
}

void hostileImportFile(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hostile"));
}

void hostileImports()
{
    row("import id climbs out", {"import", "@F:hostile-id.json"}, 1,
        "import refused: tasks[0].id \"../../../../x/outside/victim\" is not a task id");
    row("import absolute id", {"import", "@F:absolute-id.json"}, 1, "is not a task id");
    row("import NUL in id", {"import", "@F:nul-id.json"}, 1, "holds a NUL character");
    row("import long id", {"import", "@F:long-id.json"}, 1, "is not a task id");
    row("import unicode id", {"import", "@F:unicode-id.json"}, 1, "is not a task id");
    row("import assignee path", {"import", "@F:hostile-assignee.json"}, 1,
        "tasks[0].assignee \"../../etc\" is not a profile name");
    row("import relative dir", {"import", "@F:relative-dir.json"}, 1, "is not an absolute path");
    row("import dir with ..", {"import", "@F:unclean-dir.json"}, 1, "is not a clean path");
    row("import branch option", {"import", "@F:branch-option.json"}, 1, "is not a branch name");
    row("import --from-hermes id climbs out", {"import", "--from-hermes", "@F:hostile-hermes.db"},
        1, "is not a task id");
    row("import --from-hermes assignee", {"import", "--from-hermes", "@F:hostile-assignee.db"}, 1,
        "is not a profile name");
}

} // namespace

namespace BadInputCases {

void writeFiles(const CliRunner &h)
{
    auto file = [&h](const char *name, const QByteArray &bytes) {
        h.writeFile(QStringLiteral("files/") + QString::fromLatin1(name), bytes);
    };
    file("body-1mib.txt", QByteArray(kMaxBody, 'b'));
    file("body-over.txt", QByteArray(kMaxBody + 1, 'b'));
    file("invalid-utf8.txt", "a body \xff\xfe with \xc3\x28 bad bytes\n");
    file("invalid-utf8.json",
         "{\"format\": \"qkanban-board\", \"version\": 1, \"tasks\": [{\"id\": \"t_\xff\"}]}");
    file("wrong-types.json", "{\"format\": \"qkanban-board\", \"version\": 1, \"tasks\": \"x\"}");
    QByteArray garbage(1000000, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((qint64(i) * 7919) % 251); // qint64: i * 7919 overflows int
    file("garbage.json", garbage);
    file("notes.txt", "these are my notes, not a database\n");
    file("garbage.db", QByteArray("SQLite format 3\0", 16) + garbage.left(8192));
    QDir().mkpath(h.path(QStringLiteral("files/folder")));
    foreignSqlite(h.path(QStringLiteral("files/foreign.db")));
    QFile hermes(QStringLiteral(QKANBAN_HERMES_FIXTURE));
    if (hermes.open(QIODevice::ReadOnly))
        file("hermes.db", hermes.readAll());
    QFile board(h.dbPath());
    if (board.open(QIODevice::ReadOnly))
        file("truncated.db", board.read(1500));
    file("hostile-id.json", oneTask("").replace("t_00000001", "../../../../x/outside/victim"));
    file("absolute-id.json", oneTask("").replace("t_00000001", "/tmp/victim"));
    file("nul-id.json", oneTask("").replace("t_00000001", "t_0000\\u00000001"));
    file("long-id.json", oneTask("").replace("t_00000001", "t_" + QByteArray(5000, 'a')));
    file("unicode-id.json", oneTask("").replace("t_00000001", "t_\xef\xbd\x84"
                                                              "eadbeef"));
    file("hostile-assignee.json", oneTask(", \"assignee\": \"../../etc\""));
    file("relative-dir.json",
         oneTask(", \"workspace_kind\": \"dir\", \"workspace_path\": \"../../home\""));
    file("unclean-dir.json",
         oneTask(", \"workspace_kind\": \"dir\", \"workspace_path\": \"/srv/../etc\""));
    file("branch-option.json",
         oneTask(", \"workspace_kind\": \"worktree\", \"branch_name\": \"--upload-pack=x\""));
    if (QFile::exists(h.path(QStringLiteral("files/hermes.db")))) {
        for (const char *name : {"hostile-hermes.db", "hostile-assignee.db"})
            QFile::copy(h.path(QStringLiteral("files/hermes.db")),
                        h.path(QStringLiteral("files/") + QString::fromLatin1(name)));
        hostileImportFile(h.path(QStringLiteral("files/hostile-hermes.db")),
                          QStringLiteral("UPDATE tasks SET id = '../../../../x/outside/victim'"
                                         " WHERE id = 't_a38217c9'"));
        hostileImportFile(h.path(QStringLiteral("files/hostile-assignee.db")),
                          QStringLiteral("UPDATE tasks SET assignee = '../../etc'"
                                         " WHERE id = 't_a38217c9'"));
    }
    // What `log ../x` and `log ../../x` would read if ids could leave logs/.
    h.writeFile(QStringLiteral("home/boards/x.log"), "SECRET\n");
    h.writeFile(QStringLiteral("home/boards/default/x.log"), "SECRET\n");
}

void addRows()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fragment");
    unknownIds();
    refusedTransitions();
    emptyValues();
    hugeValues();
    overflow();
    wrongTypes();
    escapingPaths();
    invalidUtf8();
    notADatabase();
    reviewLane();
    maintenance();
    smallRefusals();
    hostileImports();
}

} // namespace BadInputCases
