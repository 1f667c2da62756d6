#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <unistd.h>

bool FirstPaintProbe::enabled()
{
    return qEnvironmentVariableIsSet("QKANBAN_BENCH_FIRST_PAINT");
}

void FirstPaintProbe::watch(QWidget *target)
{
    if (!enabled() || !target)
        return;
    target->installEventFilter(new FirstPaintProbe(target));
}

qint64 FirstPaintProbe::sinceProcessStart()
{
    // /proc/self/stat field 22: start time in clock ticks after boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    const double hz = double(sysconf(_SC_CLK_TCK));
    return qint64((up - startTicks / hz) * 1000.0);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Report once this paint has finished.
        QTimer::singleShot(0, this, [] {
            std::fprintf(stderr, "first-paint-ms: %lld\n", static_cast<long long>(sinceProcessStart()));
            std::fflush(stderr);
            if (qEnvironmentVariable("QKANBAN_BENCH_FIRST_PAINT") == QLatin1String("exit"))
                QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
