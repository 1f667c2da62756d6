#include "dispatcher/WorkerExit.h"

#include "dispatcher/ProcessGroup.h"
#include "dispatcher/TaskCleanup.h"
#include "model/DispatchKernel.h"
#include "model/Kernel.h"
#include "model/WorkerLog.h"

#include <QRegularExpression>

namespace {

QString crashText(qint64 pid, const ExitInfo &exit)
{
    if (!exit.known)
        return QStringLiteral("pid %1 not alive").arg(pid);
    if (exit.signaled)
        return QStringLiteral("pid %1 killed by signal %2").arg(pid).arg(exit.code);
    return QStringLiteral("pid %1 exited with code %2").arg(pid).arg(exit.code);
}

} // namespace

WorkerExit::WorkerExit(Board &board, const BoardLocation &location, const Limits &limits)
    : m_board(board), m_location(location), m_limits(limits)
{
}

QString WorkerExit::lastOutput(const QString &logPath, int maxChars)
{
    const WorkerLog::Content log = WorkerLog::read(logPath, 4000);
    QString text = QString::fromUtf8(log.bytes);
    static const QRegularExpression trailer(QStringLiteral("^\\[qkanban\\] run .*$"),
                                            QRegularExpression::MultilineOption);
    text.remove(trailer);
    text = text.trimmed();
    return text.right(maxChars);
}

ExitVerdict WorkerExit::handle(const QString &taskId, qint64 runId,
                               const ProcessGroup::Worker &worker, const ExitInfo &exit,
                               const QString &logPath)
{
    ExitVerdict v;
    Kernel kernel(m_board);
    const auto task = kernel.task(taskId);
    if (!task) {
        v.outcome = QStringLiteral("gone");
        return v;
    }
    // Nothing of the worker may outlive it.
    ProcessGroup::stopWorker(worker, m_limits.killGraceMs);
    const qint64 pid = worker.pid;
    if (task->status != TaskStatus::Running || task->currentRunId != runId) {
        // It reported (complete, block, request-review) or was moved on.
        v.outcome = task->status == TaskStatus::Done ? EventKind::Completed : task->status;
        v.text = task->status == TaskStatus::Blocked ? task->lastFailureError : task->title;
        TaskCleanup::removeWorkspace(m_location, *task);
        return v;
    }
    DispatchKernel dk(m_board);
    const JsonFields base{{QStringLiteral("pid"), pid},
                          {QStringLiteral("claimer"), task->claimLock}};
    if (exit.known && !exit.signaled && exit.code == DispatchKernel::kRateLimitExitCode) {
        JsonFields extra = base;
        extra << qMakePair(QStringLiteral("exit_code"), Json(exit.code));
        v.accounted = dk.recordRateLimited(taskId, runId, extra, m_limits.rateLimitCooldown);
        v.outcome = EventKind::RateLimited;
        v.text = QStringLiteral(
                     "pid %1 exited rate-limited (quota wall): requeued without counting a failure")
                     .arg(pid);
        return v;
    }
    FailureReport report;
    report.backoffBaseSeconds = m_limits.retryBackoff;
    report.extra = base;
    if (exit.known && !exit.signaled && exit.code == 0) {
        report.outcome = EventKind::ProtocolViolation;
        report.error = QStringLiteral(
            "worker exited cleanly (rc=0) without complete, block or request-review: "
            "protocol violation. A run without a terminal qkanban call counts as failed.");
        const QString output = lastOutput(logPath);
        if (!output.isEmpty())
            report.error += QStringLiteral(" Worker's last output: '%1'").arg(output);
        report.extra << qMakePair(QStringLiteral("exit_code"), Json(0))
                     << qMakePair(EventKind::ProtocolViolation, Json(true));
    } else {
        report.outcome = EventKind::Crashed;
        report.error = crashText(pid, exit);
        if (exit.known) {
            report.extra << qMakePair(QStringLiteral("exit_kind"),
                                      Json(exit.signaled ? QStringLiteral("signal")
                                                         : QStringLiteral("exit")))
                         << qMakePair(QStringLiteral("exit_code"), Json(exit.code));
        }
    }
    const FailureResult r = dk.recordFailure(taskId, runId, report, m_limits.failureLimit);
    v.accounted = r.applied;
    v.gaveUp = r.gaveUp;
    v.outcome = report.outcome;
    v.text = report.error;
    return v;
}
