#pragma once

#include <QCoreApplication>

class QChart;
struct FlowStats;

// Throughput: the tasks completed each day of the period, as bars.
class ThroughputChart
{
    Q_DECLARE_TR_FUNCTIONS(ThroughputChart)
public:
    static QChart *build(const FlowStats &stats);
};
