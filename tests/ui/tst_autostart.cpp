// "Start at login": the XDG autostart entry written by Autostart and the
// checkable Dispatcher menu action of the board window.
#include "tests/ui/UiTestSupport.h"

#include "ui/window/Autostart.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
        // No installed template: the bundled copy is used.
        qputenv("XDG_DATA_DIRS", m_dir->filePath(QStringLiteral("sys")).toUtf8());
    }

    void enableWritesTheTrayEntryAndDisableRemovesIt()
    {
        const QString path = m_dir->filePath(QStringLiteral("config/autostart/qkanban.desktop"));
        QCOMPARE(Autostart::entryPath(), path);
        QVERIFY(!Autostart::isEnabled());

        QString error;
        QVERIFY2(Autostart::setEnabled(true, &error), qPrintable(error));
        QVERIFY(Autostart::isEnabled());
        const QByteArray entry = readAll(path);
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("\nExec=qkanban --tray\n"));
        QVERIFY(entry.contains("\nType=Application\n"));
        // A valid entry for the desktop (when the validator is installed).
        const QString validator = QStandardPaths::findExecutable("desktop-file-validate");
        if (!validator.isEmpty()) {
            QProcess p;
            p.start(validator, {path});
            QVERIFY(p.waitForFinished());
            QCOMPARE(p.exitCode(), 0);
        }

        QVERIFY(Autostart::setEnabled(true)); // again: still one entry
        QVERIFY(Autostart::setEnabled(false, &error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::setEnabled(false, &error)); // already off
    }

    void theInstalledTemplateWins()
    {
        writeFile(m_dir->filePath(QStringLiteral("sys/qkanban/autostart/qkanban.desktop")),
                  "[Desktop Entry]\nType=Application\nName=qkanban\nExec=/opt/qk/bin/qkanban "
                  "--tray\n");
        QVERIFY(Autostart::setEnabled(true));
        QVERIFY(readAll(Autostart::entryPath()).contains("\nExec=/opt/qk/bin/qkanban --tray\n"));
    }

    void anEntrySwitchedOffByTheDesktopCountsAsOff()
    {
        writeFile(Autostart::entryPath(),
                  "[Desktop Entry]\nType=Application\nName=qkanban\nExec=qkanban --tray\n"
                  "Hidden=true\n");
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::setEnabled(true));
        QVERIFY(Autostart::isEnabled());
        writeFile(Autostart::entryPath(), "[Desktop Entry]\nX-GNOME-Autostart-enabled=false\n");
        QVERIFY(!Autostart::isEnabled());
    }

    void anUnwritableConfigSaysWhy()
    {
        // XDG_CONFIG_HOME/autostart is a file: the folder cannot be made.
        writeFile(m_dir->filePath(QStringLiteral("config/autostart")), "not a folder");
        QString error;
        QVERIFY(!Autostart::setEnabled(true, &error));
        QVERIFY2(error.contains(QStringLiteral("autostart")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(!Autostart::isEnabled());
    }

    void theMenuActionTurnsItOnAndOff()
    {
        UiTestBoard tb; // its own XDG_CONFIG_HOME
        MainWindow w(tb.openSession());
        auto *action = w.findChild<QAction *>(QStringLiteral("actionStartAtLogin"));
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked());
        QVERIFY(!action->text().isEmpty());

        action->trigger();
        QVERIFY(action->isChecked());
        QVERIFY(Autostart::isEnabled());
        QVERIFY(readAll(Autostart::entryPath()).contains("\nExec=qkanban --tray\n"));

        action->trigger();
        QVERIFY(!action->isChecked());
        QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestAutostart)
#include "tst_autostart.moc"
