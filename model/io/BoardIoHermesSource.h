#pragma once

// Internal to BoardIo: a Hermes kanban.db opened read-only on a connection
// of its own, with the checks that refuse anything else.

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

class HermesSource
{
public:
    using Row = QHash<QString, QVariant>;

    // Throws KanbanError(BadInput) for a missing, empty, damaged, non-SQLite
    // or non-Hermes file.
    explicit HermesSource(const QString &path);
    ~HermesSource();
    HermesSource(const HermesSource &) = delete;
    HermesSource &operator=(const HermesSource &) = delete;

    QSqlDatabase &db() { return m_db; }
    bool hasTable(const QString &name);
    QStringList columns(const QString &table);
    // Rows of `table`, each wanted column under its first alias; the first
    // alias the table has is read, NULL when it has none.
    QList<Row> rows(const QString &table, const QList<QStringList> &wanted, const QString &orderBy);

private:
    void open(); // the constructor's work
    void release();
    void checkFile();
    void checkIntegrity();

    QString m_path;
    bool m_walAtRest = false;
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QStringList> m_columns;
};
