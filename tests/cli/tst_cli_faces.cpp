// The command line a new user meets, on both binaries (the lean qkanban
// and qkanban-full), run as real processes with a cleaned environment
// (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM): GNU --help and
// --version, one-line refusal of unknown options, one line instead of
// Qt's abort without a display, and the help of the headless face.
#include "tests/cli/CliHarness.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

struct Run
{
    int code = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

class TstCliFaces : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Only what a login shell on a server has: PATH, HOME, a private home.
    QProcessEnvironment cleanEnvironment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("QKANBAN_HOME"), m_dir.filePath(QStringLiteral("qkanban")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return env;
    }

    Run run(const QString &binary, const QStringList &args,
            const QProcessEnvironment &env = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? cleanEnvironment() : env);
        p.start(binary, args);
        Run r;
        if (!p.waitForStarted(10000) || !p.waitForFinished(30000))
            return r;
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.code = r.crashed ? -1 : p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QStringList binaries()
    {
        return {QStringLiteral(QKANBAN_BIN), QStringLiteral(QKANBAN_FULL_BIN)};
    }

private slots:
    void helpPrintsEveryFaceWithoutADisplay_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("flag");
        for (const QString &bin : binaries()) {
            for (const char *flag : {"--help", "-h"})
                QTest::addRow("%s %s", qPrintable(QFileInfo(bin).fileName()), flag)
                    << bin << QString::fromLatin1(flag);
        }
    }

    void helpPrintsEveryFaceWithoutADisplay()
    {
        QFETCH(QString, binary);
        QFETCH(QString, flag);
        const Run r = run(binary, {flag});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        for (const char *expected :
             {"Usage: qkanban [--board SLUG] [--db PATH]", "qkanban --tray",
              "qkanban --headless [--board SLUG] [--db PATH] [--json] VERB [ARGS]", "create",
              "request-review", "completion", "QKANBAN_HOME", "QKANBAN_RUN_ID", "Exit status",
              "man qkanban"})
            QVERIFY2(out.contains(QLatin1String(expected)), expected);
        QVERIFY(!out.contains(QLatin1String("__complete")));
    }

    void versionPrintsNameAndVersion_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QStringList>("args");
        for (const QString &bin : binaries()) {
            const QByteArray name = QFileInfo(bin).fileName().toUtf8();
            for (const char *flag : {"--version", "-V", "-v"}) {
                QTest::addRow("%s %s", name.constData(), flag) << bin << QStringList{flag};
                QTest::addRow("%s --headless %s", name.constData(), flag)
                    << bin << QStringList{"--headless", flag};
            }
        }
    }

    void versionPrintsNameAndVersion()
    {
        QFETCH(QString, binary);
        QFETCH(QStringList, args);
        const Run r = run(binary, args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("qkanban " QKANBAN_VERSION_STRING "\n"));
        QVERIFY(r.err.isEmpty());
    }

    void unknownOptionIsOneLineAndExitTwo_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("line");
        for (const QString &bin : binaries()) {
            const QByteArray name = QFileInfo(bin).fileName().toUtf8();
            QTest::addRow("%s --foo", name.constData())
                << bin << QStringList{"--foo"}
                << QByteArray("qkanban: unknown option '--foo'; see 'qkanban --help'\n");
            QTest::addRow("%s -x after --tray", name.constData())
                << bin << QStringList{"--tray", "-x"}
                << QByteArray("qkanban: unknown option '-x'; see 'qkanban --help'\n");
            QTest::addRow("%s --board without value", name.constData())
                << bin << QStringList{"--board"}
                << QByteArray("qkanban: option '--board' needs a value; see 'qkanban --help'\n");
            QTest::addRow("%s a verb without --headless", name.constData())
                << bin << QStringList{"list"}
                << QByteArray("qkanban: unexpected argument 'list' (verbs run with 'qkanban "
                              "--headless list'); see 'qkanban --help'\n");
        }
    }

    void unknownOptionIsOneLineAndExitTwo()
    {
        QFETCH(QString, binary);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, line);
        const Run r = run(binary, args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, line);
        QVERIFY(r.out.isEmpty());
    }

    void noDisplayIsOneLineAndExitOne_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QStringList>("args");
        for (const QString &bin : binaries()) {
            const QByteArray name = QFileInfo(bin).fileName().toUtf8();
            QTest::addRow("%s", name.constData()) << bin << QStringList{};
            QTest::addRow("%s --tray", name.constData()) << bin << QStringList{"--tray"};
            QTest::addRow("%s --board default", name.constData())
                << bin << QStringList{"--board", "default"};
        }
    }

    void noDisplayIsOneLineAndExitOne()
    {
        QFETCH(QString, binary);
        QFETCH(QStringList, args);
        const Run r = run(binary, args);
        QVERIFY(!r.crashed); // was SIGABRT (134) from the platform plugin
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QByteArray("qkanban: no display found (DISPLAY and WAYLAND_DISPLAY are "
                                   "unset); use 'qkanban --headless VERB' for the command line\n"));
        QVERIFY(r.out.isEmpty());
    }

    void headlessHelpFaces()
    {
        const QString bin = QStringLiteral(QKANBAN_BIN);
        Run r = run(bin, {"--headless", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("qkanban --headless [--board SLUG]"));
        for (const QStringList &args : {QStringList{"--headless", "help", "create"},
                                        QStringList{"--headless", "create", "--help"},
                                        QStringList{"--headless", "create", "-h"}}) {
            r = run(bin, args);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith("usage: qkanban create"), r.out.constData());
            QVERIFY(r.out.contains("--assignee"));
        }
        r = run(bin, {"--headless", "help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("Usage: qkanban"));
        r = run(bin, {"--headless", "help", "frobnicate"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown verb 'frobnicate'"));
    }

    void completeListsCandidatesWithoutCreatingABoard()
    {
        const QString bin = QStringLiteral(QKANBAN_BIN);
        QTemporaryDir home;
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("QKANBAN_HOME"), home.path());
        Run r = run(bin, {"--headless", "__complete", "tasks"}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("boards/default/board.db"))));
        r = run(bin, {"--headless", "create", "Write the docs", "--json"}, env);
        QCOMPARE(r.code, 0);
        const QString id =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("t_")));
        r = run(bin, {"--headless", "__complete", "tasks"}, env);
        QCOMPARE(r.out, (id + QStringLiteral("\tWrite the docs\n")).toUtf8());
        r = run(bin, {"--headless", "__complete", "boards"}, env);
        QCOMPARE(r.out, QByteArray("default\n"));
    }

    void completionVerbPrintsTheInstalledScripts_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("file");
        QTest::newRow("bash") << "bash"
                              << "qkanban.bash";
        QTest::newRow("zsh") << "zsh"
                             << "_qkanban";
        QTest::newRow("fish") << "fish"
                              << "qkanban.fish";
    }

    void completionVerbPrintsTheInstalledScripts()
    {
        QFETCH(QString, shell);
        QFETCH(QString, file);
        QFile generated(QStringLiteral(QKANBAN_GEN_DIR "/") + file);
        QVERIFY(generated.open(QIODevice::ReadOnly));
        const Run r = run(QStringLiteral(QKANBAN_BIN), {"--headless", "completion", shell});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, generated.readAll());
    }
};

QTEST_GUILESS_MAIN(TstCliFaces)
#include "tst_cli_faces.moc"
