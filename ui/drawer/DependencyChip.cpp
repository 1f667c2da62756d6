#include "ui/drawer/DependencyChip.h"

#include "ui/board/StatusText.h"
#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QToolButton>

namespace {
constexpr int kHeight = 26;
constexpr int kMaxWidth = 280;
} // namespace

DependencyChip::DependencyChip(const QString &id, const QString &title, const QString &status,
                               QWidget *parent)
    : QWidget(parent), m_id(id), m_title(title.simplified()), m_status(status),
      m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("chip_") + id);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setToolTip(tr("%1 — %2 (%3)\nClick to open").arg(id, m_title, StatusText::name(status)));
    setAccessibleName(tr("Open %1: %2 (%3)").arg(id, m_title, StatusText::name(status)));
    m_remove->setObjectName(QStringLiteral("unlink_") + id);
    m_remove->setIcon(Icons::get(QStringLiteral("close")));
    m_remove->setIconSize(QSize(10, 10));
    m_remove->setAutoRaise(true);
    m_remove->setFixedSize(18, 18);
    m_remove->setToolTip(tr("Remove this link"));
    m_remove->setAccessibleName(tr("Remove the link to %1").arg(id));
    connect(m_remove, &QToolButton::clicked, this, [this] { emit unlinkRequested(m_id); });
}

QSize DependencyChip::sizeHint() const
{
    QFont mono = font();
    mono.setFamily(Theme::monospaceFamily());
    mono.setPointSizeF(font().pointSizeF() * 0.88);
    const int w = 12 + 8 + 6 + QFontMetrics(mono).horizontalAdvance(m_id) + 6 +
                  fontMetrics().horizontalAdvance(m_title) + 24;
    return {qMin(w, kMaxWidth), kHeight};
}

void DependencyChip::resizeEvent(QResizeEvent *)
{
    m_remove->move(width() - m_remove->width() - 4, (height() - m_remove->height()) / 2);
}

void DependencyChip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor bg = pal.color(QPalette::Base);
    if (m_hover)
        bg = Theme::mix(bg, pal.color(QPalette::Highlight), 0.08);
    p.setPen(QPen(hasFocus() ? pal.color(QPalette::Highlight) : Theme::cardBorder(pal),
                  hasFocus() ? 1.5 : 1));
    p.setBrush(bg);
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::statusColor(m_status));
    p.drawEllipse(QRectF(10, height() / 2.0 - 4, 8, 8));
    QFont mono = font();
    mono.setFamily(Theme::monospaceFamily());
    mono.setPointSizeF(font().pointSizeF() * 0.88);
    const QFontMetrics mm(mono);
    int x = 24;
    p.setFont(mono);
    p.setPen(Theme::mutedText(pal));
    p.drawText(QRect(x, 0, mm.horizontalAdvance(m_id) + 2, height()),
               Qt::AlignVCenter | Qt::AlignLeft, m_id);
    x += mm.horizontalAdvance(m_id) + 6;
    p.setFont(font());
    p.setPen(pal.color(QPalette::Text));
    const int avail = m_remove->x() - x - 2;
    p.drawText(QRect(x, 0, avail, height()), Qt::AlignVCenter | Qt::AlignLeft,
               fontMetrics().elidedText(m_title, Qt::ElideRight, avail));
}

void DependencyChip::mouseReleaseEvent(QMouseEvent *event)
{
    if (rect().contains(event->position().toPoint()))
        emit openRequested(m_id);
}

void DependencyChip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit openRequested(m_id);
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        emit unlinkRequested(m_id);
        return;
    }
    QWidget::keyPressEvent(event);
}

void DependencyChip::enterEvent(QEnterEvent *)
{
    m_hover = true;
    update();
}

void DependencyChip::leaveEvent(QEvent *)
{
    m_hover = false;
    update();
}
