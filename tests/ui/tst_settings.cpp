// The Settings window (Edit → Settings…, Ctrl+,): it shows the config's
// values, writes only what changed and keeps the user's comments, applies
// the theme live and tells the dispatcher; the Profiles dialog asks before
// it drops an unsaved profile (defect 21).
#include "tests/ui/UiTestSupport.h"

#include "dispatcher/ConfigFile.h"
#include "dispatcher/Profiles.h"
#include "dispatcher/WipLimits.h"
#include "model/BoardPaths.h"
#include "ui/dialogs/ProfilesDialog.h"
#include "ui/dialogs/SettingsWindow.h"
#include "ui/tray/DispatcherHost.h"
#include "ui/window/Autostart.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

namespace {

const QByteArray kConfig = "; my qkanban settings\n"
                           "[dispatcher]\n"
                           "# slow laptop\n"
                           "interval=120\n"
                           "failure_limit=3\n"
                           "custom=kept\n"
                           "\n"
                           "[notifications]\n"
                           "; only the bad news\n"
                           "board_events=crashed\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeConfig(const QByteArray &text)
{
    const QString path = BoardPaths::configPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

template <typename T> T *child(QWidget *w, const char *name)
{
    auto *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Theme::apply(Theme::Mode::Light); }

    void showsTheConfigAndSavesOnlyChangesKeepingComments()
    {
        UiTestBoard tb;
        Theme::apply(Theme::Mode::Light);
        writeConfig(kConfig);
        SettingsWindow s;
        s.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s));
        auto *interval = child<QSpinBox>(&s, "settingsInterval");
        QCOMPARE(interval->value(), 120);
        QCOMPARE(child<QSpinBox>(&s, "settingsFailureLimit")->value(), 3);
        QCOMPARE(child<QSpinBox>(&s, "settingsClaimTtl")->value(), 900);
        QCOMPARE(child<QSpinBox>(&s, "settingsHeartbeat")->value(), 3600);
        auto *maxTotal = child<QSpinBox>(&s, "settingsMaxTotal");
        QCOMPARE(maxTotal->value(), 0);
        QVERIFY(maxTotal->text().startsWith(QStringLiteral("automatic")));
        QVERIFY(child<QCheckBox>(&s, "settingsNotify_crashed")->isChecked());
        QVERIFY(!child<QCheckBox>(&s, "settingsNotify_blocked")->isChecked());
        QCOMPARE(child<QComboBox>(&s, "settingsTheme")->currentData().toString(),
                 QStringLiteral("light"));

        // Nothing changed: nothing written.
        QSignalSpy applied(&s, &SettingsWindow::applied);
        QVERIFY(s.apply());
        QCOMPARE(applied.count(), 1);
        QByteArray want = kConfig + "\n[gui]\ntheme=light\n";
        QCOMPARE(readAll(BoardPaths::configPath()), want);

        interval->setValue(30);
        maxTotal->setValue(4);
        child<QSpinBox>(&s, "settingsMaxPerProfile")->setValue(2);
        child<QCheckBox>(&s, "settingsNotify_completed")->setChecked(true);
        child<QPushButton>(&s, "settingsApply")->click();
        QCOMPARE(applied.count(), 2);
        const QByteArray text = readAll(BoardPaths::configPath());
        for (const char *kept : {"; my qkanban settings", "# slow laptop", "custom=kept",
                                 "; only the bad news", "failure_limit=3"})
            QVERIFY2(text.contains(kept), kept);
        QVERIFY(text.contains("interval=30\n"));
        QVERIFY(text.contains("board_events=completed, crashed\n"));
        // What the dispatcher reads on its next tick.
        const DispatcherSettings d = Profiles::settings();
        QCOMPARE(d.intervalSeconds, 30);
        QCOMPARE(d.maxInProgress, 4);
        QCOMPARE(d.maxInProgressPerProfile, 2);
        QSettings ini(BoardPaths::configPath(), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("notifications/board_events")).toStringList(),
                 QStringList({QStringLiteral("completed"), QStringLiteral("crashed")}));
        // Back to "automatic" removes the key.
        maxTotal->setValue(0);
        QVERIFY(s.apply());
        QVERIFY(!readAll(BoardPaths::configPath()).contains("max_in_progress="));
        QCOMPARE(QFile::permissions(BoardPaths::configPath()) & 0x0077, QFileDevice::Permissions());
    }

    void theThemeIsPreviewedLiveAndCancelGoesBack()
    {
        UiTestBoard tb;
        Theme::apply(Theme::Mode::Light);
        SettingsWindow s;
        s.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s));
        auto *theme = child<QComboBox>(&s, "settingsTheme");
        QCOMPARE(theme->itemText(0), QStringLiteral("Follow the system"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        emit theme->activated(theme->currentIndex());
        QCoreApplication::processEvents(); // Qt posts the palette change
        QVERIFY(Theme::current() == Theme::Mode::Dark);
        QVERIFY(Theme::isDark(s.palette()));
        s.reject();
        QVERIFY(Theme::current() == Theme::Mode::Light);
        QVERIFY(!ConfigFile::value({}, QStringLiteral("gui"), QStringLiteral("theme")));
    }

    void startAtLoginWritesTheAutostartEntry()
    {
        UiTestBoard tb;
        SettingsWindow s;
        auto *autostart = child<QCheckBox>(&s, "settingsAutostart");
        QCOMPARE(autostart->isChecked(), Autostart::isEnabled());
        autostart->setChecked(true);
        QVERIFY2(s.apply(), qPrintable(s.errorText()));
        QVERIFY(Autostart::isEnabled());
        autostart->setChecked(false);
        QVERIFY(s.apply());
        QVERIFY(!Autostart::isEnabled());
    }

    void ctrlCommaOpensSettingsFromTheWindow()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *action = w.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        action->trigger();
        auto *s = w.findChild<SettingsWindow *>();
        QVERIFY(s);
        QTRY_VERIFY(s->isVisible());
        action->trigger(); // one window, raised
        QCOMPARE(w.findChildren<SettingsWindow *>().size(), 1);
        child<QComboBox>(s, "settingsTheme")->setCurrentIndex(2);
        child<QPushButton>(s, "settingsOk")->click();
        QVERIFY(Theme::current() == Theme::Mode::Dark);
        QTRY_VERIFY(!w.findChild<SettingsWindow *>());
        QCOMPARE(ConfigFile::value({}, QStringLiteral("gui"), QStringLiteral("theme")),
                 QStringLiteral("dark"));
    }

    void applyingReloadsTheWindowsDispatcher()
    {
        UiTestBoard tb;
        writeConfig("[dispatcher]\n; once every ten minutes\ninterval=600\n");
        auto session = tb.openBoardBySlug();
        const BoardLocation loc = session->board().location();
        MainWindow w(std::move(session));
        DispatcherHost host(loc, &tb.clock);
        w.setDispatcherHost(&host);
        QSignalSpy ticks(&host, &DispatcherHost::ticked);
        host.startHosting(QStringLiteral("window"));
        QTRY_VERIFY(host.isLocalRunning());
        w.showSettings();
        auto *s = w.findChild<SettingsWindow *>();
        QVERIFY(s);
        child<QSpinBox>(s, "settingsInterval")->setValue(1);
        child<QPushButton>(s, "settingsOk")->click();
        // Every second now, not every ten minutes: the dispatcher re-read it.
        const int before = int(ticks.count());
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= before + 3, 10000);
        QVERIFY(
            readAll(BoardPaths::configPath()).contains("; once every ten minutes\ninterval=1\n"));
        host.stopHosting();
    }

    void wipLimitsHaveTheirPage()
    {
        UiTestBoard tb;
        writeConfig(kConfig);
        SettingsWindow s;
        s.setBoard(QStringLiteral("default"));
        int page = -1;
        for (int i = 0; i < s.pages()->count(); ++i) {
            if (s.pages()->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("WIP limits"))
                page = i;
        }
        QVERIFY(page >= 0);
        auto *running = child<QSpinBox>(s.pages()->widget(page), "wipSpin_running");
        running->setValue(3);
        QVERIFY2(s.apply(), qPrintable(s.errorText()));
        QCOMPARE(WipLimits::limit(QStringLiteral("running"), QStringLiteral("default")), 3);
        const QByteArray text = readAll(BoardPaths::configPath());
        QVERIFY(text.startsWith("; my qkanban settings\n[dispatcher]\n# slow laptop\n"));
        QVERIFY(text.contains("; only the bad news"));
    }

    void profilesAskBeforeDroppingAnUnsavedProfile()
    {
        UiTestBoard tb;
        const QString config = BoardPaths::configPath();
        Profile p;
        p.name = QStringLiteral("writer");
        p.command = QStringLiteral("/bin/echo {task}");
        Profiles::save(p, config);
        p.name = QStringLiteral("reviewer");
        Profiles::save(p, config);
        ProfilesDialog dialog(config);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.hasUnsavedChanges());
        const int asked = ProfilesDialog::unsavedQuestions();
        // Switching between saved profiles asks nothing.
        dialog.list()->setCurrentRow(1);
        QCOMPARE(ProfilesDialog::unsavedQuestions(), asked);

        child<QPushButton>(&dialog, "profileAdd")->click();
        child<QLineEdit>(&dialog, "profileName")->setText(QStringLiteral("tester"));
        child<QLineEdit>(&dialog, "profileCommand")->setText(QStringLiteral("/bin/true"));
        QVERIFY(dialog.hasUnsavedChanges());
        // Cancel: the form stays as it is.
        ProfilesDialog::queueUnsavedAnswer(ProfilesDialog::Unsaved::Cancel);
        dialog.list()->setCurrentRow(0);
        QCOMPARE(ProfilesDialog::unsavedQuestions(), asked + 1);
        QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("tester"));
        // Closing asks too; Cancel keeps the dialog open.
        ProfilesDialog::queueUnsavedAnswer(ProfilesDialog::Unsaved::Cancel);
        dialog.reject();
        QVERIFY(dialog.isVisible());
        // Save: written, then the chosen profile is shown.
        ProfilesDialog::queueUnsavedAnswer(ProfilesDialog::Unsaved::Save);
        child<QPushButton>(&dialog, "profileAdd")->click();
        QCOMPARE(ProfilesDialog::unsavedQuestions(), asked + 3);
        QVERIFY(Profiles::find(QStringLiteral("tester"), config));
        // Discard: an edit of a saved profile is dropped.
        dialog.selectProfile(QStringLiteral("writer"));
        child<QLineEdit>(&dialog, "profileCommand")->setText(QStringLiteral("/bin/false"));
        ProfilesDialog::queueUnsavedAnswer(ProfilesDialog::Unsaved::Discard);
        dialog.list()->setCurrentRow(0);
        QCOMPARE(ProfilesDialog::unsavedQuestions(), asked + 4);
        QCOMPARE(Profiles::find(QStringLiteral("writer"), config)->command,
                 QStringLiteral("/bin/echo {task}"));
        QVERIFY(!dialog.hasUnsavedChanges());
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
