#pragma once

#include "model/Types.h"

class Board;
class Json;
class QSqlQuery;

// The kernel's inside, shared by Kernel and DispatchKernel. Only model/
// includes model/internal/: the ctest check `model_private_headers`
// (tests/CheckPrivateHeaders.cmake) fails when a file elsewhere does.
namespace KernelPrivate {

// The tasks columns, in the order TaskRow::read expects.
const QString &taskColumns();
Task taskFromRow(const QSqlQuery &q);

// The task_events columns, in the order eventFromRow expects.
const QString &eventColumns();
Event eventFromRow(const QSqlQuery &q);

// "t_" and 8 hex digits from the board's entropy.
QString newTaskId(Board &board);

// A claim lock: "<host>:<pid>:<nonce>", the nonce 6 hex digits.
QString claimLock(const QString &host, qint64 pid, quint32 nonce);
// This process's claim lock with a fresh nonce.
QString defaultClaimLock();

// Appends a task_events row inside the caller's transaction.
void appendEvent(Board &board, const QString &taskId, const QString &kind, const Json &payload,
                 OptInt runId = {});

// Inserts a task_comments row inside the caller's transaction; with
// `commented`, also its `commented` event {author, len} (what `comment`
// writes; verbs that leave a reason as a comment do the same).
void insertComment(Board &board, const QString &taskId, const QString &author, const QString &body,
                   bool commented = true);

// The SET list that drops a task's claim: lock, expiry, worker, current
// run and heartbeat. Every transition off running uses it.
const QString &clearClaimSql();

// Where a running task goes back to when run `runId` ends without a
// verdict (crash, timeout, reclaim): review for a review run, else ready.
QString sourcePhase(Board &board, const OptInt &runId);

// The events that bear on whether a dispatcher skip is news: the
// partial index idx_events_skip_relevant covers exactly these (migration 4
// builds its text from this list: a change needs a new migration).
const QStringList &skipRelevantKinds();

// 'a', 'b', ... for an SQL "IN (...)" of EventKind / TaskStatus constants
// (plain identifiers, never user input).
QString sqlList(const QStringList &values);
// "(column = 'a' OR column = 'b')": as a partial index's condition, SQLite
// tests it on every insert without the temporary table an IN list of more
// than two values builds there.
QString sqlAnyOf(const QString &column, const QStringList &values);

} // namespace KernelPrivate
