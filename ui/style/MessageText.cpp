#include "ui/style/MessageText.h"

#include "model/Types.h"
#include "ui/board/StatusText.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace {

QString arg(const QStringList &args, int i)
{
    return i < args.size() ? args.at(i) : QString();
}

// A task named by its title, quoted the locale's way.
QString quoted(const QString &title)
{
    return QLocale().quoteString(title);
}

QString status(const QString &key)
{
    return StatusText::name(key);
}

} // namespace

QString MessageText::error(const KanbanError &e)
{
    return error(e.code(), e.args(), e.kind(), e.message());
}

QString MessageText::error(KanbanError::Code code, const QStringList &a, KanbanError::Kind kind,
                           const QString &english)
{
    using C = KanbanError::Code;
    switch (code) {
    case C::NoSuchTask:
        return tr("The task %1 no longer exists.").arg(arg(a, 0));
    case C::TitleRequired:
        return tr("A task needs a title.");
    case C::RunningDirectly:
        return tr("%1 cannot be moved to Running: the dispatcher starts ready tasks itself.")
            .arg(quoted(arg(a, 0)));
    case C::CannotComplete:
        return tr("%1 cannot be marked done while it is in %2.")
            .arg(quoted(arg(a, 0)), status(arg(a, 1)));
    case C::CannotBlock:
        return tr("%1 cannot be blocked while it is in %2.")
            .arg(quoted(arg(a, 0)), status(arg(a, 1)));
    case C::WaitingOnParents: {
        QStringList parents;
        for (const QString &t : arg(a, 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            parents << quoted(t);
        return tr("%1 cannot be ready yet: it waits on %2.")
            .arg(quoted(arg(a, 0)), QLocale().createSeparatedList(parents));
    }
    case C::KeyTaken:
        return tr("%1 cannot be restored: another task (%2) now uses its idempotency key.")
            .arg(quoted(arg(a, 0)), arg(a, 2));
    case C::NotTodo:
        return tr("%1 is in %2, not in %3.")
            .arg(quoted(arg(a, 0)), status(arg(a, 1)), status(TaskStatus::Todo));
    case C::SelfLink:
        return tr("A task cannot depend on itself.");
    case C::UnknownTasks:
        return tr("These tasks no longer exist: %1.").arg(arg(a, 0));
    case C::LinkCycle:
        return tr("%1 cannot become a parent of %2: the two would wait on each other.")
            .arg(quoted(arg(a, 0)), quoted(arg(a, 1)));
    case C::LinkChildRunning:
        return tr("%1 cannot become a parent of %2: %2 is already running.")
            .arg(quoted(arg(a, 0)), quoted(arg(a, 1)));
    case C::OnReviewRun:
        return tr("%1 is being reviewed: approve it or request changes.").arg(quoted(arg(a, 0)));
    case C::ReasonRequired:
        return tr("Please give a reason.");
    case C::CommentRequired:
        return tr("A comment cannot be empty.");
    case C::UnknownStatus:
        return tr("There is no column %1.").arg(arg(a, 0));
    case C::DiskFull:
        return tr("The disk is full: the board could not be saved and is unchanged.");
    case C::Busy:
        return tr("The board is busy: another program has been writing to it for %1 s. Try "
                  "again in a moment.")
            .arg(QLocale().toString(arg(a, 0).toDouble()));
    case C::Damaged:
        return tr("The board's file is damaged: %1").arg(arg(a, 0));
    case C::DatabaseError:
        return tr("The board could not be read or written: %1").arg(arg(a, 0));
    case C::ResultNotDone:
        return tr("%1 has no result yet: it is in %2, not in %3.")
            .arg(quoted(arg(a, 0)), status(arg(a, 1)), status(TaskStatus::Done));
    case C::InvalidName:
        return tr("%1 is not a valid name: use lowercase letters, digits, “.”, “_” or “-”, "
                  "starting with a letter or a digit.")
            .arg(quoted(arg(a, 0)));
    case C::Unknown:
        break;
    }
    // No code yet: a translated sentence per kind, with the detail.
    switch (kind) {
    case KanbanError::NotFound:
        return tr("Not found: %1").arg(english);
    case KanbanError::Conflict:
        return tr("Refused: %1").arg(english);
    case KanbanError::Storage:
        return tr("The board could not be read or written: %1").arg(english);
    case KanbanError::BadInput:
        break;
    }
    return tr("Not accepted: %1").arg(english);
}

QString MessageText::attention(const QString &kind, const QString &title, const QString &fallback)
{
    const QString t = quoted(title);
    if (kind == EventKind::Completed)
        return tr("%1 is done.").arg(t);
    if (kind == EventKind::Blocked)
        return tr("%1 is blocked.").arg(t);
    if (kind == EventKind::GaveUp)
        return tr("%1 failed too often: the dispatcher gave up on it.").arg(t);
    if (kind == EventKind::Crashed)
        return tr("The worker of %1 crashed.").arg(t);
    if (kind == EventKind::TimedOut)
        return tr("%1 ran out of time.").arg(t);
    if (kind == TaskStatus::Review || kind == EventKind::ReviewRequested)
        return tr("%1 is ready for review.").arg(t);
    return fallback;
}

QString MessageText::eventName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {EventKind::Created, QT_TR_NOOP("Created")},
        {EventKind::Specified, QT_TR_NOOP("Specified")},
        {EventKind::Edited, QT_TR_NOOP("Edited")},
        {EventKind::Assigned, QT_TR_NOOP("Assigned")},
        {EventKind::Reprioritized, QT_TR_NOOP("Priority changed")},
        {EventKind::Linked, QT_TR_NOOP("Linked")},
        {EventKind::Unlinked, QT_TR_NOOP("Unlinked")},
        {EventKind::Promoted, QT_TR_NOOP("Promoted")},
        {EventKind::Status, QT_TR_NOOP("Status changed")},
        {EventKind::Claimed, QT_TR_NOOP("Claimed")},
        {EventKind::ClaimRejected, QT_TR_NOOP("Claim rejected")},
        {EventKind::ClaimExtended, QT_TR_NOOP("Claim extended")},
        {EventKind::Spawned, QT_TR_NOOP("Worker started")},
        {EventKind::Heartbeat, QT_TR_NOOP("Heartbeat")},
        {EventKind::Completed, QT_TR_NOOP("Completed")},
        {EventKind::Blocked, QT_TR_NOOP("Blocked")},
        {EventKind::Unblocked, QT_TR_NOOP("Unblocked")},
        {EventKind::Archived, QT_TR_NOOP("Archived")},
        {EventKind::Reclaimed, QT_TR_NOOP("Reclaimed")},
        {EventKind::ReviewRequested, QT_TR_NOOP("Review requested")},
        {EventKind::ChangesRequested, QT_TR_NOOP("Changes requested")},
        {EventKind::Commented, QT_TR_NOOP("Commented")},
        {EventKind::RateLimited, QT_TR_NOOP("Rate limited")},
        {EventKind::SpawnFailed, QT_TR_NOOP("Start failed")},
        {EventKind::Crashed, QT_TR_NOOP("Crashed")},
        {EventKind::TimedOut, QT_TR_NOOP("Timed out")},
        {EventKind::ProtocolViolation, QT_TR_NOOP("Protocol violation")},
        {EventKind::GaveUp, QT_TR_NOOP("Gave up")},
        {EventKind::SkippedUnassigned, QT_TR_NOOP("Skipped: no assignee")},
        {EventKind::SkippedUnconfigured, QT_TR_NOOP("Skipped: no such profile")},
        {EventKind::ProfilePaused, QT_TR_NOOP("Profile paused")},
        {EventKind::ProfileResumed, QT_TR_NOOP("Profile resumed")},
    };
    const auto it = names.constFind(kind);
    // A run's outcome may be a status ("review").
    return it == names.cend() ? status(kind) : tr(it.value());
}

QString MessageText::workspaceKind(const QString &kind)
{
    if (kind == QLatin1String("scratch"))
        return QCoreApplication::translate("CreateTaskDialog", "Scratch folder");
    if (kind == QLatin1String("worktree"))
        return QCoreApplication::translate("CreateTaskDialog", "Git worktree");
    if (kind == QLatin1String("dir"))
        return QCoreApplication::translate("CreateTaskDialog", "Existing folder");
    return kind;
}

QString MessageText::person(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("someone unknown");
    if (name == QLatin1String("user"))
        return tr("a user", "the default author when no name is known");
    return name;
}

QString MessageText::createdBy(const QString &ago, const QString &name)
{
    return tr("%1 by %2", "when a task was created ('5 min ago' or a date) and by whom")
        .arg(ago, person(name));
}

QString MessageText::time(qint64 epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).time(),
                              QLocale::ShortFormat);
}
