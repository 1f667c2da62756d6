// In-process kernel figures, printed as one JSON object:
//   creates_per_s  Kernel::createTask on a file board (rounds of --batch)
//   complete_ms    one complete while 9,000 todo tasks wait on other parents
//   tick_ms        one dispatcher tick on the board of --tick-board (JSON
//                  export, e.g. seed_board.py --tasks 10000), after a warm-up,
//                  starting no worker (--max 0)
//   tick_dry_ms    the same tick as a dry run
//   tick_changed_ms the same tick right after another connection changed the
//                  board (one task created), so no read cache holds
// usage: kernel_bench [--runs N] [--batch N] [--tick-board FILE.json]
//                     [--tick-only] [--tick-db DB]
//   --tick-only    only tick_ms (no creates, complete, dry or changed figures)
//   --changed-only only tick_changed_ms (for a profiler)
//   --tick-db DB   the board for tick_ms: an empty database file or
//                  postgresql:// URL (default: a file in a temporary folder)
#include "dispatcher/Dispatcher.h"
#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Kernel.h"
#include "model/io/BoardIo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

QJsonObject summary(QList<double> values)
{
    std::sort(values.begin(), values.end());
    QJsonArray all;
    for (double v : values)
        all << v;
    const qsizetype n = values.size();
    const double median = n == 0  ? 0
                          : n % 2 ? values[n / 2]
                                  : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {{QStringLiteral("median"), median},
            {QStringLiteral("min"), n ? values.first() : 0},
            {QStringLiteral("max"), n ? values.last() : 0},
            {QStringLiteral("runs"), int(n)},
            {QStringLiteral("values"), all}};
}

BoardLocation pinned(const QString &dbPath)
{
    return BoardPaths::resolve({}, dbPath);
}

QJsonObject taskRow(const QString &id, const QString &status, qint64 now)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("Task %1").arg(id)},
            {QStringLiteral("status"), status},
            {QStringLiteral("assignee"), QStringLiteral("coder")},
            {QStringLiteral("priority"), 0},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("workspace_kind"), QStringLiteral("scratch")},
            {QStringLiteral("consecutive_failures"), 0}};
}

QString idOf(int i)
{
    return QStringLiteral("t_%1").arg(0x20000000 + i, 8, 16, QLatin1Char('0'));
}

// 100 unfinished parents with 90 todo children each (9,000 waiting), and
// `targets` ready tasks, each with one todo child of its own.
QByteArray waitingBoard(int targets, qint64 now)
{
    QJsonArray tasks, links;
    int next = 0;
    for (int p = 0; p < 100; ++p) {
        const QString parent = idOf(next++);
        tasks << taskRow(parent, QStringLiteral("running"), now);
        for (int c = 0; c < 90; ++c) {
            const QString child = idOf(next++);
            tasks << taskRow(child, QStringLiteral("todo"), now);
            links << QJsonObject{{QStringLiteral("parent_id"), parent},
                                 {QStringLiteral("child_id"), child}};
        }
    }
    for (int t = 0; t < targets; ++t) {
        const QString target = idOf(next++);
        const QString child = idOf(next++);
        tasks << taskRow(target, QStringLiteral("ready"), now)
              << taskRow(child, QStringLiteral("todo"), now);
        links << QJsonObject{{QStringLiteral("parent_id"), target},
                             {QStringLiteral("child_id"), child}};
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("qkanban-board")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("board"), QStringLiteral("default")},
                           {QStringLiteral("exported_at"), now},
                           {QStringLiteral("tasks"), tasks},
                           {QStringLiteral("links"), links}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject benchCreates(const QString &dir, int runs, int batch)
{
    Board board(pinned(dir + QStringLiteral("/creates.db")));
    Kernel kernel(board);
    QList<double> rates;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < batch; ++i) {
            CreateOptions o;
            o.title = QStringLiteral("Bench task %1.%2").arg(r).arg(i);
            o.assignee = QStringLiteral("coder");
            kernel.createTask(o);
        }
        rates << batch / (double(t.nsecsElapsed()) / 1e9);
    }
    return summary(rates);
}

QJsonObject benchComplete(const QString &dir, int runs)
{
    Board board(pinned(dir + QStringLiteral("/waiting.db")));
    const qint64 now = board.now();
    BoardIo::importJson(board, waitingBoard(runs, now));
    Kernel kernel(board);
    QList<double> ms;
    int promoted = 0;
    for (int r = 0; r < runs; ++r) {
        const QString target = idOf(100 * 91 + 2 * r);
        QElapsedTimer t;
        t.start();
        if (!kernel.completeTask(target))
            qFatal("kernel_bench: cannot complete %s", qPrintable(target));
        ms << double(t.nsecsElapsed()) / 1e6;
        promoted += kernel.task(idOf(100 * 91 + 2 * r + 1))->status == TaskStatus::Ready;
    }
    if (promoted != runs)
        qFatal("kernel_bench: %d of %d children promoted", promoted, runs);
    QFile::remove(dir + QStringLiteral("/waiting.db")); // a large file, no longer needed
    QJsonObject out = summary(ms);
    out.insert(QStringLiteral("waiting"), 9000);
    return out;
}

QJsonObject benchTick(const QString &dir, const QString &seedFile, int runs, bool dry,
                      bool changed = false, const QString &tickDb = {})
{
    QFile f(seedFile);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("kernel_bench: cannot read %s", qPrintable(seedFile));
    QString db = dir + (dry       ? QStringLiteral("/tick-dry.db")
                        : changed ? QStringLiteral("/tick-changed.db")
                                  : QStringLiteral("/tick.db"));
    if (!tickDb.isEmpty())
        db = tickDb;
    {
        Board board(pinned(db));
        BoardIo::importJson(board, f.readAll());
    }
    // --max 0: the tick does all its bookkeeping (reclaim, crash check,
    // promote, the walk over ready tasks, skip events, health row) but
    // starts no worker, whose fork/exec is not the tick's own cost.
    DispatchOptions options;
    options.maxSpawn = 0;
    Dispatcher dispatcher(pinned(db), Clock::system(), options);
    dispatcher.tick(dry);    // warm-up: the first tick records its skip events once
    Board other(pinned(db)); // another connection, as a worker or the GUI
    Kernel otherKernel(other);
    QList<double> ms;
    int spawned = 0;
    for (int r = 0; r < runs; ++r) {
        if (changed) {
            CreateOptions o;
            o.title = QStringLiteral("Change %1").arg(r);
            otherKernel.createTask(o);
        }
        QElapsedTimer t;
        t.start();
        const DispatchResult res = dispatcher.tick(dry);
        ms << double(t.nsecsElapsed()) / 1e6;
        if (!res.error.isEmpty())
            qFatal("kernel_bench: tick failed: %s", qPrintable(res.error));
        spawned += int(res.spawned.size());
    }
    QJsonObject out = summary(ms);
    out.insert(EventKind::Spawned, spawned);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int runs = qMax(1, option(QStringLiteral("--runs"), QStringLiteral("7")).toInt());
    const int batch = qMax(1, option(QStringLiteral("--batch"), QStringLiteral("500")).toInt());
    const QString tickBoard = option(QStringLiteral("--tick-board"), {});

    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("kernel_bench: no temporary folder");
    if (qEnvironmentVariableIsEmpty("QKANBAN_CONFIG"))
        qputenv("QKANBAN_CONFIG", dir.filePath(QStringLiteral("qkanban.conf")).toLocal8Bit());
    qputenv("QKANBAN_HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());

    QJsonObject out;
    try {
        if (args.contains(QStringLiteral("--tick-only"))) {
            if (tickBoard.isEmpty())
                qFatal("kernel_bench: --tick-only needs --tick-board");
            out.insert(QStringLiteral("tick_ms"),
                       benchTick(dir.path(), tickBoard, runs, false, false,
                                 option(QStringLiteral("--tick-db"), {})));
            std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
            return 0;
        }
        if (args.contains(QStringLiteral("--changed-only"))) {
            if (tickBoard.isEmpty())
                qFatal("kernel_bench: --changed-only needs --tick-board");
            out.insert(QStringLiteral("tick_changed_ms"),
                       benchTick(dir.path(), tickBoard, runs, false, true));
            std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
            return 0;
        }
        out.insert(QStringLiteral("creates_per_s"), benchCreates(dir.path(), runs, batch));
        out.insert(QStringLiteral("complete_ms"), benchComplete(dir.path(), runs));
        if (!tickBoard.isEmpty()) {
            out.insert(QStringLiteral("tick_ms"), benchTick(dir.path(), tickBoard, runs, false));
            out.insert(QStringLiteral("tick_dry_ms"), benchTick(dir.path(), tickBoard, runs, true));
            out.insert(QStringLiteral("tick_changed_ms"),
                       benchTick(dir.path(), tickBoard, runs, false, true));
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "kernel_bench: %s\n", e.what());
        return 1;
    }
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
