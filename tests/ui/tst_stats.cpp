// The Statistics window: charts of the flow (cumulative flow, throughput,
// lead and cycle time per group) over a chosen period, the dark chart
// theme, and a counts table with room for its text and a row for
// unassigned cards.
#include "tests/ui/UiTestSupport.h"

#include "model/FlowStats.h"
#include "model/Types.h"
#include "tests/ui/StatsSeed.h"
#include "ui/board/StatusText.h"
#include "ui/dialogs/StatsDialog.h"
#include "ui/dialogs/charts/StatsChartsPanel.h"
#include "ui/dialogs/charts/TimeHistogram.h"
#include "ui/style/Translations.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>

namespace {

StatsDialog *openStats(MainWindow &w)
{
    w.refreshNow();
    w.findChild<QAction *>(QStringLiteral("actionStats"))->trigger();
    auto *stats = w.findChild<StatsDialog *>();
    return stats && stats->isVisible() ? stats : nullptr;
}

QChart *chartOf(StatsDialog *stats, const QString &name)
{
    auto *view = stats->findChild<QChartView *>(name);
    return view ? view->chart() : nullptr;
}

QList<int> barValues(QChart *chart)
{
    QList<int> out;
    const auto series = chart->series();
    if (series.isEmpty())
        return out;
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    if (!bars || bars->barSets().isEmpty())
        return out;
    const QBarSet *set = bars->barSets().first();
    for (int i = 0; i < set->count(); ++i)
        out << int(set->at(i));
    return out;
}

int sum(const QList<int> &v)
{
    int n = 0;
    for (int x : v)
        n += x;
    return n;
}

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Translations::install(QStringLiteral("en"));
        Theme::apply(Theme::Mode::Light);
    }

    void chartsShowTheFlowOfTheChosenPeriod()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        StatsSeed::history(w.session()->kernel(), tb.clock);
        StatsDialog *stats = openStats(w);
        QVERIFY(stats);
        QCOMPARE(stats->tabs()->currentWidget(), stats->charts());
        QCOMPARE(stats->periodDays(), 30);
        const FlowStats expected = FlowStats::read(w.session()->board(), 30);
        QVERIFY(expected.completed() > 10);

        // One stacked area per status the flow shows.
        QChart *flow = chartOf(stats, QStringLiteral("statsFlowChart"));
        QVERIFY(flow);
        QCOMPARE(flow->series().size(), FlowStats::flowStatuses().size());
        for (QAbstractSeries *s : flow->series())
            QVERIFY(qobject_cast<QAreaSeries *>(s));
        // Throughput: a bar per day, the completed tasks in all.
        QList<int> through = barValues(chartOf(stats, QStringLiteral("statsThroughputChart")));
        QCOMPARE(through.size(), 30);
        QCOMPARE(through, expected.throughput);
        // Lead time histogram: every completed task in one bucket.
        QCOMPARE(sum(barValues(chartOf(stats, QStringLiteral("statsLeadChart")))),
                 expected.overall.lead.count());
        QVERIFY(chartOf(stats, QStringLiteral("statsLeadChart"))
                    ->title()
                    .contains(QStringLiteral("p85")));

        // Seven days: the charts follow the period.
        auto *period = stats->findChild<QComboBox *>(QStringLiteral("statsPeriod"));
        period->setCurrentIndex(period->findData(7));
        through = barValues(chartOf(stats, QStringLiteral("statsThroughputChart")));
        QCOMPARE(through.size(), 7);
        QCOMPARE(through, FlowStats::read(w.session()->board(), 7).throughput);
    }

    void timesPerAssigneeAndProfileWithUnassigned()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        StatsSeed::history(w.session()->kernel(), tb.clock);
        StatsDialog *stats = openStats(w);
        QVERIFY(stats);
        const FlowStats expected = FlowStats::read(w.session()->board(), 30);
        QComboBox *group = stats->charts()->groupSelector();
        QStringList items;
        for (int i = 0; i < group->count(); ++i)
            items << group->itemText(i);
        QVERIFY2(items.contains(QStringLiteral("Assignee coder")), qPrintable(items.join('|')));
        QVERIFY2(items.contains(QStringLiteral("Assignee (unassigned)")),
                 qPrintable(items.join('|')));
        QVERIFY2(items.contains(QStringLiteral("Profile writer")), qPrintable(items.join('|')));
        group->setCurrentIndex(items.indexOf(QStringLiteral("Assignee (unassigned)")));
        const int unassigned = expected.perAssignee.value(FlowStats::Unassigned).lead.count();
        QVERIFY(unassigned > 0);
        QVERIFY(unassigned < expected.overall.lead.count());
        QCOMPARE(sum(barValues(chartOf(stats, QStringLiteral("statsLeadChart")))), unassigned);
        QCOMPARE(sum(barValues(chartOf(stats, QStringLiteral("statsCycleChart")))),
                 expected.perAssignee.value(FlowStats::Unassigned).cycle.count());
        // The choice survives a live refresh.
        const int redraws = stats->charts()->redraws();
        tb.create(w.session()->kernel(), QStringLiteral("One more"));
        w.refreshNow();
        QTRY_VERIFY(stats->charts()->redraws() > redraws);
        QCOMPARE(group->currentText(), QStringLiteral("Assignee (unassigned)"));
        // A burst of changes redraws once; the Counts tab redraws nothing.
        stats->tabs()->setCurrentIndex(1);
        const int hidden = stats->charts()->redraws();
        for (int i = 0; i < 3; ++i) {
            tb.create(w.session()->kernel(), QStringLiteral("Burst %1").arg(i));
            w.refreshNow();
        }
        QCOMPARE(stats->statusCount(TaskStatus::Ready),
                 expected.cumulative.value(TaskStatus::Ready).last() + 4);
        stats->tabs()->setCurrentIndex(0);
        QCOMPARE(stats->charts()->redraws(), hidden + 1);
    }

    void darkThemeDrawsDarkCharts()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        StatsSeed::history(w.session()->kernel(), tb.clock, 7);
        StatsDialog *stats = openStats(w);
        QVERIFY(stats);
        QCOMPARE(chartOf(stats, QStringLiteral("statsFlowChart"))->theme(),
                 QChart::ChartThemeLight);
        Theme::apply(Theme::Mode::Dark); // a live switch
        QTRY_COMPARE(chartOf(stats, QStringLiteral("statsFlowChart"))->theme(),
                     QChart::ChartThemeDark);
        QTRY_COMPARE(chartOf(stats, QStringLiteral("statsCycleChart"))->theme(),
                     QChart::ChartThemeDark);
        QVERIFY(chartOf(stats, QStringLiteral("statsFlowChart"))
                    ->backgroundBrush()
                    .color()
                    .lightness() < 128);
    }

    void countsTableHasRoomForGermanAndARowForUnassigned()
    {
        Translations::install(QStringLiteral("de"));
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        Kernel &k = w.session()->kernel();
        tb.create(k, QStringLiteral("Übersetzung der Oberfläche prüfen (Umlaute äöüß)"),
                  QStringLiteral("uebersetzer"));
        const QString open = tb.create(k, QStringLiteral("Größenänderung"));
        tb.create(k, QStringLiteral("Prüfung"), QStringLiteral("pruefer"));
        k.blockTask(open, QStringLiteral("Später"));
        StatsDialog *stats = openStats(w);
        QVERIFY(stats);
        stats->tabs()->setCurrentIndex(1);
        auto *table = stats->findChild<QTableWidget *>(QStringLiteral("statsAssignees"));
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 3);
        QTableWidgetItem *last = table->item(2, 0);
        QCOMPARE(last->data(Qt::UserRole).toString(), FlowStats::Unassigned);
        // The unassigned row counts the blocked card without assignee.
        int blockedColumn = -1;
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c)->text() == StatusText::name(TaskStatus::Blocked))
                blockedColumn = c;
        QVERIFY(blockedColumn > 0);
        QCOMPARE(table->item(2, blockedColumn)->text(), QStringLiteral("1"));

        // No header or cell narrower than its text; rows tall enough for
        // accents over capitals.
        const QFontMetrics hfm(table->horizontalHeader()->font());
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString head = table->horizontalHeaderItem(c)->text();
            QVERIFY2(table->columnWidth(c) >= hfm.horizontalAdvance(head) + 8,
                     qPrintable(QStringLiteral("column %1 (%2): %3 px for %4 px of text")
                                    .arg(c)
                                    .arg(head)
                                    .arg(table->columnWidth(c))
                                    .arg(hfm.horizontalAdvance(head))));
            for (int r = 0; r < table->rowCount(); ++r) {
                const QTableWidgetItem *item = table->item(r, c);
                const QFontMetrics fm(item->font());
                QVERIFY2(table->columnWidth(c) >= fm.horizontalAdvance(item->text()) + 8,
                         qPrintable(item->text()));
            }
        }
        const QFontMetrics fm(table->font());
        const int glyphs = fm.boundingRect(QStringLiteral("ÄÖÜ ägq")).height();
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY2(table->rowHeight(r) >= glyphs + 6,
                     qPrintable(QString::number(table->rowHeight(r))));
        // Everything fits without a horizontal scroll bar.
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        Translations::install(QStringLiteral("en"));
    }

    void aLongTitleNeverWidensTheWindow()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        Kernel &k = w.session()->kernel();
        tb.create(k, QStringLiteral("Short"));
        StatsDialog *stats = openStats(w);
        QVERIFY(stats);
        stats->tabs()->setCurrentIndex(1);
        const int width = stats->width();
        const QString title =
            QStringLiteral("Übersetzung der Oberfläche ins Deutsche prüfen ").repeated(12);
        k.archiveTask(k.listTasks().first().id);
        tb.create(k, title);
        w.refreshNow();
        QCoreApplication::processEvents();
        QCOMPARE(stats->width(), width);
        auto *oldest = stats->findChild<QLabel *>(QStringLiteral("statsOldest"));
        QVERIFY(oldest->text().contains(QStringLiteral("Übersetzung")));
        QVERIFY(oldest->geometry().right() <= oldest->parentWidget()->width());
        QVERIFY(oldest->height() >= oldest->heightForWidth(oldest->width()) - 1);
    }
};

QTEST_MAIN(TestStats)
#include "tst_stats.moc"
