#pragma once

#include "model/FlowStats.h"

#include <QWidget>

class QChartView;
class QComboBox;

// The charts of the Statistics window: cumulative flow and throughput
// over the period, lead and cycle time distributions of the group the
// selector names (all tasks, an assignee, a profile). Redrawn from
// setStats() and when the palette changes (a live theme switch).
class StatsChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatsChartsPanel(QWidget *parent = nullptr);

    void setStats(const FlowStats &stats);
    QComboBox *groupSelector() const { return m_group; }
    QList<QChartView *> views() const;
    // The distributions shown: of the selected group.
    const FlowTimes &shownTimes() const;
    int redraws() const { return m_redraws; } // setStats() calls, for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillGroups();
    void drawFlow();
    void drawTimes();

    FlowStats m_stats;
    QComboBox *m_group;
    QChartView *m_flow;
    QChartView *m_throughput;
    QChartView *m_lead;
    QChartView *m_cycle;
    int m_redraws = 0;
};
