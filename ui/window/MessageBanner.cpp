#include "ui/window/MessageBanner.h"

#include "ui/style/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace {
constexpr int kMargin = 12;
}

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Message"));
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss (Esc)"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(14, 10, 8, 10);
    row->setSpacing(8);
    row->addWidget(m_text, 1);
    row->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    parent->installEventFilter(this);
    hide();
}

void MessageBanner::showMessage(const QString &text)
{
    m_text->setText(text);
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, Theme::red());
    m_text->setPalette(pal);
    place();
    show();
    raise();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::dismiss()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    if (hadFocus && parentWidget())
        parentWidget()->setFocus();
}

void MessageBanner::place()
{
    QWidget *p = parentWidget();
    if (!p)
        return;
    const int w = qMax(120, p->width() - 2 * kMargin);
    const int h = qMin(layout()->totalHeightForWidth(w), qMax(40, p->height() / 2));
    setGeometry(kMargin, kMargin, w, h);
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageBanner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QColor fill = pal.color(QPalette::Window);
    p.setPen(QPen(Theme::red(), 1.5));
    p.setBrush(fill);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.drawRoundedRect(r, 8, 8);
    QColor tint = Theme::red();
    tint.setAlpha(Theme::isDark(pal) ? 40 : 22);
    p.setBrush(tint);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(r, 8, 8);
}
