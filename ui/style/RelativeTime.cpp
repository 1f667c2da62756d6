#include "ui/style/RelativeTime.h"

#include <QDateTime>
#include <QLocale>

QString RelativeTime::ago(qint64 then, qint64 now)
{
    if (then <= 0)
        return {};
    const qint64 s = qMax<qint64>(0, now - then);
    if (s < 45)
        return tr("just now");
    if (s < 3600)
        return tr("%n min ago", nullptr, int(qMax<qint64>(1, s / 60)));
    if (s < 86400)
        return tr("%n h ago", nullptr, int(s / 3600));
    if (s < 7 * 86400)
        return tr("%n day(s) ago", nullptr, int(s / 86400));
    return dateTime(then);
}

QString RelativeTime::dateTime(qint64 epochSeconds)
{
    if (epochSeconds <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds), QLocale::ShortFormat);
}
