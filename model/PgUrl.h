#pragma once

#include <QString>

// A postgresql:// (or postgres://) board URL:
//   postgresql://user[:password]@host[:port]/dbname[?sslmode=...&...]
// Without a password in the URL, libpq itself reads PGPASSWORD and
// ~/.pgpass. The password never appears in what display() returns.
struct PgUrl
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString dbName;
    QString connectOptions; // libpq keywords from the query, ';'-separated

    static bool isUrl(const QString &path);
    // Throws KanbanError(BadInput) naming what is wrong (never the password).
    static PgUrl parse(const QString &url);
    // user@host:port/dbname: for messages.
    QString display() const;
    // The URL without its password: what a person may read.
    static QString redacted(const QString &pathOrUrl);
    // The same server and credentials, another database.
    QString withDatabase(const QString &dbName) const;
};
