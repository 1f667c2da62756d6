#include "dispatcher/BoardLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

BoardLock::BoardLock(const QString &path) : m_path(path) {}

BoardLock::~BoardLock()
{
    unlock();
}

QString BoardLock::pathFor(const BoardLocation &location)
{
    if (location.isPinned && !location.dbPath.startsWith(QLatin1String("postgres")))
        return location.dbPath + QStringLiteral(".dispatcher.lock");
    return location.boardDir + QStringLiteral("/dispatcher.lock");
}

bool BoardLock::tryLock()
{
    if (m_fd >= 0)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // O_CLOEXEC: a worker must never inherit (and so keep) the lock.
    const int fd =
        ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) < 0) {
        // The pid is for messages only; the flock is what counts.
    }
    m_fd = fd;
    return true;
}

void BoardLock::unlock()
{
    if (m_fd < 0)
        return;
    if (::ftruncate(m_fd, 0) != 0) {
        // An empty file reads as "no holder"; harmless when it fails.
    }
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

qint64 BoardLock::holderPid(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    qint64 pid = 0;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        char buf[32] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        pid = n > 0 ? QByteArray(buf, int(n)).trimmed().toLongLong() : -1;
    } else {
        ::flock(fd, LOCK_UN);
    }
    ::close(fd);
    return pid;
}
