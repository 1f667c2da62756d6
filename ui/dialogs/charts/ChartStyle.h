#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QCategoryAxis;
class QChart;
class QChartView;
class QFont;
class QWidget;

// What every statistics chart shares: the light or dark chart theme of
// the current palette, a view, and the day axis.
namespace ChartStyle {
// A chart with the current palette's theme (dark when the palette is),
// titled with its name in bold over one line of figures.
QChart *newChart(const QString &name, const QString &figures);
// Axis labels: a little smaller than the window's text.
QFont labelFont();
// A view that antialiases; objectName for tests.
QChartView *newView(const QString &objectName, QWidget *parent);
// Shows chart in view and deletes the chart shown before.
void show(QChartView *view, QChart *chart);
// An x axis over day indices 0..n-1 with at most seven dates as
// labels; bars: the range is widened by half a day at both ends.
QCategoryAxis *dayAxis(const QList<QDate> &dates, bool bars);
} // namespace ChartStyle
