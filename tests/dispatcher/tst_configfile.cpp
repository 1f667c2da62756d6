// ConfigFile: edits of the INI config keep the user's comments, blank lines,
// order and unknown keys, QSettings reads the result, and the mode stays.
#include "dispatcher/ConfigFile.h"
#include "dispatcher/Profiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const char kCommented[] = "; qkanban config, edited by hand\n"
                          "\n"
                          "[dispatcher]\n"
                          "# every minute is too often on battery\n"
                          "interval=120\n"
                          "mystery_key=keep me\n"
                          "\n"
                          "; the writer profile\n"
                          "[profile.writer]\n"
                          "command=writer-cli {task}\n"
                          "env=A=1, B=2\n"
                          "\n"
                          "[profile.reviewer]\n"
                          "command=review {task}\n"
                          "\n"
                          "; trailing note\n";

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("qkanban.conf"));
        QFile::remove(m_path);
        write(m_path, kCommented);
    }

    void changingAValueEditsOnlyItsLine()
    {
        QString error;
        QVERIFY2(ConfigFile::setValue(m_path, QStringLiteral("dispatcher"),
                                      QStringLiteral("interval"), QStringLiteral("30"), &error),
                 qPrintable(error));
        QByteArray want(kCommented);
        want.replace("interval=120", "interval=30");
        QCOMPARE(read(m_path), want);
        QCOMPARE(Profiles::settings(m_path).intervalSeconds, 30);
    }

    void aNewKeyJoinsItsSectionAndANewSectionGoesLast()
    {
        QVERIFY(ConfigFile::setValue(m_path, QStringLiteral("dispatcher"),
                                     QStringLiteral("failure_limit"), QStringLiteral("7")));
        QVERIFY(ConfigFile::setList(m_path, QStringLiteral("notifications"),
                                    QStringLiteral("board_events"),
                                    {QStringLiteral("blocked"), QStringLiteral("crashed")}));
        QByteArray want(kCommented);
        want.replace("mystery_key=keep me\n", "mystery_key=keep me\nfailure_limit=7\n");
        want += "\n[notifications]\nboard_events=blocked, crashed\n";
        QCOMPARE(read(m_path), want);
        QSettings s(m_path, QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("notifications/board_events")).toStringList(),
                 QStringList({QStringLiteral("blocked"), QStringLiteral("crashed")}));
        QCOMPARE(s.value(QStringLiteral("dispatcher/mystery_key")).toString(),
                 QStringLiteral("keep me"));
        QCOMPARE(ConfigFile::value(m_path, QStringLiteral("notifications"),
                                   QStringLiteral("board_events")),
                 QStringLiteral("blocked, crashed"));
    }

    void valuesRoundTripThroughQSettings()
    {
        const QString odd = QStringLiteral(" a \"quoted\"; b=c, d \\ e ");
        QVERIFY(ConfigFile::setValue(m_path, QStringLiteral("dispatcher"),
                                     QStringLiteral("default_workdir"), odd));
        QSettings s(m_path, QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("dispatcher/default_workdir")).toString(), odd);
        QCOMPARE(ConfigFile::value(m_path, QStringLiteral("dispatcher"),
                                   QStringLiteral("default_workdir")),
                 odd);
        QCOMPARE(ConfigFile::value(m_path, QStringLiteral("dispatcher"), QStringLiteral("nope")),
                 std::nullopt);
    }

    void variantsAreEncodedAsQSettingsDoes()
    {
        const QByteArray blob("\x01\x00geometry\xff", 12);
        QVERIFY(ConfigFile::setVariant(m_path, QStringLiteral("gui"), QStringLiteral("geometry"),
                                       blob));
        QVERIFY(ConfigFile::setVariant(m_path, QStringLiteral("gui"),
                                       QStringLiteral("showArchived"), true));
        QSettings s(m_path, QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("gui/geometry")).toByteArray(), blob);
        QCOMPARE(s.value(QStringLiteral("gui/showArchived")).toBool(), true);
        QVERIFY(read(m_path).startsWith(QByteArray(kCommented)));
    }

    void removingKeepsTheRest()
    {
        QVERIFY(ConfigFile::removeKey(m_path, QStringLiteral("dispatcher"),
                                      QStringLiteral("interval")));
        QVERIFY(ConfigFile::removeSection(m_path, QStringLiteral("profile.writer")));
        const QByteArray want = "; qkanban config, edited by hand\n"
                                "\n"
                                "[dispatcher]\n"
                                "# every minute is too often on battery\n"
                                "mystery_key=keep me\n"
                                "\n"
                                "[profile.reviewer]\n"
                                "command=review {task}\n"
                                "\n"
                                "; trailing note\n";
        QCOMPARE(read(m_path), want);
        QVERIFY(ConfigFile::removeKey(m_path, QStringLiteral("x"), QStringLiteral("y")));
        QCOMPARE(read(m_path), want);
    }

    void theFileStaysPrivateAndANewOneIsPrivate()
    {
        QVERIFY(ConfigFile::setValue(m_path, QStringLiteral("dispatcher"),
                                     QStringLiteral("interval"), QStringLiteral("5")));
        QCOMPARE(QFile::permissions(m_path) & 0x0077, QFileDevice::Permissions());
        const QString fresh = m_dir.filePath(QStringLiteral("sub/new.conf"));
        QVERIFY(ConfigFile::setValue(fresh, QStringLiteral("ui"), QStringLiteral("theme"),
                                     QStringLiteral("dark")));
        QCOMPARE(read(fresh), QByteArray("[ui]\ntheme=dark\n"));
        QCOMPARE(QFile::permissions(fresh) & 0x0077, QFileDevice::Permissions());
    }

    void profilesSaveAndRemoveKeepComments()
    {
        Profile p;
        p.name = QStringLiteral("writer");
        p.command = QStringLiteral("writer-cli --fast {task}");
        p.maxInProgress = 2;
        p.env.insert(QStringLiteral("A"), QStringLiteral("1"));
        Profiles::save(p, m_path);
        const QByteArray text = read(m_path);
        QVERIFY(text.contains("; the writer profile\n[profile.writer]\n"));
        QVERIFY(text.contains("# every minute is too often on battery"));
        QVERIFY(text.contains("; trailing note"));
        const auto back = Profiles::find(QStringLiteral("writer"), m_path);
        QVERIFY(back);
        QCOMPARE(back->command, p.command);
        QCOMPARE(back->maxInProgress, 2);
        QCOMPARE(back->env, p.env);
        QVERIFY(Profiles::remove(QStringLiteral("writer"), m_path));
        QVERIFY(!read(m_path).contains("writer"));
        QVERIFY(read(m_path).contains("; trailing note"));
        QCOMPARE(Profiles::list(m_path).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
