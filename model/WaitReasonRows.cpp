#include "model/WaitReasonRows.h"

#include "model/KanbanError.h"
#include "model/SqliteNative.h"
#include "model/Types.h"

#include <QSqlError>
#include <QSqlQuery>

namespace WaitReasonRows {
namespace {

// Open parents of todo tasks (child, parent title), and the ready and todo
// tasks (id, status, assignee, cooldown_until).
const QString kParentsSql =
    QStringLiteral("SELECT l.child_id, p.title FROM task_links l"
                   " JOIN tasks p ON p.id = l.parent_id JOIN tasks c ON c.id = l.child_id"
                   " WHERE c.status = 'todo' AND p.status NOT IN ('done', 'archived')");
const QString kTasksSql = QStringLiteral("SELECT id, status, assignee, cooldown_until FROM tasks"
                                         " WHERE status IN ('ready', 'todo')");

// Calls fn(row) for each row: SQLite's own statement when it can (no
// QVariant per value), else a QSqlQuery.
template <typename Fn> void scan(QSqlDatabase &db, const QString &sql, Fn fn)
{
    if (auto st = SqliteStatement::prepare(db, sql, {})) {
        while (st->next())
            fn(*st);
        return;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throw KanbanError(q.lastError().text(), KanbanError::Storage);
    while (q.next())
        fn(QtRow{q});
}

} // namespace

QHash<QString, WaitReason> forBoard(QSqlDatabase &db, const WaitContext &context)
{
    // Sorted by title, as WaitReason::forBoard sorts them.
    QHash<QString, QStringList> parents;
    scan(db, kParentsSql, [&](const auto &row) { parents[row.text(0)] << row.text(1); });
    for (QStringList &p : parents)
        p.sort(Qt::CaseInsensitive);
    QHash<QString, WaitReason> out;
    Task t;
    scan(db, kTasksSql, [&](const auto &row) {
        t.id = row.text(0);
        t.status = row.text(1);
        t.assignee = row.text(2);
        t.cooldownUntil = row.optInt(3);
        const WaitReason r = WaitReason::of(t, context, parents.value(t.id));
        if (r.kind != WaitReason::None)
            out.insert(t.id, r);
    });
    return out;
}

} // namespace WaitReasonRows
