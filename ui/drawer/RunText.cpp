#include "ui/drawer/RunText.h"

#include "model/VisibleText.h"
#include "ui/board/CardDelegate.h"
#include "ui/drawer/EventSentence.h"

#include <QDateTime>
#include <QLocale>

namespace {
QString longTime(qint64 t)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(t), QLocale::ShortFormat);
}
} // namespace

bool RunText::abandoned(const Run &r, qint64 now)
{
    if (r.endedAt)
        return r.outcome == EventKind::Reclaimed;
    return r.claimExpires && *r.claimExpires < now;
}

QString RunText::outcomeKey(const Run &r, qint64 now)
{
    if (r.endedAt)
        return r.outcome.isEmpty() ? r.status : r.outcome;
    return abandoned(r, now) ? EventKind::Reclaimed : QString();
}

QString RunText::outcome(const Run &r, qint64 now)
{
    if (!r.endedAt)
        return abandoned(r, now) ? tr("Not answering") : tr("Running");
    return EventSentence::outcome(outcomeKey(r, now));
}

QString RunText::duration(const Run &r, qint64 now)
{
    if (abandoned(r, now)) {
        // It ran at least until its last heartbeat, at most until its
        // claim ran out; never until the reclaim that noticed it.
        if (r.lastHeartbeatAt && *r.lastHeartbeatAt > r.startedAt)
            return CardDelegate::formatDuration(*r.lastHeartbeatAt - r.startedAt);
        const qint64 end = qMin(r.claimExpires.value_or(r.startedAt), r.endedAt.value_or(now));
        if (end > r.startedAt)
            return tr("under %1").arg(CardDelegate::formatDuration(end - r.startedAt));
        return tr("unknown");
    }
    return CardDelegate::formatDuration(qMax<qint64>(0, r.endedAt.value_or(now) - r.startedAt));
}

QString RunText::summary(const Run &r, qint64 now)
{
    if (abandoned(r, now)) {
        const bool manual = r.endedAt && !r.error.startsWith(QLatin1String("stale_lock="));
        if (manual && !r.error.isEmpty())
            return tr("Taken back by hand: %1").arg(VisibleText::oneLine(r.error));
        if (r.lastHeartbeatAt)
            return tr("The worker stopped answering after %1.")
                .arg(EventSentence::when(*r.lastHeartbeatAt, now));
        return tr("The worker never answered after it started.");
    }
    return VisibleText::oneLine(r.error.isEmpty() ? r.summary : r.error);
}

QString RunText::toolTip(const Run &r, qint64 now)
{
    QStringList lines;
    lines << tr("Started %1").arg(longTime(r.startedAt));
    if (r.lastHeartbeatAt)
        lines << tr("Last sign of life %1").arg(longTime(*r.lastHeartbeatAt));
    if (r.endedAt)
        lines << (abandoned(r, now) ? tr("Handed back %1").arg(longTime(*r.endedAt))
                                    : tr("Ended %1").arg(longTime(*r.endedAt)));
    const QString s = summary(r, now);
    if (!s.isEmpty())
        lines << s;
    return lines.join(QLatin1Char('\n'));
}
