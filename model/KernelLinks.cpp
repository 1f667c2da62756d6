// Kernel: parent -> child links and the todo -> ready recompute.
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"
#include "model/internal/KernelPrivate.h"

using KernelPrivate::appendEvent;

namespace {

const QString kUnfinishedParentsOf =
    QStringLiteral("SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.parent_id"
                   " WHERE l.child_id = t.id AND p.status NOT IN ('done', 'archived')");

} // namespace

QStringList Kernel::parentIds(const QString &id)
{
    QSqlQuery q = Sql::exec(
        m_board.db(),
        QStringLiteral("SELECT parent_id FROM task_links WHERE child_id = ? ORDER BY parent_id"),
        {id});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList Kernel::childIds(const QString &id)
{
    QSqlQuery q = Sql::exec(
        m_board.db(),
        QStringLiteral("SELECT child_id FROM task_links WHERE parent_id = ? ORDER BY child_id"),
        {id});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<QPair<QString, QString>> Kernel::unfinishedParents(const QString &id)
{
    QSqlQuery q = Sql::exec(
        m_board.db(),
        QStringLiteral("SELECT p.id, p.status FROM task_links l JOIN tasks p ON p.id = l.parent_id"
                       " WHERE l.child_id = ? AND p.status NOT IN ('done', 'archived')"
                       " ORDER BY p.id"),
        {id});
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

bool Kernel::wouldCycle(const QString &parentId, const QString &childId)
{
    // A cycle appears when the parent is already a descendant of the child.
    return Sql::scalar(
               m_board.db(),
               QStringLiteral(
                   "WITH RECURSIVE d(id) AS ("
                   " SELECT child_id FROM task_links WHERE parent_id = ?"
                   " UNION SELECT l.child_id FROM task_links l JOIN d ON l.parent_id = d.id)"
                   " SELECT 1 FROM d WHERE id = ? LIMIT 1"),
               {childId, parentId})
        .isValid();
}

bool Kernel::linkTasks(const QString &parentId, const QString &childId)
{
    if (parentId == childId)
        throw KanbanError(KanbanError::Code::SelfLink, {},
                          QStringLiteral("a task cannot depend on itself"));
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto parent = task(parentId);
    const auto child = task(childId);
    QStringList unknown;
    if (!parent)
        unknown << parentId;
    if (!child)
        unknown << childId;
    if (!unknown.isEmpty())
        throw KanbanError(
            KanbanError::Code::UnknownTasks, {unknown.join(QStringLiteral(", "))},
            QStringLiteral("unknown task(s): %1").arg(unknown.join(QStringLiteral(", "))),
            KanbanError::NotFound);
    if (wouldCycle(parentId, childId))
        throw KanbanError(
            KanbanError::Code::LinkCycle, {parent->title, child->title},
            QStringLiteral("linking %1 -> %2 would create a cycle").arg(parentId, childId));
    const bool parentOpen = !TaskStatus::satisfiesParent(parent->status);
    if (parentOpen && child->status == TaskStatus::Running)
        throw KanbanError(
            KanbanError::Code::LinkChildRunning, {parent->title, child->title},
            QStringLiteral("cannot link %1 -> %2: child is already running").arg(parentId, childId),
            KanbanError::Conflict);
    const int added = Sql::update(
        db,
        QStringLiteral(
            "INSERT INTO task_links(parent_id, child_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
        {parentId, childId});
    bool demoted = false;
    if (added > 0) {
        Json payload = Json::object();
        payload.set(QStringLiteral("parent"), parentId);
        payload.set(QStringLiteral("child"), childId);
        appendEvent(m_board, childId, EventKind::Linked, payload);
        if (parentOpen && child->status == TaskStatus::Ready) {
            Sql::exec(
                db, QStringLiteral("UPDATE tasks SET status = 'todo', updated_at = ? WHERE id = ?"),
                {now(), childId});
            Json p = Json::object();
            p.set(QStringLiteral("status"), TaskStatus::Todo);
            p.set(QStringLiteral("reason"), QStringLiteral("parent_linked"));
            p.set(QStringLiteral("parent"), parentId);
            appendEvent(m_board, childId, EventKind::Status, p);
            demoted = true;
        }
    }
    txn.commit();
    return demoted;
}

bool Kernel::unlinkTasks(const QString &parentId, const QString &childId)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const int n = Sql::update(
        db, QStringLiteral("DELETE FROM task_links WHERE parent_id = ? AND child_id = ?"),
        {parentId, childId});
    if (n == 0)
        return false;
    Json payload = Json::object();
    payload.set(QStringLiteral("parent"), parentId);
    payload.set(QStringLiteral("child"), childId);
    appendEvent(m_board, childId, EventKind::Unlinked, payload);
    if (unfinishedParents(childId).isEmpty())
        promote({childId});
    txn.commit();
    return true;
}

QStringList Kernel::promotableIds(const QString &parentId)
{
    QString sql;
    QVariantList binds;
    if (parentId.isEmpty()) {
        sql = QStringLiteral("SELECT t.id FROM tasks t WHERE t.status = 'todo' AND NOT EXISTS (%1)"
                             " ORDER BY t.priority DESC, t.created_at, t.create_seq, t.id")
                  .arg(kUnfinishedParentsOf);
    } else {
        sql = QStringLiteral("SELECT t.id FROM task_links c JOIN tasks t ON t.id = c.child_id"
                             " WHERE c.parent_id = ? AND t.status = 'todo' AND NOT EXISTS (%1)")
                  .arg(kUnfinishedParentsOf);
        binds << parentId;
    }
    QSqlQuery q = Sql::exec(m_board.db(), sql, binds);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

int Kernel::promote(const QStringList &ids)
{
    int n = 0;
    for (const QString &id : ids) {
        const int changed =
            Sql::update(m_board.db(),
                        QStringLiteral("UPDATE tasks SET status = 'ready', updated_at = ? WHERE id "
                                       "= ? AND status = 'todo'"),
                        {now(), id});
        if (changed > 0) {
            appendEvent(m_board, id, EventKind::Promoted, Json());
            ++n;
        }
    }
    return n;
}

int Kernel::recomputeChildren(const QString &parentId)
{
    return promote(promotableIds(parentId));
}

void Kernel::demoteReadyChildren(const QString &parentId)
{
    QSqlQuery q =
        Sql::exec(m_board.db(),
                  QStringLiteral("SELECT t.id FROM task_links c JOIN tasks t ON t.id = c.child_id"
                                 " WHERE c.parent_id = ? AND t.status = 'ready'"),
                  {parentId});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : ids) {
        Sql::exec(m_board.db(),
                  QStringLiteral("UPDATE tasks SET status = 'todo', updated_at = ? WHERE id = ?"),
                  {now(), id});
        Json p = Json::object();
        p.set(QStringLiteral("status"), TaskStatus::Todo);
        p.set(QStringLiteral("reason"), QStringLiteral("parent_reopened"));
        p.set(QStringLiteral("parent"), parentId);
        appendEvent(m_board, id, EventKind::Status, p);
    }
}

bool Kernel::hasPromotable()
{
    return Sql::scalar(
               m_board.db(),
               QStringLiteral(
                   "SELECT 1 FROM tasks t WHERE t.status = 'todo' AND NOT EXISTS (%1) LIMIT 1")
                   .arg(kUnfinishedParentsOf))
        .isValid();
}

int Kernel::recomputeReady()
{
    if (!hasPromotable())
        return 0; // read-only verbs stay read-only
    WriteTxn txn(m_board.db());
    const int n = promote(promotableIds());
    txn.commit();
    return n;
}
