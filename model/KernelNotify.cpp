// Kernel: delivery bookkeeping of notification subscriptions.
#include "model/Kernel.h"
#include "model/Sql.h"

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
