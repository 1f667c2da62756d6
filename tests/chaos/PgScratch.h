#pragma once

#include <QString>

// Scratch databases on a test server (the chaos suite's PostgreSQL mode;
// tests/common/TestBackend does the same for the other suites).
namespace PgScratch {
// Creates an empty database `name` on the server of `serverUrl`; "" on
// success, else why not.
QString create(const QString &serverUrl, const QString &name);
// Drops it, closing whatever sessions still use it.
void drop(const QString &serverUrl, const QString &name);
} // namespace PgScratch
