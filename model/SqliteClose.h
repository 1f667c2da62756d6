#pragma once

#include <QSqlDatabase>

// How a SQLite connection ends: by default the last connection to close
// copies the WAL into the database and deletes it (a checkpoint: two
// fdatasync, and a third and fourth when the next writer makes the WAL
// anew). A one-verb process leaves that to the next checkpoint instead
// (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE): what it committed is in the WAL,
// which every later connection reads, and a checkpoint still runs once
// the WAL passes wal_autocheckpoint pages. The SQLite function is looked
// up through the loaded QSQLITE plugin, as SqliteNative does.
namespace SqliteClose {
// False when the driver is not SQLite's or the call is unavailable.
bool skipCheckpoint(const QSqlDatabase &db);
} // namespace SqliteClose
