// The daemon's delivery process: the Notifier, until nothing waits.
#include "app/full/NotifyChild.h"

#include "app/Interrupt.h"
#include "app/TaskFormat.h"
#include "app/VerbContext.h"

#include "dispatcher/net/Notifier.h"
#include "model/KanbanError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

void say(const QString &line)
{
    std::fputs(VerbContext::errorLines(line).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

QString now()
{
    return TaskFormat::timestamp(QDateTime::currentSecsSinceEpoch());
}

} // namespace

int NotifyChild::run(int argc, char **argv, const QStringList &args)
{
    if (args.size() < 7) {
        say(QStringLiteral("--deliver-notifications is the daemon's; it takes 6 arguments"));
        return 2;
    }
    // Ends with the daemon that started it (also one killed by SIGKILL).
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (qint64(::getppid()) != args.at(1).toLongLong())
        return 0;
    BoardLocation location;
    location.root = args.at(2);
    location.slug = args.at(3);
    location.dbPath = args.at(4);
    location.boardDir = args.at(5);
    location.isPinned = args.at(6) == QLatin1String("1");
    const bool verbose = args.size() > 7 && args.at(7) == QLatin1String("-v");

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qkanban"));
    Interrupt::install();
    try {
        Notifier::Options options;
        options.desktop = Notifier::Desktop::SessionBus;
        Notifier notifier(location, Clock::system(), options);
        QObject::connect(&notifier, &Notifier::deliveryFailed,
                         [verbose](const QString &task, const QString &, const QString &error) {
                             if (verbose)
                                 say(QStringLiteral("[%1] notification for %2 failed: %3 "
                                                    "(will retry)")
                                         .arg(now(), task, error));
                         });
        QObject::connect(
            &notifier, &Notifier::pending,
            [verbose](const QString &task, const QString &platform, const QString &reason) {
                if (verbose && !reason.isEmpty())
                    say(QStringLiteral("[%1] %2 notification for %3 pending: %4")
                            .arg(now(), platform, task, reason));
            });
        // Queued: the first pass runs inside start(), before exec().
        QObject::connect(&notifier, &Notifier::idle, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
        QSocketNotifier wake(Interrupt::wakeFd(), QSocketNotifier::Read);
        QObject::connect(&wake, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        notifier.start();
        if (!Interrupt::requested())
            QCoreApplication::exec();
        notifier.stop();
    } catch (const KanbanError &e) {
        say(QString::fromUtf8(e.what()));
        return 1;
    }
    return 0;
}
