#include "ui/dialogs/charts/ThroughputChart.h"

#include "model/FlowStats.h"
#include "model/Types.h"
#include "ui/dialogs/charts/ChartStyle.h"
#include "ui/style/Theme.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

QChart *ThroughputChart::build(const FlowStats &stats)
{
    const int done = stats.completed();
    const QString perDay = QLocale().toString(double(done) / qMax(1, stats.days), 'f', 1);
    QChart *chart = ChartStyle::newChart(tr("Throughput"), tr("%n completed", "", done) +
                                                               QStringLiteral(" · ") +
                                                               tr("%1 a day").arg(perDay));
    auto *set = new QBarSet(tr("Completed"));
    int top = 0;
    for (int n : stats.throughput) {
        *set << n;
        top = qMax(top, n);
    }
    set->setColor(Theme::statusColor(TaskStatus::Done));
    set->setBorderColor(Theme::statusColor(TaskStatus::Done).darker(115));
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    set->setColor(Theme::statusColor(TaskStatus::Done));
    QCategoryAxis *x = ChartStyle::dayAxis(stats.dates, true);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsColor(QApplication::palette().color(QPalette::WindowText));
    y->setLabelsFont(ChartStyle::labelFont());
    y->setRange(0, qMax(top, 1));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}
