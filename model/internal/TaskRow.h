#pragma once

#include "model/Types.h"

// One tasks row, columns in the order of KernelPrivate::taskColumns(), read through
// any row reader with text(i) (NULL reads as ""), int64(i) and optInt(i):
// QtRow or SqliteStatement (SqliteNative.h).
namespace TaskRow {

// The skills column: NULL reads as nullopt, otherwise a JSON array of names.
std::optional<QStringList> skillsFromText(const QString &text, bool isNull);
QString skillsToText(const std::optional<QStringList> &skills); // "" for nullopt

template <typename Row> Task read(const Row &r)
{
    Task t;
    t.id = r.text(0);
    t.title = r.text(1);
    t.body = r.text(2);
    t.assignee = r.text(3);
    t.status = r.text(4);
    t.priority = r.int64(5);
    t.tenant = r.text(6);
    t.createdBy = r.text(7);
    t.createdAt = r.int64(8);
    t.startedAt = r.optInt(9);
    t.completedAt = r.optInt(10);
    t.result = r.text(11);
    t.workspaceKind = r.text(12);
    t.workspacePath = r.text(13);
    t.branchName = r.text(14);
    t.idempotencyKey = r.text(15);
    t.claimLock = r.text(16);
    t.claimExpires = r.optInt(17);
    t.workerPid = r.optInt(18);
    t.workerHost = r.text(19);
    t.consecutiveFailures = r.int64(20);
    t.lastFailureError = r.text(21);
    t.maxRuntimeSeconds = r.optInt(22);
    t.maxRetries = r.optInt(23);
    t.lastHeartbeatAt = r.optInt(24);
    t.currentRunId = r.optInt(25);
    t.cooldownUntil = r.optInt(26);
    t.updatedAt = r.int64(27);
    t.reviewer = r.text(28);
    t.skills = TaskRow::skillsFromText(r.text(29), r.isNull(29));
    t.heartbeatTimeoutSeconds = r.optInt(30);
    t.createSeq = r.int64(31);
    return t;
}

} // namespace TaskRow
