#pragma once

#include "model/Board.h"
#include "model/ChangeCursor.h"
#include "model/Json.h"
#include "model/Kernel.h"
#include "model/RetryBackoff.h"
#include "model/Types.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

#include <functional>

#include <optional>

// Extra payload fields of a dispatcher event, in order.
using JsonFields = QList<QPair<QString, Json>>;

// A running task and what the dispatcher needs of its active run.
struct RunningTask
{
    Task task;
    qint64 runStartedAt = 0;   // the active run's started_at (per attempt)
    QString workerFingerprint; // process start time recorded at spawn
    QString runProfile;        // the active run's profile (a review run's: the reviewer)
    bool reviewRun = false;    // the active run is a review (it goes back to review)
};

// A counted failure of a run: spawn_failed, crashed, timed_out or
// protocol_violation.
struct FailureReport
{
    QString outcome;
    QString error;
    JsonFields extra; // event payload fields before error/failures
    qint64 backoffBaseSeconds = RetryBackoff::kBaseSeconds; // 0: retry at once
};

struct FailureResult
{
    bool applied = false; // false: the task had moved on (stale run)
    bool gaveUp = false;  // the circuit breaker blocked the task
    qint64 failures = 0;
    qint64 limit = 0;
    OptInt retryAfter; // cooldown_until of the next attempt; unset when blocked
};

// The dispatcher's transitions (SPEC §5). Like Kernel, each one is a
// single BEGIN IMMEDIATE transaction guarded by a compare-and-set on the
// claim or the run, and writes its event.
class DispatchKernel
{
public:
    static constexpr qint64 kRateLimitCooldown = 300;
    static constexpr int kRateLimitExitCode = 75;
    // Spawn order: priority DESC, created_at, creation order, id (the
    // ORDER BY of the ready read).
    static bool spawnsFirst(const Task &a, const Task &b);

    explicit DispatchKernel(Board &board);

    // --- reads -----------------------------------------------------------
    QList<RunningTask> runningTasks();
    // One task with its active run, when it is running (no cache).
    std::optional<RunningTask> runningTask(const QString &id);
    // The start time recorded for the task's newest run on that pid, ""
    // when none (a transition may have closed the run already).
    QString workerFingerprint(const QString &taskId, qint64 pid);
    // Ready, unclaimed, by priority DESC, created_at ASC, then creation
    // order (create_seq). Only what a spawn decision needs is read: id,
    // assignee, status, priority, created_at, create_seq, cooldown_until (claimTask
    // returns the whole task).
    QList<Task> spawnCandidates();
    // Tasks in review with a reviewer, unclaimed, whose parents are done,
    // by priority DESC, created_at ASC (id, assignee, reviewer, priority,
    // created_at, cooldown_until).
    QList<Task> reviewCandidates();
    // Running tasks, all or of one profile (the active run's: a review
    // run counts for the reviewer).
    qint64 runningCount(const QString &assignee = {});
    // Todo tasks whose parents are all done or archived, in spawn order
    // (what a dry run would promote).
    QStringList promotableIds();
    // Ready tasks with a parent not done or archived: a claim would put
    // them back to todo (a dry run does not count them as spawned).
    QSet<QString> readyWithOpenParents();
    // readyWithOpenParents() as far as spawnCandidates() goes: from the read
    // of the ready rows themselves while readGatesWithRows(true) (a dry run),
    // else that query.
    QSet<QString> gatedCandidates();
    void readGatesWithRows(bool on) { m_readGates = on; }
    // Kernel::recomputeReady, skipped while nothing changed since it last
    // found nothing to promote.
    int recomputeReady();
    // Between ticks of an idle daemon: the row lists' growth slack and the
    // connection's page cache go back (a tick after a small change reads
    // a few pages again, from the system's file cache).
    void releaseMemory();
    // Runs one of this connection's own writes that changes nothing the
    // read caches hold (the health row): the caches stay valid across it.
    void keepCachesAcross(const std::function<void()> &write);

    // --- transitions -------------------------------------------------------
    // An expired claim whose worker is alive: claim_expires = now + ttl.
    bool extendClaim(const Task &t, qint64 ttlSeconds);
    // The lease of each task (claims not yet expired whose live worker is
    // this dispatcher's): claim_expires = now + ttl, in one transaction,
    // with no event (a renewal is routine, like a heartbeat). A task whose
    // claim changed meanwhile is left alone. Returns how many were renewed.
    int renewLeases(const QList<Task> &tasks, qint64 ttlSeconds);
    // An expired claim whose worker is gone: back to ready (review for a
    // review run), run closed EventKind::Reclaimed, not counted.
    bool reclaimExpired(const Task &t, const JsonFields &extra);
    // Before the worker starts: where it works.
    void setWorkspace(const QString &taskId, const QString &path, const QString &branch);
    // After the worker started: pid, host, fingerprint; event EventKind::Spawned.
    void recordSpawn(const QString &taskId, qint64 runId, qint64 pid, const QString &host,
                     const QString &fingerprint);
    // Unified failure counter and circuit breaker: below the limit the
    // task goes back to ready (review for a review run), not started again
    // before cooldown_until (RetryBackoff, jitter from the board's Entropy);
    // at it, blocked with EventKind::GaveUp and the error as its reason. The
    // limit is the task's max_retries, else failureLimit.
    FailureResult recordFailure(const QString &taskId, qint64 runId, const FailureReport &report,
                                int failureLimit);
    // Exit 75: back to ready (or review) with a cool-down, not counted.
    bool recordRateLimited(const QString &taskId, qint64 runId, const JsonFields &extra,
                           qint64 cooldownSeconds = kRateLimitCooldown);
    // skipped_unassigned / skipped_unconfigured: one event per distinct
    // reason, not one per tick. True when an event was written.
    bool recordSkipped(const QString &taskId, const QString &kind, const JsonFields &payload);
    // The same for many tasks (task id, payload): one read for all of them
    // and one transaction for those not told yet. Returns the count written.
    int recordSkippedMany(const QString &kind, const QList<QPair<QString, JsonFields>> &items);

private:
    qint64 now() const { return m_board.now(); }
    // Running tasks with their active run joined, filtered by `where`.
    QList<RunningTask> readRunning(const QString &where, const QVariantList &binds);
    static QString runningSql(const QString &where);
    template <typename Row> static RunningTask runningFromRow(const Row &row);
    // The newest skip-relevant event (kind, payload) of each of the tasks.
    QHash<QString, QPair<QString, QString>> newestSkipEvents(const QStringList &taskIds);
    // Changes when anyone commits: (data_version: other connections,
    // total_changes(): this one); -1 on PostgreSQL, where nothing is reused.
    QPair<qint64, qint64> changeStamp();
    qint64 ownChanges();    // total_changes() of this connection
    qint64 dataVersion();   // PRAGMA data_version (SQLite)
    qint64 newestEventId(); // 0 on an empty board
    // Drops the read caches when the board changed since they were filled,
    // or patches the row lists with the tasks changed since (ChangeCursor).
    // Reads are only hints: every transition re-checks in its statement.
    void validateCaches();
    // SQLite: the ready, review and running lists follow the board by the
    // change (ChangeCursor); PostgreSQL rereads them after any change.
    bool followsChanges();
    // validateCaches(), then the lists read whole where they are not held.
    void ensureRowLists();
    void dropRowLists();
    // Rereads the ready, review (and on SQLite running) lists whole, and
    // moves the cursor.
    void fillRowLists();
    // Rereads the rows of these tasks into the lists.
    void patchRowLists(const QStringList &taskIds);
    // Rereads running rows whose claim looks lapsed (a renewal writes no
    // event), once per change of the board.
    void recheckLapsedClaims();
    QList<Task> readReady();
    QList<Task> readReviewBase();
    // The one copy of an assignee or reviewer name the lists keep.
    QString sharedName(const QString &name);
    // The one copy of a payload text the skip memo keeps (texts repeat).
    QString internText(const QString &text);
    // The interned copy when there is one (texts read back), else the text.
    QString knownText(const QString &text) const;
    static bool sameText(const QString &a, const QString &b);
    // Folds skip-relevant events newer than the memo's cursor into it.
    void refreshSkipMemo();
    void closeRun(qint64 runId, const QString &status, const QString &outcome,
                  const QString &error);

    Board &m_board;
    Kernel m_kernel;
    // Read caches of a long-lived DispatchKernel (the dispatcher keeps one
    // across ticks) and the change stamp they hold for.
    QPair<qint64, qint64> m_stamp{-2, -2};
    std::optional<QList<RunningTask>> m_running;
    std::optional<QList<Task>> m_candidates;
    // Review tasks with a reviewer, unclaimed (parents not checked): the
    // rows reviewCandidates() asks about.
    std::optional<QList<Task>> m_reviewBase;
    // The row lists above follow the board by the change: the tasks with
    // events past this cursor are reread. A whole reread at least every
    // kFullReadSeconds is the safety net for a write without an event.
    static constexpr qint64 kFullReadSeconds = 60;
    ChangeCursor m_changes;
    int m_follows = -1; // followsChanges(), once known
    bool m_readGates = false;
    std::optional<QSet<QString>> m_gates; // of the whole read; dropped by a patch
    qint64 m_fullReadAt = 0;
    QSet<QString> m_lapseChecked; // running rows reread since the last change
    bool m_nothingToPromote = false;
    // The promotion safety net: the newest event id of its last scan, and when.
    static constexpr qint64 kPromoteRescanSeconds = 60;
    qint64 m_promoteCursor = -1;
    qint64 m_promoteScanAt = 0;
    // Newest skip-relevant event (kind, payload) of the tasks looked up so
    // far, kept current by reading events past m_skipCursor (ids only grow:
    // AUTOINCREMENT, one writer at a time).
    QHash<QString, QPair<QString, QString>> m_skipNewest;
    qint64 m_skipCursor = -1;
    QHash<QString, QString> m_skipTexts; // interned payload texts
    QHash<QString, QString> m_names;     // interned assignee and reviewer names
};
