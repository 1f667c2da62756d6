#include "ui/board/ColumnHeader.h"

#include "model/Types.h"
#include "ui/board/StatusText.h"
#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
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
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("columnMenu_") + status);
    m_more->setIcon(Icons::get(QStringLiteral("menu")));
    m_more->setAutoRaise(true);
    m_more->setIconSize(QSize(14, 14));
    m_more->setFixedSize(24, 24);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(menu());
    m_more->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    // Archived cards are not work in progress: no limit, no menu.
    m_more->setVisible(status != TaskStatus::Archived);
    updateTexts();
}

QMenu *ColumnHeader::menu()
{
    if (m_menu)
        return m_menu;
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("columnMenu"));
    m_setLimit = m_menu->addAction(QString(), this, &ColumnHeader::setLimitRequested);
    m_setLimit->setObjectName(QStringLiteral("actionSetWipLimit"));
    m_clearLimit = m_menu->addAction(QString(), this, &ColumnHeader::clearLimitRequested);
    m_clearLimit->setObjectName(QStringLiteral("actionClearWipLimit"));
    m_clearLimit->setEnabled(m_limit > 0);
    return m_menu;
}

void ColumnHeader::updateTexts()
{
    const QString name = StatusText::name(m_status);
    QString a11y = tr("%1 column, %n card(s)", nullptr, m_shown).arg(name);
    QString tip;
    if (m_limit > 0) {
        tip = isOverLimit() ? tr("Over the limit of %1").arg(m_limit)
                            : tr("Work-in-progress limit: %1").arg(m_limit);
        a11y += QStringLiteral(", ") + tip;
    }
    setToolTip(tip);
    setAccessibleName(a11y);
    if (m_add) {
        m_add->setToolTip(tr("New task in %1").arg(name));
        m_add->setAccessibleName(tr("New task in %1").arg(name));
    }
    m_more->setToolTip(tr("%1 column menu").arg(name));
    m_more->setAccessibleName(tr("%1 column menu").arg(name));
    m_setLimit->setText(tr("Set WIP limit…"));
    m_clearLimit->setText(tr("Clear limit"));
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

void ColumnHeader::setLimit(int limit)
{
    limit = qMax(0, limit);
    if (limit == m_limit)
        return;
    m_limit = limit;
    m_clearLimit->setEnabled(m_limit > 0);
    updateTexts();
    update();
}

QString ColumnHeader::countText() const
{
    // A limit counts every card of the column, whatever the filter shows.
    if (m_limit > 0)
        return QStringLiteral("%1 / %2").arg(m_total).arg(m_limit);
    return m_shown == m_total ? QString::number(m_shown)
                              : QStringLiteral("%1/%2").arg(m_shown).arg(m_total);
}

QSize ColumnHeader::sizeHint() const
{
    return {200, qMax(28, fontMetrics().height() + 12)};
}

QSize ColumnHeader::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

int ColumnHeader::buttonsLeft() const
{
    if (m_more->isVisibleTo(this))
        return m_more->x();
    return m_add ? m_add->x() : width() - 2;
}

void ColumnHeader::resizeEvent(QResizeEvent *)
{
    int x = width() - 2;
    const int y = (height() - m_more->height()) / 2;
    if (m_add) {
        x -= m_add->width();
        m_add->move(x, y);
    }
    x -= m_more->width();
    m_more->move(x, y);
}

void ColumnHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void ColumnHeader::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_more->isVisibleTo(this))
        menu()->popup(event->globalPos());
    event->accept();
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
    const int right = buttonsLeft() - 4;
    const QString text = countText();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.86);
    const bool over = isOverLimit();
    small.setBold(over);
    const QFontMetrics sm(small);
    const int pillW = sm.horizontalAdvance(text) + 12;
    const int nameX = 8 + int(dot) + 8;
    const QString name =
        bm.elidedText(StatusText::name(m_status), Qt::ElideRight, right - nameX - pillW - 8);
    p.drawText(QRect(nameX, 0, right - nameX, height()), Qt::AlignLeft | Qt::AlignVCenter, name);

    const int pillX = nameX + bm.horizontalAdvance(name) + 8;
    const QRectF pill(pillX, cy - (sm.height() + 2) / 2.0, pillW, sm.height() + 2);
    p.setPen(Qt::NoPen);
    // Over the limit: a red pill with white text, readable in both themes.
    p.setBrush(
        over ? Theme::red()
             : Theme::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.09));
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p.setFont(small);
    p.setPen(over ? QColor(Qt::white) : Theme::mutedText(pal));
    p.drawText(pill, Qt::AlignCenter, text);
}
