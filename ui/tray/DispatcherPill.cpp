#include "ui/tray/DispatcherPill.h"

#include "ui/style/MessageText.h"
#include "ui/style/RelativeTime.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QPainter>

DispatcherPill::DispatcherPill(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("dispatcherPill"));
    setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setStatus({});
}

QString DispatcherPill::pausedText(const DispatcherHealth &status)
{
    const qsizetype n = status.pausedProfiles.size();
    if (n == 0)
        return {};
    return n == 1 ? tr("%1 paused").arg(status.pausedProfiles.firstKey())
                  : tr("%n profile(s) paused", nullptr, int(n));
}

QString DispatcherPill::summary(const DispatcherHealth &status)
{
    const QString paused = pausedText(status);
    const QString state = stateText(status);
    return paused.isEmpty() ? state : state + QStringLiteral(" · ") + paused;
}

QString DispatcherPill::stateText(const DispatcherHealth &status)
{
    switch (status.state) {
    case DispatcherHealth::Alive:
        return status.lastTick > 0 ? tr("Dispatcher · %1").arg(MessageText::time(status.lastTick))
                                   : tr("Dispatcher · starting");
    case DispatcherHealth::Paused:
        return tr("Dispatcher paused");
    case DispatcherHealth::Failing:
        return tr("Dispatcher error");
    default:
        return tr("No dispatcher");
    }
}

QString DispatcherPill::details(const DispatcherHealth &status)
{
    QStringList lines;
    lines << summary(status);
    if (status.state != DispatcherHealth::Absent) {
        QString where;
        if (status.local)
            where = status.mode == QLatin1String("tray") ? tr("runs in this program's tray icon")
                                                         : tr("runs in this window");
        else if (status.mode == QLatin1String("daemon"))
            where = tr("runs as a daemon (pid %1 on %2)").arg(status.pid).arg(status.host);
        else
            where = tr("runs in another process (pid %1 on %2)").arg(status.pid).arg(status.host);
        lines << where;
        lines << (status.lastTick > 0
                      ? tr("Last tick: %1").arg(RelativeTime::dateTime(status.lastTick))
                      : tr("Last tick: not yet"));
        if (!status.lastTickReport.isEmpty())
            lines << tr("Last tick did: %1").arg(status.lastTickReport);
    } else {
        lines << tr("Ready tasks are not started until a dispatcher runs.");
    }
    for (auto it = status.pausedProfiles.cbegin(); it != status.pausedProfiles.cend(); ++it)
        lines << tr("Profile %1 is paused: %2.").arg(it.key(), it.value());
    if (!status.lastError.isEmpty())
        lines << tr("Last error: %1").arg(status.lastError);
    if (!status.note.isEmpty())
        lines << status.note;
    return lines.join(QLatin1Char('\n'));
}

QString DispatcherPill::text() const
{
    // What the last tick did, short: the details have it in full.
    const QString tick = m_status.lastTickReport;
    if (m_status.state != DispatcherHealth::Alive || tick.isEmpty())
        return summary(m_status);
    const QString shortTick =
        tick.size() > 40 ? tick.left(39).trimmed() + QStringLiteral("…") : tick;
    return summary(m_status) + QStringLiteral(" · ") + shortTick;
}

void DispatcherPill::setStatus(const DispatcherHealth &status)
{
    m_status = status;
    setToolTip(details(status));
    setAccessibleName(summary(status));
    setAccessibleDescription(details(status));
    updateGeometry();
    update();
}

QColor DispatcherPill::dotColor() const
{
    switch (m_status.state) {
    case DispatcherHealth::Alive:
        return m_status.pausedProfiles.isEmpty() ? Theme::green() : Theme::amber();
    case DispatcherHealth::Paused:
        return QColor(0x9a, 0xa0, 0xa8);
    default:
        return Theme::red();
    }
}

QSize DispatcherPill::sizeHint() const
{
    const QFontMetrics fm(font());
    // At most ~36 characters wide, elided when painted: a busy tick's
    // report must not push the pill into the toolbar's overflow menu.
    const int wide = qMin(fm.horizontalAdvance(text()), fm.averageCharWidth() * 36);
    return {wide + 36, qMax(26, fm.height() + 10)};
}

void DispatcherPill::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setStatus(m_status);
    QToolButton::changeEvent(event);
}

void DispatcherPill::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF r = QRectF(rect()).adjusted(1.5, 2.5, -1.5, -2.5);
    const QColor dot = dotColor();
    QColor fill = Theme::mix(pal.color(QPalette::Window), dot, underMouse() ? 0.22 : 0.13);
    QColor border = Theme::mix(pal.color(QPalette::Window), dot, 0.45);
    p.setPen(QPen(border, 1));
    p.setBrush(fill);
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    const qreal d = 8;
    p.setPen(Qt::NoPen);
    p.setBrush(dot);
    p.drawEllipse(QRectF(r.left() + 10, r.center().y() - d / 2, d, d));
    p.setPen(pal.color(QPalette::WindowText));
    const QRectF textRect = r.adjusted(24, 0, -8, 0);
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(text(), Qt::ElideRight, int(textRect.width())));
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), r.height() / 2 + 1, r.height() / 2 + 1);
    }
}
