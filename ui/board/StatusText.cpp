#include "ui/board/StatusText.h"

#include "model/Types.h"

QString StatusText::name(const QString &status)
{
    if (status == TaskStatus::Triage)
        return tr("Triage");
    if (status == TaskStatus::Todo)
        return tr("Todo");
    if (status == TaskStatus::Ready)
        return tr("Ready");
    if (status == TaskStatus::Running)
        return tr("Running");
    if (status == TaskStatus::Blocked)
        return tr("Blocked");
    if (status == TaskStatus::Review)
        return tr("Review");
    if (status == TaskStatus::Done)
        return tr("Done");
    if (status == TaskStatus::Archived)
        return tr("Archived");
    return status;
}

QStringList StatusText::boardColumns()
{
    return TaskStatus::all();
}

QString StatusText::emptyHint(const QString &status)
{
    if (status == TaskStatus::Triage)
        return tr("Rough ideas land here");
    if (status == TaskStatus::Ready)
        return tr("Nothing waiting for a worker");
    if (status == TaskStatus::Running)
        return tr("No worker is running");
    if (status == TaskStatus::Blocked)
        return tr("Nothing is blocked");
    if (status == TaskStatus::Review)
        return tr("Nothing to review");
    return tr("No cards");
}
