// Screenshots of the dialogs (PNGs under the build folder): the create
// dialog, Settings, and the board with its drawer after a live switch to
// the dark theme. Each also asserts on what it shows.
#include "tests/ui/WindowFixture.h"

#include "tests/ui/BoardSeed.h"
#include "ui/dialogs/CreateTaskDialog.h"
#include "ui/dialogs/SettingsWindow.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>

namespace {

void save(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage img = w->grab().toImage();
    const QString path = UiTest::screenshotDir() + QLatin1Char('/') + name;
    QVERIFY(img.save(path));
    qInfo() << "wrote" << path;
}

qreal luminance(QRgb c)
{
    return (0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c)) / 255.0;
}

} // namespace

class TestShotDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init() { Theme::apply(Theme::Mode::Light); }
    void cleanup() { Theme::apply(Theme::Mode::Light); }

    void createDialog()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        BoardSeed::seed(session->kernel(), tb.clock);
        session->refresh();
        CreateTaskDialog d(session.get(), false);
        d.setAssignees({QStringLiteral("alice"), QStringLiteral("bob")});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(d.titleEdit(), QStringLiteral("Write the release notes"));
        auto *workspace = d.findChild<QComboBox *>(QStringLiteral("createWorkspace"));
        workspace->setCurrentIndex(workspace->findData(QStringLiteral("dir")));
        const int width = d.width();
        save(&d, QStringLiteral("create-dialog.png"));
        // Every field inside the dialog, none cut at its right edge.
        for (QWidget *w : d.findChildren<QWidget *>()) {
            if (w->isVisibleTo(&d) && w->parentWidget() == &d)
                QVERIFY2(w->geometry().right() < d.width(), qPrintable(w->objectName()));
        }
        QCOMPARE(d.width(), width);
    }

    void settings()
    {
        UiTestBoard tb;
        SettingsWindow s;
        s.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s));
        save(&s, QStringLiteral("settings.png"));
        QVERIFY(s.pages()->count() >= 3);
        for (int i = 0; i < s.pages()->count(); ++i) {
            s.pages()->setCurrentIndex(i);
            const QString name = QStringLiteral("settings-%1.png")
                                     .arg(s.pages()
                                              ->tabText(i)
                                              .remove(QLatin1Char('&'))
                                              .toLower()
                                              .replace(QLatin1Char(' '), QLatin1Char('-')));
            save(&s, name);
        }
        QVERIFY(s.width() < 900);
        // All tabs show, none behind scroll arrows.
        QVERIFY(s.pages()->tabBar()->sizeHint().width() <= s.pages()->tabBar()->width());
    }

    void boardAfterALiveSwitchToDark()
    {
        UiTestBoard tb;
        QString focus;
        const auto shown = UiTest::showSeededBoard(tb, &focus);
        QVERIFY(shown);
        MainWindow &w = *shown;
        w.openTask(focus);
        QTRY_COMPARE(w.drawer()->width(), TaskDrawer::kWidth);
        QTRY_VERIFY(!w.drawer()->bodyView()->isLoading());
        w.findChild<QAction *>(QStringLiteral("actionTheme_dark"))->trigger();
        QCoreApplication::processEvents();
        const QImage img = w.grab().toImage();
        QVERIFY(img.save(UiTest::screenshotDir() + QStringLiteral("/board-dark.png")));
        // The drawer's area is dark: most of its pixels.
        const QRect drawer(w.drawer()->mapTo(&w, QPoint(0, 0)), w.drawer()->size());
        const qreal dpr = img.devicePixelRatio();
        int dark = 0, all = 0;
        for (int y = drawer.top(); y < drawer.bottom(); y += 5) {
            for (int x = drawer.left(); x < drawer.right(); x += 5) {
                ++all;
                dark += luminance(img.pixel(int(x * dpr), int(y * dpr))) < 0.3 ? 1 : 0;
            }
        }
        QVERIFY2(dark > all * 8 / 10, qPrintable(QStringLiteral("%1 of %2").arg(dark).arg(all)));
    }
};

QTEST_MAIN(TestShotDialogs)
#include "tst_shot_dialogs.moc"
