#pragma once

#include "model/Board.h"
#include "model/Types.h"

#include <functional>

// The kernel: every state change of a task is one BEGIN IMMEDIATE
// transaction that checks its precondition in the statement and appends
// its task_events row. Nothing else writes SQL.
//
// Errors: input that can never work and refused transitions throw
// KanbanError (with a kind for exit codes / HTTP statuses). Verbs that the
// original answers with true/false (bulk verbs) return bool.
//
// Each section below is implemented in the file it names. The helpers it
// shares with DispatchKernel are model-private: model/internal/KernelPrivate.h.
class Kernel
{
public:
    static constexpr qint64 kDefaultClaimTtl = 900;
    static constexpr int kDefaultFailureLimit = 5;

    explicit Kernel(Board &board);

    Board &board() { return m_board; }
    qint64 now() const { return m_board.now(); }

    // --- tasks (KernelTasks.cpp) -------------------------------------------
    CreateResult createTask(const CreateOptions &opts);
    std::optional<Task> task(const QString &id);
    Task requireTask(const QString &id); // throws NotFound "no such task: <id>"
    QList<Task> listTasks(const ListFilter &filter = {});
    // listTasks() one task at a time, without building the list.
    void forEachTask(const ListFilter &filter, const std::function<void(const Task &)> &fn);
    QList<Task> archivedTasks();
    void editTask(const QString &id, const TaskEdit &edit);
    // profile empty = unassign. Throws while the task is running.
    bool assignTask(const QString &id, const QString &profile);
    // triage -> todo with the fields given, then recompute: returns the
    // status it landed in (todo, or ready when nothing blocks it);
    // nullopt when the task is unknown or not in triage.
    std::optional<QString> specifyTask(const QString &id, const SpecifyFields &fields = {});

    // --- links and promotion (KernelLinks.cpp) ------------------------------
    // Returns true when the child was demoted ready -> todo. Throws on self
    // links, unknown ids and cycles.
    bool linkTasks(const QString &parentId, const QString &childId);
    bool unlinkTasks(const QString &parentId, const QString &childId);
    QStringList parentIds(const QString &id);
    QStringList childIds(const QString &id);
    // Parents that are not done/archived, with their statuses.
    QList<QPair<QString, QString>> unfinishedParents(const QString &id);
    // todo -> ready for tasks whose parents are all done/archived. Writes
    // only when something is promoted. Returns the count.
    int recomputeReady();
    // Read-only: would recomputeReady() promote anything?
    bool hasPromotable();

    // --- lifecycle (KernelLifecycle.cpp) ------------------------------------
    // ready -> running; nullopt when the task is not claimable. lock empty:
    // "<host>:<pid>:<nonce>".
    // With caps, nullopt too when claiming would exceed one of them.
    std::optional<Task> claimTask(const QString &id, qint64 ttlSeconds = kDefaultClaimTtl,
                                  const QString &lock = {}, const ClaimCaps &caps = {});
    // Claims each ready task of ids that it can, in order, in ONE write
    // transaction: each with claimTask's compare-and-set, its own run and
    // `claimed` event, the caps counted again before each (so the batch
    // stops at a cap). Returns the tasks claimed, in order.
    QList<Task> claimTasks(const QStringList &ids, qint64 ttlSeconds = kDefaultClaimTtl,
                           const QString &lock = {}, const ClaimCaps &caps = {});
    bool heartbeat(const QString &id, const QString &note = {}, OptInt expectedRunId = {},
                   qint64 ttlSeconds = kDefaultClaimTtl);
    // Throws on unsatisfied parents and stale workers; false on unknown id
    // or a terminal task.
    bool completeTask(const QString &id, const CompleteOptions &opts = {});
    bool blockTask(const QString &id, const QString &reason = {}, OptInt expectedRunId = {},
                   const QString &author = {});
    // A reason is recorded as the comment "UNBLOCK: <reason>" by author.
    bool unblockTask(const QString &id, const QString &reason = {}, const QString &author = {});
    TransitionOutcome archiveTask(const QString &id);
    bool deleteArchivedTask(const QString &id); // archive --rm
    // Operator reclaim of a running task: back to ready (review for a
    // review run), counter reset.
    TransitionOutcome reclaimTask(const QString &id, const QString &reason = {});

    // --- review lane (KernelReview.cpp) -------------------------------------
    // running/ready -> review. `reviewer` non-empty sets the task's
    // reviewer (normalised like an assignee); empty keeps it. Throws for a
    // review run (it approves with complete or uses requestChanges).
    bool requestReview(const QString &id, const QString &summary, OptInt expectedRunId = {},
                       const QString &reviewer = {});
    // review -> running for the task's reviewer: the same compare-and-set
    // as claimTask, a run with profile = reviewer and step_key = review,
    // event `claimed` with source_status "review". nullopt when the task is
    // not in review, has no reviewer, is claimed, or waits on a parent.
    std::optional<Task> claimReviewTask(const QString &id, qint64 ttlSeconds = kDefaultClaimTtl,
                                        const QString &lock = {}, const ClaimCaps &caps = {});
    // A task in review (a person decides) or on a review run -> ready (todo
    // while a parent is open), back to its assignee: the review run closes
    // changes_requested, the reason becomes a comment by `author` and the
    // event changes_requested. The failure counter is kept. False when the
    // task is in neither.
    bool requestChanges(const QString &id, const QString &reason, OptInt expectedRunId = {},
                        const QString &author = {});
    // Whether run `runId` was claimed from review.
    bool isReviewRun(OptInt runId);

    // --- move (KernelMove.cpp) ----------------------------------------------
    // The GUI/REST move: maps a target status onto a transition. Throws
    // KanbanError(Conflict) with the reason when the move is refused.
    TransitionOutcome moveTask(const QString &id, const QString &toStatus,
                               const QString &note = {});
    // A person's todo -> ready (`promote`): event `promoted {manual, reason}`.
    // Throws Conflict with the reason unless the task is todo and every
    // parent is done or archived; dryRun only checks.
    void promoteTask(const QString &id, const QString &reason = {}, bool dryRun = false);

    // --- comments, events, runs, stats, gc (KernelRecords.cpp) --------------
    // expectedRunId: the commenting worker's run ($QKANBAN_RUN_ID); a run
    // that is no longer the current run of its own task is refused as a
    // stale worker, whichever task it comments on.
    void addComment(const QString &id, const QString &author, const QString &body,
                    OptInt expectedRunId = {});
    QList<Comment> comments(const QString &id);
    QList<Event> events(const QString &id);
    QList<Event> eventsSince(qint64 afterId, int limit = 200);
    qint64 latestEventId();
    QList<Run> runs(const QString &id);
    std::optional<Run> run(qint64 runId);
    BoardStats boardStats();
    static TaskAge taskAge(const Task &t, qint64 now);
    // Events older than the cutoff, of done/archived tasks only.
    int gcEvents(qint64 olderThanSeconds);

    // --- notifications (KernelNotify.cpp) -----------------------------------
    // Idempotent on (task, platform, chat, thread). New rows start caught up.
    bool addNotifySub(const NotifySub &sub);
    QList<NotifySub> notifySubs(const QString &taskId = {});
    bool removeNotifySub(const QString &taskId, const QString &platform, const QString &chatId,
                         const QString &threadId = {});
    QList<Event> unseenEvents(const NotifySub &sub, const QStringList &kinds = {});
    // Moves the cursor forward only (CAS on the old value).
    bool advanceNotifyCursor(const NotifySub &sub, qint64 fromEventId, qint64 toEventId);
    // A failed delivery: kept for the next try at nextAttemptAt.
    bool recordNotifyFailure(const NotifySub &sub, const QString &error, qint64 nextAttemptAt);
    // Why the notifier holds the subscription's events back (no service,
    // no command); "" clears it. Writes only when it changes.
    bool setNotifyPending(const NotifySub &sub, const QString &reason);

    // --- worker context (KernelContext.cpp) ---------------------------------
    QString workerContext(const QString &id);

private:
    // KernelLinks.cpp
    int promote(const QStringList &ids);
    int recomputeChildren(const QString &parentId);
    QStringList promotableIds(const QString &parentId = {});
    void demoteReadyChildren(const QString &parentId);
    bool wouldCycle(const QString &parentId, const QString &childId);
    // KernelLifecycle.cpp
    void requireCurrentRun(const Task &t, OptInt expectedRunId);
    void closeRun(qint64 runId, const QString &status, const QString &outcome,
                  const QString &summary, const QString &metadata, const QString &error);
    // ready -> running (claimTask) or review -> running (claimReviewTask).
    std::optional<Task> claimFrom(const QString &source, const QString &id, qint64 ttlSeconds,
                                  const QString &lock, const ClaimCaps &caps = {});
    // Whether id is in source and unclaimed, read without the write lock.
    bool claimable(const QString &source, const QString &id);
    // One claim inside the caller's write transaction; *wrote is set when
    // it wrote anything (the claim, or a racy ready child sent back to todo).
    std::optional<Task> claimLocked(const QString &source, const QString &id, qint64 ttlSeconds,
                                    const QString &lock, const ClaimCaps &caps, bool *wrote);
    // The ids claimable() still finds ready and unclaimed, in order.
    QStringList stillClaimable(const QStringList &ids);
    // SQLite: claimLocked for each of ids, in a few statements for the
    // whole batch; nullopt, having written nothing, when one of them needs
    // what only claimLocked does (a parent reopened, a leaked run).
    std::optional<QList<Task>> claimSetLocked(const QStringList &ids, qint64 ttlSeconds,
                                              const QString &lock, const ClaimCaps &caps);
    // After a refused claim: a ready child (cur, read under the lock)
    // whose parents are not done goes back to todo.
    void rejectClaim(const QString &source, const std::optional<Task> &cur, qint64 t, bool *wrote);
    // The claimed task's run, current_run_id and `claimed` event; the run
    // id. On SQLite the run takes claimed.currentRunId, already written.
    qint64 openClaimedRun(const Task &claimed, const QString &claimLock, qint64 expires, qint64 t,
                          bool review);
    // KernelReview.cpp: the review request or the changes requested, for context.
    QString reviewContext(const Task &t);
    // blocked -> ready (todo while parents are open, or when asked for).
    bool unblock(const QString &id, const QString &wanted, const QString &reason = {},
                 const QString &author = {});

    Board &m_board;
};
