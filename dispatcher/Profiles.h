#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A worker profile (SPEC §6): the assignee name, the argv template of its
// command, a concurrency cap and extra environment. Stored in the INI
// config (BoardPaths::configPath()) under [profile.<name>].
struct Profile
{
    QString name;
    QString command;            // with {task} {run} {workspace} {profile} {board} {db}
    int maxInProgress = 0;      // 0: no per-profile cap of its own
    QMap<QString, QString> env; // K=V added to the worker environment
    // Seconds without a heartbeat before a live worker is stopped (INI key
    // heartbeat_timeout); unset: the board's default.
    std::optional<qint64> heartbeatTimeoutSeconds;

    // The command split with shell-like quoting and the placeholders
    // filled. Empty when the command is empty or its quoting is broken.
    QStringList argv(const QMap<QString, QString> &values) const;
};

// Settings of the [dispatcher] group, with their defaults.
struct DispatcherSettings
{
    int intervalSeconds = 60;
    std::optional<int> maxInProgress;           // global; unset: derived from memory
    std::optional<int> maxInProgressPerProfile; // unset: none
    int failureLimit = 5;
    qint64 rateLimitCooldownSeconds = 300;
    qint64 claimTtlSeconds = 900;
    qint64 retryBackoffSeconds = 30; // first wait after a failed attempt; 0: none
    QString defaultWorkdir;          // anchor of `worktree` tasks without a path
    // heartbeat_timeout: a live worker silent this long is stopped (a task's
    // or profile's own value wins).
    qint64 heartbeatTimeoutSeconds = 3600;
    // pause_after: a profile whose last N attempts failed on N tasks with
    // the same error is paused; 0 turns that off.
    int pauseAfter = 5;

    // clamp(MemTotal / 512 MiB, 2, 8), or 8 when memory is unknown.
    static int memoryDerivedCap();
};

namespace Profiles {
bool isValidName(const QString &name); // ^[a-z0-9][a-z0-9_.-]{0,63}$
// A profile name given for a role (e.g. "reviewer"): "" for nobody ('',
// 'none', '-', 'null'), else trimmed and lowercased. Throws KanbanError
// when it cannot name a profile.
QString checkedName(const QString &value, const QString &role);
QList<Profile> list(const QString &configPath = {});
std::optional<Profile> find(const QString &name, const QString &configPath = {});
// Adds or replaces. Throws KanbanError on a bad name or command.
void save(const Profile &profile, const QString &configPath = {});
bool remove(const QString &name, const QString &configPath = {});

DispatcherSettings settings(const QString &configPath = {});

// Why the profile cannot start a worker ("" when it can): no command, bad
// quoting, or a program that does not resolve to an executable.
QString preflight(const Profile &profile);
} // namespace Profiles
