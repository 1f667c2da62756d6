#include "model/StorageError.h"

#include "model/Database.h"
#include "model/Dialect.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <sys/statvfs.h>

namespace {

// SQLite's primary result codes (sqlite3.h); QSQLITE reports them as text.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kIoErr = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kNotADb = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// An I/O error is taken for a full disk when the write failed with ENOSPC
// or the file system holding the board has less than 1 MiB left: SQLite
// reports a failed -shm or -wal extension as SQLITE_IOERR, not SQLITE_FULL.
bool noRoomFor(const QString &dbPath)
{
    if (errno == ENOSPC)
        return true;
    struct statvfs fs
    {
    };
    const QByteArray dir = QFile::encodeName(QFileInfo(dbPath).absolutePath());
    if (::statvfs(dir.constData(), &fs) != 0)
        return false;
    return quint64(fs.f_bavail) * fs.f_frsize < 1024 * 1024;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 6);
}

// PostgreSQL reports SQLSTATE codes: a lock wait past lock_timeout or a
// deadlock is "busy", a full disk is "disk full", a lost server is said so.
KanbanError fromPostgres(const QSqlDatabase &db, const QSqlError &error, const QString &what)
{
    const QString state = error.nativeErrorCode();
    const QString where =
        QStringLiteral("%1:%2/%3").arg(db.hostName()).arg(db.port()).arg(db.databaseName());
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") ||
        state == QLatin1String("57014"))
        return KanbanError(KanbanError::Code::Busy, {seconds(Database::busyTimeoutMs())},
                           StorageError::busyMessage(), KanbanError::Storage);
    if (state == QLatin1String("53100"))
        return KanbanError(KanbanError::Code::DiskFull, {where},
                           StorageError::diskFullMessage(QStringLiteral("PostgreSQL ") + where),
                           KanbanError::Storage);
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0);
    text.remove(QRegularExpression(QStringLiteral("^(FATAL|ERROR):\\s*")));
    if (!db.password().isEmpty())
        text.replace(db.password(), QStringLiteral("***"));
    if (state.startsWith(QLatin1String("08")) ||
        (state.isEmpty() && text.contains(QLatin1String("connection"))))
        return KanbanError(KanbanError::Code::DatabaseError, {text},
                           QStringLiteral("lost the connection to PostgreSQL at %1: %2 (%3)")
                               .arg(where, text, what),
                           KanbanError::Storage);
    return KanbanError(KanbanError::Code::DatabaseError, {text},
                       QStringLiteral("database error: %1 (%2)").arg(text, what),
                       KanbanError::Storage);
}

} // namespace

namespace StorageError {

bool isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kBusy || code == kLocked;
}

QString busyMessage()
{
    return QStringLiteral("the board is busy: another process has held the write lock for %1 s")
        .arg(seconds(Database::busyTimeoutMs()));
}

bool isDiskFull(const QString &dbPath, const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kFull || (code == kIoErr && noRoomFor(dbPath));
}

QString diskFullMessage(const QString &dbPath)
{
    return QStringLiteral("disk full: cannot write %1 (the board is unchanged)").arg(dbPath);
}

KanbanError fromSql(const QString &dbPath, const QSqlError &error, const QString &what)
{
    const int code = primaryCode(error);
    if (isDiskFull(dbPath, error))
        return KanbanError(KanbanError::Code::DiskFull, {dbPath}, diskFullMessage(dbPath),
                           KanbanError::Storage);
    if (code == kBusy || code == kLocked)
        return KanbanError(KanbanError::Code::Busy, {seconds(Database::busyTimeoutMs())},
                           busyMessage(), KanbanError::Storage);
    if (code == kCorrupt || code == kNotADb)
        return KanbanError(KanbanError::Code::Damaged, {dbPath},
                           QStringLiteral("%1 is damaged (%2): run 'qkanban --headless check'")
                               .arg(dbPath, error.databaseText()),
                           KanbanError::Storage);
    return KanbanError(KanbanError::Code::DatabaseError, {error.text()},
                       QStringLiteral("database error: %1 (%2)").arg(error.text(), what),
                       KanbanError::Storage);
}

KanbanError fromSql(const QSqlDatabase &db, const QSqlError &error, const QString &what)
{
    if (Dialect::isPostgres(db))
        return fromPostgres(db, error, what);
    return fromSql(db.databaseName(), error, what);
}

} // namespace StorageError
