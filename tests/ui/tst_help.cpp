// The Help menu: F1 opens the user guide embedded in the program, its
// links lead from page to page, and the shortcuts window lists the
// window's own actions and follows their changes. Screenshots of both
// windows go to the screenshot folder.
#include "tests/ui/UiTestSupport.h"

#include "ui/dialogs/HelpWindow.h"
#include "ui/dialogs/ShortcutsWindow.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

class TestHelp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiTestBoard> m_tb;
    std::unique_ptr<MainWindow> m_window;

    MainWindow &window()
    {
        m_tb = std::make_unique<UiTestBoard>();
        m_window = std::make_unique<MainWindow>(m_tb->openSession());
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the board window did not become active");
        return *m_window;
    }

    static void save(QWidget *w, const QString &name)
    {
        const QImage img = w->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 5)
            for (int x = 0; x < img.width(); x += 5)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(name + QStringLiteral(" looks empty")));
        const QString path = UiTest::screenshotDir() + QLatin1Char('/') + name;
        QVERIFY(img.save(path));
        qInfo() << "wrote" << path;
    }

    static HelpWindow *pressF1(MainWindow &w)
    {
        QTest::keyClick(w.board(), Qt::Key_F1);
        HelpWindow *help = nullptr;
        [&] { QTRY_VERIFY((help = w.findChild<HelpWindow *>()) && help->isVisible()); }();
        return help;
    }

    // The centre of the first link to `href` on the page, in viewport
    // coordinates (scrolled into view first).
    static QPoint linkPoint(QTextBrowser *browser, const QString &href)
    {
        QTextDocument *doc = browser->document();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (!f.isValid() || f.charFormat().anchorHref() != href)
                    continue;
                QTextCursor c(doc);
                c.setPosition(f.position() + f.length() / 2);
                browser->setTextCursor(c);
                browser->ensureCursorVisible();
                return browser->cursorRect(c).center();
            }
        }
        return {-1, -1};
    }

    // Every relative link of a guide page.
    static QStringList pageLinks(QTextDocument *doc)
    {
        QStringList out;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                if (!href.isEmpty() && QUrl(href).scheme().isEmpty() && !out.contains(href))
                    out << href;
            }
        }
        return out;
    }

private slots:
    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
        Theme::apply(Theme::Mode::Light);
    }

    void helpIsTheLastMenu()
    {
        MainWindow &w = window();
        QAction *last = w.menuBar()->actions().last();
        QCOMPARE(last->text(), QStringLiteral("&Help"));
        QStringList entries;
        for (QAction *a : last->menu()->actions()) {
            if (!a->isSeparator())
                entries << a->text();
        }
        QCOMPARE(entries,
                 QStringList({QStringLiteral("&User Guide"), QStringLiteral("&Keyboard Shortcuts"),
                              QStringLiteral("&About qkanban")}));
    }

    void f1OpensTheGuide()
    {
        MainWindow &w = window();
        HelpWindow *help = pressF1(w);
        QVERIFY(help);
        QCOMPARE(help->currentPage(), HelpWindow::indexUrl());
        QCOMPARE(help->pageHeading(), QStringLiteral("qkanban User Guide"));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Contents")));
        QCOMPARE(help->windowTitle(), QStringLiteral("User Guide — qkanban"));
        QVERIFY(help->isWindow());
        // The contents list: the index, then the pages it links to.
        QVERIFY(help->contents()->count() >= 8);
        QCOMPARE(help->contents()->item(0)->text(), QStringLiteral("qkanban User Guide"));
        QCOMPARE(help->contents()->currentRow(), 0);
        // F1 again raises the same window.
        QTest::keyClick(w.board(), Qt::Key_F1);
        QCOMPARE(w.findChildren<HelpWindow *>().size(), 1);
    }

    void internalLinkShowsTheOtherPage()
    {
        MainWindow &w = window();
        HelpWindow *help = pressF1(w);
        QVERIFY(help);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        const QPoint at = linkPoint(help->browser(), QStringLiteral("quickstart.md"));
        QVERIFY(help->browser()->viewport()->rect().contains(at));
        QTest::mouseClick(help->browser()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTRY_COMPARE(help->pageHeading(), QStringLiteral("Quick start"));
        QCOMPARE(help->currentPage().fileName(), QStringLiteral("quickstart.md"));
        QCOMPARE(help->contents()->currentItem()->text(), QStringLiteral("Quick start"));
        QVERIFY(help->windowTitle().startsWith(QStringLiteral("Quick start")));
        // Back returns to the index (Alt+Left), Forward goes again.
        QAction *back = help->findChild<QAction *>(QStringLiteral("helpBack"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QTRY_COMPARE(help->currentPage(), HelpWindow::indexUrl());
        help->findChild<QAction *>(QStringLiteral("helpForward"))->trigger();
        QTRY_COMPARE(help->pageHeading(), QStringLiteral("Quick start"));
        // The contents list opens a page too.
        help->contents()->setCurrentRow(help->contents()->count() - 1);
        QTRY_COMPARE(help->pageHeading(), help->contents()->currentItem()->text());
    }

    void aMissingPageSaysSoAndStays()
    {
        MainWindow &w = window();
        HelpWindow *help = pressF1(w);
        QVERIFY(help);
        help->showPage(QUrl(QStringLiteral("no-such-page.md")));
        auto *note = help->findChild<QLabel *>(QStringLiteral("helpNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("no-such-page.md")));
        QCOMPARE(help->currentPage(), HelpWindow::indexUrl());
    }

    void everyPageAndLinkResolves()
    {
        MainWindow &w = window();
        HelpWindow *help = pressF1(w);
        QVERIFY(help);
        QStringList broken;
        for (int row = 0; row < help->contents()->count(); ++row) {
            help->contents()->setCurrentRow(row);
            QCOMPARE(help->pageHeading(), help->contents()->item(row)->text());
            const QUrl page = help->currentPage();
            for (const QString &href : pageLinks(help->browser()->document())) {
                QUrl target = page.resolved(QUrl(href));
                target.setFragment(QString());
                // The CLI reference is generated elsewhere and may be absent.
                if (target.path() == QLatin1String("/docs/cli.md"))
                    continue;
                if (!QFile::exists(QLatin1Char(':') + target.path()))
                    broken << page.fileName() + QStringLiteral(" → ") + href;
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
    }

    void shortcutsWindowListsTheActions()
    {
        MainWindow &w = window();
        QTest::keyClick(w.board(), Qt::Key_Slash, Qt::ControlModifier);
        ShortcutsWindow *keys = nullptr;
        QTRY_VERIFY((keys = w.findChild<ShortcutsWindow *>()) && keys->isVisible());
        QCOMPARE(keys->windowTitle(), QStringLiteral("Keyboard Shortcuts — qkanban"));
        QCOMPARE(keys->keysFor(QStringLiteral("New task")), QStringLiteral("N"));
        QCOMPARE(keys->keysFor(QStringLiteral("User Guide")), QStringLiteral("F1"));
        QCOMPARE(keys->keysFor(QStringLiteral("Filter cards")),
                 QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText) +
                     QStringLiteral(", /"));
        QCOMPARE(
            keys->keysFor(QStringLiteral("Next column")),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right).toString(QKeySequence::NativeText));
        const QStringList groups = keys->groups();
        QVERIFY(groups.contains(QStringLiteral("File")));
        QVERIFY(groups.contains(QStringLiteral("Task › Move to")));
        QCOMPARE(groups.last(), QStringLiteral("Help"));
        // An action without a shortcut is not listed.
        QCOMPARE(keys->keysFor(QStringLiteral("Profiles")), QString());

        // A new shortcut and a new text show at once.
        QAction *newTask = w.findChild<QAction *>(QStringLiteral("actionNewTask"));
        newTask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QTRY_COMPARE(
            keys->keysFor(QStringLiteral("New task")),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText));
        newTask->setText(QStringLiteral("&Fresh task…"));
        QTRY_COMPARE(
            keys->keysFor(QStringLiteral("Fresh task")),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText));
        newTask->setShortcuts({});
        QTRY_COMPARE(keys->keysFor(QStringLiteral("Fresh task")), QString());

        // The filter keeps the matching rows.
        auto *filter = keys->findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
        QTest::keyClicks(filter, QStringLiteral("dispatch"));
        int shown = 0;
        for (int g = 0; g < keys->tree()->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = keys->tree()->topLevelItem(g);
            for (int r = 0; r < group->childCount(); ++r) {
                if (group->isHidden() || group->child(r)->isHidden())
                    continue;
                ++shown;
                QVERIFY(group->child(r)->text(0).contains(QStringLiteral("ispatch")) ||
                        group->text(0).contains(QStringLiteral("ispatch")));
            }
        }
        QVERIFY(shown >= 1);
    }

    void shortcutsKeyAndMenuEntryAgree()
    {
        MainWindow &w = window();
        QAction *entry = w.findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"));
        QVERIFY(entry->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Question)));
        // No other action of the window claims the same keys.
        QList<QKeySequence> taken;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a == entry)
                continue;
            taken << a->shortcuts();
        }
        for (const QKeySequence &k : entry->shortcuts())
            QVERIFY2(!taken.contains(k), qPrintable(k.toString()));
        entry->trigger();
        QTRY_VERIFY(w.findChild<ShortcutsWindow *>() &&
                    w.findChild<ShortcutsWindow *>()->isVisible());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void screenshots()
    {
        QFETCH(QString, theme);
        Theme::apply(Theme::fromString(theme));
        MainWindow &w = window();
        HelpWindow *help = pressF1(w);
        QVERIFY(help);
        help->resize(1000, 720);
        // A page of code blocks, and one of tables.
        const QList<QPair<int, QString>> pages{{2, QStringLiteral("Quick start")},
                                               {1, QStringLiteral("Concepts")}};
        for (const auto &[row, heading] : pages) {
            help->contents()->setCurrentRow(row);
            QTRY_COMPARE(help->pageHeading(), heading);
            QCoreApplication::processEvents();
            save(help,
                 QStringLiteral("help-guide-%1-%2.png")
                     .arg(help->currentPage().fileName().section(QLatin1Char('.'), 0, 0), theme));
        }

        w.showShortcuts();
        auto *keys = w.findChild<ShortcutsWindow *>();
        QTRY_VERIFY(keys && keys->isVisible());
        QCoreApplication::processEvents();
        save(keys, QStringLiteral("help-shortcuts-%1.png").arg(theme));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
