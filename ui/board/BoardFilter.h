#pragma once

#include <QString>

// What the toolbar filters by. Empty fields match everything; an
// assignee of BoardFilter::unassigned() matches tasks with none.
struct BoardFilter
{
    QString text;
    QString assignee;
    QString tenant;

    static QString unassigned() { return QStringLiteral("\x01unassigned"); }
    bool isEmpty() const { return text.isEmpty() && assignee.isEmpty() && tenant.isEmpty(); }
    bool operator==(const BoardFilter &o) const
    {
        return text == o.text && assignee == o.assignee && tenant == o.tenant;
    }
};
