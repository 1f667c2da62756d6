#pragma once

#include <QSqlDatabase>

namespace Migrations {
int latest();
// Applies the missing migrations, each in its own write transaction.
void apply(QSqlDatabase &db);
} // namespace Migrations
