#include "app/FullBinary.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

// Set at configure time from CMAKE_INSTALL_BINDIR and CMAKE_INSTALL_LIBEXECDIR
// (app/CMakeLists.txt): where each installed binary finds the other,
// relative to its own folder.
#ifndef QKANBAN_LIBEXEC_FROM_BIN
#error "QKANBAN_LIBEXEC_FROM_BIN must be defined (app/CMakeLists.txt)"
#endif
#ifndef QKANBAN_BIN_FROM_LIBEXEC
#error "QKANBAN_BIN_FROM_LIBEXEC must be defined (app/CMakeLists.txt)"
#endif

namespace {

QString selfPath()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
}

QString besideOrInstalled(const QString &name, const char *installedDir)
{
    const QDir dir = QFileInfo(selfPath()).absoluteDir();
    const QString beside = dir.filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(dir.filePath(QLatin1String(installedDir) + QLatin1Char('/') + name));
}

} // namespace

QString FullBinary::path()
{
    // The build tree has both side by side; an install has it in libexec.
    return besideOrInstalled(QStringLiteral("qkanban-full"), QKANBAN_LIBEXEC_FROM_BIN);
}

QString FullBinary::leanPath()
{
    const QString lean = besideOrInstalled(QStringLiteral("qkanban"), QKANBAN_BIN_FROM_LIBEXEC);
    return QFileInfo(lean).isExecutable() ? lean : QString();
}

void FullBinary::preferLeanForWorkers()
{
    const QString lean = leanPath();
    if (qEnvironmentVariableIsEmpty("QKANBAN_BIN") && !lean.isEmpty())
        ::setenv("QKANBAN_BIN", QFile::encodeName(lean).constData(), 1);
}

QString FullBinary::exec(char **argv)
{
    return execAt(path(), argv);
}

QString FullBinary::servicesPath()
{
    const QString services =
        besideOrInstalled(QStringLiteral("qkanban-services"), QKANBAN_LIBEXEC_FROM_BIN);
    return QFileInfo(services).isExecutable() ? services : path();
}

QString FullBinary::execServices(char **argv)
{
    return execAt(servicesPath(), argv);
}

QString FullBinary::execDaemon(char **argv)
{
    const QString daemon =
        besideOrInstalled(QStringLiteral("qkanban-daemon"), QKANBAN_LIBEXEC_FROM_BIN);
    return execAt(QFileInfo(daemon).isExecutable() ? daemon : servicesPath(), argv);
}

QString FullBinary::execAt(const QString &path, char **argv)
{
    const QByteArray target = QFile::encodeName(path);
    if (qEnvironmentVariableIsEmpty("QKANBAN_BIN"))
        ::setenv("QKANBAN_BIN", QFile::encodeName(selfPath()).constData(), 1);
    std::fflush(stdout);
    std::fflush(stderr);
    ::execv(target.constData(), argv);
    return QStringLiteral("cannot start %1: %2")
        .arg(QString::fromLocal8Bit(target), QString::fromLocal8Bit(std::strerror(errno)));
}
