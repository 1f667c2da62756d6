#pragma once

#include "dispatcher/Workspaces.h"
#include "model/BoardPaths.h"
#include "model/Types.h"

#include <optional>

class Board;

// Claiming a task and preparing its workspace, one function for the
// `claim` verb and the dispatcher's tick, so both record the same
// workspace path and branch.
namespace TaskClaim {

struct Claimed
{
    Task task;                      // after the claim, workspace and branch filled in
    Workspaces::Prepared workspace; // empty when error is set
    QString error;                  // preparing the workspace failed (the task stays claimed)
};

// Claims ready task `id` for ttl seconds, then prepares its workspace
// (defaultWorkdir anchors a `worktree` without a path) and records its
// path and branch. nullopt when the claim is refused.
// With caps, refused too when the claim would exceed one of them.
std::optional<Claimed> claimAndPrepare(Board &board, const BoardLocation &location,
                                       const QString &id, qint64 ttl, const QString &defaultWorkdir,
                                       const ClaimCaps &caps = {});

// The batch of claimAndPrepare: the ready tasks of ids (one profile, so
// one set of caps) claimed in ONE transaction (Kernel::claimTasks), then
// each one's workspace prepared. The claimed ones, in order.
QList<Claimed> claimAllAndPrepare(Board &board, const BoardLocation &location,
                                  const QStringList &ids, qint64 ttl, const QString &defaultWorkdir,
                                  const ClaimCaps &caps = {});

// The review lane's claim: a task in review, for its reviewer (a review
// run in the task's own workspace, where the implementer left the work).
std::optional<Claimed> claimReviewAndPrepare(Board &board, const BoardLocation &location,
                                             const QString &id, qint64 ttl,
                                             const QString &defaultWorkdir,
                                             const ClaimCaps &caps = {});

} // namespace TaskClaim
