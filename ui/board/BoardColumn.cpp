#include "ui/board/BoardColumn.h"

#include "model/Types.h"
#include "ui/board/CardListView.h"
#include "ui/board/ColumnFilterProxy.h"
#include "ui/board/ColumnHeader.h"
#include "ui/board/StatusText.h"
#include "ui/style/Theme.h"

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
    m_view->setAccessibleName(tr("%1 cards").arg(StatusText::name(status)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 6, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
}

void BoardColumn::updateCount(int total)
{
    m_header->setCount(m_proxy->rowCount(), total);
}

void BoardColumn::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::columnBackground(palette()));
    p.drawRoundedRect(QRectF(rect()), 10, 10);
}
