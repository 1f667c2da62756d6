#include "ui/dialogs/StatsDialog.h"

#include "model/BoardQueries.h"
#include "model/Types.h"
#include "ui/Guarded.h"
#include "ui/board/CardDelegate.h"
#include "ui/board/StatusText.h"
#include "ui/style/Theme.h"
#include "ui/window/BoardSession.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kBarWidth = 260;
}

StatsDialog::StatsDialog(BoardSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_statusGrid(new QGridLayout),
      m_assignees(new QTableWidget(this)), m_oldest(new QLabel(this)),
      m_openOldest(new QPushButton(this))
{
    setObjectName(QStringLiteral("statsDialog"));
    setWindowTitle(tr("Board statistics"));
    resize(620, 560);
    auto *byStatus = new QGroupBox(tr("Cards by status"), this);
    byStatus->setLayout(m_statusGrid);
    m_statusGrid->setHorizontalSpacing(10);
    m_statusGrid->setColumnStretch(3, 1);
    auto *byAssignee = new QGroupBox(tr("Cards by assignee"), this);
    auto *al = new QVBoxLayout(byAssignee);
    m_assignees->setObjectName(QStringLiteral("statsAssignees"));
    m_assignees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assignees->verticalHeader()->hide();
    m_assignees->setAlternatingRowColors(true);
    m_assignees->setAccessibleName(tr("Cards by assignee"));
    al->addWidget(m_assignees);
    auto *oldestBox = new QGroupBox(tr("Oldest ready task"), this);
    auto *ol = new QHBoxLayout(oldestBox);
    m_oldest->setObjectName(QStringLiteral("statsOldest"));
    m_oldest->setWordWrap(true);
    m_openOldest->setObjectName(QStringLiteral("statsOpenOldest"));
    m_openOldest->setText(tr("Open"));
    ol->addWidget(m_oldest, 1);
    ol->addWidget(m_openOldest);
    connect(m_openOldest, &QPushButton::clicked, this, [this] {
        if (!m_oldestId.isEmpty())
            emit openTaskRequested(m_oldestId);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(byStatus);
    layout->addWidget(byAssignee, 1);
    layout->addWidget(oldestBox);
    layout->addWidget(buttons);
    if (session)
        connect(session, &BoardSession::refreshed, this, &StatsDialog::reload);
    reload();
}

void StatsDialog::reload()
{
    if (!m_session)
        return;
    BoardStats stats;
    std::optional<BoardQueries::TaskRef> oldest;
    const bool read = guarded(
        [&] {
            stats = m_session->kernel().boardStats();
            oldest = BoardQueries::oldestReady(m_session->board().db());
        },
        [this](const QString &error) { m_oldest->setText(error); });
    if (!read)
        return;
    m_counts = stats.byStatus;
    while (QLayoutItem *item = m_statusGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qint64 max = 1;
    for (qint64 n : std::as_const(stats.byStatus))
        max = qMax(max, n);
    int row = 0;
    for (const QString &s : TaskStatus::all()) {
        if (s == TaskStatus::Archived)
            continue;
        const qint64 n = stats.byStatus.value(s);
        auto *dot = new QLabel(
            QStringLiteral("<span style='color:%1'>●</span>").arg(Theme::statusColor(s).name()));
        auto *name = new QLabel(StatusText::name(s));
        auto *count = new QLabel(QString::number(n));
        count->setObjectName(QStringLiteral("statsCount_") + s);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *bar = new QFrame;
        bar->setFixedSize(qMax<int>(n > 0 ? 3 : 0, int(kBarWidth * n / max)), 10);
        bar->setStyleSheet(
            QStringLiteral("background:%1;border-radius:4px;").arg(Theme::statusColor(s).name()));
        m_statusGrid->addWidget(dot, row, 0);
        m_statusGrid->addWidget(name, row, 1);
        m_statusGrid->addWidget(count, row, 2);
        m_statusGrid->addWidget(bar, row, 3, Qt::AlignLeft | Qt::AlignVCenter);
        ++row;
    }

    QStringList columns{tr("Assignee")};
    QStringList statuses;
    for (const QString &s : TaskStatus::all()) {
        if (s != TaskStatus::Archived) {
            statuses << s;
            columns << StatusText::name(s);
        }
    }
    m_assignees->clear();
    m_assignees->setColumnCount(int(columns.size()));
    m_assignees->setHorizontalHeaderLabels(columns);
    m_assignees->setRowCount(int(stats.byAssignee.size()));
    int r = 0;
    for (auto it = stats.byAssignee.cbegin(); it != stats.byAssignee.cend(); ++it, ++r) {
        m_assignees->setItem(r, 0, new QTableWidgetItem(it.key()));
        for (int c = 0; c < statuses.size(); ++c) {
            const qint64 n = it.value().value(statuses[c]);
            auto *item = new QTableWidgetItem(n ? QString::number(n) : QStringLiteral("·"));
            item->setTextAlignment(Qt::AlignCenter);
            m_assignees->setItem(r, c + 1, item);
        }
    }
    m_assignees->resizeColumnsToContents();

    m_oldestId = oldest ? oldest->id : QString();
    m_openOldest->setEnabled(oldest.has_value());
    if (oldest)
        m_oldest->setText(
            tr("%1 — %2, ready for %3")
                .arg(oldest->id, oldest->title.simplified().toHtmlEscaped(),
                     CardDelegate::formatDuration(stats.oldestReadyAgeSeconds.value_or(0))));
    else
        m_oldest->setText(tr("No task is ready."));
}

QString StatsDialog::oldestReadyText() const
{
    return m_oldest->text();
}

int StatsDialog::statusCount(const QString &status) const
{
    return int(m_counts.value(status));
}
