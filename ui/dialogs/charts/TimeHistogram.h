#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QChart;
class QColor;
struct TimeDistribution;

// A lead or cycle time distribution: tasks per duration bucket (under an
// hour ... over two weeks), the percentiles in the title.
class TimeHistogram
{
    Q_DECLARE_TR_FUNCTIONS(TimeHistogram)
public:
    static QChart *build(const QString &title, const TimeDistribution &times, const QColor &color);
    // Tasks per bucket, and the buckets' labels.
    static QList<int> buckets(const TimeDistribution &times);
    static QStringList bucketLabels();
};
