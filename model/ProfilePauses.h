#pragma once

#include "model/Board.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A worker profile the dispatcher stopped starting: its recent attempts
// all failed the same way on different tasks, so more attempts would only
// burn more tasks. One row per profile in profile_pauses.
struct ProfilePause
{
    QString name;
    QString reason;
    QString command; // the profile's command when it was paused
    qint64 pausedAt = 0;
};

// The profile pauses of one board: the circuit breaker of a profile, as
// consecutive_failures is that of a task. Writes are one transaction each,
// with their event.
class ProfilePauses
{
public:
    static constexpr int kDefaultThreshold = 5;

    explicit ProfilePauses(Board &board);

    QList<ProfilePause> list(); // by name
    std::optional<ProfilePause> find(const QString &name);

    // After a counted failure of taskId, a run of `profile`: pauses the
    // profile when its last `threshold` finished runs all failed, on as
    // many different tasks, with the same error (normaliseError). Writes
    // one profile_paused event {profile, reason, tasks} on taskId. Returns
    // the new pause; nullopt when none (or it was paused already).
    std::optional<ProfilePause> pauseIfFailing(const QString &profile, const QString &taskId,
                                               int threshold, const QString &command);
    // Lifts a pause, with a profile_resumed event {profile, reason,
    // paused_at} on the task whose failure paused it. False when the
    // profile was not paused.
    bool resume(const QString &name, const QString &reason);

    // The error with what differs between tasks taken out: paths, task
    // ids, hex ids and numbers, a protocol violation's worker output;
    // lowercase, spaces collapsed. "exit code 127: /x/y not found" and
    // "exit code 1: /a/b not found" give the same text.
    static QString normaliseError(const QString &error);

private:
    Board &m_board;
};
