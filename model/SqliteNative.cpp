#include "model/SqliteNative.h"

#include "model/KanbanError.h"
#include "model/StorageError.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <dlfcn.h>

// The few entry points used, with SQLite's C signatures (sqlite3.h).
struct SqliteStatement::Api
{
    int (*prepare)(void *, const char *, int, void **, const char **) = nullptr;
    int (*step)(void *) = nullptr;
    int (*finalize)(void *) = nullptr;
    int (*columnType)(void *, int) = nullptr;
    long long (*columnInt64)(void *, int) = nullptr;
    const unsigned char *(*columnText)(void *, int) = nullptr;
    int (*columnBytes)(void *, int) = nullptr;
    int (*bindParameterCount)(void *) = nullptr;
    int (*bindText)(void *, int, const char *, int, void (*)(void *)) = nullptr;
    int (*bindInt64)(void *, int, long long) = nullptr;
    int (*bindNull)(void *, int) = nullptr;
    const char *(*errmsg)(void *) = nullptr;
    int (*busyHandler)(void *, int (*)(void *, int), void *) = nullptr;
    int (*busyTimeout)(void *, int) = nullptr;
    int (*reset)(void *) = nullptr;
    int (*changes)(void *) = nullptr;
    long long (*lastInsertRowid)(void *) = nullptr;
};

namespace {

constexpr int kOk = 0;                                                     // SQLITE_OK
constexpr int kRow = 100;                                                  // SQLITE_ROW
constexpr int kDone = 101;                                                 // SQLITE_DONE
constexpr int kNull = 5;                                                   // SQLITE_NULL
constexpr int kText = 3;                                                   // SQLITE_TEXT
void (*const kTransient)(void *) = reinterpret_cast<void (*)(void *)>(-1); // SQLITE_TRANSIENT

template <typename F> bool resolve(void *lib, const char *name, F &fn)
{
    fn = reinterpret_cast<F>(dlsym(lib, name));
    return fn != nullptr;
}

// The entry points of the SQLite that owns the driver's handle: looked up
// through the library holding the driver's code (the QSQLITE plugin, found
// with dladdr on its meta-object), so they come from the SQLite that plugin
// loaded or carries, whatever else the process has. RTLD_NOLOAD: the plugin
// is loaded already; the reference taken is kept while the pointers are.
const SqliteStatement::Api *api(const QSqlDriver *driver)
{
    static QMutex mutex;
    // Never destroyed, so the tables stay reachable until exit (no static
    // destruction order to mind, and LeakSanitizer sees them held).
    static auto *byDriverClass = new QHash<const QMetaObject *, const SqliteStatement::Api *>;
    const QMetaObject *cls = driver->metaObject();
    QMutexLocker lock(&mutex);
    const auto it = byDriverClass->constFind(cls);
    if (it != byDriverClass->constEnd())
        return *it;
    const SqliteStatement::Api *found = nullptr;
    Dl_info info{};
    void *lib = dladdr(cls, &info) && info.dli_fname
                    ? dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD)
                    : nullptr;
    if (lib) {
        auto *a = new SqliteStatement::Api; // lives as long as the process
        const bool ok = resolve(lib, "sqlite3_prepare_v2", a->prepare) &&
                        resolve(lib, "sqlite3_step", a->step) &&
                        resolve(lib, "sqlite3_finalize", a->finalize) &&
                        resolve(lib, "sqlite3_column_type", a->columnType) &&
                        resolve(lib, "sqlite3_column_int64", a->columnInt64) &&
                        resolve(lib, "sqlite3_column_text", a->columnText) &&
                        resolve(lib, "sqlite3_column_bytes", a->columnBytes) &&
                        resolve(lib, "sqlite3_bind_parameter_count", a->bindParameterCount) &&
                        resolve(lib, "sqlite3_bind_text", a->bindText) &&
                        resolve(lib, "sqlite3_bind_int64", a->bindInt64) &&
                        resolve(lib, "sqlite3_bind_null", a->bindNull) &&
                        resolve(lib, "sqlite3_errmsg", a->errmsg) &&
                        resolve(lib, "sqlite3_busy_handler", a->busyHandler) &&
                        resolve(lib, "sqlite3_busy_timeout", a->busyTimeout) &&
                        resolve(lib, "sqlite3_reset", a->reset) &&
                        resolve(lib, "sqlite3_changes", a->changes) &&
                        resolve(lib, "sqlite3_last_insert_rowid", a->lastInsertRowid);
        if (ok) {
            found = a;
        } else {
            delete a;
            dlclose(lib);
        }
    }
    byDriverClass->insert(cls, found);
    return found;
}

[[noreturn]] void fail(const QString &what, const QString &sql)
{
    throw KanbanError(
        QStringLiteral("database error: %1 (%2)").arg(what, sql.simplified().left(120)),
        KanbanError::Storage);
}

} // namespace

namespace {

// The connection's sqlite3 handle and the API of its SQLite, or nulls.
std::pair<void *, const SqliteStatement::Api *> nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {nullptr, nullptr};
    void *h = *static_cast<void *const *>(handle.data());
    return {h, h ? api(db.driver()) : nullptr};
}

} // namespace

namespace SqliteWait {

bool setHandler(const QSqlDatabase &db, int (*handler)(void *, int), void *arg)
{
    const auto [h, a] = nativeHandle(db);
    return a && a->busyHandler(h, handler, arg) == kOk;
}

bool setTimeout(const QSqlDatabase &db, int ms)
{
    const auto [h, a] = nativeHandle(db);
    return a && a->busyTimeout(h, ms) == kOk;
}

} // namespace SqliteWait

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(QSqlDatabase &db, const QString &sql,
                                                          const QVariantList &binds)
{
    if (qEnvironmentVariableIsSet("QKANBAN_NO_NATIVE_SQLITE"))
        return nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    void *h = *static_cast<void *const *>(handle.data());
    const Api *a = h ? api(db.driver()) : nullptr;
    if (!a)
        return nullptr;
    const QByteArray text = sql.toUtf8();
    void *stmt = nullptr;
    if (a->prepare(h, text.constData(), int(text.size()), &stmt, nullptr) != kOk || !stmt)
        fail(QString::fromUtf8(a->errmsg(h)), sql);
    std::unique_ptr<SqliteStatement> st(new SqliteStatement(*a, h, stmt));
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        const int at = int(i) + 1;
        int rc;
        if (b.isNull()) {
            rc = a->bindNull(stmt, at);
        } else if (b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int) {
            rc = a->bindInt64(stmt, at, b.toLongLong());
        } else {
            const QByteArray v = b.toString().toUtf8();
            rc = a->bindText(stmt, at, v.constData(), int(v.size()), kTransient);
        }
        if (rc != kOk)
            fail(QStringLiteral("cannot bind parameter %1: %2")
                     .arg(at)
                     .arg(QString::fromUtf8(a->errmsg(h))),
                 sql);
    }
    // Fewer values than parameters: QSqlQuery refuses that too.
    if (a->bindParameterCount(stmt) != binds.size())
        fail(QStringLiteral("%1 values bound to %2 parameters")
                 .arg(binds.size())
                 .arg(a->bindParameterCount(stmt)),
             sql);
    return st;
}

SqliteStatement::~SqliteStatement()
{
    m_api.finalize(m_stmt);
}

bool SqliteStatement::next()
{
    const int rc = m_api.step(m_stmt);
    if (rc == kRow)
        return true;
    if (rc == kDone)
        return false;
    throw KanbanError(
        QStringLiteral("database error: %1").arg(QString::fromUtf8(m_api.errmsg(m_handle))),
        KanbanError::Storage);
}

bool SqliteStatement::isNull(int column) const
{
    return m_api.columnType(m_stmt, column) == kNull;
}

qint64 SqliteStatement::int64(int column) const
{
    return m_api.columnInt64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(m_api.columnText(m_stmt, column));
    return bytes ? QString::fromUtf8(bytes, m_api.columnBytes(m_stmt, column)) : QString();
}

QByteArray SqliteStatement::raw(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(m_api.columnText(m_stmt, column));
    return bytes ? QByteArray::fromRawData(bytes, m_api.columnBytes(m_stmt, column)) : QByteArray();
}

OptInt SqliteStatement::optInt(int column) const
{
    switch (m_api.columnType(m_stmt, column)) {
    case kNull:
        return std::nullopt;
    case kText: { // as QVariant reads it: a number or nothing
        bool ok = false;
        const qint64 n = text(column).toLongLong(&ok);
        return ok ? OptInt(n) : OptInt();
    }
    default:
        return int64(column);
    }
}

namespace {

struct KeptStatements
{
    void *handle = nullptr; // the connection they were prepared on
    QHash<QString, SqliteStatement *> statements;
};
QMutex s_keptMutex;
// Connection name -> its kept statements; never destroyed (see Sql.cpp).
auto *const s_kept = new QHash<QString, KeptStatements *>;

[[noreturn]] void keptFail(QSqlDatabase &db, const SqliteStatement::Api &a, void *h, int rc,
                           const QString &sql)
{
    // As QSQLite reports it, so StorageError names busy and full alike.
    const QSqlError error(QStringLiteral("Unable to execute statement"),
                          QString::fromUtf8(a.errmsg(h)), QSqlError::StatementError,
                          QString::number(rc));
    throw StorageError::fromSql(db, error, sql.simplified().left(120));
}

} // namespace

// The kept statement for sql with binds bound, not yet stepped; nullptr
// when the native path is not available.
SqliteStatement *SqliteKept::statement(QSqlDatabase &db, const QString &sql,
                                       const QVariantList &binds)
{
    const auto [h, a] = nativeHandle(db);
    if (!a)
        return nullptr;
    KeptStatements *kept;
    {
        QMutexLocker lock(&s_keptMutex);
        KeptStatements *&k = (*s_kept)[db.connectionName()];
        if (!k)
            k = new KeptStatements;
        kept = k;
    }
    if (kept->handle != h) {      // a new connection under an old name
        kept->statements.clear(); // their handle is gone: not finalized
        kept->handle = h;
    }
    SqliteStatement *&st = kept->statements[sql];
    if (!st) {
        const QByteArray text = sql.toUtf8();
        void *stmt = nullptr;
        const int rc = a->prepare(h, text.constData(), int(text.size()), &stmt, nullptr);
        if (rc != kOk || !stmt) {
            kept->statements.remove(sql);
            keptFail(db, *a, h, rc, sql);
        }
        st = SqliteKept::wrap(*a, h, stmt);
    }
    if (a->bindParameterCount(st->m_stmt) != binds.size())
        fail(QStringLiteral("%1 values bound to %2 parameters")
                 .arg(binds.size())
                 .arg(a->bindParameterCount(st->m_stmt)),
             sql);
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        const int at = int(i) + 1;
        int rc;
        if (b.isNull()) {
            rc = a->bindNull(st->m_stmt, at);
        } else if (b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int) {
            rc = a->bindInt64(st->m_stmt, at, b.toLongLong());
        } else {
            const QByteArray v = b.toString().toUtf8();
            rc = a->bindText(st->m_stmt, at, v.constData(), int(v.size()), kTransient);
        }
        if (rc != kOk)
            keptFail(db, *a, h, rc, sql);
    }
    return st;
}

// Steps a kept statement once: true on a row, false at the end; on an
// error it is reset and the error thrown.
bool SqliteKept::step(QSqlDatabase &db, SqliteStatement *st, const QString &sql)
{
    const int rc = st->m_api.step(st->m_stmt);
    if (rc == kRow)
        return true;
    if (rc == kDone)
        return false;
    const int code = st->m_api.reset(st->m_stmt);
    keptFail(db, st->m_api, st->m_handle, code != kOk ? code : rc, sql);
}

SqliteStatement *SqliteKept::wrap(const SqliteStatement::Api &api, void *handle, void *stmt)
{
    return new SqliteStatement(api, handle, stmt);
}

int SqliteKept::update(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    SqliteStatement *st = statement(db, sql, binds);
    if (!st)
        return -1;
    while (step(db, st, sql)) {
    }
    st->m_api.reset(st->m_stmt);
    return st->m_api.changes(st->m_handle);
}

qint64 SqliteKept::insert(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    SqliteStatement *st = statement(db, sql, binds);
    if (!st)
        return -1;
    while (step(db, st, sql)) {
    }
    st->m_api.reset(st->m_stmt);
    return st->m_api.lastInsertRowid(st->m_handle);
}

SqliteStatement *SqliteKept::first(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                   bool *found)
{
    SqliteStatement *st = statement(db, sql, binds);
    if (st)
        *found = step(db, st, sql);
    return st;
}

qint64 SqliteKept::nextAutoIncrementId(QSqlDatabase &db, const QString &table)
{
    // SQLite's rule for an AUTOINCREMENT key: past both sqlite_sequence's
    // value and the largest id (https://sqlite.org/autoinc.html).
    thread_local QHash<QString, QString> byTable;
    QString &sql = byTable[table];
    if (sql.isEmpty())
        sql = QStringLiteral(
                  "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '%1'),"
                  " 0), COALESCE((SELECT MAX(id) FROM %1), 0)) + 1")
                  .arg(table);
    bool found = false;
    SqliteStatement *st = first(db, sql, {}, &found);
    if (!st)
        return Sql::scalar(db, sql).toLongLong();
    const qint64 id = st->int64(0);
    release(st);
    return id;
}

void SqliteKept::release(SqliteStatement *statement)
{
    statement->m_api.reset(statement->m_stmt);
}

void SqliteKept::forget(const QString &connectionName)
{
    KeptStatements *kept;
    {
        QMutexLocker lock(&s_keptMutex);
        kept = s_kept->take(connectionName);
    }
    if (kept)
        qDeleteAll(kept->statements);
    delete kept;
}
