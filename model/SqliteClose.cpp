#include "model/SqliteClose.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

namespace {

constexpr int kOk = 0;                     // SQLITE_OK
constexpr int kNoCheckpointOnClose = 1006; // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE

using DbConfig = int (*)(void *, int, ...);

// sqlite3_db_config of the SQLite inside (or loaded by) the QSQLITE plugin
// holding the driver's code; null when not found.
DbConfig dbConfig(const QSqlDriver *driver)
{
    static const DbConfig fn = [driver]() -> DbConfig {
        Dl_info info{};
        if (!dladdr(driver->metaObject(), &info) || !info.dli_fname)
            return nullptr;
        // RTLD_NOLOAD: the plugin is loaded; the reference is kept for the pointer.
        void *lib = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        return lib ? reinterpret_cast<DbConfig>(dlsym(lib, "sqlite3_db_config")) : nullptr;
    }();
    return fn;
}

} // namespace

namespace SqliteClose {

bool skipCheckpoint(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    void *h = *static_cast<void *const *>(handle.data());
    const DbConfig config = h ? dbConfig(driver) : nullptr;
    int now = 0;
    return config && config(h, kNoCheckpointOnClose, 1, &now) == kOk && now == 1;
}

} // namespace SqliteClose
