// The command bar's entry point (VerbTable::runCommandLine): the same
// verbs from one string, in-process, output returned as text.
#include "app/TaskFormat.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "model/Board.h"
#include "model/Kernel.h"
#include "model/TaskJson.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TstCliCommandBar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    VerbTable m_table;

    QString firstId(const QString &createOutput)
    {
        static const QRegularExpression re(QStringLiteral("t_[0-9a-f]{8}"));
        return re.match(createOutput).captured(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerAllVerbs(m_table);
        qputenv("QKANBAN_HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("QKANBAN_CONFIG", m_dir.filePath(QStringLiteral("config/qkanban.conf")).toUtf8());
        for (const char *name :
             {"QKANBAN_DB", "QKANBAN_BOARD", "QKANBAN_TASK", "QKANBAN_RUN_ID", "QKANBAN_PROFILE"})
            qunsetenv(name);
    }

    void everyVerbRunsFromAStringAndAnswersWithText()
    {
        const QString a = firstId(
            m_table.runCommandLine(QStringLiteral("create 'Parity parent' --assignee alice")));
        const QString b = firstId(
            m_table.runCommandLine(QStringLiteral("create \"Parity child\" --parent ") + a));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const QStringList lines{
            QString(),
            QStringLiteral("--help"),
            QStringLiteral("init"),
            QStringLiteral("create 'x y' --body z"),
            QStringLiteral("list"),
            QStringLiteral("ls --json"),
            QStringLiteral("show ") + a,
            QStringLiteral("assign %1 bob").arg(a),
            QStringLiteral("link %1 %2").arg(a, b),
            QStringLiteral("unlink %1 %2").arg(a, b),
            QStringLiteral("claim ") + a,
            QStringLiteral("heartbeat %1 --note hi").arg(a),
            QStringLiteral("comment %1 hello there").arg(a),
            QStringLiteral("runs ") + a,
            QStringLiteral("tail ") + a,
            QStringLiteral("watch"),
            QStringLiteral("request-review %1 --summary done").arg(a),
            QStringLiteral("request-changes %1 more").arg(a),
            QStringLiteral("complete ") + a,
            QStringLiteral("block %1 waiting").arg(b),
            QStringLiteral("unblock ") + b,
            QStringLiteral("edit %1 --priority 3").arg(b),
            QStringLiteral("reclaim ") + b,
            QStringLiteral("archive ") + b,
            QStringLiteral("stats"),
            QStringLiteral("stats --json"),
            QStringLiteral("notify-subscribe %1 --platform desktop --chat-id me").arg(a),
            QStringLiteral("notify-list"),
            QStringLiteral("notify-unsubscribe %1 --platform desktop --chat-id me").arg(a),
            QStringLiteral("context ") + a,
            QStringLiteral("gc"),
            QStringLiteral("boards list"),
            QStringLiteral("export"),
            QStringLiteral("completion bash"),
            QStringLiteral("show t_00000000"),
            QStringLiteral("create"),
            QStringLiteral("frobnicate"),
            QStringLiteral("create \"unclosed")};
        for (const QString &line : lines) {
            QElapsedTimer timer;
            timer.start();
            const QString out = m_table.runCommandLine(line);
            QVERIFY2(!out.isEmpty(), qPrintable(line));
            QVERIFY2(timer.elapsed() < 10000, qPrintable(line)); // live verbs return at once
        }
    }

    void resultsCarryOutputAndErrors()
    {
        QVERIFY(m_table.runCommandLine(QStringLiteral("create 'Bar task'"))
                    .startsWith(QStringLiteral("Created t_")));
        QCOMPARE(m_table.runCommandLine(QStringLiteral("show t_00000000")),
                 QStringLiteral("qkanban: no such task: t_00000000"));
        QCOMPARE(m_table.runCommandLine(QStringLiteral("link t_1 t_1")),
                 QStringLiteral("qkanban: a task cannot depend on itself"));
        QCOMPARE(m_table.runCommandLine(QStringLiteral("notify-list t_00000000")),
                 QStringLiteral("qkanban: no such task: t_00000000"));
    }

    void emptyInputAndHelpWordsGiveTheSameShortHelp()
    {
        const QString help = m_table.runCommandLine(QString());
        QVERIFY(help.size() < 2000);
        QVERIFY(help.contains(QStringLiteral("list")));
        QVERIFY(help.contains(QStringLiteral("show")));
        QVERIFY(!help.contains(QStringLiteral("usage error")));
        for (const char *word : {"help", "--help", "-h", "?", "   "})
            QCOMPARE(m_table.runCommandLine(QLatin1String(word)), help);
    }

    void verbHelpIsHelpNotAnError()
    {
        const QString out = m_table.runCommandLine(QStringLiteral("show -h"));
        QVERIFY(out.startsWith(QStringLiteral("usage: qkanban show")));
        QVERIFY(out.contains(QStringLiteral("task_id")));
        QVERIFY(!out.contains(QStringLiteral("⚠")));
    }

    void usageErrorsComeBackAsFriendlyText()
    {
        const QString missing = m_table.runCommandLine(QStringLiteral("show"));
        QVERIFY(missing.startsWith(QStringLiteral("⚠ qkanban usage error\nusage: qkanban show")));
        QVERIFY(missing.contains(QStringLiteral("task_id")));
        const QString unknown = m_table.runCommandLine(QStringLiteral("frobnicate"));
        QVERIFY(unknown.contains(QStringLiteral("frobnicate")));
        QVERIFY(!unknown.contains(QStringLiteral("qkanban qkanban")));
        QVERIFY(m_table.runCommandLine(QStringLiteral("create x --priority abc"))
                    .contains(QStringLiteral("invalid int value")));
        QCOMPARE(m_table.runCommandLine(QStringLiteral("create 'open")),
                 QStringLiteral("⚠ qkanban usage error\nNo closing quotation"));
    }

    void boardOptionDoesNotLeakIntoTheEnvironment()
    {
        qputenv("QKANBAN_BOARD", "default");
        QVERIFY(m_table.runCommandLine(QStringLiteral("boards create side"))
                    .contains(QStringLiteral("Created board 'side'")));
        QVERIFY(m_table.runCommandLine(QStringLiteral("--board side create 'on side'"))
                    .startsWith(QStringLiteral("Created")));
        QCOMPARE(qgetenv("QKANBAN_BOARD"), QByteArray("default"));
        QVERIFY(
            !m_table.runCommandLine(QStringLiteral("list")).contains(QStringLiteral("on side")));
        QVERIFY(m_table.runCommandLine(QStringLiteral("list --board side"))
                    .contains(QStringLiteral("on side")));
        qunsetenv("QKANBAN_BOARD");
    }

    void defaultGlobalsPointTheBarAtTheWindowsBoard()
    {
        VerbTable table;
        registerAllVerbs(table);
        const QString db = m_dir.filePath(QStringLiteral("window.db"));
        table.setDefaultGlobals({QString(), db});
        QVERIFY(table.runCommandLine(QStringLiteral("create 'in window db'"))
                    .startsWith(QStringLiteral("Created")));
        QVERIFY(QFile::exists(db));
        QVERIFY(
            table.runCommandLine(QStringLiteral("ls")).contains(QStringLiteral("in window db")));
        QVERIFY(
            !m_table.runCommandLine(QStringLiteral("ls")).contains(QStringLiteral("in window db")));
    }

    void fastListJsonWriterMatchesTaskJson()
    {
        auto board = Board::openResolved(QString(), m_dir.filePath(QStringLiteral("json.db")));
        Kernel k(*board);
        CreateOptions o;
        o.title =
            QStringLiteral("quote \" backslash \\ tab\t newline\n emoji 🎉 rtl שלום \x01 \x7f") +
            QChar(0xd800) + QStringLiteral("x");
        o.body = QStringLiteral("body");
        o.tenant = QStringLiteral("t");
        o.maxRetries = 2;
        const QString id = k.createTask(o).id;
        k.claimTask(id);
        for (const Task &t : k.listTasks()) {
            QByteArray fast;
            TaskFormat::appendTaskJson(fast, t, 0);
            QCOMPARE(fast, TaskJson::task(t).dump(2));
            Json list = Json::array();
            list << TaskJson::task(t);
            QByteArray nested = "[\n  ";
            TaskFormat::appendTaskJson(nested, t, 1);
            nested += "\n]";
            QCOMPARE(nested, list.dump(2));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliCommandBar)
#include "tst_cli_commandbar.moc"
