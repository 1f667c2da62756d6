// Kernel: the review lane. A task in review with a reviewer is claimed for
// that profile (a review run); the reviewer approves with complete or
// sends the task back to its assignee with requestChanges.
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"
#include "model/internal/KernelPrivate.h"
#include "model/internal/SqlValue.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using KernelPrivate::appendEvent;
using KernelPrivate::clearClaimSql;
using SqlValue::textOrNull;

namespace {

QString firstLine(const QString &s, int max)
{
    return s.section(QLatin1Char('\n'), 0, 0).trimmed().left(max);
}

Json nameOrNull(const QString &name)
{
    return name.isEmpty() ? Json() : Json(name);
}

// As an assignee: trimmed, lowercase; "none", "-", "null" mean nobody.
QString normaliseProfile(const QString &name)
{
    const QString s = name.trimmed().toLower();
    if (s == QLatin1String("none") || s == QLatin1String("-") || s == QLatin1String("null"))
        return {};
    return s;
}

QString at(const QString &name, const QString &nobody)
{
    return name.isEmpty() ? nobody : QStringLiteral("@") + name;
}

QString stamp(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// One review_requested or changes_requested event.
struct Handoff
{
    QString kind;
    QJsonObject payload;
    OptInt runId;
    qint64 createdAt = 0;
};

} // namespace

bool Kernel::isReviewRun(OptInt runId)
{
    return KernelPrivate::sourcePhase(m_board, runId) == TaskStatus::Review;
}

bool Kernel::requestReview(const QString &id, const QString &summary, OptInt expectedRunId,
                           const QString &reviewer)
{
    const QString wanted = normaliseProfile(reviewer);
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    if (!t || (t->status != TaskStatus::Running && t->status != TaskStatus::Ready))
        return false;
    requireCurrentRun(*t, expectedRunId);
    if (t->status == TaskStatus::Running && isReviewRun(t->currentRunId))
        throw KanbanError(KanbanError::Code::OnReviewRun, {t->title},
                          QStringLiteral("%1 is on a review run: approve it with `complete %1` or "
                                         "send it back with `request-changes %1 --reason ...`")
                              .arg(id),
                          KanbanError::Conflict);
    const QString effective = wanted.isEmpty() ? t->reviewer : wanted;
    if (t->currentRunId)
        closeRun(*t->currentRunId, TaskStatus::Review, EventKind::ReviewRequested, summary, {}, {});
    Sql::exec(db,
              QStringLiteral("UPDATE tasks SET status = 'review', reviewer = ?, %1, updated_at = ?"
                             " WHERE id = ? AND status = ?")
                  .arg(clearClaimSql()),
              {textOrNull(effective), now(), id, t->status});
    Json p = Json::object();
    p.set(QStringLiteral("summary"), summary.isEmpty() ? Json() : Json(firstLine(summary, 400)));
    p.set(QStringLiteral("implementer"), nameOrNull(t->assignee));
    p.set(QStringLiteral("reviewer"), nameOrNull(effective));
    appendEvent(m_board, id, EventKind::ReviewRequested, p, t->currentRunId);
    txn.commit();
    return true;
}

std::optional<Task> Kernel::claimReviewTask(const QString &id, qint64 ttlSeconds,
                                            const QString &lock, const ClaimCaps &caps)
{
    return claimFrom(TaskStatus::Review, id, ttlSeconds, lock, caps);
}

bool Kernel::requestChanges(const QString &id, const QString &reason, OptInt expectedRunId,
                            const QString &author)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw KanbanError(KanbanError::Code::ReasonRequired, {},
                          QStringLiteral("a reason is required"));
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    if (!t)
        return false;
    const bool reviewRun = t->status == TaskStatus::Running && isReviewRun(t->currentRunId);
    if (t->status != TaskStatus::Review && !reviewRun)
        return false;
    requireCurrentRun(*t, expectedRunId);
    const QString target = unfinishedParents(id).isEmpty() ? TaskStatus::Ready : TaskStatus::Todo;
    const qint64 n = now();
    const int changed = Sql::update(
        db,
        QStringLiteral(
            "UPDATE tasks SET status = ?, %1, updated_at = ? WHERE id = ? AND status = ?")
            .arg(clearClaimSql()),
        {target, n, id, t->status});
    if (changed == 0)
        return false;
    if (reviewRun)
        closeRun(*t->currentRunId, EventKind::ChangesRequested, EventKind::ChangesRequested, why,
                 {}, {});
    QString who = author.trimmed();
    if (who.isEmpty())
        who = t->reviewer.isEmpty() ? QStringLiteral("reviewer") : t->reviewer;
    KernelPrivate::insertComment(m_board, id, who, QStringLiteral("CHANGES REQUESTED: ") + why);
    Json p = Json::object();
    p.set(QStringLiteral("reason"), why);
    p.set(QStringLiteral("implementer"), nameOrNull(t->assignee));
    // Who reviewed: the reviewer profile on its run, else the person.
    p.set(QStringLiteral("reviewer"), nameOrNull(reviewRun ? t->reviewer : author.trimmed()));
    p.set(QStringLiteral("status"), target);
    appendEvent(m_board, id, EventKind::ChangesRequested, p,
                reviewRun ? t->currentRunId : OptInt());
    txn.commit();
    return true;
}

QString Kernel::reviewContext(const Task &t)
{
    QList<Handoff> handoffs; // newest first
    QSqlQuery q =
        Sql::exec(m_board.db(),
                  QStringLiteral("SELECT kind, payload, run_id, created_at FROM task_events"
                                 " WHERE task_id = ? AND kind IN (?, ?)"
                                 " ORDER BY id DESC LIMIT 20"),
                  {t.id, EventKind::ReviewRequested, EventKind::ChangesRequested});
    while (q.next())
        handoffs << Handoff{q.value(0).toString(),
                            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                            SqlValue::toOptInt(q.value(2)), q.value(3).toLongLong()};
    const bool reviewing = t.status == TaskStatus::Review ||
                           (t.status == TaskStatus::Running && isReviewRun(t.currentRunId));
    QString out;
    if (reviewing) {
        Handoff request;
        QStringList earlier;
        for (const Handoff &h : handoffs) {
            if (h.kind == EventKind::ReviewRequested && request.kind.isEmpty())
                request = h;
            else if (h.kind == EventKind::ChangesRequested && earlier.size() < 3)
                earlier << QStringLiteral("- %1 (%2)")
                               .arg(firstLine(h.payload.value(QStringLiteral("reason")).toString(),
                                              400),
                                    stamp(h.createdAt));
        }
        QString summary = request.payload.value(QStringLiteral("summary")).toString();
        QString metadata;
        if (const std::optional<Run> r = request.runId ? run(*request.runId) : std::nullopt) {
            if (!r->summary.isEmpty())
                summary = r->summary;
            metadata = r->metadata;
        }
        const QString implementer = request.payload.value(QStringLiteral("implementer")).toString();
        out += QStringLiteral("\n## Review request\n");
        out += t.reviewer.isEmpty()
                   ? QStringLiteral("No reviewer profile is set: a person reviews this task. ")
                   : QStringLiteral("You are reviewing this task as @%1 (step: review). ")
                         .arg(t.reviewer);
        out += QStringLiteral("%1 did the work and asked for review%2\n")
                   .arg(at(implementer.isEmpty() ? t.assignee : implementer,
                           QStringLiteral("The implementer")),
                        summary.isEmpty() ? QStringLiteral(".") : QStringLiteral(":\n"));
        if (!summary.isEmpty())
            out += summary.left(4096) + QLatin1Char('\n');
        if (!metadata.isEmpty())
            out += QStringLiteral("_metadata_: `%1`\n").arg(metadata.left(4096));
        out += QStringLiteral("\nWhat changed: the work is in the workspace (%1%2); compare it "
                              "with the body, the prior attempts and the comments below.\n")
                   .arg(t.workspacePath.isEmpty() ? t.workspaceKind : t.workspacePath,
                        t.branchName.isEmpty() ? QString()
                                               : QStringLiteral(", branch ") + t.branchName);
        if (!earlier.isEmpty())
            out += QStringLiteral("\nEarlier rounds asked for (newest first):\n") +
                   earlier.join(QLatin1Char('\n')) + QLatin1Char('\n');
        out += QStringLiteral("\nDecide with one of:\n"
                              "- approve: `qkanban --headless complete %1 --summary \"...\"`\n"
                              "- send it back to %2: `qkanban --headless request-changes %1 "
                              "--reason \"...\"`\n")
                   .arg(t.id, at(t.assignee, QStringLiteral("its assignee")));
        return out;
    }
    // The implementer again: the newest handoff is a request for changes.
    if (handoffs.isEmpty() || handoffs.first().kind != EventKind::ChangesRequested)
        return {};
    const Handoff &h = handoffs.first();
    const QString reviewer = h.payload.value(QStringLiteral("reviewer")).toString();
    out += QStringLiteral("\n## Changes requested\n");
    out += QStringLiteral("%1 reviewed your work and asked for changes (%2):\n\n%3\n\n")
               .arg(at(reviewer, QStringLiteral("The reviewer")), stamp(h.createdAt),
                    h.payload.value(QStringLiteral("reason")).toString().left(4096));
    out += QStringLiteral("Address them, then hand the task back with `qkanban --headless "
                          "request-review %1 --summary \"...\"`.\n")
               .arg(t.id);
    return out;
}
