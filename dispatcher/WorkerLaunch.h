#pragma once

#include "dispatcher/Profiles.h"
#include "model/BoardPaths.h"
#include "model/Types.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Everything needed to start one worker: argv from the profile's
// template, the environment, the workspace as cwd and the log.
struct LaunchSpec
{
    QString taskId;
    qint64 runId = 0;
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    QString workingDirectory;
    QString logPath;
};

namespace WorkerLaunch {
// Fills the placeholders {task} {run} {workspace} {profile} {board} {db}
// and sets QKANBAN_TASK, QKANBAN_RUN_ID, QKANBAN_CLAIM_LOCK,
// QKANBAN_WORKSPACE, QKANBAN_PROFILE, QKANBAN_BOARD, QKANBAN_DB,
// QKANBAN_TENANT, QKANBAN_SKILLS (the task's skills, comma-separated;
// removed when it has none), QKANBAN_BIN and the profile's env;
// QKANBAN_STEP is the run's step ("review" on a review run, unset
// otherwise). Throws KanbanError when the command cannot be split.
LaunchSpec build(const BoardLocation &location, const Task &task, const Profile &profile,
                 const QString &workspace, const QString &workerBin, const QString &step = {});
} // namespace WorkerLaunch
