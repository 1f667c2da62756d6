#include "ui/drawer/EventSentence.h"

#include "model/VisibleText.h"
#include "ui/board/StatusText.h"
#include "ui/style/RelativeTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
constexpr int kTextChars = 160; // of a worker's summary or error

QString clip(const QString &text)
{
    const QString one = VisibleText::oneLine(text.trimmed());
    return one.size() > kTextChars ? one.left(kTextChars - 1) + QChar(0x2026) : one;
}

QString quoted(const QString &text)
{
    return EventSentence::tr("“%1”").arg(clip(text));
}

// A text field of the payload, clipped and made visible ("" when absent).
QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? clip(v.toString()) : QString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qint64(v.toDouble()) : 0;
}

QString statusName(const QString &status)
{
    return status.isEmpty() ? QString() : StatusText::name(status);
}

} // namespace

QString EventSentence::when(qint64 epochSeconds, qint64 now)
{
    if (epochSeconds <= 0)
        return {};
    const QDateTime t = QDateTime::fromSecsSinceEpoch(epochSeconds);
    const QDateTime n = QDateTime::fromSecsSinceEpoch(now > 0 ? now : epochSeconds);
    const QLocale locale;
    if (t.date() == n.date())
        return locale.toString(t.time(), QLocale::ShortFormat);
    return locale.toString(t, QLocale::ShortFormat);
}

QString EventSentence::outcome(const QString &o)
{
    if (o.isEmpty())
        return {};
    if (o == EventKind::Completed || o == TaskStatus::Done)
        return tr("Done");
    if (o == EventKind::Blocked)
        return tr("Blocked");
    if (o == EventKind::Reclaimed)
        return tr("Abandoned");
    if (o == EventKind::RateLimited)
        return tr("Rate-limited");
    if (o == EventKind::SpawnFailed)
        return tr("Did not start");
    if (o == EventKind::Crashed)
        return tr("Crashed");
    if (o == EventKind::TimedOut)
        return tr("Timed out");
    if (o == EventKind::ProtocolViolation)
        return tr("Broke the protocol");
    if (o == EventKind::GaveUp)
        return tr("Gave up");
    if (o == EventKind::ReviewRequested || o == TaskStatus::Review)
        return tr("Sent to review");
    if (o == EventKind::ChangesRequested)
        return tr("Changes requested");
    if (o == QLatin1String("failed"))
        return tr("Failed");
    if (o == QLatin1String("running") || o == QLatin1String("active"))
        return tr("Running");
    return StatusText::name(o);
}

QString EventSentence::text(const Event &e, const TitleOf &titleOf)
{
    const QJsonObject p = QJsonDocument::fromJson(e.payload.toUtf8()).object();
    auto task = [&](const QString &id) {
        const QString title = titleOf ? titleOf(id) : QString();
        return title.isEmpty() ? id : quoted(title);
    };
    const QString k = e.kind;
    // The worker's failure, its count and the next attempt, shared by the
    // failure kinds.
    auto failure = [&](const QString &what) {
        QString s = what;
        const QString error = str(p, "error");
        if (!error.isEmpty())
            s = tr("%1: %2").arg(s, error);
        if (const qint64 retry = num(p, "retry_after"))
            s += QLatin1Char(' ') + tr("Next attempt at %1.").arg(when(retry, e.createdAt));
        return s;
    };

    if (k == EventKind::Created) {
        const QString assignee = str(p, "assignee");
        const QString status = statusName(str(p, "status"));
        if (assignee.isEmpty())
            return status.isEmpty() ? tr("Created, unassigned.")
                                    : tr("Created in %1, unassigned.").arg(status);
        return status.isEmpty() ? tr("Created for %1.").arg(assignee)
                                : tr("Created in %1 for %2.").arg(status, assignee);
    }
    if (k == EventKind::Specified)
        return tr("Specified and moved to Todo.");
    if (k == EventKind::Edited) {
        QStringList names;
        for (const QJsonValue &v : p.value(QLatin1String("fields")).toArray()) {
            const QString f = v.toString();
            if (f == QLatin1String("title"))
                names << tr("the title");
            else if (f == QLatin1String("body"))
                names << tr("the description");
            else if (f == QLatin1String("tenant"))
                names << tr("the tenant");
            else if (f == QLatin1String("reviewer"))
                names << tr("the reviewer");
            else if (f == QLatin1String("skills"))
                names << tr("the skills");
            else if (f == QLatin1String("workspace_kind") || f == QLatin1String("workspace_path"))
                names << tr("the workspace");
            else if (f != QLatin1String("assignee") && f != QLatin1String("priority"))
                names << clip(f);
        }
        names.removeDuplicates();
        if (names.isEmpty())
            return tr("Edited.");
        return tr("Edited %1.").arg(QLocale().createSeparatedList(names));
    }
    if (k == EventKind::Assigned) {
        const QString to = str(p, "assignee");
        const QString from = str(p, "from");
        if (to.isEmpty())
            return from.isEmpty() ? tr("Unassigned.") : tr("Unassigned (was %1).").arg(from);
        return from.isEmpty() ? tr("Assigned to %1.").arg(to)
                              : tr("Assigned to %1 (was %2).").arg(to, from);
    }
    if (k == EventKind::Reprioritized)
        return tr("Priority set to %1.").arg(num(p, "priority"));
    if (k == EventKind::Linked)
        return tr("Now waits for %1.").arg(task(str(p, "parent")));
    if (k == EventKind::Unlinked)
        return tr("No longer waits for %1.").arg(task(str(p, "parent")));
    if (k == EventKind::Promoted) {
        if (p.value(QLatin1String("manual")).toBool()) {
            const QString reason = str(p, "reason");
            return reason.isEmpty() ? tr("Moved to Ready by hand.")
                                    : tr("Moved to Ready by hand: %1").arg(reason);
        }
        return tr("Ready: everything it waited for is done.");
    }
    if (k == EventKind::Status) {
        const QString to = statusName(str(p, "status"));
        const QString reason = str(p, "reason");
        if (reason == QLatin1String("parent_linked"))
            return tr("Back to %1: it now waits for %2.").arg(to, task(str(p, "parent")));
        if (reason == QLatin1String("parent_reopened"))
            return tr("Back to %1: %2 was reopened.").arg(to, task(str(p, "parent")));
        const QString from = statusName(str(p, "from"));
        return from.isEmpty() ? tr("Moved to %1.").arg(to)
                              : tr("Moved from %1 to %2.").arg(from, to);
    }
    if (k == EventKind::Claimed) {
        const QString until = when(num(p, "expires"), e.createdAt);
        if (str(p, "source_status") == TaskStatus::Review)
            return tr("A reviewer took it (claim until %1).").arg(until);
        return tr("A worker took it (claim until %1).").arg(until);
    }
    if (k == EventKind::ClaimRejected)
        return tr("Not started: it still waits for other tasks.");
    if (k == EventKind::ClaimExtended)
        return tr("The worker is still alive; its claim now runs until %1.")
            .arg(when(num(p, "claim_expires_now"), e.createdAt));
    if (k == EventKind::Spawned)
        return tr("The worker started (process %1).").arg(num(p, "pid"));
    if (k == EventKind::Heartbeat) {
        const QString note = str(p, "note");
        return note.isEmpty() ? tr("The worker reported that it is alive.")
                              : tr("The worker reported: %1").arg(note);
    }
    if (k == EventKind::Completed) {
        const QString summary = str(p, "summary");
        return summary.isEmpty() ? tr("Done.") : tr("Done: %1").arg(summary);
    }
    if (k == EventKind::Blocked) {
        const QString reason = str(p, "reason");
        return reason.isEmpty() ? tr("Blocked.") : tr("Blocked: %1").arg(reason);
    }
    if (k == EventKind::Unblocked)
        return tr("Unblocked, back to %1.").arg(statusName(str(p, "status")));
    if (k == EventKind::Archived)
        return tr("Archived.");
    if (k == EventKind::Reclaimed) {
        const QString back = statusName(str(p, "retry_status"));
        if (p.value(QLatin1String("manual")).toBool()) {
            const QString reason = str(p, "reason");
            return reason.isEmpty()
                       ? tr("Taken back from its worker by hand, back to %1.").arg(back)
                       : tr("Taken back from its worker by hand (%1), back to %2.")
                             .arg(reason, back);
        }
        const qint64 seen = num(p, "last_heartbeat_at");
        if (seen > 0)
            return tr("The worker stopped answering (last sign of life at %1); the task went back "
                      "to %2.")
                .arg(when(seen, e.createdAt), back);
        return tr("The worker stopped answering and its claim ran out at %1; the task went back "
                  "to %2.")
            .arg(when(num(p, "claim_expires"), e.createdAt), back);
    }
    if (k == EventKind::ReviewRequested) {
        const QString reviewer = str(p, "reviewer");
        const QString who = reviewer.isEmpty() ? tr("Sent to review by a person.")
                                               : tr("Sent to review by %1.").arg(reviewer);
        const QString summary = str(p, "summary");
        return summary.isEmpty() ? who : who + QLatin1Char(' ') + summary;
    }
    if (k == EventKind::ChangesRequested) {
        const QString reviewer = str(p, "reviewer");
        const QString reason = str(p, "reason");
        return reviewer.isEmpty() ? tr("Changes requested: %1").arg(reason)
                                  : tr("%1 requested changes: %2").arg(reviewer, reason);
    }
    if (k == EventKind::Commented) {
        const QString author = str(p, "author");
        return author.isEmpty() ? tr("A comment was added.") : tr("%1 commented.").arg(author);
    }
    if (k == EventKind::RateLimited)
        return tr("The worker hit a rate limit; it tries again at %1 (not counted as a failure).")
            .arg(when(num(p, "cooldown_until"), e.createdAt));
    if (k == EventKind::SpawnFailed)
        return failure(tr("The worker could not start"));
    if (k == EventKind::Crashed)
        return failure(tr("The worker crashed"));
    if (k == EventKind::TimedOut)
        return failure(tr("The worker ran out of time"));
    if (k == EventKind::ProtocolViolation)
        return failure(tr("The worker ended without reporting a result"));
    if (k == EventKind::GaveUp) {
        const QString error = str(p, "error");
        const QString s = tr("Gave up after %n failure(s); the task is blocked.", nullptr,
                             int(num(p, "failures")));
        return error.isEmpty() ? s : s + QLatin1Char(' ') + tr("Last error: %1").arg(error);
    }
    if (k == EventKind::SkippedUnassigned)
        return tr("Not started: no one is assigned.");
    if (k == EventKind::SkippedUnconfigured) {
        const QString who = str(p, "assignee");
        return who.isEmpty() ? tr("Not started: its assignee has no worker profile.")
                             : tr("Not started: there is no worker profile named %1.").arg(who);
    }
    if (k == EventKind::ProfilePaused) {
        const QString reason = str(p, "reason");
        return reason.isEmpty()
                   ? tr("The profile %1 was paused.").arg(str(p, "profile"))
                   : tr("The profile %1 was paused: %2").arg(str(p, "profile"), reason);
    }
    if (k == EventKind::ProfileResumed)
        return tr("The profile %1 was resumed.").arg(str(p, "profile"));
    // A kind this board does not know (written by a newer version).
    QString name = clip(k);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return tr("Event: %1.").arg(name);
}

QString EventSentence::toolTip(const Event &e, qint64 now, const TitleOf &titleOf)
{
    const QLocale locale;
    return tr("%1\n%2 (%3)")
        .arg(text(e, titleOf),
             locale.toString(QDateTime::fromSecsSinceEpoch(e.createdAt), QLocale::LongFormat),
             RelativeTime::ago(e.createdAt, now));
}
