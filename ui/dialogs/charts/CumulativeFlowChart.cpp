#include "ui/dialogs/charts/CumulativeFlowChart.h"

#include "model/FlowStats.h"
#include "ui/board/StatusText.h"
#include "ui/dialogs/charts/ChartStyle.h"
#include "ui/style/Theme.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

QChart *CumulativeFlowChart::build(const FlowStats &stats)
{
    QChart *chart = ChartStyle::newChart(tr("Cumulative flow"),
                                         tr("Cards in each column at the end of each day"));
    QCategoryAxis *x = ChartStyle::dayAxis(stats.dates, false);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsColor(QApplication::palette().color(QPalette::WindowText));
    y->setLabelsFont(ChartStyle::labelFont());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QStringList order = FlowStats::flowStatuses();
    std::reverse(order.begin(), order.end()); // done at the bottom
    QList<int> below(stats.dates.size(), 0);
    int top = 0;
    for (const QString &status : std::as_const(order)) {
        const QList<int> counts = stats.cumulative.value(status);
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        for (int d = 0; d < stats.dates.size(); ++d) {
            lower->append(d, below.at(d));
            below[d] += counts.value(d);
            upper->append(d, below.at(d));
            top = qMax(top, below.at(d));
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(StatusText::name(status));
        chart->addSeries(area);
        const QColor c = Theme::statusColor(status);
        QColor fill = c;
        fill.setAlphaF(0.85f);
        area->setBrush(fill);
        area->setPen(QPen(c.darker(115), 1));
        area->attachAxis(x);
        area->attachAxis(y);
    }
    y->setRange(0, qMax(top, 1));
    y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}
