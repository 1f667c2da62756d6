#include "ui/dialogs/charts/TimeHistogram.h"

#include "model/FlowStats.h"
#include "ui/board/CardDelegate.h"
#include "ui/dialogs/charts/ChartStyle.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
// Upper bounds (exclusive) of the buckets; the last is open.
const QList<qint64> &bounds()
{
    static const QList<qint64> b{kHour,    4 * kHour, 12 * kHour, kDay,
                                 2 * kDay, 4 * kDay,  7 * kDay,   14 * kDay};
    return b;
}
} // namespace

QStringList TimeHistogram::bucketLabels()
{
    return {tr("0–1h"), tr("1–4h"), tr("4–12h"), tr("½–1d"), tr("1–2d"),
            tr("2–4d"), tr("4–7d"), tr("1–2w"),  tr(">2w")};
}

QList<int> TimeHistogram::buckets(const TimeDistribution &times)
{
    QList<int> out(bounds().size() + 1, 0);
    for (qint64 s : times.samples) {
        qsizetype i = 0;
        while (i < bounds().size() && s >= bounds().at(i))
            ++i;
        ++out[i];
    }
    return out;
}

QChart *TimeHistogram::build(const QString &title, const TimeDistribution &times,
                             const QColor &color)
{
    // Two lines: the name, then the percentiles (or that there is none).
    QString figures = tr("no task completed");
    if (times.count() > 0)
        figures = tr("p50 %1 · p85 %2 · p95 %3")
                      .arg(CardDelegate::formatDuration(times.p50),
                           CardDelegate::formatDuration(times.p85),
                           CardDelegate::formatDuration(times.p95));
    QChart *chart = ChartStyle::newChart(title, tr("%n task(s)", "", times.count()) +
                                                    QStringLiteral(" · ") + figures);
    auto *set = new QBarSet(title);
    int top = 0;
    for (int n : buckets(times)) {
        *set << n;
        top = qMax(top, n);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    auto *x = new QBarCategoryAxis;
    x->append(bucketLabels());
    x->setLabelsColor(text);
    x->setLabelsFont(ChartStyle::labelFont());
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsColor(text);
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
