#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// A read-only connection of the test process (a SQLite file, or a
// postgresql:// URL: a read-only session), so that watching and auditing a
// board never writes to it.
class ReadOnlyDb
{
public:
    explicit ReadOnlyDb(const QString &path);
    ~ReadOnlyDb();
    ReadOnlyDb(const ReadOnlyDb &) = delete;
    ReadOnlyDb &operator=(const ReadOnlyDb &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // Every row of a query (an empty list on error; see error()).
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &binds = {});

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};
