#pragma once

// Internal to BoardIo: the tables an export carries, their columns, and
// the writing helpers both importers share.

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace BoardIoTables {

struct Column
{
    QString name;
    bool integer = false; // INTEGER, else TEXT
    bool nullable = true;
    QVariant fallback; // default of a NOT NULL column; invalid = required
};

struct Table
{
    QString key;     // JSON key in the export
    QString sql;     // table name
    QString orderBy; // deterministic export order
    bool hasAutoId = false;
    QList<Column> columns;
    QStringList names; // of the columns, filled by tables()

    const QStringList &columnNames() const { return names; }
};

// Export order: tasks, links, comments, events, runs, notify_subs.
const QList<Table> &tables();
const Table &table(const QString &key);

// A non-null text value: QSQLITE would bind a null QString as NULL.
QVariant textValue(const QString &s);
// A typed SQL NULL for a column.
QVariant nullFor(const Column &c);

// Throws KanbanError(Conflict) when the board already holds tasks.
void requireEmptyBoard(QSqlDatabase &db);

// Sequence value of an AUTOINCREMENT table (0 when unused).
qint64 sequenceValue(QSqlDatabase &db, const QString &table);
// Raises the sequence to at least `value` (never lowers it); on
// PostgreSQL also to the table's highest id (explicit ids do not move it).
void raiseSequence(QSqlDatabase &db, const QString &table, qint64 value);
// raiseSequence for every table with an automatic id, after an import;
// `values` by SQL table name (a missing one counts as 0).
void raiseSequences(QSqlDatabase &db, const QHash<QString, qint64> &values);
// The ORDER BY of a table's export: text compares as bytes on both
// backends (SQLite's BINARY; PostgreSQL's "C", whatever the database's).
QString exportOrder(QSqlDatabase &db, const Table &t);

// True when adding parent -> child closes a cycle; `children` maps a
// parent to its children.
bool closesCycle(const QHash<QString, QStringList> &children, const QString &parent,
                 const QString &child);

// One INSERT prepared once and run per row, values in column order.
class RowInserter
{
public:
    RowInserter(QSqlDatabase &db, const QString &table, const QStringList &columns);
    void insert(const QVariantList &values);
    // insert(), returning the new row's id (lastInsertId): only for rows
    // whose id the database assigns (PostgreSQL: through RETURNING id).
    QVariant insertForId(const QVariantList &values);

private:
    void run(const QVariantList &values);
    QSqlQuery m_query;
    QString m_sql;
    bool m_returning = false;
};

} // namespace BoardIoTables
