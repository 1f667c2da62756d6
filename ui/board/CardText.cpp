#include "ui/board/CardText.h"

#include "model/Staleness.h"
#include "model/TaskTableModel.h"
#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/board/CardDelegate.h"
#include "ui/board/StatusText.h"

#include <QStringList>

QString CardText::accessibleName(const QModelIndex &card)
{
    QStringList parts;
    parts << VisibleText::oneLine(card.data(TaskTableModel::TitleRole).toString());
    parts << StatusText::name(card.data(TaskTableModel::StatusRole).toString());
    const QString assignee = card.data(TaskTableModel::AssigneeRole).toString();
    parts << (assignee.isEmpty() ? tr("unassigned")
                                 : tr("assigned to %1").arg(VisibleText::oneLine(assignee)));
    const qint64 priority = card.data(TaskTableModel::PriorityRole).toLongLong();
    if (priority != 0)
        parts << tr("priority %1").arg(priority);
    const QString reviewer = card.data(TaskTableModel::ReviewerRole).toString();
    if (!reviewer.isEmpty())
        parts << tr("reviewed by %1").arg(VisibleText::oneLine(reviewer));
    const QStringList parents = card.data(TaskTableModel::WaitingOnRole).toStringList();
    const int waiting = card.data(TaskTableModel::WaitingCountRole).toInt();
    if (!parents.isEmpty()) {
        QStringList titles;
        for (const QString &t : parents)
            titles << tr("“%1”").arg(VisibleText::oneLine(t));
        parts << tr("waiting on %1").arg(titles.join(QStringLiteral(", ")));
    } else if (waiting > 0) {
        parts << tr("waiting on %n unfinished parent(s)", nullptr, waiting);
    }
    const qint64 retryIn = card.data(TaskTableModel::RetryInRole).toLongLong();
    if (retryIn >= 0)
        parts << tr("next attempt in %1").arg(CardDelegate::formatCountdown(retryIn));
    const int comments = card.data(TaskTableModel::CommentCountRole).toInt();
    if (comments > 0)
        parts << tr("%n comment(s)", nullptr, comments);
    return parts.join(QStringLiteral(", "));
}

QString CardText::accessibleDescription(const QModelIndex &card)
{
    QStringList parts;
    parts << tr("Task %1").arg(card.data(TaskTableModel::IdRole).toString());
    const QString status = card.data(TaskTableModel::StatusRole).toString();
    const qint64 age = card.data(TaskTableModel::AgeRole).toLongLong();
    if (age >= 0)
        parts << (status == TaskStatus::Running
                      ? tr("running for %1").arg(CardDelegate::formatDuration(age))
                      : tr("in %1 for %2")
                            .arg(StatusText::name(status), CardDelegate::formatDuration(age)));
    const auto tier = Staleness::Tier(card.data(TaskTableModel::StalenessRole).toInt());
    if (tier == Staleness::Amber)
        parts << tr("getting stale");
    else if (tier == Staleness::Red)
        parts << tr("stale");
    return parts.join(QStringLiteral(", "));
}

QString CardText::legend()
{
    return tr("<b>What the cards show</b>"
              "<table cellspacing=4>"
              "<tr><td><b>Amber border</b></td><td>The task has waited a while in its column: "
              "running 10 minutes, ready or blocked 1 hour, todo 7 days.</td></tr>"
              "<tr><td><b>Red border and glow</b></td><td>Stale: running 1 hour, ready or "
              "blocked 1 day, todo 30 days, counted from when the task entered the "
              "column.</td></tr>"
              "<tr><td><b>Outer ring</b></td><td>The selected card.</td></tr>"
              "<tr><td><b>P1, P2, P3</b></td><td>Priority; higher numbers go first.</td></tr>"
              "<tr><td><b>Coloured chip</b></td><td>The assignee (one colour per name); "
              "<i>unassigned</i> when nobody is.</td></tr>"
              "<tr><td><b>review: NAME</b></td><td>A profile reviews the result.</td></tr>"
              "<tr><td><b>Clock</b></td><td>Time running, or the next attempt's "
              "countdown.</td></tr>"
              "<tr><td><b>Waiting on N</b></td><td>Unfinished parents it waits for.</td></tr>"
              "</table>");
}
