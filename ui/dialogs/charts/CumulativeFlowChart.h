#pragma once

#include <QCoreApplication>

class QChart;
struct FlowStats;

// The cumulative flow diagram: one stacked area per status, Done at the
// bottom, over the period's days.
class CumulativeFlowChart
{
    Q_DECLARE_TR_FUNCTIONS(CumulativeFlowChart)
public:
    static QChart *build(const FlowStats &stats);
};
