#include "model/Database.h"

#include "model/Backup.h"
#include "model/ChangeFeed.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/Migrations.h"
#include "model/PgDatabase.h"
#include "model/PgUrl.h"
#include "model/Sql.h"
#include "model/SqliteNative.h"
#include "model/StorageError.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QThread>

#include <sys/stat.h>

namespace {

// Closing any descriptor of a file drops every POSIX lock this process
// holds on it, SQLite's included. So the header check (which opens the
// file with QFile) runs only while this process has no connection to it.
QMutex s_openMutex;
QHash<QString, int> s_openCount;
QAtomicInt s_createsSchema;
QAtomicInteger<qint64> s_mmapSize;

QString registryKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

void unregisterPath(const QString &key)
{
    QMutexLocker lock(&s_openMutex);
    if (--s_openCount[key] <= 0)
        s_openCount.remove(key);
}

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("qkanban-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool pragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

void ensureWal(QSqlDatabase &db)
{
    // Two processes switching a fresh file to WAL at once can get BUSY
    // without the busy handler; WAL persists in the file, so retry that.
    // Any other failure (no room for the -wal file, a read-only folder)
    // is reported at once, not after the busy timeout.
    QElapsedTimer t;
    t.start();
    for (;;) {
        QSqlQuery q(db);
        const bool ok = q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        const QString mode = ok && q.next() ? q.value(0).toString().toLower() : QString();
        if (mode == QLatin1String("wal"))
            return;
        const QString code = q.lastError().nativeErrorCode();
        const bool busy = !ok && (code == QLatin1String("5") || code == QLatin1String("6"));
        if (!ok && StorageError::isDiskFull(db.databaseName(), q.lastError()))
            throw KanbanError(KanbanError::Code::DiskFull, {db.databaseName()},
                              StorageError::diskFullMessage(db.databaseName()),
                              KanbanError::Storage);
        if (!busy || t.elapsed() > Database::busyTimeoutMs())
            throw KanbanError(
                QStringLiteral("cannot switch %1 to WAL: %2")
                    .arg(db.databaseName(),
                         ok ? QStringLiteral("SQLite kept journal mode '%1'").arg(mode)
                            : q.lastError().text()),
                KanbanError::Storage);
        QThread::msleep(10);
    }
}

} // namespace

namespace Database {

int busyTimeoutMs()
{
    static const int ms = [] {
        bool ok = false;
        const int v = qEnvironmentVariableIntValue("QKANBAN_BUSY_TIMEOUT_MS", &ok);
        return ok && v > 0 ? v : kBusyTimeoutMs;
    }();
    return ms;
}

QString damagedMarkerPath(const QString &dbPath)
{
    return dbPath + QStringLiteral(".damaged");
}

void refuseIfDamaged(const QString &dbPath)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(damagedMarkerPath(dbPath)).constData(), &st) != 0)
        return;
    throw KanbanError(
        QStringLiteral("the board %1 failed its integrity check and refuses writes: run "
                       "'qkanban --headless check' for details, then stop the daemon and copy "
                       "a good backup from %2 over it (a passing check lifts the refusal)")
            .arg(dbPath, Backup::folderFor(dbPath)),
        KanbanError::Storage);
}

QString checkFile(const QString &path)
{
    QFileInfo fi(path);
    // SQLite keeps NAME-journal, NAME-wal and NAME-shm beside the file.
    constexpr qsizetype kNameMax = 255;
    const qsizetype nameBytes = QFile::encodeName(fi.fileName()).size();
    if (nameBytes + 8 > kNameMax)
        return QStringLiteral("database file name is too long (%1 bytes; at most %2): %3")
            .arg(nameBytes)
            .arg(kNameMax - 8)
            .arg(path);
    if (!fi.exists())
        return {};
    if (fi.isDir())
        return QStringLiteral("%1 is a directory, not a database file").arg(path);
    if (fi.size() == 0)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
    const QByteArray head = f.read(32);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!head.startsWith(magic)) {
        QString reason =
            QStringLiteral("file is not a database: invalid SQLite header for %1").arg(path);
        const int tls = head.indexOf(QByteArray("\x16\x03", 2));
        if (tls >= 0)
            reason += QStringLiteral(" (TLS record header detected at byte offset %1)").arg(tls);
        reason += QStringLiteral("; first_32=%1").arg(QString::fromLatin1(head.toHex()));
        return reason;
    }
    return {};
}

static bool hasTasks(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM tasks LIMIT 1")) && q.next();
}

// A connection to path with the busy timeout; unregisters key when SQLite
// cannot open it.
static QSqlDatabase addConnection(const QString &path, const QString &name, const QString &key)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
    if (db.open())
        return db;
    const QString err = db.lastError().text();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    unregisterPath(key);
    throw KanbanError(QStringLiteral("cannot open %1: %2").arg(path, err), KanbanError::Storage);
}

void setCreatesSchema(bool creates)
{
    s_createsSchema.storeRelaxed(creates ? 1 : 0);
}

void setMmapSize(qint64 bytes)
{
    s_mmapSize.storeRelaxed(qMax<qint64>(0, bytes));
}

QString displayName(const QString &path)
{
    return PgUrl::redacted(path);
}

QSqlDatabase open(const QString &path, const QString &connectionName)
{
    if (Dialect::isPostgresPath(path))
        return PgDatabase::open(path,
                                connectionName.isEmpty() ? uniqueConnectionName() : connectionName,
                                s_createsSchema.loadRelaxed() != 0);
    const QString key = registryKey(path);
    bool fresh = false;
    {
        QMutexLocker lock(&s_openMutex);
        if (s_openCount.value(key) == 0) {
            const QString reason = checkFile(path);
            if (!reason.isEmpty())
                throw KanbanError(reason, KanbanError::BadInput);
            const QFileInfo fi(path);
            if (!QDir().mkpath(fi.absolutePath()))
                throw KanbanError(QStringLiteral("cannot create folder %1").arg(fi.absolutePath()),
                                  KanbanError::Storage);
            fresh = !fi.exists();
            if (fresh) {
                // Create it 0600 before SQLite touches it.
                QFile f(path);
                if (!f.open(QIODevice::WriteOnly))
                    throw KanbanError(
                        QStringLiteral("cannot create %1: %2").arg(path, f.errorString()),
                        KanbanError::Storage);
                f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
        }
        ++s_openCount[key]; // before SQLite takes its first lock
    }

    const QString name = connectionName.isEmpty() ? uniqueConnectionName() : connectionName;
    QSqlDatabase db = addConnection(path, name, key);
    try {
        // The busy timeout is the connection's (QSQLITE_BUSY_TIMEOUT).
        // A damaged file (a SQLite header, garbage after) fails its first
        // read; that read also says what the file holds (one statement: the
        // open path is most of a point verb's own work, callgrind).
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral(
                "SELECT count(CASE WHEN type='table' THEN 1 END),"
                " count(CASE WHEN type='table' AND name='schema_version' THEN 1 END),"
                " count(CASE WHEN type='table' AND name='tasks' THEN 1 END) FROM sqlite_master")) ||
            !probe.next()) {
            if (StorageError::isDiskFull(path, probe.lastError()) ||
                StorageError::isBusy(probe.lastError()))
                throw StorageError::fromSql(path, probe.lastError(), QStringLiteral("open"));
            throw KanbanError(QStringLiteral("%1 is not a usable database: %2")
                                  .arg(path, probe.lastError().databaseText()),
                              KanbanError::BadInput);
        }
        // A non-board SQLite file must be refused before anything is written.
        const bool hasTables = probe.value(0).toInt() > 0;
        const bool hasVersion = probe.value(1).toInt() > 0;
        const bool hermes = probe.value(2).toInt() > 0;
        probe.finish();
        if (hasTables && !hasVersion) {
            throw KanbanError(
                hermes
                    ? QStringLiteral(
                          "%1 is a Hermes Kanban database, not a qkanban board; "
                          "bring it in with `qkanban --headless import --from-hermes %1`")
                          .arg(path)
                    : QStringLiteral("%1 is an SQLite database but not a qkanban board").arg(path),
                KanbanError::BadInput);
        }
        // Ours (or new): make it private, re-securing a 0644 file.
        ::chmod(QFile::encodeName(path).constData(), 0600);
        ensureWal(db);
        pragma(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragma(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        pragma(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
        if (const qint64 mmap = s_mmapSize.loadRelaxed())
            pragma(db, QStringLiteral("PRAGMA mmap_size=%1").arg(mmap));
        int version = hasVersion ? schemaVersion(db) : 0;
        if (version < Migrations::latest()) {
            // An existing board with tasks keeps a copy of itself as it was
            // (not one that another connection is creating right now).
            const int from = version;
            if (from > 0 && from < Migrations::latest() && hasTasks(db))
                Backup::beforeMigration(db, from);
            Migrations::apply(db);
            version = schemaVersion(db);
        }
        if (version > Migrations::latest())
            throw KanbanError(QStringLiteral("%1 was written by a newer qkanban (schema %2 > %3)")
                                  .arg(path)
                                  .arg(version)
                                  .arg(Migrations::latest()),
                              KanbanError::BadInput);
    } catch (...) {
        Sql::forgetConnection(name);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        unregisterPath(key);
        if (fresh)
            QFile::remove(path);
        throw;
    }
    return db;
}

QSqlDatabase openForReading(const QString &path, const QString &connectionName)
{
    const QString key = registryKey(path);
    {
        QMutexLocker lock(&s_openMutex);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
            throw KanbanError(QStringLiteral("no board at %1; run init").arg(path),
                              KanbanError::NotFound);
        if (s_openCount.value(key) == 0) {
            const QString reason = checkFile(path);
            if (!reason.isEmpty())
                throw KanbanError(reason, KanbanError::BadInput);
        }
        ++s_openCount[key];
    }
    const QString name = connectionName.isEmpty() ? uniqueConnectionName() : connectionName;
    QSqlDatabase db = addConnection(path, name, key);
    return db;
}

void close(const QString &connectionName)
{
    QString path;
    {
        Sql::forgetConnection(connectionName);
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid()) {
            if (Dialect::isFile(db))
                path = db.databaseName();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!path.isEmpty())
        unregisterPath(registryKey(path));
}

int schemaVersion(QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        .toInt();
}

int latestSchemaVersion()
{
    return Migrations::latest();
}

qint64 dataVersion(QSqlDatabase &db)
{
    if (Dialect::pushesChanges(db)) { // other sessions' commits, from LISTEN/NOTIFY
        const ChangeFeed *feed = ChangeFeed::of(db);
        return feed ? feed->version() : -1;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 latestEventId(QSqlDatabase &db)
{
    qint64 id = 0;
    forEachKeptRow(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events"), {},
                   [&id](const auto &row) { id = row.int64(0); });
    return id;
}

} // namespace Database
