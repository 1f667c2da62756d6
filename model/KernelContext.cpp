// Kernel: the markdown context a worker reads (`context ID`).
#include "model/Kernel.h"
#include "model/Sql.h"
#include "model/VisibleText.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

QString stamp(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString relative(qint64 then, qint64 now)
{
    const qint64 d = now - then;
    if (d < 60)
        return QStringLiteral("just now");
    if (d < 3600)
        return QStringLiteral("%1m ago").arg(d / 60);
    if (d < 86400)
        return QStringLiteral("%1h ago").arg(d / 3600);
    return QStringLiteral("%1d ago").arg(d / 86400);
}

QString cap(const QString &s, int max)
{
    if (s.size() <= max)
        return s;
    return s.left(max) + QStringLiteral("… [truncated, %1 chars omitted]").arg(s.size() - max);
}

QString sortedJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isNull())
        return text;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)); // QJsonObject keeps keys sorted
}

} // namespace

QString Kernel::workerContext(const QString &id)
{
    const Task t = requireTask(id);
    const qint64 n = now();
    QString out;
    // One-line fields stay one line (a title cannot start a section).
    out += QStringLiteral("# Kanban task %1: %2\n\n").arg(t.id, VisibleText::oneLine(t.title));
    out += QStringLiteral("Assignee: %1\n")
               .arg(t.assignee.isEmpty() ? QStringLiteral("(unassigned)") : t.assignee);
    if (!t.reviewer.isEmpty())
        out += QStringLiteral("Reviewer: %1\n").arg(t.reviewer);
    out += QStringLiteral("Status:   %1\n").arg(t.status);
    if (!t.tenant.isEmpty())
        out += QStringLiteral("Tenant:   %1\n").arg(VisibleText::oneLine(t.tenant));
    out += QStringLiteral("Workspace: %1 @ %2\n")
               .arg(t.workspaceKind, t.workspacePath.isEmpty()
                                         ? QStringLiteral("(unresolved)")
                                         : VisibleText::oneLine(t.workspacePath));
    if (t.maxRuntimeSeconds)
        out += QStringLiteral("Max runtime: %1s\n").arg(*t.maxRuntimeSeconds);
    if (!t.branchName.isEmpty())
        out += QStringLiteral("Branch:   %1\n").arg(VisibleText::oneLine(t.branchName));
    out += reviewContext(t); // the review request, or the changes asked for
    if (!t.body.trimmed().isEmpty())
        out += QStringLiteral("\n## Body\n%1\n").arg(cap(t.body, 8192));

    QList<Run> closed;
    for (const Run &r : runs(id)) {
        if (r.endedAt)
            closed << r;
    }
    if (!closed.isEmpty()) {
        out += QStringLiteral("\n## Prior attempts on this task\n");
        const int skip = qMax(0, int(closed.size()) - 10);
        if (skip > 0)
            out += QStringLiteral("_(%1 earlier attempts omitted; showing most recent 10)_\n")
                       .arg(skip);
        for (int i = skip; i < closed.size(); ++i) { // oldest shown first, real numbers
            const Run &r = closed.at(i);
            out += QStringLiteral("### Attempt %1 — %2 (%3, %4, %5)\n")
                       .arg(i + 1)
                       .arg(r.outcome.isEmpty() ? r.status : r.outcome,
                            r.profile.isEmpty() ? QStringLiteral("-") : r.profile,
                            stamp(r.startedAt), relative(r.startedAt, n));
            if (!r.summary.isEmpty())
                out += cap(r.summary, 4096) + QLatin1Char('\n');
            if (!r.error.isEmpty())
                out += QStringLiteral("_error_: %1\n").arg(cap(r.error, 4096));
            if (!r.metadata.isEmpty())
                out += QStringLiteral("_metadata_: `%1`\n").arg(cap(sortedJson(r.metadata), 4096));
        }
    }

    QSqlQuery pq =
        Sql::exec(m_board.db(),
                  QStringLiteral("SELECT p.id, p.result, p.completed_at FROM task_links l"
                                 " JOIN tasks p ON p.id = l.parent_id WHERE l.child_id = ?"
                                 " AND p.status = 'done' ORDER BY p.id"),
                  {id});
    QString parents;
    while (pq.next()) {
        const QString pid = pq.value(0).toString();
        const qint64 completed = pq.value(2).toLongLong();
        parents += QStringLiteral("### %1 (completed %2)\n").arg(pid, relative(completed, n));
        QSqlQuery rq =
            Sql::exec(m_board.db(),
                      QStringLiteral("SELECT summary, metadata FROM task_runs WHERE task_id = ? AND"
                                     " outcome = ? ORDER BY id DESC LIMIT 1"),
                      {pid, EventKind::Completed});
        QString summary;
        QString metadata;
        if (rq.next()) {
            summary = rq.value(0).toString();
            metadata = rq.value(1).toString();
        }
        if (summary.isEmpty())
            summary = pq.value(1).toString();
        parents +=
            (summary.isEmpty() ? QStringLiteral("(no result recorded)") : cap(summary, 4096)) +
            QLatin1Char('\n');
        if (!metadata.isEmpty())
            parents += QStringLiteral("_metadata_: `%1`\n").arg(cap(sortedJson(metadata), 4096));
    }
    if (!parents.isEmpty())
        out +=
            QStringLiteral(
                "\n## Parent task results\n_Handoffs from upstream tasks; point-in-time snapshots, "
                "not live state — re-verify if not recent._\n") +
            parents;

    if (!t.assignee.isEmpty()) {
        QSqlQuery wq = Sql::exec(
            m_board.db(),
            QStringLiteral("SELECT r.task_id, t.title, r.ended_at, r.summary FROM task_runs r"
                           " JOIN tasks t ON t.id = r.task_id WHERE r.profile = ? AND"
                           " r.outcome = ? AND r.task_id <> ? ORDER BY r.id DESC LIMIT 5"),
            {t.assignee, EventKind::Completed, id});
        QString work;
        while (wq.next()) {
            const QString summary =
                wq.value(3).toString().section(QLatin1Char('\n'), 0, 0).left(200);
            work += QStringLiteral("- %1 — %2 (%3): %4\n")
                        .arg(wq.value(0).toString(), VisibleText::oneLine(wq.value(1).toString()),
                             stamp(wq.value(2).toLongLong()),
                             summary.isEmpty() ? QStringLiteral("(no summary)") : summary);
        }
        if (!work.isEmpty())
            out += QStringLiteral("\n## Recent work by @%1\n").arg(t.assignee) + work;
    }

    const QList<Comment> cs = comments(id);
    if (!cs.isEmpty()) {
        out += QStringLiteral("\n## Comment thread\n");
        const int skip = qMax(0, int(cs.size()) - 30);
        if (skip > 0)
            out += QStringLiteral("_(%1 earlier comments omitted; showing most recent 30)_\n")
                       .arg(skip);
        for (int i = skip; i < cs.size(); ++i) {
            out += QStringLiteral("comment from worker `%1` at %2:\n%3\n\n")
                       .arg(cs.at(i).author, stamp(cs.at(i).createdAt), cap(cs.at(i).body, 2048));
        }
    }
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}
