#include "ui/board/BoardColumn.h"

#include "model/Types.h"
#include "ui/board/CardListView.h"
#include "ui/board/ColumnFilterProxy.h"
#include "ui/board/ColumnHeader.h"
#include "ui/board/StatusText.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QPainter>
#include <QVBoxLayout>

BoardColumn::BoardColumn(const QString &status, ColumnFilterProxy *proxy, QWidget *parent)
    : QFrame(parent), m_status(status), m_proxy(proxy)
{
    setObjectName(QStringLiteral("column_") + status);
    setMinimumWidth(kMinWidth);
    setMaximumWidth(kMaxWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    const bool canCreate =
        status == TaskStatus::Triage || status == TaskStatus::Todo || status == TaskStatus::Ready;
    m_header = new ColumnHeader(status, canCreate, this);
    m_view = new CardListView(status, this);
    m_view->setModel(proxy);
    m_view->setEmptyText(StatusText::emptyHint(status));
    updateAccessibleName();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 6, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
}

void BoardColumn::updateCount(int total)
{
    m_total = total;
    const int shown = m_proxy->rowCount();
    m_header->setCount(shown, total);
    m_view->setHiddenCount(qMax(0, total - shown));
    updateAccessibleName();
}

void BoardColumn::updateAccessibleName()
{
    // Read when the column or its list gets focus: "Ready, 3 of 14 cards".
    const int shown = m_proxy->rowCount();
    const QString name = StatusText::name(m_status);
    const QString text =
        shown == m_total ? tr("%1, %n card(s)", nullptr, shown).arg(name)
                         : tr("%1, %2 of %n card(s) shown", nullptr, m_total).arg(name).arg(shown);
    setAccessibleName(text);
    m_view->setAccessibleName(text);
}

void BoardColumn::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleName(); // the board resets the empty texts
}

void BoardColumn::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::columnBackground(palette()));
    p.drawRoundedRect(QRectF(rect()), 10, 10);
}
