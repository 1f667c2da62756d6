#include "ui/window/FirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <unistd.h>

FirstPaint::FirstPaint(QObject *parent, std::function<void()> fn)
    : QObject(parent), m_fn(std::move(fn))
{
}

void FirstPaint::after(QWidget *target, std::function<void()> fn)
{
    if (target)
        target->installEventFilter(new FirstPaint(target, std::move(fn)));
}

bool FirstPaint::benchmarkEnabled()
{
    return qEnvironmentVariableIsSet("QKANBAN_BENCH_FIRST_PAINT");
}

void FirstPaint::reportBenchmark()
{
    std::fprintf(stderr, "first-paint-ms: %lld\n", static_cast<long long>(sinceProcessStart()));
    std::fflush(stderr);
    if (qEnvironmentVariable("QKANBAN_BENCH_FIRST_PAINT") == QLatin1String("exit"))
        QCoreApplication::exit(0);
}

qint64 FirstPaint::sinceProcessStart()
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

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // After this paint has finished.
        QTimer::singleShot(0, this, [this] {
            if (m_fn)
                m_fn();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}
