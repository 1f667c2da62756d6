#include "dispatcher/BoardLock.h"

#include "model/Dialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool isPostgres(const BoardLocation &location)
{
    return Dialect::isPostgresPath(location.dbPath);
}

// The database under its real name: symlinks (of the file or a folder on
// its way) and relative parts resolved. A file not there yet keeps its
// name in its folder's real path.
QString canonicalDb(const QString &dbPath)
{
    const QFileInfo info(dbPath);
    const QString real = info.canonicalFilePath();
    if (!real.isEmpty())
        return real;
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? info.absoluteFilePath() : dir + QLatin1Char('/') + info.fileName();
}

// /tmp/qkanban-<uid>, made 0700 (only by a taker of the lock) and checked
// to be ours; "" when it is not (then only the path lock counts).
QString identityDir(bool create)
{
    const QByteArray dir = "/tmp/qkanban-" + QByteArray::number(qulonglong(::getuid()));
    if (create)
        ::mkdir(dir.constData(), 0700);
    struct stat st;
    if (::lstat(dir.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid() ||
        (st.st_mode & 077) != 0)
        return {};
    return QString::fromLocal8Bit(dir);
}

bool sameFile(int fd, const QString &path)
{
    struct stat a, b;
    return ::fstat(fd, &a) == 0 && ::stat(QFile::encodeName(path).constData(), &b) == 0 &&
           a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

enum class Outcome { Locked, Held, Failed };

// flock(LOCK_EX | LOCK_NB) on path, created 0600, the pid written in it.
// A holder may unlink the file on release: the lock counts only while the
// locked file is still the one at the path.
Outcome lockFile(const QString &path, int *fdOut)
{
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0; attempt < 5; ++attempt) {
        // O_CLOEXEC: a worker must never inherit (and so keep) the lock.
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return Outcome::Failed;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            return Outcome::Held;
        }
        if (!sameFile(fd, path)) {
            ::close(fd);
            continue;
        }
        const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
        if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) < 0) {
            // The pid is for messages only; the flock is what counts.
        }
        *fdOut = fd;
        return Outcome::Locked;
    }
    return Outcome::Failed;
}

void release(int *fd, const QString &unlinkPath = {})
{
    if (*fd < 0)
        return;
    if (!unlinkPath.isEmpty() && sameFile(*fd, unlinkPath))
        ::unlink(QFile::encodeName(unlinkPath).constData()); // still locked: no one else has it
    else if (::ftruncate(*fd, 0) != 0) {
        // An empty file reads as "no holder"; harmless when it fails.
    }
    ::flock(*fd, LOCK_UN);
    ::close(*fd);
    *fd = -1;
}

// The pid in a locked file; 0 when the file is missing or not locked.
qint64 holderOf(const QString &path)
{
    if (path.isEmpty())
        return 0;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    qint64 pid = 0;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        char buf[32] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        pid = n > 0 ? QByteArray(buf, int(n)).trimmed().toLongLong() : -1;
        if (pid <= 0)
            pid = -1;
    } else {
        ::flock(fd, LOCK_UN);
    }
    ::close(fd);
    return pid;
}

} // namespace

BoardLock::BoardLock(const BoardLocation &location)
    : m_location(location), m_path(pathFor(location))
{
}

BoardLock::~BoardLock()
{
    unlock();
}

QString BoardLock::pathFor(const BoardLocation &location)
{
    if (isPostgres(location))
        return location.boardDir + QStringLiteral("/dispatcher.lock");
    return canonicalDb(location.dbPath) + QStringLiteral(".dispatcher.lock");
}

QString BoardLock::identityPathFor(const BoardLocation &location)
{
    return identityPath(location, false);
}

QString BoardLock::identityPath(const BoardLocation &location, bool create)
{
    if (isPostgres(location))
        return {};
    struct stat st;
    if (::stat(QFile::encodeName(location.dbPath).constData(), &st) != 0)
        return {};
    const QString dir = identityDir(create);
    if (dir.isEmpty())
        return {};
    return QStringLiteral("%1/dispatcher-%2-%3.lock")
        .arg(dir)
        .arg(qulonglong(st.st_dev))
        .arg(qulonglong(st.st_ino));
}

bool BoardLock::tryLock()
{
    if (m_pathFd >= 0)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (lockFile(m_path, &m_pathFd) != Outcome::Locked) {
        m_pathFd = -1;
        return false;
    }
    // The file's identity now (a restore may have replaced it since the
    // last lock).
    m_identityPath = identityPath(m_location, true);
    if (m_identityPath.isEmpty())
        return true;
    switch (lockFile(m_identityPath, &m_identityFd)) {
    case Outcome::Locked:
        return true;
    case Outcome::Failed: // an unusable folder: the path lock alone
        m_identityFd = -1;
        return true;
    case Outcome::Held:
        break;
    }
    m_identityFd = -1;
    release(&m_pathFd);
    return false;
}

void BoardLock::unlock()
{
    // The identity lock's file is named by an inode that may be reused by
    // another file later: it goes with its holder.
    release(&m_identityFd, m_identityPath);
    release(&m_pathFd);
}

qint64 BoardLock::holderPid(const BoardLocation &location)
{
    const qint64 pid = holderOf(pathFor(location));
    return pid != 0 ? pid : holderOf(identityPathFor(location));
}

QString BoardLock::heldPathFor(const BoardLocation &location)
{
    const QString path = pathFor(location);
    if (holderOf(path) != 0)
        return path;
    const QString identity = identityPathFor(location);
    return holderOf(identity) != 0 ? identity : path;
}
