#include "ui/board/ColumnHeader.h"

#include "ui/board/StatusText.h"
#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QPainter>
#include <QToolButton>

ColumnHeader::ColumnHeader(const QString &status, bool canCreate, QWidget *parent)
    : QWidget(parent), m_status(status)
{
    setObjectName(QStringLiteral("header_") + status);
    if (canCreate) {
        m_add = new QToolButton(this);
        m_add->setObjectName(QStringLiteral("add_") + status);
        m_add->setIcon(Icons::get(QStringLiteral("add")));
        m_add->setAutoRaise(true);
        m_add->setIconSize(QSize(14, 14));
        m_add->setFixedSize(24, 24);
        m_add->setCursor(Qt::PointingHandCursor);
        connect(m_add, &QToolButton::clicked, this, &ColumnHeader::createRequested);
    }
    updateTexts();
}

void ColumnHeader::updateTexts()
{
    const QString name = StatusText::name(m_status);
    setAccessibleName(tr("%1 column, %n card(s)", nullptr, m_shown).arg(name));
    if (m_add) {
        m_add->setToolTip(tr("New task in %1").arg(name));
        m_add->setAccessibleName(tr("New task in %1").arg(name));
    }
}

void ColumnHeader::setCount(int shown, int total)
{
    if (shown == m_shown && total == m_total)
        return;
    m_shown = shown;
    m_total = total;
    updateTexts();
    update();
}

QSize ColumnHeader::sizeHint() const
{
    return {200, qMax(28, fontMetrics().height() + 12)};
}

QSize ColumnHeader::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void ColumnHeader::resizeEvent(QResizeEvent *)
{
    if (m_add)
        m_add->move(width() - m_add->width() - 2, (height() - m_add->height()) / 2);
}

void ColumnHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void ColumnHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int cy = height() / 2;
    const qreal dot = 9;
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::statusColor(m_status));
    p.drawEllipse(QRectF(8, cy - dot / 2, dot, dot));

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    const QFontMetrics bm(bold);
    const int right = m_add ? m_add->x() - 4 : width() - 6;
    const QString countText = m_shown == m_total
                                  ? QString::number(m_shown)
                                  : QStringLiteral("%1/%2").arg(m_shown).arg(m_total);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.86);
    const QFontMetrics sm(small);
    const int pillW = sm.horizontalAdvance(countText) + 12;
    const int nameX = 8 + int(dot) + 8;
    const QString name =
        bm.elidedText(StatusText::name(m_status), Qt::ElideRight, right - nameX - pillW - 8);
    p.drawText(QRect(nameX, 0, right - nameX, height()), Qt::AlignLeft | Qt::AlignVCenter, name);

    const int pillX = nameX + bm.horizontalAdvance(name) + 8;
    const QRectF pill(pillX, cy - (sm.height() + 2) / 2.0, pillW, sm.height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.09));
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p.setFont(small);
    p.setPen(Theme::mutedText(pal));
    p.drawText(pill, Qt::AlignCenter, countText);
}
