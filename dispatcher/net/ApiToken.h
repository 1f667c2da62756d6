#pragma once

#include <QString>

// The REST API's bearer token: generated on first use, kept in a 0600 file
// under the qkanban root.
namespace ApiToken {
QString path(const QString &root);
QString loadOrCreate(const QString &root); // throws KanbanError(Storage)
bool matches(const QString &expected, const QByteArray &authorizationHeader);
} // namespace ApiToken
