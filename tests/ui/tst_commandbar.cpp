// The command bar (Ctrl+K) runs the headless verbs through the very verb
// table of `qkanban --headless`.
#include "tests/ui/UiTestSupport.h"

#include "app/VerbGroups.h"
#include "app/VerbTable.h"
#include "model/Types.h"
#include "ui/window/CommandBar.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QLineEdit>

class TestCommandBar : public QObject
{
    Q_OBJECT

private slots:
    void runsCreateAndList()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        VerbTable table;
        registerAllVerbs(table);
        w.setCommandRunner([&table](const QString &line) { return table.runCommandLine(line); });
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);

        w.findChild<QAction *>(QStringLiteral("actionCommandBar"))->trigger();
        CommandBar *bar = w.commandBar();
        QVERIFY(bar->isVisible());
        QLineEdit *input = bar->input();
        QTRY_VERIFY(input->hasFocus());
        QTest::keyClicks(
            input, QStringLiteral("create \"Write the notes\" --assignee alice --priority 3"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 1);
        const QString id = UiTest::columnIds(w.board(), TaskStatus::Ready).first();
        const auto t = w.session()->kernel().task(id);
        QCOMPARE(t->title, QStringLiteral("Write the notes"));
        QCOMPARE(t->assignee, QStringLiteral("alice"));
        QCOMPARE(t->priority, 3);
        QVERIFY2(bar->output().contains(id), qPrintable(bar->output()));

        const QString listed = bar->run(QStringLiteral("list"));
        QVERIFY2(listed.contains(id) && listed.contains(QStringLiteral("Write the notes")),
                 qPrintable(listed));
        const QString json = bar->run(QStringLiteral("list --json"));
        QVERIFY2(json.contains(QStringLiteral("\"id\"")), qPrintable(json));
        // History: Up brings the last line back.
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("list --json"));
        // A bad verb reports, and the board is unchanged.
        const QString bad = bar->run(QStringLiteral("frobnicate"));
        QVERIFY(bad.contains(QStringLiteral("frobnicate")));
        QTest::keyClick(input, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void quotesTheBoardPath()
    {
        QCOMPARE(CommandBar::shellQuote(QStringLiteral("/tmp/it's here/board.db")),
                 QStringLiteral("'/tmp/it'\\''s here/board.db'"));
    }
};

QTEST_MAIN(TestCommandBar)
#include "tst_commandbar.moc"
