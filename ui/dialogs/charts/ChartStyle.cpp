#include "ui/dialogs/charts/ChartStyle.h"

#include "ui/style/Theme.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLocale>

namespace ChartStyle {

QFont labelFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

QChart *newChart(const QString &name, const QString &figures)
{
    const QPalette pal = QApplication::palette();
    auto *chart = new QChart;
    chart->setTheme(Theme::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme's own backgrounds are gradients: use the window's colour.
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(6);
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    chart->setTitleFont(QApplication::font());
    chart->setTitle(
        QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), figures.toHtmlEscaped()));
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    chart->legend()->setFont(QApplication::font());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QChartView *newView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

void show(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    if (old && old != chart)
        delete old;
}

QCategoryAxis *dayAxis(const QList<QDate> &dates, bool bars)
{
    const QPalette pal = QApplication::palette();
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setLabelsColor(pal.color(QPalette::WindowText));
    axis->setLabelsFont(labelFont());
    const auto n = qsizetype(dates.size());
    const qsizetype step = qMax<qsizetype>(1, (n + 6) / 7);
    // Label the last day (today) and every step-th day before it, in
    // ascending order (QCategoryAxis wants growing end values).
    QList<qsizetype> marks;
    for (qsizetype i = n - 1; i >= 0; i -= step)
        marks.prepend(i);
    for (qsizetype i : std::as_const(marks))
        axis->append(QLocale().toString(dates.at(i), QStringLiteral("d MMM")), qreal(i));
    const qreal pad = bars ? 0.5 : 0.0;
    axis->setRange(-pad, qMax<qreal>(qreal(n - 1), 1.0) + pad);
    axis->setStartValue(-pad);
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace ChartStyle
