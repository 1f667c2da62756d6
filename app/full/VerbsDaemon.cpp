// The daemon verb's body: the dispatcher loop plus the notifications
// (webhooks, desktop notifications over the session bus, chat commands;
// delivered by a process of their own, NotifyLauncher), until
// SIGINT/SIGTERM.
#include "app/DispatchArgs.h"
#include "app/Interrupt.h"
#include "app/TaskFormat.h"
#include "app/VerbTable.h"
#include "app/full/NotifyLauncher.h"
#include "app/full/ServiceCommands.h"

#include "dispatcher/BoardLock.h"
#include "dispatcher/DispatcherFleet.h"
#include "dispatcher/IntegrityWatch.h"
#include "model/Database.h"
#include "model/Dialect.h"
#include "model/HostId.h"
#include "model/KanbanError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSocketNotifier>

#include <cmath>
#include <map>
#include <memory>

namespace {

QString now()
{
    return TaskFormat::timestamp(QDateTime::currentSecsSinceEpoch());
}

bool writePidfile(VerbContext &ctx, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ctx.printErr(
            QStringLiteral("warning: could not write pidfile %1: %2").arg(path, f.errorString()));
        return false;
    }
    f.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    return true;
}

// --all-boards: a DispatcherFleet over every board of the root, each
// board with its dispatcher and its notifications, new boards joining.
int allBoards(VerbContext &ctx, const DispatchOptions &o, bool verbose)
{
    const QString root = BoardPaths::root();
    DispatcherFleet fleet(Clock::system(), o);
    fleet.setRoot(root);
    std::map<QString, std::unique_ptr<NotifyLauncher>> notifiers;
    QObject::connect(&fleet, &DispatcherFleet::joined, [&](Dispatcher *d) {
        const BoardLocation loc = d->location();
        ctx.print(QStringLiteral("[%1] dispatching board '%2'").arg(now(), loc.slug));
        QObject::connect(d, &Dispatcher::ticked, [&ctx, verbose, loc](const DispatchResult &r) {
            if (!r.error.isEmpty())
                ctx.printErr(
                    QStringLiteral("[%1] %2: tick failed: %3").arg(now(), loc.slug, r.error));
            else if (verbose && r.didWork())
                ctx.print(QStringLiteral("[%1] %2: %3").arg(now(), loc.slug, r.summaryLine()));
        });
        auto n = std::make_unique<NotifyLauncher>(loc, false); // as before: no delivery log
        n->start();
        notifiers[loc.dbPath] = std::move(n);
    });
    QObject::connect(&fleet, &DispatcherFleet::leaving, [&](Dispatcher *d) {
        ctx.print(QStringLiteral("[%1] board '%2' is gone").arg(now(), d->location().slug));
        notifiers.erase(d->location().dbPath);
    });
    QSet<QString> told; // a board held by another dispatcher is said once
    QObject::connect(
        &fleet, &DispatcherFleet::refused,
        [&](const BoardLocation &loc, qint64 holder, const QString &error) {
            if (told.contains(loc.dbPath))
                return;
            told.insert(loc.dbPath);
            ctx.printErr(
                error.isEmpty()
                    ? QStringLiteral("[%1] board '%2' is dispatched by pid %3; "
                                     "taken over when that one stops")
                          .arg(now(), loc.slug,
                               holder > 0 ? QString::number(holder) : QStringLiteral("unknown"))
                    : QStringLiteral("[%1] board '%2': %3").arg(now(), loc.slug, error));
        });
    fleet.start();
    ctx.print(QStringLiteral("qkanban dispatcher running for every board under %1 "
                             "(interval=%2s, pid=%3). Ctrl-C to stop.")
                  .arg(root)
                  .arg(o.intervalSeconds)
                  .arg(QCoreApplication::applicationPid()));
    QEventLoop loop;
    std::unique_ptr<QSocketNotifier> wake;
    if (Interrupt::wakeFd() >= 0) {
        wake = std::make_unique<QSocketNotifier>(Interrupt::wakeFd(), QSocketNotifier::Read);
        QObject::connect(wake.get(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    }
    if (!Interrupt::requested())
        loop.exec();
    for (auto &[path, n] : notifiers)
        n->stop();
    fleet.stop(Dispatcher::KeepWorkers);
    return 0;
}

} // namespace

int ServiceCommands::daemon(VerbContext &ctx)
{
    if (!ctx.isLive())
        throw KanbanError(
            QStringLiteral("daemon runs in a terminal or as a service: qkanban --headless daemon"));
    const ParsedArgs &a = ctx.args();
    DispatchOptions o = dispatchOptionsFrom(a);
    o.intervalSeconds = a.number(QStringLiteral("interval"), 60.0);
    if (!std::isfinite(o.intervalSeconds) || o.intervalSeconds <= 0)
        VerbContext::usageError(QStringLiteral("--interval must be a positive number of seconds"));
    o.mode = QStringLiteral("daemon");
    const bool verbose = a.flag(QStringLiteral("verbose"));
    if (a.flag(QStringLiteral("all-boards"))) {
        const QString pidfile = a.value(QStringLiteral("pidfile"));
        const bool wrote = !pidfile.isEmpty() && writePidfile(ctx, pidfile);
        const int code = allBoards(ctx, o, verbose);
        if (wrote)
            QFile::remove(pidfile);
        ctx.print(QStringLiteral("(dispatcher stopped)"));
        return code;
    }
    const BoardLocation loc = dispatchLocation(ctx);

    // SQLite's quick check at start and once a day: a damaged board is
    // not dispatched, and refuses writes until a check passes.
    IntegrityWatch integrity(loc.dbPath, Clock::system());
    if (QFileInfo(loc.dbPath).isFile() && !integrity.checkNow()) {
        ctx.printErr(QStringLiteral("qkanban: ") + Integrity::failureLine(integrity.lastReport()));
        return 1;
    }

    Dispatcher dispatcher(loc, Clock::system(), o);
    qint64 holder = 0;
    if (!dispatcher.start(&holder)) {
        const QString pid = holder > 0 ? QString::number(holder) : QStringLiteral("unknown");
        if (Dialect::isPostgresPath(loc.dbPath))
            ctx.printErr(QStringLiteral("qkanban: another dispatcher of host '%1' is already "
                                        "running for the PostgreSQL board %2 (pid %3); one "
                                        "dispatcher per host")
                             .arg(HostId::current(), Database::displayName(loc.dbPath), pid));
        else
            ctx.printErr(
                QStringLiteral(
                    "qkanban: another dispatcher is already running for board '%1' (pid %2); "
                    "lock file %3")
                    .arg(loc.slug, pid, BoardLock::heldPathFor(loc)));
        return 1;
    }
    const QString pidfile = a.value(QStringLiteral("pidfile"));
    const bool wrotePidfile = !pidfile.isEmpty() && writePidfile(ctx, pidfile);
    ctx.print(
        QStringLiteral(
            "qkanban dispatcher running for board '%1' (interval=%2s, pid=%3). Ctrl-C to stop.")
            .arg(loc.slug)
            .arg(o.intervalSeconds)
            .arg(QCoreApplication::applicationPid()));

    // The daemon also delivers the subscriptions: desktop ones through the
    // session bus's notification service (pending while there is none).
    // A process of qkanban-services does, while something waits (with
    // -v, it logs failed and pending deliveries to stderr).
    NotifyLauncher notifier(loc, verbose);
    notifier.start();
    QObject::connect(&dispatcher, &Dispatcher::ticked, [&ctx, verbose](const DispatchResult &r) {
        if (!r.error.isEmpty())
            ctx.printErr(QStringLiteral("[%1] tick failed: %2").arg(now(), r.error));
        else if (verbose && r.didWork())
            ctx.print(QStringLiteral("[%1] %2").arg(now(), r.summaryLine()));
    });
    QEventLoop loop;
    int exitCode = 0;
    QObject::connect(&integrity, &IntegrityWatch::failed, &loop,
                     [&ctx, &loop, &exitCode](const QString &line) {
                         ctx.printErr(QStringLiteral("qkanban: ") + line);
                         exitCode = 1;
                         loop.quit();
                     });
    integrity.start();
    std::unique_ptr<QSocketNotifier> wake;
    if (Interrupt::wakeFd() >= 0) {
        wake = std::make_unique<QSocketNotifier>(Interrupt::wakeFd(), QSocketNotifier::Read);
        QObject::connect(wake.get(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    }
    if (!Interrupt::requested())
        loop.exec();
    notifier.stop();
    dispatcher.stop(Dispatcher::KeepWorkers);
    if (wrotePidfile)
        QFile::remove(pidfile);
    ctx.print(QStringLiteral("(dispatcher stopped)"));
    return exitCode;
}
