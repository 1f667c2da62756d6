// A live theme switch (defect 6): every widget follows, the open drawer
// included (its background was left light, its text light on light).
#include "tests/ui/WindowFixture.h"

#include "dispatcher/ConfigFile.h"
#include "model/BoardPaths.h"
#include "tests/ui/BoardSeed.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextEdit>

namespace {

// Relative luminance, 0 (black) to 1 (white).
qreal luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

QColor background(const QWidget *w)
{
    // The colour painted behind w: its own, or the nearest ancestor that fills.
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (p->autoFillBackground() || p->isWindow())
            return p->palette().color(p->backgroundRole());
    }
    return w->palette().color(QPalette::Window);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

    // Every visible label of the drawer reads against the drawer's background.
    static void assertReadable(TaskDrawer *drawer, bool dark)
    {
        const QColor bg = background(drawer);
        QVERIFY2(dark ? luminance(bg) < 0.25 : luminance(bg) > 0.75,
                 qPrintable(QStringLiteral("drawer background %1").arg(bg.name())));
        int checked = 0;
        for (QLabel *label : drawer->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(drawer) || label->text().trimmed().isEmpty())
                continue;
            const QColor text = label->palette().color(QPalette::WindowText);
            const QColor behind = background(label);
            const QString what =
                QStringLiteral("%1 \"%2\": %3 on %4")
                    .arg(label->objectName(), label->text().left(30), text.name(), behind.name());
            QVERIFY2(dark ? luminance(behind) < 0.25 : luminance(behind) > 0.75, qPrintable(what));
            // Red messages keep their red; everything else contrasts.
            QVERIFY2(qAbs(luminance(text) - luminance(behind)) > 0.3, qPrintable(what));
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

private slots:
    void cleanup() { Theme::apply(Theme::Mode::Light); }

    void theOpenDrawerFollowsALiveSwitch()
    {
        Theme::apply(Theme::Mode::Light);
        UiTestBoard tb;
        QString focus;
        const auto shown = UiTest::showSeededBoard(tb, &focus);
        QVERIFY(shown);
        MainWindow &w = *shown;
        w.openTask(focus);
        QTRY_COMPARE(w.drawer()->width(), TaskDrawer::kWidth);
        QTRY_VERIFY(!w.drawer()->bodyView()->isLoading());
        assertReadable(w.drawer(), false);

        QSignalSpy changed(Theme::notifier(), &ThemeNotifier::changed);
        w.findChild<QAction *>(QStringLiteral("actionTheme_dark"))->trigger();
        QCoreApplication::processEvents(); // Qt posts the palette change
        QCOMPARE(changed.count(), 1);
        QVERIFY(Theme::current() == Theme::Mode::Dark);
        assertReadable(w.drawer(), true);
        // Code blocks of the description take the dark shade.
        auto *body = w.drawer()->findChild<QTextEdit *>(QStringLiteral("drawerBody"));
        QVERIFY(body);
        int code = 0;
        for (QTextBlock b = body->document()->begin(); b.isValid(); b = b.next()) {
            if (!b.blockFormat().hasProperty(QTextFormat::BlockCodeFence))
                continue;
            ++code;
            QVERIFY2(luminance(b.blockFormat().background().color()) < 0.3,
                     qPrintable(b.blockFormat().background().color().name()));
        }
        QVERIFY(code > 0);
        // The window and the board follow too.
        QVERIFY(luminance(w.palette().color(QPalette::Window)) < 0.25);
        QVERIFY(luminance(w.board()->palette().color(QPalette::Text)) > 0.6);
        // A task opened after the switch as well.
        w.drawer()->showTask(focus);
        assertReadable(w.drawer(), true);

        // And back.
        w.findChild<QAction *>(QStringLiteral("actionTheme_light"))->trigger();
        QCoreApplication::processEvents();
        assertReadable(w.drawer(), false);
    }

    void fixedColoursStayAndTheChoiceIsSavedWithTheComments()
    {
        UiTestBoard tb;
        const QString config = BoardPaths::configPath();
        QVERIFY(ConfigFile::setValue(config, QStringLiteral("dispatcher"),
                                     QStringLiteral("interval"), QStringLiteral("60")));
        QFile f(config);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = "; mine\n" + f.readAll();
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
        f.close();

        Theme::apply(Theme::Mode::Light);
        QLabel error(QStringLiteral("refused"));
        QPalette red = error.palette();
        red.setColor(QPalette::WindowText, Theme::red());
        error.setPalette(red);
        MainWindow w(tb.openSession());
        w.findChild<QAction *>(QStringLiteral("actionTheme_dark"))->trigger();
        QCOMPARE(error.palette().color(QPalette::WindowText), Theme::red());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        QVERIFY2(after.startsWith(before), after.constData());
        QVERIFY(after.contains("[gui]\ntheme=dark\n"));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionTheme_dark"))->isChecked());
        // "Follow the system" is a choice of its own.
        Theme::apply(Theme::Mode::System);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionTheme_system"))->isChecked());
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
