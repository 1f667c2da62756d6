#include "ui/dialogs/charts/StatsChartsPanel.h"

#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/dialogs/charts/ChartStyle.h"
#include "ui/dialogs/charts/CumulativeFlowChart.h"
#include "ui/dialogs/charts/ThroughputChart.h"
#include "ui/dialogs/charts/TimeHistogram.h"
#include "ui/style/Theme.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace {
// Selector data: "" = all tasks, "a:NAME" an assignee, "p:NAME" a profile.
const QString kAssignee = QStringLiteral("a:");
const QString kProfile = QStringLiteral("p:");
} // namespace

StatsChartsPanel::StatsChartsPanel(QWidget *parent)
    : QWidget(parent), m_group(new QComboBox(this)),
      m_flow(ChartStyle::newView(QStringLiteral("statsFlowChart"), this)),
      m_throughput(ChartStyle::newView(QStringLiteral("statsThroughputChart"), this)),
      m_lead(ChartStyle::newView(QStringLiteral("statsLeadChart"), this)),
      m_cycle(ChartStyle::newView(QStringLiteral("statsCycleChart"), this))
{
    m_group->setObjectName(QStringLiteral("statsGroup"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *groupLabel = new QLabel(tr("Lead and cycle time &of:"), this);
    groupLabel->setBuddy(m_group);
    m_group->setToolTip(tr("Show the time distributions of all tasks, one assignee or one "
                           "profile"));
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(groupLabel);
    groupRow->addWidget(m_group);
    groupRow->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_flow, 0, 0);
    grid->addWidget(m_throughput, 0, 1);
    grid->addLayout(groupRow, 1, 0, 1, 2);
    grid->addWidget(m_lead, 2, 0);
    grid->addWidget(m_cycle, 2, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(2, 1);
    connect(m_group, &QComboBox::currentIndexChanged, this, &StatsChartsPanel::drawTimes);
}

QList<QChartView *> StatsChartsPanel::views() const
{
    return {m_flow, m_throughput, m_lead, m_cycle};
}

void StatsChartsPanel::setStats(const FlowStats &stats)
{
    m_stats = stats;
    ++m_redraws;
    fillGroups();
    drawFlow();
    drawTimes();
}

void StatsChartsPanel::fillGroups()
{
    const QString keep = m_group->currentData().toString();
    const QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItem(tr("All tasks"), QString());
    auto name = [](const QString &key) {
        return key == FlowStats::Unassigned ? tr("(unassigned)") : VisibleText::oneLine(key);
    };
    for (auto it = m_stats.perAssignee.cbegin(); it != m_stats.perAssignee.cend(); ++it)
        m_group->addItem(tr("Assignee %1").arg(name(it.key())), kAssignee + it.key());
    for (auto it = m_stats.perProfile.cbegin(); it != m_stats.perProfile.cend(); ++it)
        m_group->addItem(tr("Profile %1").arg(name(it.key())), kProfile + it.key());
    const int index = m_group->findData(keep);
    m_group->setCurrentIndex(qMax(0, index));
}

const FlowTimes &StatsChartsPanel::shownTimes() const
{
    static const FlowTimes none;
    const QString key = m_group->currentData().toString();
    if (key.startsWith(kAssignee)) {
        auto it = m_stats.perAssignee.constFind(key.mid(kAssignee.size()));
        return it == m_stats.perAssignee.cend() ? none : *it;
    }
    if (key.startsWith(kProfile)) {
        auto it = m_stats.perProfile.constFind(key.mid(kProfile.size()));
        return it == m_stats.perProfile.cend() ? none : *it;
    }
    return m_stats.overall;
}

void StatsChartsPanel::drawFlow()
{
    ChartStyle::show(m_flow, CumulativeFlowChart::build(m_stats));
    ChartStyle::show(m_throughput, ThroughputChart::build(m_stats));
}

void StatsChartsPanel::drawTimes()
{
    const FlowTimes &t = shownTimes();
    ChartStyle::show(m_lead, TimeHistogram::build(tr("Lead time"), t.lead,
                                                  Theme::statusColor(TaskStatus::Review)));
    ChartStyle::show(m_cycle, TimeHistogram::build(tr("Cycle time"), t.cycle,
                                                   Theme::statusColor(TaskStatus::Running)));
}

void StatsChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const bool palette =
        event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
    if (palette && m_stats.days > 0) {
        drawFlow();
        drawTimes();
    }
}
