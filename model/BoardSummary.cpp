#include "model/BoardSummary.h"

#include "model/Sql.h"

namespace BoardSummary {

QHash<QString, TaskCounts> counts(Board &board)
{
    QHash<QString, TaskCounts> out;
    QSqlDatabase &db = board.db();
    QSqlQuery q = Sql::exec(
        db, QStringLiteral(
                "SELECT l.child_id, COUNT(*),"
                " SUM(CASE WHEN p.status IN ('done', 'archived') THEN 0 ELSE 1 END)"
                " FROM task_links l JOIN tasks p ON p.id = l.parent_id GROUP BY l.child_id"));
    while (q.next()) {
        TaskCounts &c = out[q.value(0).toString()];
        c.parents = q.value(1).toInt();
        c.openParents = q.value(2).toInt();
    }
    q = Sql::exec(db,
                  QStringLiteral("SELECT parent_id, COUNT(*) FROM task_links GROUP BY parent_id"));
    while (q.next())
        out[q.value(0).toString()].children = q.value(1).toInt();
    q = Sql::exec(db,
                  QStringLiteral("SELECT task_id, COUNT(*) FROM task_comments GROUP BY task_id"));
    while (q.next())
        out[q.value(0).toString()].comments = q.value(1).toInt();
    return out;
}

static QStringList distinct(Board &board, const QString &column)
{
    QSqlQuery q =
        Sql::exec(board.db(), QStringLiteral("SELECT DISTINCT %1 FROM tasks WHERE %1 IS NOT NULL"
                                             " AND status <> 'archived' ORDER BY %1")
                                  .arg(column));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList tenants(Board &board)
{
    return distinct(board, QStringLiteral("tenant"));
}

QStringList assignees(Board &board)
{
    return distinct(board, QStringLiteral("assignee"));
}

} // namespace BoardSummary
