// Hostile ids and paths (issue 13, item 2) and what gc and clean-up must
// keep (item 8): through the real qkanban binary and real git.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Git.h"
#include "dispatcher/Workspaces.h"
#include "model/Sql.h"
#include "model/Types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

// From <home>/boards/default/logs (or .../workspaces) to <tmp>/outside/victim.
const QString kHostile = QStringLiteral("../../../../outside/victim");

struct Victim
{
    QString path;
    QByteArray bytes;
    QFileDevice::Permissions mode;
};

Victim snapshot(const QString &path)
{
    return {path, Fixture::readFile(path), QFile::permissions(path)};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Rewrites every row of the database that names `from` (a task id) to `to`.
void renameTask(QSqlDatabase &db, const QString &from, const QString &to)
{
    Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    Sql::exec(db, QStringLiteral("UPDATE tasks SET id = ? WHERE id = ?"), {to, from});
    for (const char *table : {"task_events", "task_runs", "task_comments"})
        Sql::exec(db,
                  QStringLiteral("UPDATE %1 SET task_id = ? WHERE task_id = ?")
                      .arg(QString::fromLatin1(table)),
                  {to, from});
    Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestPathSafety : public QObject
{
    Q_OBJECT

    static void git(const QString &dir, const QStringList &args)
    {
        const Git::Result r = Git::run(dir, args);
        QVERIFY2(r.ok(), qPrintable(r.err));
    }

    // Exports a board of two tasks, then renames the first task in the
    // file's text (every mention) and imports that into an empty board.
    static void
    importEdited(const std::function<QByteArray(const QByteArray &, const QString &)> &edit,
                 const QString &expected)
    {
        Fixture::Env env;
        const QString a = env.create(QStringLiteral("first"), QStringLiteral("coder"));
        env.create(QStringLiteral("second"), QStringLiteral("coder"), {a});
        env.kernel->addComment(a, QStringLiteral("alice"), QStringLiteral("hello"));
        env.close();
        const QString file = env.path(QStringLiteral("export.json"));
        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("export"), QStringLiteral("-o"), file}, &out, &err), 0);
        writeFile(file, edit(Fixture::readFile(file), a));

        const QString target = env.path(QStringLiteral("target/board.db"));
        QDir().mkpath(env.path(QStringLiteral("target")));
        QCOMPARE(env.cli({QStringLiteral("--db"), target, QStringLiteral("init")}, &out, &err), 0);
        const QByteArray before = Fixture::readFile(target);
        QVERIFY(!before.isEmpty());
        const int code =
            env.cli({QStringLiteral("--db"), target, QStringLiteral("import"), file}, &out, &err);
        QVERIFY2(code != 0, out.constData());
        const QStringList errLines = lines(err);
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.first().startsWith(QStringLiteral("qkanban: import refused: ")),
                 err.constData());
        QVERIFY2(errLines.first().contains(expected), err.constData());
        QCOMPARE(Fixture::readFile(target), before);
        QCOMPARE(env.cli({QStringLiteral("--db"), target, QStringLiteral("list"),
                          QStringLiteral("--json")},
                         &out, &err),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 0);
    }

private slots:
    void importRefusesAHostileTaskId()
    {
        importEdited(
            [](const QByteArray &json, const QString &id) {
                QByteArray j = json;
                return j.replace(id.toUtf8(), kHostile.toUtf8());
            },
            QStringLiteral("].id \"") + kHostile + QStringLiteral("\" is not a task id"));
    }

    void importRefusesHostileNamesAndPaths_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("assignee") << QStringLiteral("assignee")
                                  << QJsonValue(QStringLiteral("../../etc"))
                                  << QStringLiteral(
                                         "tasks[0].assignee \"../../etc\" is not a profile name");
        QTest::newRow("reviewer") << QStringLiteral("reviewer")
                                  << QJsonValue(QStringLiteral("Bad Name!"))
                                  << QStringLiteral(
                                         "tasks[0].reviewer \"Bad Name!\" is not a profile name");
        QTest::newRow("relative dir")
            << QStringLiteral("workspace_path") << QJsonValue(QStringLiteral("../../x"))
            << QStringLiteral("tasks[0].workspace_path \"../../x\" is not an absolute path");
        QTest::newRow("branch option")
            << QStringLiteral("branch_name") << QJsonValue(QStringLiteral("--upload-pack=x"))
            << QStringLiteral("is not a branch name");
        QTest::newRow("nul in tenant")
            << QStringLiteral("tenant")
            << QJsonValue(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
            << QStringLiteral("tasks[0].tenant \"a\\u0000b\" holds a NUL");
    }

    void importRefusesHostileNamesAndPaths()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        importEdited(
            [&](const QByteArray &json, const QString &) {
                QJsonObject root = QJsonDocument::fromJson(json).object();
                QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
                QJsonObject t = tasks.at(0).toObject();
                t.insert(field, value);
                if (field == QLatin1String("workspace_path"))
                    t.insert(QStringLiteral("workspace_kind"), QStringLiteral("dir"));
                if (field == QLatin1String("branch_name"))
                    t.insert(QStringLiteral("workspace_kind"), QStringLiteral("worktree"));
                tasks.replace(0, t);
                root.insert(QStringLiteral("tasks"), tasks);
                return QJsonDocument(root).toJson();
            },
            expected);
    }

    void hermesImportRefusesAHostileTaskId()
    {
        Fixture::Env env;
        env.close();
        const QString hermes = env.path(QStringLiteral("hermes/kanban.db"));
        QDir().mkpath(env.path(QStringLiteral("hermes")));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hermes"));
            db.setDatabaseName(hermes);
            QVERIFY(db.open());
            Sql::exec(db, QStringLiteral("CREATE TABLE tasks(id TEXT PRIMARY KEY, title TEXT,"
                                         " status TEXT, assignee TEXT, created_at INTEGER)"));
            Sql::exec(db, QStringLiteral("INSERT INTO tasks VALUES ('t_0000beef', 'fine', 'ready',"
                                         " 'coder', 1)"));
            Sql::exec(db,
                      QStringLiteral("INSERT INTO tasks VALUES (?, 'hostile', 'ready',"
                                     " 'coder', 2)"),
                      {kHostile});
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hermes"));
        QByteArray out, err;
        const QByteArray before = Fixture::readFile(env.location.dbPath);
        QVERIFY(env.cli({QStringLiteral("import"), QStringLiteral("--from-hermes"), hermes}, &out,
                        &err) != 0);
        QCOMPARE(lines(err).size(), 1);
        QVERIFY2(err.startsWith("qkanban: import refused: tasks[1].id \"" + kHostile.toUtf8() +
                                "\" is not a task id"),
                 err.constData());
        QCOMPARE(Fixture::readFile(env.location.dbPath), before);
    }

    // A row that reached the database some other way (written here with
    // SQL) names a task id that climbs out of the board: the dispatcher,
    // `log` and `gc` touch nothing outside it.
    void aHostileRowNeverEscapesTheBoard()
    {
        QK_SKIP_ON_PG("writes hostile rows with SQLite's foreign keys off");
        Fixture::Env env;
        env.profile(QStringLiteral("coder"),
                    env.script(QStringLiteral("coder.sh"), "echo pwned; exit 0"));
        const QString id = env.create(QStringLiteral("climb"), QStringLiteral("coder"));
        renameTask(env.board->db(), id, kHostile);
        env.close();
        // A board that has run workers: logs/ and workspaces/ exist, so
        // "logs/../../.." resolves.
        QDir().mkpath(env.location.logsDir());
        QDir().mkpath(env.location.workspacesDir());

        // Over the rotation size, so a log writer following the id would rotate it.
        const QString victimLog = env.path(QStringLiteral("outside/victim.log"));
        writeFile(victimLog, QByteArray(3 * 1024 * 1024, 'v'));
        QFile::setPermissions(victimLog, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QString victimDir = env.path(QStringLiteral("outside/victim"));
        QDir().mkpath(victimDir);
        writeFile(victimDir + QStringLiteral("/keep"), "precious\n");
        QFile::setPermissions(victimDir, QFile::permissions(victimDir) | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther);
        const Victim log = snapshot(victimLog);
        const Victim dir = snapshot(victimDir + QStringLiteral("/keep"));
        const QFileDevice::Permissions dirMode = QFile::permissions(victimDir);
        auto untouched = [&](const char *after) {
            QVERIFY2(Fixture::readFile(victimLog) == log.bytes, after);
            QVERIFY2(QFile::permissions(victimLog) == log.mode, after);
            QVERIFY2(Fixture::readFile(dir.path) == dir.bytes, after);
            QVERIFY2(QFile::permissions(victimDir) == dirMode, after);
            QVERIFY2(QDir(env.path(QStringLiteral("outside")))
                             .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                             .size() == 2,
                     after);
        };

        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("dispatch")}, &out, &err), 0);
        untouched("after dispatch");
        env.reopen();
        const Task t = env.task(kHostile);
        QVERIFY2(t.lastFailureError.contains(QStringLiteral("cannot name")),
                 qPrintable(t.lastFailureError));
        env.close();

        env.cli({QStringLiteral("log"), kHostile}, &out, &err);
        QVERIFY(!out.contains("vvvv"));
        untouched("after log");
        env.cli({QStringLiteral("archive"), kHostile}, &out, &err);
        QCOMPARE(env.cli({QStringLiteral("gc"), QStringLiteral("--log-retention-days"),
                          QStringLiteral("0"), QStringLiteral("--event-retention-days"),
                          QStringLiteral("0")},
                         &out, &err),
                 0);
        untouched("after gc");
    }

    void pathsBuiltFromAnIdStayInside()
    {
        const QString logs = QStringLiteral("/b/logs");
        QCOMPARE(BoardPaths::childPath(logs, QStringLiteral("t_1.log")),
                 QStringLiteral("/b/logs/t_1.log"));
        for (const QString &name :
             {QString(), QStringLiteral("."), QStringLiteral(".."), QStringLiteral("../x"),
              QStringLiteral("a/b"), QStringLiteral("/abs"), QStringLiteral("a") + QChar(0),
              QString(256, QLatin1Char('a'))})
            QVERIFY2(BoardPaths::childPath(logs, name).isEmpty(), qPrintable(name));
        BoardLocation loc;
        loc.boardDir = QStringLiteral("/b");
        QVERIFY(loc.logPath(kHostile).isEmpty());
        QVERIFY(loc.workspacePath(kHostile).isEmpty());
        QVERIFY(loc.workspacePath(QStringLiteral("..")).isEmpty());
        QCOMPARE(loc.logPath(QStringLiteral("..")), QStringLiteral("/b/logs/...log"));
    }

    // Item 8: gc with a retention of 0 keeps the log of a running task.
    void gcKeepsTheLogOfARunningTask()
    {
        Fixture::Env env;
        const QString running = env.create(QStringLiteral("running"), QStringLiteral("coder"));
        const QString done = env.create(QStringLiteral("done"), QStringLiteral("coder"));
        QVERIFY(env.kernel->claimTask(running));
        QCOMPARE(env.task(running).status, TaskStatus::Running);
        env.close();
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        for (const QString &id : {running, done}) {
            const QString p = env.location.logPath(id);
            writeFile(p, "working\n");
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }
        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("gc"), QStringLiteral("--log-retention-days"),
                          QStringLiteral("0")},
                         &out, &err),
                 0);
        QVERIFY2(out.contains("1 log file(s) removed"), out.constData());
        QVERIFY(QFileInfo::exists(env.location.logPath(running)));
        QVERIFY(!QFileInfo::exists(env.location.logPath(done)));
    }

    // Item 8: a worktree holding files git ignores is kept, like a dirty one.
    void worktreeWithIgnoredFilesIsKept()
    {
        Fixture::Env env;
        const QString repo = env.path(QStringLiteral("repo"));
        QDir().mkpath(repo);
        git(repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                   QStringLiteral("main")});
        writeFile(repo + QStringLiteral("/.gitignore"), "*.tmp\nbuild/\n");
        git(repo, {QStringLiteral("add"), QStringLiteral(".gitignore")});
        git(repo, {QStringLiteral("-c"), QStringLiteral("user.email=t@example.org"),
                   QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("commit"),
                   QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("init")});
        Task t;
        t.id = QStringLiteral("t_0000abcd");
        t.status = TaskStatus::Done;
        t.workspaceKind = QStringLiteral("worktree");
        t.workspacePath = repo;
        const Workspaces::Prepared ws = Workspaces::prepare(env.location, t);
        QCOMPARE(ws.path, repo + QStringLiteral("/.worktrees/t_0000abcd"));
        writeFile(ws.path + QStringLiteral("/build/notes.tmp"), "the worker's notes\n");
        t.workspacePath = ws.path;

        const Workspaces::Cleanup kept = Workspaces::cleanup(env.location, t);
        QVERIFY(!kept.removed);
        QVERIFY2(kept.message.contains(QStringLiteral("files git ignores")),
                 qPrintable(kept.message));
        QVERIFY(QFileInfo::exists(ws.path + QStringLiteral("/build/notes.tmp")));

        QVERIFY(QDir(ws.path + QStringLiteral("/build")).removeRecursively());
        const Workspaces::Cleanup removed = Workspaces::cleanup(env.location, t);
        QVERIFY2(removed.removed, qPrintable(removed.message));
        QVERIFY(!QFileInfo::exists(ws.path));
    }
};

QTEST_GUILESS_MAIN(TestPathSafety)
#include "tst_pathsafety.moc"
