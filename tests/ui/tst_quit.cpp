// Under Xvfb with the tray host trayer (tray_test.sh): quitting quits.
// The real desktop program (qkanban-full) with its tray gets Ctrl+Q
// through the X server (xdotool) and must be gone within 2 s, every time,
// also after its window was closed to the tray and raised again; closing
// the window hides it and says so once (issue 14, defect 3).
#include "tests/ui/UiTestSupport.h"

#include "ui/tray/TrayService.h"
#include "ui/window/MainWindow.h"
#include "ui/window/QuitGuard.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>

namespace {

// xdotool's output, or "" when it failed.
QString xdotool(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("xdotool"), args);
    if (!p.waitForFinished(5000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Runs xdotool; true when it succeeded.
bool xdo(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("xdotool"), args);
    return p.waitForFinished(5000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The program's visible board window (its title names the pinned
// database; the tray icon and a balloon are windows of it too).
QString visibleWindow(qint64 pid)
{
    const QStringList ids =
        xdotool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"),
                 QStringLiteral("--pid"), QString::number(pid), QStringLiteral("--name"),
                 QStringLiteral("board\\.db")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return ids.size() == 1 ? ids.first() : QString();
}

// The program's tray icon: its small window in trayer's panel.
QString trayIconWindow(qint64 pid)
{
    const QStringList ids =
        xdotool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"),
                 QStringLiteral("--pid"), QString::number(pid), QStringLiteral("--name"),
                 QStringLiteral(".*")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression size(QStringLiteral("Geometry: (\\d+)x(\\d+)"));
    for (const QString &id : ids) {
        const auto m = size.match(xdotool({QStringLiteral("getwindowgeometry"), id}));
        if (m.hasMatch() && m.captured(1).toInt() <= 64 && m.captured(2).toInt() <= 64)
            return id;
    }
    return {};
}

int visibleWindows(qint64 pid)
{
    return int(xdotool({QStringLiteral("search"), QStringLiteral("--all"),
                        QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                        QString::number(pid), QStringLiteral("--name"), QStringLiteral(".*")})
                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                   .size());
}

// Focuses the window (there is no window manager) and types the keys
// through the X server (XTEST), as a person would.
bool sendKeys(const QString &window, const QString &keys)
{
    QProcess focus;
    focus.start(QStringLiteral("xdotool"),
                {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
    if (!focus.waitForFinished(5000) || focus.exitCode() != 0)
        return false;
    QProcess p;
    p.start(QStringLiteral("xdotool"),
            {QStringLiteral("key"), QStringLiteral("--clearmodifiers"), keys});
    return p.waitForFinished(5000) && p.exitCode() == 0;
}

} // namespace

class TestQuit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiTestBoard> m_tb;

    std::unique_ptr<QProcess> startProgram()
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("QKANBAN_LANG"), QStringLiteral("en"));
        p->setProcessEnvironment(env); // QKANBAN_HOME and the config: m_tb's
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(QKANBAN_FULL_BIN), {QStringLiteral("--db"), m_tb->dbPath});
        return p;
    }

private slots:
    void init()
    {
        // trayer's window shows before it owns the tray selection: wait.
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
                                  "no tray host: run through tray_test.sh", 10000);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is not installed (bootstrap.sh test)");
        m_tb = std::make_unique<UiTestBoard>();
        QuitGuard::reset();
    }

    void cleanup()
    {
        m_tb.reset();
        QuitGuard::reset();
    }

    // In the test's own process: closing hides to the tray (said once,
    // ever), and while quitting the window closes for real.
    void closeHidesToTheTrayAndSaysSoOnce()
    {
        MainWindow w(m_tb->openSession());
        w.setCloseToTray(true);
        QSignalSpy told(&w, &MainWindow::hiddenToTray);
        for (int i = 0; i < 2; ++i) {
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(!w.close()); // hidden, not closed
            QVERIFY(!w.isVisible());
        }
        QCOMPARE(told.count(), 1);
        // A new window (a later start): not said again.
        MainWindow again(m_tb->openSession());
        again.setCloseToTray(true);
        QSignalSpy toldAgain(&again, &MainWindow::hiddenToTray);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.close());
        QCOMPARE(toldAgain.count(), 0);
        // The tray's words for it.
        TrayService tray(nullptr);
        tray.sayStillRunning();
        QVERIFY(tray.lastMessage().contains(QStringLiteral("running")));
        // Quitting: the close goes through.
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!QuitGuard::isQuitting());
        QuitGuard::quit(); // no event loop runs: only the flag is set
        QVERIFY(QuitGuard::isQuitting());
        QVERIFY(w.close());
        QVERIFY(!w.isVisible());
    }

    // The real program: Ctrl+Q (and the tray menu's Quit) ends it and its
    // tray within 2 s, every time.
    void quitEndsTheProgram_data()
    {
        QTest::addColumn<bool>("closeFirst");
        QTest::addColumn<bool>("fromTray"); // the tray menu's Quit instead of Ctrl+Q
        QTest::newRow("closed to the tray, raised, Ctrl+Q") << true << false;
        QTest::newRow("Ctrl+Q 1") << false << false;
        QTest::newRow("Ctrl+Q 2") << false << false;
        QTest::newRow("Ctrl+Q 3") << false << false;
        QTest::newRow("tray menu Quit") << false << true;
    }

    void quitEndsTheProgram()
    {
        QFETCH(bool, closeFirst);
        QFETCH(bool, fromTray);
        auto program = startProgram();
        QVERIFY(program->waitForStarted(5000));
        const qint64 pid = program->processId();
        QString win;
        QTRY_VERIFY_WITH_TIMEOUT(!(win = visibleWindow(pid)).isEmpty(), 15000);
        if (closeFirst) {
            // Ctrl+W: hidden to the tray, the program lives on.
            QVERIFY(sendKeys(win, QStringLiteral("ctrl+w")));
            QTRY_VERIFY_WITH_TIMEOUT(visibleWindow(pid).isEmpty(), 5000);
            QCOMPARE(program->state(), QProcess::Running);
            // A second start raises it (and leaves).
            auto second = startProgram();
            QVERIFY(second->waitForFinished(10000));
            QCOMPARE(second->exitCode(), 0);
            QTRY_VERIFY_WITH_TIMEOUT(!(win = visibleWindow(pid)).isEmpty(), 5000);
        }
        QElapsedTimer clock;
        if (fromTray) {
            // Right-click the icon; its menu opens with the keyboard
            // grabbed: Up selects the last entry, Quit.
            QString icon;
            QTRY_VERIFY_WITH_TIMEOUT(!(icon = trayIconWindow(pid)).isEmpty(), 5000);
            const int before = visibleWindows(pid);
            QVERIFY(xdo({QStringLiteral("mousemove"), QStringLiteral("--window"), icon,
                         QStringLiteral("8"), QStringLiteral("8"), QStringLiteral("click"),
                         QStringLiteral("3")}));
            QTRY_VERIFY_WITH_TIMEOUT(visibleWindows(pid) > before, 5000);
            clock.start();
            QVERIFY(xdo({QStringLiteral("key"), QStringLiteral("Up"), QStringLiteral("Return")}));
        } else {
            clock.start();
            QVERIFY(sendKeys(win, QStringLiteral("ctrl+q")));
        }
        const bool ended = program->waitForFinished(2000);
        const qint64 took = clock.elapsed();
        if (!ended) {
            program->kill();
            program->waitForFinished(5000);
        }
        QVERIFY2(ended, qPrintable(QStringLiteral("still running %1 ms after Ctrl+Q").arg(took)));
        QCOMPARE(program->exitStatus(), QProcess::NormalExit);
        QCOMPARE(program->exitCode(), 0);
        qInfo("quit took %lld ms", took);
    }
};

QTEST_MAIN(TestQuit)
#include "tst_quit.moc"
