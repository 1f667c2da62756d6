#include "tests/fuzz/FuzzHarness.h"

#include "app/full/ServiceCommands.h"

#include "app/ShellSplit.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"
#include "dispatcher/Workspaces.h"
#include "dispatcher/net/RequestGate.h"
#include "dispatcher/net/RestRoutes.h"
#include "model/Board.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/TaskFields.h"
#include "model/io/BoardIo.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <memory>

namespace FuzzHarness {
namespace {

constexpr qsizetype kMaxCommandBytes = 4096;
constexpr int kMaxCommandLines = 8;
constexpr qint64 kSlowMs = 5000; // a verb string that takes longer "blocks"
constexpr int kMaxRequests = 8;
// The REST target's bearer token (in rest.dict and the seeds).
constexpr char kRestToken[] = "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0";

// Task ids from a counter, so the template board is the same every time.
class CountingEntropy : public Entropy
{
public:
    quint32 next32() override { return 0x5eed0000u + ++m_n; }

private:
    quint32 m_n = 0;
};

struct State
{
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/qkfuzz-XXXXXX")};
    QString root;
    QStringList ids;
    ManualClock clock{1'800'000'000};
    CountingEntropy entropy;
    std::unique_ptr<VerbTable> verbs;
    std::unique_ptr<Board> emptyBoard; // importJson / importHermes target
    bool emptyBoardDirty = true;
};

State *s_state = nullptr;
const bool s_verbose =
    qEnvironmentVariableIsSet("QKANBAN_FUZZ_VERBOSE"); // print each verb's output

State &state()
{
    if (!s_state)
        qFatal("FuzzHarness::initialise() was not called");
    return *s_state;
}

QString path(const QString &rel)
{
    return state().root + QLatin1Char('/') + rel;
}

BoardLocation locationAt(const QString &home)
{
    BoardLocation loc;
    loc.root = home;
    loc.slug = QStringLiteral("default");
    loc.boardDir = home + QStringLiteral("/boards/default");
    loc.dbPath = loc.boardDir + QStringLiteral("/board.db");
    return loc;
}

void removeDb(const QString &dbPath)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(dbPath + QLatin1String(suffix));
}

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString target = to + it.filePath().mid(from.size());
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else if (!QFile::copy(it.filePath(), target))
            qFatal("cannot copy %s", qPrintable(it.filePath()));
    }
}

void writeFile(const QString &file, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file));
}

// Eight tasks in every status, links, comments, a run, a log, a sub.
void seedTemplate(State &s)
{
    Board board(locationAt(path(QStringLiteral("template/home"))), &s.clock, &s.entropy);
    Kernel k(board);
    auto create = [&](const QString &title, const QString &assignee,
                      const QStringList &parents = {}) {
        CreateOptions o;
        o.title = title;
        o.assignee = assignee;
        o.parents = parents;
        return k.createTask(o).id;
    };
    const QString research = create(QStringLiteral("research"), QStringLiteral("alice"));
    const QString write = create(QStringLiteral("write"), QStringLiteral("bob"), {research});
    const QString blocked = create(QStringLiteral("blocked"), {});
    const QString running = create(QStringLiteral("running"), QStringLiteral("bob"));
    const QString done = create(QStringLiteral("done"), QStringLiteral("alice"));
    const QString archived = create(QStringLiteral("archived"), {});
    const QString review = create(QStringLiteral("review"), QStringLiteral("carol"));
    CreateOptions triage;
    triage.title = QStringLiteral("triage \"quoted\" ✓");
    triage.triage = true;
    const QString idea = k.createTask(triage).id;
    k.blockTask(blocked, QStringLiteral("waiting for input"));
    k.claimTask(running);
    k.claimTask(done);
    CompleteOptions c;
    c.result = QStringLiteral("shipped");
    k.completeTask(done, c);
    k.archiveTask(archived);
    k.claimTask(review);
    k.requestReview(review, QStringLiteral("please look"));
    k.addComment(research, QStringLiteral("alice"), QStringLiteral("first note"));
    k.addComment(write, QStringLiteral("bob"), QStringLiteral("multi\nline"));
    NotifySub sub;
    sub.taskId = research;
    sub.platform = QStringLiteral("webhook");
    sub.chatId = QStringLiteral("http://127.0.0.1:9/none");
    k.addNotifySub(sub);
    writeFile(board.location().logPath(running), "line one\nline two\nline three\n");
    s.ids = {research, write, blocked, running, done, archived, review, idea};
}

void resetCommandHome()
{
    QDir(path(QStringLiteral("run"))).removeRecursively();
    copyTree(path(QStringLiteral("template/home")), path(QStringLiteral("run/home")));
    QDir().mkpath(path(QStringLiteral("run/config/qkanban")));
    QDir().mkpath(path(QStringLiteral("run/user")));
    QDir().mkpath(path(QStringLiteral("run/cwd/a/b")));
    if (!QDir::setCurrent(path(QStringLiteral("run/cwd/a/b"))))
        qFatal("cannot enter the fuzz work folder");
}

// A fresh empty board under `name`, opened on the fixed clock.
std::unique_ptr<Board> freshBoard(const QString &name)
{
    State &s = state();
    const BoardLocation loc = locationAt(path(name));
    QDir(path(name)).removeRecursively();
    QDir().mkpath(loc.boardDir);
    QFile::copy(path(QStringLiteral("template/empty.db")), loc.dbPath);
    return std::make_unique<Board>(loc, &s.clock, &s.entropy);
}

Board &emptyBoard()
{
    State &s = state();
    if (!s.emptyBoard || s.emptyBoardDirty) {
        s.emptyBoard.reset();
        s.emptyBoard = freshBoard(QStringLiteral("import"));
        s.emptyBoardDirty = false;
    }
    return *s.emptyBoard;
}

int taskCount(Board &board)
{
    Kernel k(board);
    ListFilter all;
    all.includeArchived = true;
    return int(k.listTasks(all).size());
}

// After a successful import: export, import that into another empty
// board, export again; both exports must be equal.
QString checkRoundTrip(Board &board)
{
    const QByteArray first = BoardIo::exportJson(board);
    if (QJsonDocument::fromJson(first).isNull())
        return QStringLiteral("export is not JSON");
    std::unique_ptr<Board> again = freshBoard(QStringLiteral("roundtrip"));
    try {
        BoardIo::importJson(*again, first);
    } catch (const KanbanError &e) {
        return QStringLiteral("an export does not import: ") + e.message();
    }
    if (BoardIo::exportJson(*again) != first)
        return QStringLiteral("export -> import -> export changed the board");
    return {};
}

// After a successful import: every path the board would build for a task
// (its log, the rotated log, its scratch workspace, a worktree folder)
// stays inside its folder, and the file chose none of those paths.
QString checkPaths(Board &board)
{
    const BoardLocation &loc = board.location();
    const auto inside = [](const QString &folder, const QString &path) {
        const QString root = QDir::cleanPath(folder) + QLatin1Char('/');
        return path.startsWith(root) && QDir::cleanPath(path) == path &&
               !path.mid(root.size()).contains(QLatin1Char('/'));
    };
    Kernel k(board);
    ListFilter all;
    all.includeArchived = true;
    for (const Task &t : k.listTasks(all)) {
        if (!TaskFields::isTaskId(t.id))
            return QStringLiteral("an imported task id is not a task id: ") + t.id;
        const QString log = loc.logPath(t.id);
        const QString ws = loc.workspacePath(t.id);
        const QString tree =
            BoardPaths::childPath(loc.boardDir + QStringLiteral("/repo/.worktrees"), t.id);
        if (!inside(loc.logsDir(), log) || !inside(loc.logsDir(), log + QStringLiteral(".1")))
            return QStringLiteral("a log path leaves the logs folder: ") + log;
        if (!inside(loc.workspacesDir(), ws))
            return QStringLiteral("a scratch path leaves the workspaces folder: ") + ws;
        if (!inside(loc.boardDir + QStringLiteral("/repo/.worktrees"), tree))
            return QStringLiteral("a worktree path leaves .worktrees: ") + tree;
        if (t.workspaceKind != QLatin1String("dir") && !t.workspacePath.isEmpty())
            return QStringLiteral("the file chose a %1 path: %2")
                .arg(t.workspaceKind, t.workspacePath);
        if (t.workspaceKind == QLatin1String("dir") &&
            !TaskFields::workspaceProblem(t.workspaceKind, t.workspacePath).isEmpty())
            return QStringLiteral("a dir path the CLI would refuse: ") + t.workspacePath;
        if (t.workspaceKind == QLatin1String("scratch") && !Workspaces::isManagedScratch(loc, ws) &&
            QFileInfo::exists(ws))
            return QStringLiteral("a scratch path that is not managed: ") + ws;
    }
    return {};
}

// An import that failed must leave the board as empty as it was. The
// board is reused after a refused import when keepBoard is set (fast, and
// a test of the rollback); otherwise it is closed again, so the input's
// allocations balance and libFuzzer's leak check stays quiet and cheap.
QString afterImport(const std::function<void(Board &)> &import, bool keepBoard)
{
    State &s = state();
    Board &board = emptyBoard();
    QString problem;
    try {
        import(board);
        if (s_verbose)
            std::fprintf(stderr, "imported %d tasks\n", taskCount(board));
        s.emptyBoardDirty = true;
        problem = checkPaths(board);
        if (problem.isEmpty())
            problem = checkRoundTrip(board);
    } catch (const KanbanError &e) {
        if (s_verbose)
            std::fprintf(stderr, "import refused: %s\n", qPrintable(e.message()));
        if (e.kind() == KanbanError::Storage)
            problem = QStringLiteral("storage error on bad input: ") + e.message();
        else if (taskCount(board) != 0)
            problem = QStringLiteral("a failed import left tasks behind");
    }
    if (!keepBoard) {
        s.emptyBoard.reset();
        s.emptyBoardDirty = true;
    }
    return problem;
}

// What RequestGate may refuse with.
bool allowedGateStatus(int status)
{
    return status == 400 || status == 401 || status == 411 || status == 413 || status == 421 ||
           status == 431 || status == 501 || status == 505;
}

bool allowedStatus(int status)
{
    return status == 200 || status == 201 || status == 400 || status == 404 || status == 409 ||
           status == 503;
}

} // namespace

void initialise()
{
    if (s_state)
        return;
    s_state = new State;        // lives until exit: libFuzzer never returns
    ServiceCommands::install(); // the command bar has serve and daemon, as in the GUI
    State &s = *s_state;
    if (!s.dir.isValid())
        qFatal("no temporary folder under %s", qPrintable(QDir::tempPath()));
    s.root = s.dir.path();
    for (const char *name :
         {"QKANBAN_DB", "QKANBAN_BOARD", "QKANBAN_TASK", "QKANBAN_RUN_ID", "QKANBAN_PROFILE",
          "QKANBAN_CLAIM_LOCK", "QKANBAN_WORKSPACE", "QKANBAN_TENANT", "QKANBAN_BIN"})
        qunsetenv(name);
    qputenv("QKANBAN_HOME", path(QStringLiteral("run/home")).toUtf8());
    qputenv("QKANBAN_CONFIG", path(QStringLiteral("run/config/qkanban/qkanban.conf")).toUtf8());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("run/config")).toUtf8());
    qputenv("XDG_DATA_HOME", path(QStringLiteral("run/user/data")).toUtf8());
    qputenv("HOME", path(QStringLiteral("run/user")).toUtf8());
    qputenv("TZ", "UTC");
    QDir().mkpath(path(QStringLiteral("template")));
    {
        Board empty(locationAt(path(QStringLiteral("template/empty"))), &s.clock, &s.entropy);
    }
    QFile::copy(path(QStringLiteral("template/empty/boards/default/board.db")),
                path(QStringLiteral("template/empty.db")));
    seedTemplate(s);
    s.verbs = std::make_unique<VerbTable>();
    registerAllVerbs(*s.verbs);
    resetCommandHome();
}

QStringList seededIds()
{
    return state().ids;
}

QString command(const QByteArray &data)
{
    if (data.size() > kMaxCommandBytes)
        return {};
    const QStringList lines =
        QString::fromUtf8(data).split(QLatin1Char('\n')).mid(0, kMaxCommandLines);
    // Stay inside the private folders: no paths that leave the cwd, and
    // no worker profiles (dispatch would start their commands).
    for (const QString &line : lines) {
        for (const QString &token : shellSplit(line)) {
            if (token.contains(QLatin1Char('/')) || token == QLatin1String("profiles"))
                return {};
        }
    }
    resetCommandHome();
    for (const QString &line : lines) {
        QElapsedTimer timer;
        timer.start();
        const QString out = state().verbs->runCommandLine(line);
        if (s_verbose)
            std::fprintf(stderr, "> %s\n%s\n", qPrintable(line), qPrintable(out));
        if (timer.elapsed() > kSlowMs)
            return QStringLiteral("the command bar took %1 ms for: %2")
                .arg(timer.elapsed())
                .arg(line);
        if (out.isEmpty())
            return QStringLiteral("no output for: ") + line;
    }
    return {};
}

QString importJson(const QByteArray &data)
{
    return afterImport([&](Board &board) { BoardIo::importJson(board, data); }, true);
}

QString importHermes(const QByteArray &data)
{
    const QString file = path(QStringLiteral("hermes/kanban.db"));
    removeDb(file);
    writeFile(file, data);
    return afterImport([&](Board &board) { BoardIo::importHermes(board, file); }, false);
}

QString rest(const QByteArray &data)
{
    State &s = state();
    QDir(path(QStringLiteral("rest"))).removeRecursively();
    copyTree(path(QStringLiteral("template/home")), path(QStringLiteral("rest")));
    Board board(locationAt(path(QStringLiteral("rest"))), &s.clock, &s.entropy);
    RestRoutes routes(board);
    RequestGate::Policy policy;
    policy.token = QString::fromLatin1(kRestToken);
    // Small limits, so that 431 and 413 lie within -max_len.
    policy.maxHeaderBytes = 1536;
    policy.maxBodyBytes = 1024;
    policy.port = 8787;
    policy.allowedHosts = RequestGate::loopbackHosts();
    const RequestGate gate(policy);
    // The bytes of one client: each request through the gate as RestFront
    // sees it, then (accepted, body complete) through the routes; bytes
    // after a request are the next request, as after a reconnect.
    QByteArray rest = data;
    for (int handled = 0; handled < kMaxRequests && !rest.isEmpty(); ++handled) {
        const RequestGate::Verdict v = gate.inspect(rest);
        if (v.kind == RequestGate::Verdict::NeedMore)
            return {};
        if (v.kind == RequestGate::Verdict::Refuse) {
            if (!allowedGateStatus(v.status))
                return QStringLiteral("gate refused with %1: %2").arg(v.status).arg(v.message);
            const QByteArray raw = RequestGate::refusal(v.status, v.message);
            const QByteArray body = raw.mid(raw.indexOf("\r\n\r\n") + 4);
            if (!raw.startsWith("HTTP/1.1 " + QByteArray::number(v.status) + ' ') ||
                QJsonDocument::fromJson(body).isNull())
                return QStringLiteral("refusal is not an HTTP answer with a JSON body");
            return {};
        }
        if (v.headerBytes > policy.maxHeaderBytes || v.contentLength > policy.maxBodyBytes ||
            v.contentLength < 0)
            return QStringLiteral("gate accepted %1 header bytes, a %2-byte body")
                .arg(v.headerBytes)
                .arg(v.contentLength);
        // A strict prefix of the headers is never accepted.
        if (gate.inspect(rest.left(v.headerBytes - 1)).kind == RequestGate::Verdict::Accept)
            return QStringLiteral("gate accepted a prefix of the headers");
        if (rest.size() < v.headerBytes + v.contentLength)
            return {}; // the body never came: the front times out
        const QByteArray head = rest.left(rest.indexOf('\n')).trimmed();
        const QList<QByteArray> parts = head.split(' ');
        RestRequest r;
        r.method = QString::fromLatin1(parts.value(0));
        const QByteArray target = parts.value(1);
        const qsizetype q = target.indexOf('?');
        r.path = QUrl::fromPercentEncoding(target.left(q < 0 ? target.size() : q));
        r.query = QUrlQuery(QString::fromUtf8(q < 0 ? QByteArray() : target.mid(q + 1)));
        r.body = rest.mid(v.headerBytes, v.contentLength);
        rest = rest.mid(v.headerBytes + v.contentLength);
        const RestReply reply = routes.handle(r);
        if (!allowedStatus(reply.status))
            return QStringLiteral("%1 for %2 %3: %4")
                .arg(reply.status)
                .arg(r.method, r.path, QString::fromUtf8(reply.body.dump(0)));
        // GET /board comes already written (RestReply::raw).
        if (QJsonDocument::fromJson(reply.raw.isEmpty() ? reply.body.dump(2) : reply.raw).isNull())
            return QStringLiteral("reply is not JSON for %1 %2").arg(r.method, r.path);
    }
    return {};
}

} // namespace FuzzHarness
