#include "ui/dialogs/StatsDialog.h"

#include "model/BoardQueries.h"
#include "model/FlowStats.h"
#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/Guarded.h"
#include "ui/board/CardDelegate.h"
#include "ui/board/StatusText.h"
#include "ui/dialogs/charts/StatsChartsPanel.h"
#include "ui/style/Theme.h"
#include "ui/window/BoardSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kBarWidth = 260;
}

StatsDialog::StatsDialog(BoardSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_period(new QComboBox(this)),
      m_tabs(new QTabWidget(this)), m_chartsLater(new QTimer(this)),
      m_charts(new StatsChartsPanel(this)), m_statusGrid(new QGridLayout),
      m_assignees(new QTableWidget(this)), m_oldest(new QLabel(this)),
      m_openOldest(new QPushButton(this))
{
    setObjectName(QStringLiteral("statsDialog"));
    setWindowTitle(tr("Board statistics"));
    m_period->setObjectName(QStringLiteral("statsPeriod"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(1);
    m_period->setToolTip(tr("The days the charts show"));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch(1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatsDialog::reloadCharts);

    m_tabs->setObjectName(QStringLiteral("statsTabs"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(buildCounts(), tr("Counts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // Room for four charts, within the screen.
    QSize size(1100, 780);
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    // Replaying the events of a big board takes a moment: a burst of
    // changes redraws the charts once, and only while they are shown.
    m_chartsLater->setSingleShot(true);
    m_chartsLater->setInterval(1000);
    connect(m_chartsLater, &QTimer::timeout, this, &StatsDialog::reloadCharts);
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatsDialog::reloadCharts);
    if (session) {
        const auto follow = [this] {
            reloadCounts();
            if (!m_chartsLater->isActive())
                m_chartsLater->start();
        };
        connect(session, &BoardSession::refreshed, this, follow);
        connect(session, &BoardSession::updated, this, follow);
    }
    reload();
}

QWidget *StatsDialog::buildCounts()
{
    auto *page = new QWidget(this);
    auto *byStatus = new QGroupBox(tr("Cards by status"), page);
    byStatus->setLayout(m_statusGrid);
    m_statusGrid->setHorizontalSpacing(10);
    m_statusGrid->setColumnStretch(3, 1);
    auto *byAssignee = new QGroupBox(tr("Cards by assignee"), page);
    auto *al = new QVBoxLayout(byAssignee);
    m_assignees->setObjectName(QStringLiteral("statsAssignees"));
    m_assignees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assignees->verticalHeader()->hide();
    // Rows tall enough for accents above capitals (Ü) and descenders.
    const QFontMetrics fm(m_assignees->font());
    m_assignees->verticalHeader()->setDefaultSectionSize(fm.height() + 12);
    m_assignees->horizontalHeader()->setMinimumSectionSize(
        fm.horizontalAdvance(QStringLiteral("0000")) + 16);
    m_assignees->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_assignees->setAlternatingRowColors(true);
    m_assignees->setWordWrap(false);
    m_assignees->setAccessibleName(tr("Cards by assignee"));
    al->addWidget(m_assignees);
    auto *oldestBox = new QGroupBox(tr("Oldest ready task"), page);
    auto *ol = new QHBoxLayout(oldestBox);
    m_oldest->setObjectName(QStringLiteral("statsOldest"));
    m_oldest->setTextFormat(Qt::PlainText);
    m_oldest->setWordWrap(true);
    // Wraps in the width it gets; a long title never widens the window.
    m_oldest->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_oldest->setMinimumHeight(2 * fm.lineSpacing() + 6);
    m_openOldest->setObjectName(QStringLiteral("statsOpenOldest"));
    m_openOldest->setText(tr("Open"));
    ol->addWidget(m_oldest, 1);
    ol->addWidget(m_openOldest, 0, Qt::AlignTop);
    connect(m_openOldest, &QPushButton::clicked, this, [this] {
        if (!m_oldestId.isEmpty())
            emit openTaskRequested(m_oldestId);
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(byStatus);
    layout->addWidget(byAssignee, 1);
    layout->addWidget(oldestBox);
    return page;
}

void StatsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    reloadCharts(); // skipped while hidden
}

void StatsDialog::reload()
{
    reloadCounts();
    reloadCharts();
}

int StatsDialog::periodDays() const
{
    return m_period->currentData().toInt();
}

void StatsDialog::reloadCharts()
{
    if (!m_session || !isVisible() || m_tabs->currentWidget() != m_charts)
        return;
    m_chartsLater->stop();
    FlowStats flow;
    if (guarded([&] { flow = FlowStats::read(m_session->board(), periodDays()); },
                [this](const QString &error) { m_oldest->setText(error); }))
        m_charts->setStats(flow);
}

void StatsDialog::reloadCounts()
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
    // Cards with no assignee: what the per-assignee counts leave over.
    QMap<QString, qint64> unassigned = stats.byStatus;
    for (const auto &counts : std::as_const(stats.byAssignee))
        for (auto c = counts.cbegin(); c != counts.cend(); ++c)
            unassigned[c.key()] -= c.value();
    qint64 unassignedTotal = 0;
    for (qint64 n : std::as_const(unassigned))
        unassignedTotal += n;
    m_assignees->clear();
    m_assignees->setColumnCount(int(columns.size()));
    m_assignees->setHorizontalHeaderLabels(columns);
    m_assignees->setRowCount(int(stats.byAssignee.size()) + (unassignedTotal > 0 ? 1 : 0));
    int r = 0;
    auto addRow = [&](QTableWidgetItem *name, const QMap<QString, qint64> &counts) {
        m_assignees->setItem(r, 0, name);
        for (int c = 0; c < statuses.size(); ++c) {
            const qint64 n = counts.value(statuses[c]);
            auto *item = new QTableWidgetItem(n ? QString::number(n) : QStringLiteral("·"));
            item->setTextAlignment(Qt::AlignCenter);
            m_assignees->setItem(r, c + 1, item);
        }
        ++r;
    };
    for (auto it = stats.byAssignee.cbegin(); it != stats.byAssignee.cend(); ++it)
        addRow(new QTableWidgetItem(VisibleText::oneLine(it.key())), it.value());
    if (unassignedTotal > 0) {
        auto *name = new QTableWidgetItem(tr("(unassigned)"));
        QFont italic = name->font();
        italic.setItalic(true);
        name->setFont(italic);
        name->setData(Qt::UserRole, FlowStats::Unassigned);
        addRow(name, unassigned);
    }
    // Room around the text: columns are never cramped.
    m_assignees->resizeColumnsToContents();
    const int pad = m_assignees->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < m_assignees->columnCount(); ++c)
        m_assignees->setColumnWidth(c, m_assignees->columnWidth(c) + pad);

    m_oldestId = oldest ? oldest->id : QString();
    m_openOldest->setEnabled(oldest.has_value());
    if (oldest)
        m_oldest->setText(
            tr("%1 — %2, ready for %3")
                .arg(oldest->id, VisibleText::oneLine(oldest->title.simplified()),
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
