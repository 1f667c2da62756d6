#include "dispatcher/ProcessGroup.h"

#include "model/DispatcherStatus.h"

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
    if (!hasProc())
        return true; // nothing to compare with: trust the pid
    return !expected.isEmpty() && fingerprint(pid) == expected;
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

bool mayBeOurs(const Worker &w)
{
    if (w.pid <= 1 || w.host != DispatcherStatus::thisHost())
        return false;
    if (isAlive(w.pid))
        return isSameProcess(w.pid, w.fingerprint);
    return !w.fingerprint.isEmpty() || !hasProc();
}

Termination stopWorker(const Worker &w, int graceMs)
{
    Termination out;
    const auto groupOrLeader = [&w] { return groupAlive(w.pid) || isAlive(w.pid); };
    if (!mayBeOurs(w) || !groupOrLeader()) {
        out.gone = true;
        return out;
    }
    // The group first; the leader alone only while it is the recorded one
    // (a setsid() in the worker leaves it outside its old group).
    const auto signalAll = [&w](int sig) {
        bool sent = ::kill(-pid_t(w.pid), sig) == 0;
        if (isSameProcess(w.pid, w.fingerprint))
            sent = ::kill(pid_t(w.pid), sig) == 0 || sent;
        return sent;
    };
    out.attempted = signalAll(SIGTERM);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < graceMs) {
        if (!groupOrLeader() || !mayBeOurs(w)) {
            out.gone = true;
            return out;
        }
        QThread::msleep(20);
    }
    out.sigkill = true;
    signalAll(SIGKILL);
    for (int i = 0; i < 50 && groupOrLeader() && mayBeOurs(w); ++i)
        QThread::msleep(10);
    out.gone = !groupOrLeader() || !mayBeOurs(w);
    return out;
}

} // namespace ProcessGroup
