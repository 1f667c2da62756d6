// Filters (issue 14, defect 15): an empty column says the filter hides its
// cards ("No card matches the filter — 6 hidden"), not its usual hint;
// one "Clear filters" (toolbar and Ctrl+Shift+F) clears every filter; a
// new filter shows each column from its top.
#include "tests/ui/WindowFixture.h"

#include "model/Types.h"
#include "ui/window/BoardToolbar.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QToolButton>

class TestFilters : public WindowFixture
{
    Q_OBJECT

private:
    CardListView *view(const QString &status) { return window().board()->column(status)->view(); }

    void typeFilter(const QString &text)
    {
        QLineEdit *search = window().toolbar()->searchField();
        search->setText(text);
        QTRY_COMPARE(window().board()->column(TaskStatus::Ready)->proxy()->boardFilter().text,
                     text);
    }

private slots:
    void init() { m_tb = std::make_unique<UiTestBoard>(); }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
    }

    void emptyTextsSayTheFilterHidesCards()
    {
        window();
        for (int i = 0; i < 6; ++i)
            m_tb->create(*k, QStringLiteral("Ready task %1").arg(i));
        m_tb->create(*k, QStringLiteral("Translate to German"), {}, 0, {}, true);
        window().refreshNow();
        CardListView *ready = view(TaskStatus::Ready);
        QCOMPARE(ready->shownEmptyText(), QString());
        typeFilter(QStringLiteral("translat"));
        QCOMPARE(ready->model()->rowCount(), 0);
        const QString text = ready->shownEmptyText();
        QVERIFY2(text.contains(QStringLiteral("No card matches the filter")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("6 hidden")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Nothing waiting")));
        // A column with nothing to hide keeps its own hint.
        QCOMPARE(view(TaskStatus::Running)->shownEmptyText(),
                 QStringLiteral("No worker is running"));
        // The column says it too, to a screen reader.
        QVERIFY(window()
                    .board()
                    ->column(TaskStatus::Ready)
                    ->accessibleName()
                    .contains(QStringLiteral("0 of 6")));
    }

    void clearFiltersClearsEveryFilter()
    {
        window();
        m_tb->create(*k, QStringLiteral("Alpha"), QStringLiteral("coder"), 0, {}, false,
                     QStringLiteral("acme"));
        m_tb->create(*k, QStringLiteral("Beta"), QStringLiteral("writer"), 0, {}, false,
                     QStringLiteral("globex"));
        window().refreshNow();
        BoardToolbar *bar = window().toolbar();
        QAction *clear = bar->clearFiltersAction();
        QVERIFY(!clear->isEnabled());
        auto *assignee = bar->findChild<QComboBox *>(QStringLiteral("assigneeFilter"));
        auto *tenant = bar->findChild<QComboBox *>(QStringLiteral("tenantFilter"));
        assignee->setCurrentIndex(assignee->findData(QStringLiteral("coder")));
        tenant->setCurrentIndex(tenant->findData(QStringLiteral("acme")));
        typeFilter(QStringLiteral("alp"));
        QCOMPARE(UiTest::columnIds(window().board(), TaskStatus::Ready).size(), 1);
        QVERIFY(clear->isEnabled());
        // In the toolbar, and its tooltip names the shortcut.
        QVERIFY(bar->widgetForAction(clear) && bar->widgetForAction(clear)->isVisible());
        QVERIFY(clear->toolTip().contains(
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText)));

        window().activateWindow();
        QTest::keyClick(window().board()->column(TaskStatus::Ready)->view(), Qt::Key_F,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window().board()->column(TaskStatus::Ready)->proxy()->boardFilter().isEmpty());
        QCOMPARE(bar->searchField()->text(), QString());
        QCOMPARE(assignee->currentIndex(), 0);
        QCOMPARE(tenant->currentIndex(), 0);
        QCOMPARE(UiTest::columnIds(window().board(), TaskStatus::Ready).size(), 2);
        QVERIFY(!clear->isEnabled());
    }

    void aNewFilterShowsTheColumnFromItsTop()
    {
        window();
        for (int i = 0; i < 60; ++i)
            m_tb->create(*k, QStringLiteral("Card number %1").arg(i));
        window().refreshNow();
        CardListView *ready = view(TaskStatus::Ready);
        QTRY_VERIFY(ready->verticalScrollBar()->maximum() > 0);
        ready->verticalScrollBar()->setValue(ready->verticalScrollBar()->maximum());
        typeFilter(QStringLiteral("number 1"));
        QVERIFY(ready->model()->rowCount() > 5);
        QTRY_COMPARE(ready->verticalScrollBar()->value(), 0);
        // And again when the filter is cleared.
        QTRY_VERIFY(ready->verticalScrollBar()->maximum() >= 0);
        ready->verticalScrollBar()->setValue(ready->verticalScrollBar()->maximum());
        window().toolbar()->clearFilters();
        QTRY_COMPARE(ready->verticalScrollBar()->value(), 0);
    }
};

QTEST_MAIN(TestFilters)
#include "tst_filters.moc"
