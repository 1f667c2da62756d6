#include "model/Types.h"

namespace TaskStatus {

const QStringList &all()
{
    static const QStringList statuses{Triage,  Todo,   Ready, Running,
                                      Blocked, Review, Done,  Archived};
    return statuses;
}

bool isValid(const QString &s)
{
    return all().contains(s);
}

bool satisfiesParent(const QString &s)
{
    return s == Done || s == Archived;
}

} // namespace TaskStatus
