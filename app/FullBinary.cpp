#include "app/FullBinary.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace {

QString selfPath()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
}

} // namespace

QString FullBinary::path()
{
    const QDir dir = QFileInfo(selfPath()).absoluteDir();
    const QString beside = dir.filePath(QStringLiteral("qkanban-full"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(dir.filePath(QStringLiteral("../libexec/qkanban/qkanban-full")));
}

QString FullBinary::leanPath()
{
    const QDir dir = QFileInfo(selfPath()).absoluteDir();
    for (const QString &candidate :
         {dir.filePath(QStringLiteral("qkanban")),
          QDir::cleanPath(dir.filePath(QStringLiteral("../../bin/qkanban")))}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

void FullBinary::preferLeanForWorkers()
{
    const QString lean = leanPath();
    if (qEnvironmentVariableIsEmpty("QKANBAN_BIN") && !lean.isEmpty())
        ::setenv("QKANBAN_BIN", QFile::encodeName(lean).constData(), 1);
}

QString FullBinary::exec(char **argv)
{
    const QByteArray target = QFile::encodeName(path());
    if (qEnvironmentVariableIsEmpty("QKANBAN_BIN"))
        ::setenv("QKANBAN_BIN", QFile::encodeName(selfPath()).constData(), 1);
    std::fflush(stdout);
    std::fflush(stderr);
    ::execv(target.constData(), argv);
    return QStringLiteral("cannot start %1: %2")
        .arg(QString::fromLocal8Bit(target), QString::fromLocal8Bit(std::strerror(errno)));
}
