#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

using OptInt = std::optional<qint64>;

namespace TaskStatus {
inline const QString Triage = QStringLiteral("triage");
inline const QString Todo = QStringLiteral("todo");
inline const QString Ready = QStringLiteral("ready");
inline const QString Running = QStringLiteral("running");
inline const QString Blocked = QStringLiteral("blocked");
inline const QString Review = QStringLiteral("review");
inline const QString Done = QStringLiteral("done");
inline const QString Archived = QStringLiteral("archived");
// Board order: triage, todo, ready, running, blocked, review, done, archived.
const QStringList &all();
bool isValid(const QString &s);
bool satisfiesParent(const QString &s); // done or archived
} // namespace TaskStatus

// The step of a run (task_runs.step_key): "" for the assignee's work,
// Review for a run the review lane claimed from `review` (its profile is
// the task's reviewer).
namespace RunStep {
inline const QString Review = QStringLiteral("review");
} // namespace RunStep

// The kinds of task_events rows: each kind's string is written here only.
// A closed run's outcome is the kind of the event that closed it
// (Completed, Blocked, Reclaimed, ReviewRequested, RateLimited, a failure
// or GaveUp), so run outcomes use these names too.
namespace EventKind {
inline const QString Created = QStringLiteral("created");
inline const QString Specified = QStringLiteral("specified");
inline const QString Edited = QStringLiteral("edited");
inline const QString Assigned = QStringLiteral("assigned");
inline const QString Reprioritized = QStringLiteral("reprioritized");
inline const QString Linked = QStringLiteral("linked");
inline const QString Unlinked = QStringLiteral("unlinked");
inline const QString Promoted = QStringLiteral("promoted");
inline const QString Status = QStringLiteral("status");
inline const QString Claimed = QStringLiteral("claimed");
inline const QString ClaimRejected = QStringLiteral("claim_rejected");
inline const QString ClaimExtended = QStringLiteral("claim_extended");
inline const QString Spawned = QStringLiteral("spawned");
inline const QString Heartbeat = QStringLiteral("heartbeat");
inline const QString Completed = QStringLiteral("completed");
inline const QString Blocked = QStringLiteral("blocked");
inline const QString Unblocked = QStringLiteral("unblocked");
inline const QString Archived = QStringLiteral("archived");
inline const QString Reclaimed = QStringLiteral("reclaimed");
inline const QString ReviewRequested = QStringLiteral("review_requested");
inline const QString ChangesRequested = QStringLiteral("changes_requested");
inline const QString Commented = QStringLiteral("commented");
inline const QString RateLimited = QStringLiteral("rate_limited");
inline const QString SpawnFailed = QStringLiteral("spawn_failed");
inline const QString Crashed = QStringLiteral("crashed");
inline const QString TimedOut = QStringLiteral("timed_out");
inline const QString ProtocolViolation = QStringLiteral("protocol_violation");
inline const QString GaveUp = QStringLiteral("gave_up");
inline const QString SkippedUnassigned = QStringLiteral("skipped_unassigned");
inline const QString SkippedUnconfigured = QStringLiteral("skipped_unconfigured");
inline const QString ProfilePaused = QStringLiteral("profile_paused");   // on the tripping task
inline const QString ProfileResumed = QStringLiteral("profile_resumed"); // on the same task
} // namespace EventKind

struct Task
{
    QString id;
    QString title;
    QString body;
    QString assignee;
    QString status;
    qint64 priority = 0;
    QString tenant;
    QString createdBy;
    qint64 createdAt = 0;
    OptInt startedAt;
    OptInt completedAt;
    QString result;
    QString workspaceKind = QStringLiteral("scratch");
    QString workspacePath;
    QString branchName;
    QString idempotencyKey;
    QString claimLock;
    OptInt claimExpires;
    OptInt workerPid;
    QString workerHost;
    qint64 consecutiveFailures = 0;
    QString lastFailureError;
    OptInt maxRuntimeSeconds;
    OptInt maxRetries;
    OptInt lastHeartbeatAt;
    OptInt currentRunId;
    OptInt cooldownUntil;
    qint64 updatedAt = 0;
    QString reviewer;                  // profile that reviews; "" = a person
    std::optional<QStringList> skills; // nullopt: profile defaults; {}: none
    OptInt heartbeatTimeoutSeconds;    // nullopt: profile/board default
    qint64 createSeq = 0;              // creation order (ties of priority)
};

struct Comment
{
    qint64 id = 0;
    QString taskId;
    QString author;
    QString body;
    qint64 createdAt = 0;
};

struct Event
{
    qint64 id = 0;
    QString taskId;
    OptInt runId;
    QString kind;
    QString payload; // JSON text, null when empty
    qint64 createdAt = 0;
};

struct Run
{
    qint64 id = 0;
    QString taskId;
    QString profile;
    QString status;
    QString claimLock;
    OptInt claimExpires;
    OptInt workerPid;
    QString workerHost;
    OptInt maxRuntimeSeconds;
    OptInt lastHeartbeatAt;
    qint64 startedAt = 0;
    OptInt endedAt;
    QString outcome;
    QString summary;
    QString metadata; // JSON text
    QString error;
    QString stepKey; // "review" for a run claimed from review, else ""
};

struct NotifySub
{
    QString taskId;
    QString platform;
    QString chatId;
    QString threadId; // "" when none
    QString userId;
    QString userIdAlt; // the original's second user id (e.g. a phone number)
    QString chatType;  // dm, group, channel, thread; null when not given
    qint64 createdAt = 0;
    qint64 lastEventId = 0;
    qint64 attempts = 0;
    OptInt nextAttemptAt;
    QString lastError;
    QString pendingReason; // why the notifier holds its events back; null when it does not
};

struct BoardStats
{
    QMap<QString, qint64> byStatus;                  // non-archived
    QMap<QString, QMap<QString, qint64>> byAssignee; // non-archived, assigned
    OptInt oldestReadyAgeSeconds;
    qint64 now = 0;
};

struct TaskAge
{
    OptInt createdAgeSeconds;
    OptInt startedAgeSeconds;
    OptInt timeToCompleteSeconds;
};

struct CreateOptions
{
    QString title;
    QString body;
    QString assignee;
    QString reviewer; // the profile that reviews; "" = a person
    QString createdBy = QStringLiteral("user");
    QString workspaceKind = QStringLiteral("scratch"); // scratch | worktree | dir
    QString workspacePath;
    QString branchName;
    QString tenant;
    qint64 priority = 0;
    QStringList parents;
    bool triage = false;
    QString idempotencyKey;
    OptInt maxRuntimeSeconds;
    OptInt maxRetries;

    OptInt heartbeatTimeoutSeconds;

    // Skills (--skill, repeatable): nullopt = the profile's defaults.
    std::optional<QStringList> skills;
};

struct CreateResult
{
    QString id;
    bool existed = false; // an idempotency key matched a live task
};

struct ListFilter
{
    QString assignee; // case-insensitive
    QString status;
    QString tenant;
    bool includeArchived = false;
    // created | created-desc | priority | priority-desc | status | assignee |
    // title | updated; empty = priority DESC, created ASC
    QString sort;
};

// Fields of `edit`; an unset optional leaves the field alone. An empty
// string clears assignee/reviewer/tenant.
struct TaskEdit
{
    std::optional<QString> title;
    std::optional<QString> body;
    std::optional<qint64> priority;
    std::optional<QString> assignee;
    std::optional<QString> reviewer; // "" clears (a person reviews)
    std::optional<QString> tenant;
    std::optional<OptInt> maxRuntimeSeconds; // nullopt: unchanged; OptInt{}: clear
    std::optional<OptInt> maxRetries;
    std::optional<OptInt> heartbeatTimeoutSeconds;
    std::optional<QString> result; // done tasks only

    // Skills: nullopt unchanged; a list replaces them (--skill); a
    // nullopt inside clears them (--clear-skills). Not while running.
    std::optional<std::optional<QStringList>> skills;
};

// `specify`: triage -> todo (then ready when nothing blocks it), with the
// fields given (unset: unchanged). The audit comment is by `author`,
// written only when a field changed; "" writes none.
struct SpecifyFields
{
    std::optional<QString> title;
    std::optional<QString> body;
    std::optional<QString> assignee;
    QString author;
};

// Running caps a dispatcher's claim keeps (0: none). Counted in the
// database inside the claim's write transaction (writers are serialised on
// both backends), so they hold across dispatchers on several hosts.
struct ClaimCaps
{
    qint64 running = 0;        // tasks running on the board
    qint64 profileRunning = 0; // running for `profile` (the active run's)
    QString profile;
};

struct CompleteOptions
{
    QString result;
    QString summary;
    QString metadata;     // a JSON object text, or empty
    OptInt expectedRunId; // from QKANBAN_RUN_ID: refuse a stale worker
};

// Whether a transition happened, and the worker it left behind; the
// caller stops that process group (archive, reclaim, a move off running).
struct TransitionOutcome
{
    bool ok = false;
    OptInt workerPid;
    QString workerHost;
};
