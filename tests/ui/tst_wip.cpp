// WIP limits on the board: the header's "n / limit", marked in red when
// over; its menu (button and right-click) sets and clears the limit in
// the config, keeping the user's comments; the board follows edits of the
// config file live; a move past a limit is made and warned about; the
// Settings page reads and writes the limits.
#include "tests/ui/WindowFixture.h"

#include "dispatcher/WipLimits.h"
#include "model/BoardPaths.h"
#include "model/PrivateFile.h"
#include "model/Types.h"
#include "ui/board/MoveController.h"
#include "ui/board/WipLimitsController.h"
#include "ui/dialogs/Prompt.h"
#include "ui/dialogs/WipLimitsPage.h"
#include "ui/window/BoardStatusBar.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QInputDialog>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

namespace {

QByteArray readConfig()
{
    QFile f(BoardPaths::configPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeConfig(const QByteArray &text)
{
    QVERIFY(PrivateFile::prepare(BoardPaths::configPath(), QStringLiteral("test")));
    QVERIFY(PrivateFile::write(BoardPaths::configPath(), text));
}

// How many pixels of the header are (nearly) the theme's red.
int redPixels(QWidget *w)
{
    const QImage img = w->grab().toImage();
    const QColor red = Theme::red();
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (qAbs(c.red() - red.red()) < 12 && qAbs(c.green() - red.green()) < 12 &&
                qAbs(c.blue() - red.blue()) < 12)
                ++n;
        }
    }
    return n;
}

QAction *menuAction(ColumnHeader *h, const char *name)
{
    return h->menu()->findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestWip : public WindowFixture
{
    Q_OBJECT

private:
    ColumnHeader *header(const QString &status)
    {
        return window().board()->column(status)->header();
    }

private slots:
    void init()
    {
        m_tb = std::make_unique<UiTestBoard>();
        Prompt::clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
        Prompt::clear();
    }

    void headerShowsTheLimitAndIsMarkedWhenOver()
    {
        writeConfig("[wip_limits]\nready = 2\n");
        MainWindow &w = window();
        ColumnHeader *ready = header(TaskStatus::Ready);
        QCOMPARE(ready->countText(), QStringLiteral("0 / 2"));
        QCOMPARE(header(TaskStatus::Todo)->countText(), QStringLiteral("0")); // no limit
        m_tb->create(*k, QStringLiteral("one"));
        m_tb->create(*k, QStringLiteral("two"));
        w.refreshNow();
        QCOMPARE(ready->countText(), QStringLiteral("2 / 2"));
        QVERIFY(!ready->isOverLimit());
        QCOMPARE(ready->toolTip(), QStringLiteral("Work-in-progress limit: 2"));
        QCOMPARE(redPixels(ready), 0);
        m_tb->create(*k, QStringLiteral("three"));
        w.refreshNow();
        QCOMPARE(ready->countText(), QStringLiteral("3 / 2"));
        QVERIFY(ready->isOverLimit());
        QCOMPARE(ready->toolTip(), QStringLiteral("Over the limit of 2"));
        QVERIFY(ready->accessibleName().contains(QStringLiteral("Over the limit of 2")));
        QVERIFY2(redPixels(ready) > 40, "the over-limit pill is red");
        // The limit counts every card, whatever the filter shows.
        w.board()->setBoardFilter({QStringLiteral("one"), {}, {}});
        QCOMPARE(ready->countText(), QStringLiteral("3 / 2"));
        QVERIFY(ready->isOverLimit());
    }

    void menuSetsAndClearsTheLimitKeepingComments()
    {
        writeConfig("# my qkanban settings\n[dispatcher]\ninterval = 30\n");
        window();
        ColumnHeader *running = header(TaskStatus::Running);
        // The menu button opens the header's menu; right-click too.
        auto *button = running->findChild<QToolButton *>(QStringLiteral("columnMenu_running"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->menu(), running->menu());
        QContextMenuEvent right(QContextMenuEvent::Mouse, QPoint(20, 10),
                                running->mapToGlobal(QPoint(20, 10)));
        QCoreApplication::sendEvent(running, &right);
        QTRY_VERIFY(running->menu()->isVisible());
        running->menu()->close();
        QVERIFY(!menuAction(running, "actionClearWipLimit")->isEnabled());
        QVERIFY(!header(TaskStatus::Archived)
                     ->findChild<QToolButton *>(QStringLiteral("columnMenu_archived"))
                     ->isVisibleTo(header(TaskStatus::Archived)));

        menuAction(running, "actionSetWipLimit")->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = window().findChild<QInputDialog *>(QStringLiteral("wipLimitDialog"))));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->inputMode(), QInputDialog::IntInput);
        dialog->setIntValue(3);
        dialog->accept();
        QCOMPARE(running->limit(), 3);
        QCOMPARE(running->countText(), QStringLiteral("0 / 3"));
        QVERIFY(menuAction(running, "actionClearWipLimit")->isEnabled());
        QByteArray config = readConfig();
        QVERIFY2(config.startsWith("# my qkanban settings\n[dispatcher]\ninterval = 30\n"),
                 config.constData());
        QVERIFY2(config.contains("[wip_limits]\nrunning=3\n"), config.constData());
        QCOMPARE(WipLimits::limit(TaskStatus::Running, QStringLiteral("default")), 3);
        QVERIFY(window().boardStatusBar()->notice().contains(QStringLiteral("set to 3")));

        menuAction(running, "actionClearWipLimit")->trigger();
        QCOMPARE(running->limit(), 0);
        QCOMPARE(running->countText(), QStringLiteral("0"));
        config = readConfig();
        QVERIFY2(!config.contains("running"), config.constData());
        QVERIFY(config.startsWith("# my qkanban settings\n"));
    }

    void boardFollowsTheConfigFileLive()
    {
        window();
        ColumnHeader *review = header(TaskStatus::Review);
        QCOMPARE(review->limit(), 0);
        // An editor saves by writing a new file and renaming it over the old.
        writeConfig("[wip_limits]\nreview = 1\n");
        QTRY_COMPARE(review->limit(), 1);
        writeConfig("[wip_limits]\nreview = 4\n[wip_limits.default]\nreview = 2\n");
        QTRY_COMPARE(review->limit(), 2);
        QFile f(BoardPaths::configPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); // in place
        f.write("[wip_limits]\nreview = 5\n");
        f.close();
        QTRY_COMPARE(review->limit(), 5);
    }

    void overLimitMoveIsMadeAndWarned()
    {
        writeConfig("[wip_limits]\nblocked = 1\n");
        MainWindow &w = window();
        const QString a = m_tb->create(*k, QStringLiteral("Fix the login"));
        const QString b = m_tb->create(*k, QStringLiteral("Write the docs"));
        w.refreshNow();
        Prompt::queueAnswer({true, QStringLiteral("waiting for the API")});
        QCOMPARE(w.moves()->moveTasks({a}, TaskStatus::Blocked), 1);
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(!w.boardStatusBar()->notice().contains(QStringLiteral("WIP limit")));
        Prompt::queueAnswer({true, QStringLiteral("waiting too")});
        QCOMPARE(w.moves()->moveTasks({b}, TaskStatus::Blocked), 1);
        QCOMPARE(UiTest::statusOf(*k, b), TaskStatus::Blocked); // allowed
        QTRY_VERIFY2(w.boardStatusBar()->notice().contains(
                         QStringLiteral("Blocked is over its WIP limit (2 / 1)")),
                     qPrintable(w.boardStatusBar()->notice()));
        QVERIFY(header(TaskStatus::Blocked)->isOverLimit());
    }

    // The header at a narrow column width: name, "n / limit" pill and the
    // buttons side by side, none over another. Saved as wip-board.png.
    void screenshotOfTheLimitedBoard()
    {
        writeConfig("[wip_limits]\nready = 2\nrunning = 3\nreview = 1\n");
        MainWindow &w = window();
        for (int i = 0; i < 3; ++i)
            m_tb->create(*k, QStringLiteral("Ready task %1").arg(i), QStringLiteral("alice"));
        w.refreshNow();
        w.resize(1200, 500);
        QTRY_COMPARE(w.width(), 1200);
        ColumnHeader *ready = header(TaskStatus::Ready);
        QVERIFY(ready->isOverLimit());
        auto *add = ready->findChild<QToolButton *>(QStringLiteral("add_ready"));
        auto *more = ready->findChild<QToolButton *>(QStringLiteral("columnMenu_ready"));
        QVERIFY(add && more);
        QVERIFY(more->geometry().right() < add->geometry().left());
        QVERIFY(ready->rect().contains(add->geometry()));
        QVERIFY(more->x() > ready->width() / 2);
        QString dir = qEnvironmentVariable("QKANBAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(QK_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QStringLiteral("/wip-board.png")));
        QVERIFY(
            ready->grab().scaled(ready->size() * 2).save(dir + QStringLiteral("/wip-header.png")));
    }

    void settingsPageLoadsAndSaves()
    {
        writeConfig("; limits for all boards\n[wip_limits]\nreview = 3\n\n"
                    "[profile.x]\ncommand = /bin/true\n");
        MainWindow &w = window();
        WipLimitsPage page;
        page.setBoard(QStringLiteral("default"));
        page.load();
        QVERIFY(!page.spinBox(TaskStatus::Archived));
        QCOMPARE(page.spinBox(TaskStatus::Review)->value(), 3);
        QCOMPARE(page.spinBox(TaskStatus::Running)->value(), 0);
        QCOMPARE(page.spinBox(TaskStatus::Running)->text(), QStringLiteral("No limit"));
        QVERIFY(!page.ownLimits()->isChecked());
        page.spinBox(TaskStatus::Running)->setValue(2);
        page.spinBox(TaskStatus::Review)->setValue(0);
        QString error;
        QVERIFY2(page.save(&error), qPrintable(error));
        QByteArray config = readConfig();
        QVERIFY2(config.startsWith("; limits for all boards\n[wip_limits]\nrunning=2\n"),
                 config.constData());
        QVERIFY(!config.contains("review"));
        QVERIFY(config.contains("[profile.x]\ncommand = /bin/true\n"));
        // The board shown follows the saved file.
        QTRY_COMPARE(header(TaskStatus::Running)->limit(), 2);

        // Limits of its own for this board: only what differs is written.
        page.ownLimits()->setChecked(true);
        page.spinBox(TaskStatus::Running)->setValue(5);
        QVERIFY(page.save(&error));
        config = readConfig();
        QVERIFY2(config.contains("[wip_limits.default]\nrunning=5\n"), config.constData());
        QCOMPARE(WipLimits::limit(TaskStatus::Running, QStringLiteral("other")), 2);
        QTRY_COMPARE(header(TaskStatus::Running)->limit(), 5);
        WipLimitsPage again;
        again.setBoard(QStringLiteral("default"));
        again.load();
        QVERIFY(again.ownLimits()->isChecked());
        QCOMPARE(again.spinBox(TaskStatus::Running)->value(), 5);
        // Unchecked: the board's section goes, every board's limits apply.
        again.ownLimits()->setChecked(false);
        QCOMPARE(again.spinBox(TaskStatus::Running)->value(), 2);
        QVERIFY(again.save(&error));
        QVERIFY(!readConfig().contains("[wip_limits.default]"));
        QTRY_COMPARE(header(TaskStatus::Running)->limit(), 2);
        QVERIFY(readConfig().startsWith("; limits for all boards\n"));
        Q_UNUSED(w);
    }
};

QTEST_MAIN(TestWip)
#include "tst_wip.moc"
