#include "dispatcher/ProcessGroup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <csignal>

namespace {

// The fields of /proc/<pid>/stat after the command name: state is [0],
// ppid [1], pgrp [2], starttime [19]. Empty when the process is gone.
QList<QByteArray> statFields(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

bool hasProc()
{
    static const bool yes = QFile::exists(QStringLiteral("/proc/self/stat"));
    return yes;
}

bool signalExists(pid_t target)
{
    return ::kill(target, 0) == 0 || errno == EPERM;
}

} // namespace

namespace ProcessGroup {

bool isAlive(qint64 pid)
{
    if (pid <= 0 || !signalExists(pid_t(pid)))
        return false;
    if (!hasProc())
        return true;
    const QList<QByteArray> fields = statFields(pid);
    return !fields.isEmpty() && fields.first() != "Z";
}

QString fingerprint(qint64 pid)
{
    if (pid <= 0)
        return {};
    const QList<QByteArray> fields = statFields(pid);
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

bool isSameProcess(qint64 pid, const QString &expected)
{
    if (!isAlive(pid))
        return false;
    if (expected.isEmpty() || !hasProc())
        return true;
    return fingerprint(pid) == expected;
}

qint64 parentOf(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
}

bool groupAlive(qint64 pgid)
{
    if (pgid <= 1 || !signalExists(-pid_t(pgid)))
        return false;
    if (!hasProc())
        return true;
    const QByteArray group = QByteArray::number(pgid);
    const QStringList entries =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        const QList<QByteArray> fields = statFields(pid);
        if (fields.size() > 2 && fields.at(2) == group && fields.first() != "Z")
            return true;
    }
    return false;
}

Termination terminateGroup(qint64 pgid, int graceMs)
{
    Termination out;
    if (pgid <= 1)
        return out;
    const bool leader = isAlive(pgid);
    if (!groupAlive(pgid) && !leader) {
        out.gone = true;
        return out;
    }
    out.attempted = true;
    if (::kill(-pid_t(pgid), SIGTERM) != 0)
        ::kill(pid_t(pgid), SIGTERM); // not a group leader after all
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < graceMs) {
        if (!groupAlive(pgid) && !isAlive(pgid)) {
            out.gone = true;
            return out;
        }
        QThread::msleep(20);
    }
    out.sigkill = true;
    ::kill(-pid_t(pgid), SIGKILL);
    ::kill(pid_t(pgid), SIGKILL);
    for (int i = 0; i < 50 && (groupAlive(pgid) || isAlive(pgid)); ++i)
        QThread::msleep(10);
    out.gone = !groupAlive(pgid) && !isAlive(pgid);
    return out;
}

bool terminate(qint64 pid, int graceMs)
{
    return terminateGroup(pid, graceMs).gone;
}

} // namespace ProcessGroup
