#pragma once

// The board window fixture shared by the GUI suites: a temporary board, a
// MainWindow (1400x900) shown on first use, its kernel, and the drawer of
// a task opened and slid open. Test classes derive from it and keep their
// own init() and cleanup().
#include "tests/ui/BoardSeed.h"
#include "tests/ui/UiTestSupport.h"

#include "ui/drawer/BodyView.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/window/MainWindow.h"

#include <QObject>

class WindowFixture : public QObject
{
protected:
    std::unique_ptr<UiTestBoard> m_tb;
    std::unique_ptr<MainWindow> m_window;
    Kernel *k = nullptr;

    // Called once the window is shown, for a suite's own wiring.
    virtual void windowShown() {}

    MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(m_tb->openSession());
            m_window->resize(1400, 900);
            m_window->show();
            [this] { QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); }();
            k = &m_window->session()->kernel();
            windowShown();
        }
        return *m_window;
    }

    // The drawer of task id, once it has slid fully open.
    TaskDrawer *openDrawer(const QString &id)
    {
        MainWindow &w = window();
        w.refreshNow();
        w.openTask(id);
        TaskDrawer *d = w.drawer();
        [&] { QTRY_COMPARE(d->width(), TaskDrawer::kWidth); }();
        return d;
    }

    // The same, once its description has loaded too.
    TaskDrawer *openLoadedDrawer(const QString &id)
    {
        TaskDrawer *d = openDrawer(id);
        [&] { QTRY_VERIFY(!d->bodyView()->isLoading()); }();
        return d;
    }
};

namespace UiTest {

// A window on the seeded board of tb, shown at 1400x900 and refreshed, or
// null if it never became exposed; focus gets the seed's task to open.
inline std::unique_ptr<MainWindow> showSeededBoard(UiTestBoard &tb, QString *focus = nullptr)
{
    auto session = tb.openSession();
    const QString task = BoardSeed::seed(session->kernel(), tb.clock);
    if (focus)
        *focus = task;
    auto w = std::make_unique<MainWindow>(std::move(session));
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    w->refreshNow();
    return w;
}

} // namespace UiTest
