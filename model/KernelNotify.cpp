// Kernel: notification subscriptions and their delivery cursors.
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"
#include "model/internal/KernelPrivate.h"
#include "model/internal/SqlValue.h"

namespace {

NotifySub subFromRow(const QSqlQuery &q)
{
    NotifySub s;
    s.taskId = q.value(0).toString();
    s.platform = q.value(1).toString();
    s.chatId = q.value(2).toString();
    s.threadId = q.value(3).toString();
    s.userId = SqlValue::toText(q.value(4));
    s.createdAt = q.value(5).toLongLong();
    s.lastEventId = q.value(6).toLongLong();
    s.attempts = q.value(7).toLongLong();
    s.nextAttemptAt = SqlValue::toOptInt(q.value(8));
    s.lastError = SqlValue::toText(q.value(9));
    return s;
}

// thread_id is NOT NULL ('' = no thread): never bind a null QString.
QString threadKey(const QString &thread)
{
    return thread.isNull() ? QStringLiteral("") : thread.trimmed();
}

const QString kSubCols = QStringLiteral(
    "task_id, platform, chat_id, thread_id, user_id, created_at, last_event_id, attempts,"
    " next_attempt_at, last_error");

} // namespace

bool Kernel::addNotifySub(const NotifySub &sub)
{
    if (sub.platform.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("--platform is required"));
    if (sub.chatId.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("--chat-id is required"));
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    requireTask(sub.taskId);
    const int n = Sql::update(
        db,
        QStringLiteral(
            "INSERT INTO notify_subs(task_id, platform, chat_id, thread_id, user_id, created_at,"
            " last_event_id) VALUES (?, ?, ?, ?, ?, ?,"
            " (SELECT COALESCE(MAX(id), 0) FROM task_events WHERE task_id = ?)) ON CONFLICT DO "
            "NOTHING"),
        {sub.taskId, sub.platform.trimmed(), sub.chatId.trimmed(), threadKey(sub.threadId),
         SqlValue::textOrNull(sub.userId), now(), sub.taskId});
    txn.commit();
    return n > 0;
}

QList<NotifySub> Kernel::notifySubs(const QString &taskId)
{
    QSqlQuery q =
        taskId.isEmpty()
            ? Sql::exec(m_board.db(),
                        QStringLiteral("SELECT %1 FROM notify_subs ORDER BY task_id, created_at")
                            .arg(kSubCols))
            : Sql::exec(
                  m_board.db(),
                  QStringLiteral("SELECT %1 FROM notify_subs WHERE task_id = ? ORDER BY created_at")
                      .arg(kSubCols),
                  {taskId});
    QList<NotifySub> out;
    while (q.next())
        out << subFromRow(q);
    return out;
}

bool Kernel::removeNotifySub(const QString &taskId, const QString &platform, const QString &chatId,
                             const QString &threadId)
{
    WriteTxn txn(m_board.db());
    const int n = Sql::update(
        m_board.db(),
        QStringLiteral("DELETE FROM notify_subs WHERE task_id = ? AND platform = ? AND chat_id = ?"
                       " AND thread_id = ?"),
        {taskId, platform, chatId, threadKey(threadId)});
    txn.commit();
    return n > 0;
}

QList<Event> Kernel::unseenEvents(const NotifySub &sub, const QStringList &kinds)
{
    QString sql = QStringLiteral("SELECT %1 FROM task_events WHERE task_id = ? AND id > ?")
                      .arg(KernelPrivate::eventColumns());
    QVariantList binds{sub.taskId, sub.lastEventId};
    if (!kinds.isEmpty()) {
        QStringList marks;
        for (const QString &k : kinds) {
            marks << QStringLiteral("?");
            binds << k;
        }
        sql += QStringLiteral(" AND kind IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = Sql::exec(m_board.db(), sql, binds);
    QList<Event> out;
    while (q.next())
        out << KernelPrivate::eventFromRow(q);
    return out;
}

bool Kernel::advanceNotifyCursor(const NotifySub &sub, qint64 fromEventId, qint64 toEventId)
{
    WriteTxn txn(m_board.db());
    const int n = Sql::update(
        m_board.db(),
        QStringLiteral("UPDATE notify_subs SET last_event_id = ?, attempts = 0,"
                       " next_attempt_at = NULL, last_error = NULL WHERE task_id = ? AND"
                       " platform = ? AND chat_id = ? AND thread_id = ? AND last_event_id = ?"
                       " AND ? > last_event_id"),
        {toEventId, sub.taskId, sub.platform, sub.chatId, threadKey(sub.threadId), fromEventId,
         toEventId});
    txn.commit();
    return n > 0;
}

bool Kernel::recordNotifyFailure(const NotifySub &sub, const QString &error, qint64 nextAttemptAt)
{
    WriteTxn txn(m_board.db());
    const int n = Sql::update(
        m_board.db(),
        QStringLiteral("UPDATE notify_subs SET attempts = attempts + 1, next_attempt_at = ?,"
                       " last_error = ? WHERE task_id = ? AND platform = ? AND chat_id = ?"
                       " AND thread_id = ?"),
        {nextAttemptAt, error.left(500), sub.taskId, sub.platform, sub.chatId,
         // thread_id is NOT NULL: '' when the sub has no thread
         sub.threadId.isNull() ? QStringLiteral("") : sub.threadId});
    txn.commit();
    return n > 0;
}
