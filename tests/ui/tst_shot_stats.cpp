// Screenshots of the Statistics window on a board with a month of
// history: the charts (stats-charts.png, light and dark) and the counts
// (stats-counts.png, German), under QK_SCREENSHOT_DIR. Asserts that every
// chart view shows a drawn chart and that no table column is narrower
// than its text.
#include "tests/ui/UiTestSupport.h"

#include "tests/ui/BoardSeed.h"
#include "tests/ui/StatsSeed.h"
#include "ui/dialogs/StatsDialog.h"
#include "ui/dialogs/charts/StatsChartsPanel.h"
#include "ui/style/Translations.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>

class TestShotStats : public QObject
{
    Q_OBJECT

private:
    // Distinct colours in an image: a blank or one-colour view has few.
    static int colours(const QImage &img)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2)
                seen.insert(img.pixel(x, y));
        return int(seen.size());
    }

    static StatsDialog *open(MainWindow &w)
    {
        w.resize(1400, 900);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return nullptr;
        w.refreshNow();
        w.findChild<QAction *>(QStringLiteral("actionStats"))->trigger();
        auto *stats = w.findChild<StatsDialog *>();
        if (!stats || !QTest::qWaitForWindowExposed(stats))
            return nullptr;
        QCoreApplication::processEvents();
        return stats;
    }

private slots:
    void charts_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("file");
        QTest::newRow("light") << QStringLiteral("light") << 30
                               << QStringLiteral("stats-charts.png");
        QTest::newRow("dark") << QStringLiteral("dark") << 30
                              << QStringLiteral("stats-charts-dark.png");
        QTest::newRow("7-days") << QStringLiteral("light") << 7
                                << QStringLiteral("stats-charts-7d.png");
        QTest::newRow("90-days") << QStringLiteral("light") << 90
                                 << QStringLiteral("stats-charts-90d.png");
    }

    void charts()
    {
        QFETCH(QString, theme);
        QFETCH(int, days);
        QFETCH(QString, file);
        Translations::install(QStringLiteral("en"));
        Theme::apply(Theme::fromString(theme));
        UiTestBoard tb;
        auto session = tb.openSession();
        BoardSeed::seed(session->kernel(), tb.clock);
        StatsSeed::history(session->kernel(), tb.clock, 90);
        MainWindow w(std::move(session));
        StatsDialog *stats = open(w);
        QVERIFY(stats);
        QCOMPARE(stats->tabs()->currentWidget(), stats->charts());
        // It opens within its screen.
        QVERIFY(stats->width() <= stats->screen()->availableGeometry().width());
        QVERIFY(stats->height() <= stats->screen()->availableGeometry().height());
        auto *period = stats->findChild<QComboBox *>(QStringLiteral("statsPeriod"));
        period->setCurrentIndex(period->findData(days));
        QCOMPARE(stats->periodDays(), days);
        // The size it opens at on a 1920x1080 screen (the offscreen one is
        // 800x800).
        stats->resize(1100, 780);
        QCoreApplication::processEvents();
        const QImage img = stats->grab().toImage();
        const QString name = file;
        QVERIFY(img.save(UiTest::screenshotDir() + QLatin1Char('/') + name));
        qInfo() << "wrote" << UiTest::screenshotDir() + QLatin1Char('/') + name;

        // Four charts, each with room and something drawn in it.
        const QList<QChartView *> views = stats->charts()->views();
        QCOMPARE(views.size(), 4);
        for (QChartView *view : views) {
            QVERIFY(view->isVisible());
            QVERIFY2(view->width() >= 320 && view->height() >= 220, qPrintable(view->objectName()));
            QVERIFY(view->chart() && !view->chart()->series().isEmpty());
            QVERIFY(view->chart()->plotArea().width() > 150);
            QVERIFY(view->chart()->plotArea().height() > 80);
            const int n = colours(view->grab().toImage());
            QVERIFY2(n > 12,
                     qPrintable(QStringLiteral("%1: %2 colours").arg(view->objectName()).arg(n)));
        }
        Theme::apply(Theme::Mode::Light);
    }

    void countsInGerman()
    {
        Translations::install(QStringLiteral("de"));
        UiTestBoard tb;
        auto session = tb.openSession();
        BoardSeed::seed(session->kernel(), tb.clock);
        StatsSeed::history(session->kernel(), tb.clock, 7);
        MainWindow w(std::move(session));
        StatsDialog *stats = open(w);
        QVERIFY(stats);
        stats->tabs()->setCurrentIndex(1);
        auto *table = stats->findChild<QTableWidget *>(QStringLiteral("statsAssignees"));
        QTRY_VERIFY(table->isVisible());
        QCoreApplication::processEvents();
        const QImage img = stats->grab().toImage();
        QVERIFY(img.save(UiTest::screenshotDir() + QStringLiteral("/stats-counts-de.png")));
        QVERIFY(table->item(table->rowCount() - 1, 0)->data(Qt::UserRole).toString() ==
                QStringLiteral("unassigned"));
        const QFontMetrics hfm(table->horizontalHeader()->font());
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString head = table->horizontalHeaderItem(c)->text();
            QVERIFY2(table->columnWidth(c) >= hfm.horizontalAdvance(head), qPrintable(head));
            for (int r = 0; r < table->rowCount(); ++r)
                QVERIFY2(table->columnWidth(c) >= QFontMetrics(table->item(r, c)->font())
                                                      .horizontalAdvance(table->item(r, c)->text()),
                         qPrintable(table->item(r, c)->text()));
        }
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestShotStats)
#include "tst_shot_stats.moc"
