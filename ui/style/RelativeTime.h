#pragma once

#include <QCoreApplication>
#include <QString>

// "just now", "5 min ago", "3 h ago", "2 days ago"; absolute past a week.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString ago(qint64 then, qint64 now);
    static QString dateTime(qint64 epochSeconds);
};
