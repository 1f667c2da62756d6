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
    s.userIdAlt = SqlValue::toText(q.value(10));
    s.chatType = SqlValue::toText(q.value(11));
    s.pendingReason = SqlValue::toText(q.value(12));
    return s;
}

// thread_id is NOT NULL ('' = no thread): never bind a null QString.
QString threadKey(const QString &thread)
{
    return thread.isNull() ? QStringLiteral("") : thread.trimmed();
}

const QString kSubCols = QStringLiteral(
    "task_id, platform, chat_id, thread_id, user_id, created_at, last_event_id, attempts,"
    " next_attempt_at, last_error, user_id_alt, chat_type, pending_reason");

// The key columns of one subscription, for a WHERE clause.
const QString kKey =
    QStringLiteral("task_id = ? AND platform = ? AND chat_id = ? AND thread_id = ?");

QVariantList keyOf(const NotifySub &sub)
{
    return {sub.taskId, sub.platform, sub.chatId, threadKey(sub.threadId)};
}

QString trimmedOrNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QString() : s.trimmed();
}

} // namespace

bool Kernel::addNotifySub(const NotifySub &subArg)
{
    if (subArg.platform.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("--platform is required"));
    if (subArg.chatId.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("--chat-id is required"));
    NotifySub sub = subArg;
    sub.platform = sub.platform.trimmed();
    sub.chatId = sub.chatId.trimmed();
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    requireTask(sub.taskId);
    const bool exists =
        Sql::scalar(db, QStringLiteral("SELECT 1 FROM notify_subs WHERE %1").arg(kKey), keyOf(sub))
            .isValid();
    if (exists) {
        // As the original: chat_type is last-write-wins, the user ids are
        // filled only when empty; the cursor stays.
        Sql::update(db,
                    QStringLiteral("UPDATE notify_subs SET chat_type = COALESCE(?, chat_type),"
                                   " user_id = COALESCE(user_id, ?),"
                                   " user_id_alt = COALESCE(user_id_alt, ?) WHERE %1")
                        .arg(kKey),
                    QVariantList{SqlValue::textOrNull(trimmedOrNull(sub.chatType)),
                                 SqlValue::textOrNull(trimmedOrNull(sub.userId)),
                                 SqlValue::textOrNull(trimmedOrNull(sub.userIdAlt))} +
                        keyOf(sub));
        txn.commit();
        return false;
    }
    Sql::update(
        db,
        QStringLiteral(
            "INSERT INTO notify_subs(task_id, platform, chat_id, thread_id, user_id, user_id_alt,"
            " chat_type, created_at, last_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
            " (SELECT COALESCE(MAX(id), 0) FROM task_events WHERE task_id = ?))"),
        {sub.taskId, sub.platform, sub.chatId, threadKey(sub.threadId),
         SqlValue::textOrNull(trimmedOrNull(sub.userId)),
         SqlValue::textOrNull(trimmedOrNull(sub.userIdAlt)),
         SqlValue::textOrNull(trimmedOrNull(sub.chatType)), now(), sub.taskId});
    txn.commit();
    return true;
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
                       " next_attempt_at = NULL, last_error = NULL, pending_reason = NULL"
                       " WHERE task_id = ? AND"
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
                       " last_error = ?, pending_reason = NULL WHERE %1")
            .arg(kKey),
        QVariantList{nextAttemptAt, error.left(500)} + keyOf(sub));
    txn.commit();
    return n > 0;
}

bool Kernel::setNotifyPending(const NotifySub &sub, const QString &reason)
{
    const QString stored = trimmedOrNull(reason).left(500);
    WriteTxn txn(m_board.db());
    const QVariant current = Sql::scalar(
        m_board.db(),
        QStringLiteral("SELECT COALESCE(pending_reason, '') FROM notify_subs WHERE %1").arg(kKey),
        keyOf(sub));
    // Written only when it changes: each write wakes every board watcher.
    if (!current.isValid() || current.toString() == stored)
        return false;
    Sql::update(m_board.db(),
                QStringLiteral("UPDATE notify_subs SET pending_reason = ? WHERE %1").arg(kKey),
                QVariantList{SqlValue::textOrNull(stored)} + keyOf(sub));
    txn.commit();
    return true;
}
