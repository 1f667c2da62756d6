#include "dispatcher/WorkerLaunch.h"

#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/PgUrl.h"
#include "model/TaskSkills.h"

namespace WorkerLaunch {

LaunchSpec build(const BoardLocation &location, const Task &task, const Profile &profile,
                 const QString &workspace, const QString &workerBin, const QString &step)
{
    const QString runId = task.currentRunId ? QString::number(*task.currentRunId) : QString();
    const QMap<QString, QString> values{
        {QStringLiteral("task"), task.id},
        {QStringLiteral("run"), runId},
        {QStringLiteral("workspace"), workspace},
        {QStringLiteral("profile"), profile.name},
        {QStringLiteral("board"), location.slug},
        {QStringLiteral("db"), Database::displayName(location.dbPath)}};
    const QStringList argv = profile.argv(values);
    if (argv.isEmpty())
        throw KanbanError(QStringLiteral("profile %1: cannot split the command '%2'")
                              .arg(profile.name, profile.command));

    LaunchSpec spec;
    spec.taskId = task.id;
    spec.runId = task.currentRunId.value_or(0);
    spec.program = argv.first();
    spec.arguments = argv.mid(1);
    spec.workingDirectory = workspace;
    spec.logPath = location.logPath(task.id);
    if (spec.logPath.isEmpty())
        throw KanbanError(
            QStringLiteral("task id '%1' cannot name a log file of the board").arg(task.id));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QKANBAN_TASK"), task.id);
    env.insert(QStringLiteral("QKANBAN_RUN_ID"), runId);
    env.insert(QStringLiteral("QKANBAN_CLAIM_LOCK"), task.claimLock);
    env.insert(QStringLiteral("QKANBAN_WORKSPACE"), workspace);
    env.insert(QStringLiteral("QKANBAN_PROFILE"), profile.name);
    env.insert(QStringLiteral("QKANBAN_BOARD"), location.slug);
    // A PostgreSQL password travels as libpq's PGPASSWORD, never in the
    // URL of the worker's arguments or QKANBAN_DB.
    env.insert(QStringLiteral("QKANBAN_DB"), Database::displayName(location.dbPath));
    if (Dialect::isPostgresPath(location.dbPath)) {
        const QString password = PgUrl::parse(location.dbPath).password;
        if (!password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), password);
    }
    env.insert(QStringLiteral("QKANBAN_TENANT"), task.tenant);
    if (!location.root.isEmpty() && !env.contains(QStringLiteral("QKANBAN_HOME")))
        env.insert(QStringLiteral("QKANBAN_HOME"), location.root);
    if (!task.branchName.isEmpty())
        env.insert(QStringLiteral("QKANBAN_BRANCH"), task.branchName);
    if (!workerBin.isEmpty())
        env.insert(QStringLiteral("QKANBAN_BIN"), workerBin);
    // The task's skills, comma-separated; none leaves no stale value behind.
    if (task.skills && !task.skills->isEmpty())
        env.insert(QStringLiteral("QKANBAN_SKILLS"), TaskSkills::envValue(task.skills));
    else
        env.remove(QStringLiteral("QKANBAN_SKILLS"));
    if (step.isEmpty())
        env.remove(QStringLiteral("QKANBAN_STEP"));
    else
        env.insert(QStringLiteral("QKANBAN_STEP"), step);
    for (auto it = profile.env.begin(); it != profile.env.end(); ++it)
        env.insert(it.key(), it.value());
    spec.environment = env;
    return spec;
}

} // namespace WorkerLaunch
