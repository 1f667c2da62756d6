#include "model/Backup.h"

#include "model/Database.h"
#include "model/KanbanError.h"
#include "model/StorageError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Backup {

QString folderFor(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString defaultPath(const QString &dbPath, qint64 when, const QString &tag)
{
    const QString stamp =
        QDateTime::fromSecsSinceEpoch(when).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QStringLiteral("kanban-%1%2")
                             .arg(tag.isEmpty() ? QString() : tag + QLatin1Char('-'), stamp);
    const QDir dir(folderFor(dbPath));
    QString path = dir.filePath(base + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.db").arg(base).arg(n));
    return path;
}

QString write(QSqlDatabase &db, const QString &target)
{
    const QFileInfo fi(target);
    const QString folder = fi.absolutePath();
    if (folder == folderFor(db.databaseName()) && !QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            throw KanbanError(QStringLiteral("cannot create folder %1").arg(folder),
                              KanbanError::Storage);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    if (!QFileInfo(folder).isDir())
        throw KanbanError(QStringLiteral("no folder %1 for the backup").arg(folder),
                          KanbanError::NotFound);
    // Created empty and private before SQLite writes it; O_EXCL refuses an
    // existing file (or a link) even when another process makes it now.
    const QByteArray native = QFile::encodeName(fi.absoluteFilePath());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int err = errno;
        if (err == EEXIST)
            throw KanbanError(
                QStringLiteral("%1 already exists; a backup never overwrites a file").arg(target),
                KanbanError::Conflict);
        if (err == ENOSPC)
            throw KanbanError(KanbanError::Code::DiskFull, {target},
                              StorageError::diskFullMessage(target), KanbanError::Storage);
        throw KanbanError(QStringLiteral("cannot write %1: %2")
                              .arg(target, QString::fromLocal8Bit(strerror(err))),
                          KanbanError::Storage);
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        QFile::remove(target);
        throw StorageError::fromSql(target, q.lastError(), QStringLiteral("VACUUM INTO"));
    }
    q.addBindValue(fi.absoluteFilePath());
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        QFile::remove(target);
        if (StorageError::isDiskFull(target, error))
            throw KanbanError(
                QStringLiteral("disk full: cannot write %1 (the backup was not made)").arg(target),
                KanbanError::Storage);
        throw StorageError::fromSql(db, error, QStringLiteral("VACUUM INTO"));
    }
    ::chmod(native.constData(), 0600);
    return target;
}

QString writeBoard(const QString &dbPath, const QString &target)
{
    const QString name = QStringLiteral("qkanban-backup");
    QString written;
    {
        QSqlDatabase db = Database::openForReading(dbPath, name);
        try {
            written = write(db, target);
        } catch (...) {
            db = QSqlDatabase();
            Database::close(name);
            throw;
        }
    }
    Database::close(name);
    return written;
}

QString beforeMigration(QSqlDatabase &db, int fromVersion)
{
    return write(db, defaultPath(db.databaseName(), QDateTime::currentSecsSinceEpoch(),
                                 QStringLiteral("schema%1").arg(fromVersion)));
}

} // namespace Backup
