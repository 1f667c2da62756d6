#include "model/WaitReasonRows.h"

#include "model/KanbanError.h"
#include "model/Types.h"

#include <QSqlError>
#include <QSqlQuery>

namespace WaitReasonRows {

QHash<QString, WaitReason> forBoard(const QSqlDatabase &db, const WaitContext &context)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto run = [&q](const QString &sql) {
        if (!q.exec(sql))
            throw KanbanError(q.lastError().text(), KanbanError::Storage);
    };
    // Open parents of todo tasks, by title (the parent's id when it has
    // none), sorted as forBoard sorts them.
    QHash<QString, QStringList> parents;
    run(QStringLiteral("SELECT l.child_id, p.title, p.id FROM task_links l"
                       " JOIN tasks p ON p.id = l.parent_id JOIN tasks c ON c.id = l.child_id"
                       " WHERE c.status = 'todo' AND p.status NOT IN ('done', 'archived')"));
    while (q.next()) {
        const QString title = q.value(1).toString();
        parents[q.value(0).toString()] << (q.value(1).isNull() ? q.value(2).toString() : title);
    }
    for (QStringList &p : parents)
        p.sort(Qt::CaseInsensitive);
    QHash<QString, WaitReason> out;
    run(QStringLiteral("SELECT id, status, assignee, cooldown_until FROM tasks"
                       " WHERE status IN ('ready', 'todo')"));
    Task t;
    while (q.next()) {
        t.id = q.value(0).toString();
        t.status = q.value(1).toString();
        t.assignee = q.value(2).toString();
        t.cooldownUntil = q.value(3).isNull() ? OptInt() : OptInt(q.value(3).toLongLong());
        const WaitReason r = WaitReason::of(t, context, parents.value(t.id));
        if (r.kind != WaitReason::None)
            out.insert(t.id, r);
    }
    return out;
}

} // namespace WaitReasonRows
