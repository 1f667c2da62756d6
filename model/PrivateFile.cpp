#include "model/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool fail(QString *error, const QString &path)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

namespace PrivateFile {

bool prepare(const QString &path, const QString &holds, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    if (errno != EEXIST)
        return fail(error, path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0)
        return fail(error, path);
    if ((st.st_mode & 077) == 0)
        return true;
    if (::chmod(native.constData(), 0600) != 0)
        return fail(error, path);
    std::fprintf(stderr, "qkanban: tightened permissions of %s to 0600 (it holds %s)\n",
                 native.constData(), holds.toLocal8Bit().constData());
    return true;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray native = QFile::encodeName(path);
    QByteArray temp = native + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return fail(error, path);
    const bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok || ::rename(temp.constData(), native.constData()) != 0) {
        const int e = ok ? errno : savedErrno;
        ::unlink(temp.constData());
        errno = e;
        return fail(error, path);
    }
    return true;
}

} // namespace PrivateFile
