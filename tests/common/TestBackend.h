#pragma once

// Which database backend the test suites run on. Without
// QKANBAN_TEST_PG_URL_FILE: SQLite files, as always. With it (it names a
// file holding a postgresql:// URL of a server, tests/pg/pg-server.sh):
// every board is a new PostgreSQL database on that server, with the schema,
// dropped when the test process ends.

#include <QString>
#include <QTest>

namespace TestBackend {
bool isPostgres();
// The URL of a new, empty board database with the schema (PostgreSQL mode only).
QString freshDatabaseUrl();
// The same fresh URL for the same key for the life of the process: for
// fixtures that name a board by its temporary folder and may open it twice.
QString databaseUrlFor(const QString &key);
} // namespace TestBackend

// For tests of things only a SQLite file has (file modes, WAL, the header,
// VACUUM INTO, flocks, a full disk): skipped on PostgreSQL with the reason.
#define QK_SKIP_ON_PG(reason)                                                                      \
    do {                                                                                           \
        if (TestBackend::isPostgres())                                                             \
            QSKIP("SQLite only: " reason);                                                         \
    } while (false)
