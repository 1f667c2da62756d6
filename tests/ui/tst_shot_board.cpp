// The board at 60 tasks (two BoardSeed boards' worth), saved as
// board-60.png under the screenshot folder: the window keeps its size,
// every column and card stays inside it, and the board scrolls sideways
// rather than overflowing.
#include "tests/ui/WindowFixture.h"

#include "model/Staleness.h"
#include "model/Types.h"
#include "model/io/BoardIo.h"
#include "tests/ui/BoardSeed.h"
#include "ui/board/CardDelegate.h"
#include "ui/style/Theme.h"
#include "ui/window/BoardToolbar.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>

namespace {
void save(QWidget &w, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage img = w.grab().toImage();
    const QString path = UiTest::screenshotDir() + QLatin1Char('/') + name;
    QVERIFY(img.save(path));
    qInfo() << "wrote" << path;
}
} // namespace

class TestShotBoard : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Theme::apply(Theme::fromString(QStringLiteral("light"))); }

    // Defect 15: a filter that hides every card of most columns; they say
    // so, and "Clear filters" is on. 15-filter-empty-state.png.
    void filteredBoard()
    {
        UiTestBoard tb;
        const auto shown = UiTest::showSeededBoard(tb);
        QVERIFY(shown);
        MainWindow &w = *shown;
        w.toolbar()->searchField()->setText(QStringLiteral("webhook"));
        QTRY_VERIFY(!w.board()->column(TaskStatus::Ready)->proxy()->boardFilter().isEmpty());
        CardListView *running = w.board()->column(TaskStatus::Running)->view();
        QCOMPARE(running->model()->rowCount(), 0);
        QVERIFY(running->shownEmptyText().contains(QStringLiteral("hidden")));
        QVERIFY(w.toolbar()->clearFiltersAction()->isEnabled());
        save(w, QStringLiteral("15-filter-empty-state.png"));
    }

    // Defect 21: the Hermes fixture imported, seen 11 days after its tasks
    // were made (as in the review): staleness counts from entering the
    // column, so the task handed back from Running is not red; the red
    // ones have waited in Ready or Blocked for 11 days, and say so.
    // 21-imported-board.png.
    void importedBoard()
    {
        const QString fixture = QStringLiteral(QK_TS_DIR "/../tests/io/fixtures/hermes-board.db");
        QVERIFY(QFileInfo::exists(fixture));
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("hermes.db"));
        QVERIFY(QFile::copy(fixture, copy));
        UiTestBoard tb(1'795'681'445 + 11 * 86400);
        auto session = tb.openSession();
        BoardIo::importHermes(session->board(), copy);
        MainWindow w(std::move(session));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.refreshNow();
        int red = 0, shown = 0;
        for (BoardColumn *c : w.board()->columns()) {
            if (!c->isVisible())
                continue;
            for (int r = 0; r < c->proxy()->rowCount(); ++r) {
                const QModelIndex i = c->proxy()->index(r, 0);
                ++shown;
                if (i.data(TaskTableModel::StalenessRole).toInt() != Staleness::Red)
                    continue;
                ++red;
                QVERIFY(i.data(Qt::AccessibleDescriptionRole)
                            .toString()
                            .contains(QStringLiteral("for 11d")));
            }
        }
        QCOMPARE(shown, 7);
        QVERIFY2(red < shown, qPrintable(QString::number(red)));
        // The task that was running in Hermes went back to Ready at the import.
        const auto reclaimed = w.session()->kernel().task(QStringLiteral("t_ca13b44e"));
        QVERIFY(reclaimed);
        const QModelIndex back =
            w.board()->column(reclaimed->status)->proxy()->indexOfId(QStringLiteral("t_ca13b44e"));
        QCOMPARE(back.data(TaskTableModel::StalenessRole).toInt(), int(Staleness::Fresh));
        save(w, QStringLiteral("21-imported-board.png"));
    }

    // Defect 21: "Show archived" in the dark theme, turned on: the
    // Archived column scrolled into view. 21-show-archived-dark.png.
    void showArchivedDark()
    {
        Theme::apply(Theme::fromString(QStringLiteral("dark")));
        UiTestBoard tb;
        const auto shown = UiTest::showSeededBoard(tb);
        QVERIFY(shown);
        MainWindow &w = *shown;
        auto *box = w.toolbar()->findChild<QCheckBox *>(QStringLiteral("showArchived"));
        // Its text in the window's text colour, its box lighter than the
        // toolbar (the style's own box is dark on dark).
        QCOMPARE(box->palette().color(QPalette::WindowText),
                 w.palette().color(QPalette::WindowText));
        QVERIFY(box->palette().color(QPalette::Base).lightness() >=
                w.palette().color(QPalette::Window).lightness() + 30);
        box->click();
        BoardColumn *archived = w.board()->column(TaskStatus::Archived);
        QTRY_VERIFY(w.board()->viewport()->rect().contains(
            QRect(archived->mapTo(w.board()->viewport(), QPoint(0, 0)), archived->size())));
        QTRY_COMPARE(archived->proxy()->rowCount(), 1);
        save(w, QStringLiteral("21-show-archived-dark.png"));
    }

    void boardWithSixtyTasks()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        BoardSeed::seed(session->kernel(), tb.clock);
        BoardSeed::seed(session->kernel(), tb.clock);
        MainWindow w(std::move(session));
        const QSize size(1400, 900);
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.refreshNow();
        QCOMPARE(w.session()->model()->rowCount(), 60);
        QCoreApplication::processEvents();
        QCOMPARE(w.size(), size);

        // Nothing overflows: columns inside the board's scrolled area,
        // cards inside their columns, the toolbar and status bar inside
        // the window.
        BoardView *board = w.board();
        const QRect window = w.rect();
        for (QWidget *part :
             {static_cast<QWidget *>(w.toolbar()), static_cast<QWidget *>(w.statusBar()),
              static_cast<QWidget *>(board)}) {
            const QRect r(part->mapTo(&w, QPoint(0, 0)), part->size());
            QVERIFY2(window.contains(r), part->metaObject()->className());
        }
        int cards = 0;
        for (BoardColumn *c : board->columns()) {
            if (!c->isVisible())
                continue;
            QVERIFY(c->width() >= BoardColumn::kMinWidth);
            QVERIFY(c->geometry().bottom() <= board->widget()->height());
            CardListView *v = c->view();
            for (int r = 0; r < v->model()->rowCount(); ++r) {
                const QRect item = v->visualRect(v->model()->index(r, 0));
                QVERIFY(CardDelegate::cardRect(item).right() < v->viewport()->width());
                ++cards;
            }
        }
        QCOMPARE(cards, 60);
        // Eight columns of at least the minimum width fit at 1400 px:
        // no sideways scrolling needed, nothing cut.
        QCOMPARE(board->horizontalScrollBar()->maximum(), 0);

        QString dir = qEnvironmentVariable("QKANBAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(QK_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        const QImage img = w.grab().toImage();
        QCOMPARE(img.size(), size * img.devicePixelRatio());
        const QString path = dir + QStringLiteral("/board-60.png");
        QVERIFY(img.save(path));
        qInfo() << "wrote" << path;
    }
};

QTEST_MAIN(TestShotBoard)
#include "tst_shot_board.moc"
