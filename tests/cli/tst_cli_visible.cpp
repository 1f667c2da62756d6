// Text that workers write reaches a person's terminal defused: the real
// binary's human output (list, show, runs, context, profiles list, log on
// a terminal) shows escape sequences, carriage returns, line breaks in
// one-line fields, C1 controls and bidi overrides as visible escapes,
// while --json (and log to a pipe) keep the exact bytes.
#include "tests/cli/CliHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

// Clears the screen, retitles the window, rings, returns the carriage
// and prints a fake task row under the real one.
const QString kTitle = QStringLiteral("Fix \x1b[2J\x1b]0;pwned\x07 now\rX\nt_fake  ready  "
                                      "(unassigned)          fake row");
// C1 CSI (U+009B), a right-to-left override, a line separator.
const QString kTenant = QStringLiteral("team\u009b2J\u202eevil\u2028x");
const QString kBody = QStringLiteral("line one\nline two \x1b[31mred\x1b[0m\ttab");
const QString kComment = QStringLiteral("looks fine\n  [2026-01-01 00:00] user: approved\x1b[8m");
const QString kSummary = QStringLiteral("did it \x1b]52;c;ZXZpbA==\x07\nsecond line");
const QString kCommand = QStringLiteral("/bin/true \x1b]0;owned\x07\nfake-profile  max=9");

// Any byte sequence that steers a terminal or disguises text.
QString hiddenIn(const QByteArray &out)
{
    const QString text = QString::fromUtf8(out);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029)
            return QStringLiteral("U+%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

class TestCliVisible : public QObject
{
    Q_OBJECT

    CliHarness m_h;
    QString m_id;

    CliHarness::Result ok(const QStringList &args) const
    {
        const CliHarness::Result r = m_h.run(args);
        if (r.code != 0)
            qWarning("%s: exit %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.code,
                     r.err.constData());
        return r;
    }

    static void expectDefused(const CliHarness::Result &r)
    {
        QCOMPARE(r.code, 0);
        QVERIFY2(hiddenIn(r.out).isEmpty(),
                 qPrintable(hiddenIn(r.out) + QStringLiteral(" in: ") + QString::fromUtf8(r.out)));
        QVERIFY2(hiddenIn(r.err).isEmpty(), r.err.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_h.isValid());
        m_id = m_h.create(kTitle, {QStringLiteral("--tenant"), kTenant, QStringLiteral("--body"),
                                   kBody, QStringLiteral("--created-by"), kTenant});
        QVERIFY(!m_id.isEmpty());
        QCOMPARE(ok({QStringLiteral("comment"), m_id, kComment}).code, 0);
        QCOMPARE(ok({QStringLiteral("claim"), m_id}).code, 0);
        QCOMPARE(ok({QStringLiteral("complete"), m_id, QStringLiteral("--summary"), kSummary,
                     QStringLiteral("--result"), kSummary})
                     .code,
                 0);
        QCOMPARE(ok({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("coder"),
                     QStringLiteral("--command"), kCommand})
                     .code,
                 0);
    }

    void listShowsOneRowPerTask()
    {
        const auto r = ok({QStringLiteral("list")});
        expectDefused(r);
        const QStringList rows = r.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().contains(
                     QStringLiteral("Fix \\x1b[2J\\x1b]0;pwned\\x07 now\\rX\\nt_fake  ready")),
                 qPrintable(rows.first()));
        QVERIFY(rows.first().contains(QStringLiteral("team\\u009b2J\\u202eevil\\u2028x")));
    }

    void showKeepsTheBodysLinesOnly()
    {
        const auto r = ok({QStringLiteral("show"), m_id});
        expectDefused(r);
        const QString out = r.text();
        QVERIFY2(out.startsWith(QStringLiteral("Task %1: Fix \\x1b[2J\\x1b]0;pwned\\x07 now\\rX\\n"
                                               "t_fake  ready")
                                    .arg(m_id)),
                 qPrintable(out));
        // The body and the result keep their line breaks, nothing else.
        QVERIFY2(
            out.contains(QStringLiteral("Body:\nline one\nline two \\x1b[31mred\\x1b[0m\\ttab\n")),
            qPrintable(out));
        QVERIFY(out.contains(
            QStringLiteral("Result:\ndid it \\x1b]52;c;ZXZpbA==\\x07\nsecond line\n")));
        // A comment's further lines are indented under it: no line of it
        // passes for a comment of its own.
        QVERIFY2(out.contains(QStringLiteral(": looks fine\n        [2026-01-01 00:00] user: "
                                             "approved\\x1b[8m\n")),
                 qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("\n  [2026-01-01")));
        QVERIFY(out.contains(QStringLiteral("  created:   ")));
        QVERIFY(out.contains(QStringLiteral("by team\\u009b2J")));
    }

    void runsShowTheSummarysFirstLine()
    {
        const auto r = ok({QStringLiteral("runs"), m_id});
        expectDefused(r);
        QVERIFY2(r.text().contains(QStringLiteral("→ did it \\x1b]52;c;ZXZpbA==\\x07\n")),
                 r.out.constData());
        QVERIFY(!r.text().contains(QStringLiteral("second line")));
    }

    void contextKeepsTheTitleOnOneLine()
    {
        const auto r = ok({QStringLiteral("context"), m_id});
        expectDefused(r);
        QVERIFY2(r.text().startsWith(
                     QStringLiteral("# Kanban task %1: Fix \\x1b[2J\\x1b]0;pwned\\x07 now\\rX\\n"
                                    "t_fake  ready")
                         .arg(m_id)),
                 r.out.constData());
        QVERIFY(r.text().contains(QStringLiteral("line one\nline two \\x1b[31m")));
    }

    void profilesListShowsTheCommandOnOneLine()
    {
        const auto r = ok({QStringLiteral("profiles"), QStringLiteral("list")});
        expectDefused(r);
        QCOMPARE(r.text().count(QLatin1Char('\n')), 1);
        QVERIFY2(r.text().contains(QStringLiteral("/bin/true \\x1b]0;owned\\x07\\nfake-profile")),
                 r.out.constData());
    }

    void errorsEchoingTheInputAreDefused()
    {
        // An error that echoes the hostile input stays one clean line.
        const auto bad = m_h.run({QStringLiteral("show"), QStringLiteral("t_\x1b]0;x\x07")});
        QCOMPARE(bad.code, 1);
        QVERIFY(hiddenIn(bad.err).isEmpty());
        QCOMPARE(bad.errLines(),
                 QStringList{QStringLiteral("qkanban: no such task: t_\\x1b]0;x\\x07")});
    }

    void jsonKeepsTheExactText()
    {
        const auto list = ok({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonObject task = list.json().array().first().toObject();
        QCOMPARE(task.value(QStringLiteral("title")).toString(), kTitle);
        QCOMPARE(task.value(QStringLiteral("tenant")).toString(), kTenant);
        QCOMPARE(task.value(QStringLiteral("body")).toString(), kBody);
        QCOMPARE(task.value(QStringLiteral("result")).toString(), kSummary);

        const QJsonObject show =
            ok({QStringLiteral("show"), m_id, QStringLiteral("--json")}).json().object();
        QCOMPARE(show.value(QStringLiteral("comments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("body"))
                     .toString(),
                 kComment);
        const QJsonArray runs =
            ok({QStringLiteral("runs"), m_id, QStringLiteral("--json")}).json().array();
        QCOMPARE(runs.first().toObject().value(QStringLiteral("summary")).toString(), kSummary);
        const QJsonArray profiles =
            ok({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .array();
        QCOMPARE(profiles.first().toObject().value(QStringLiteral("command")).toString(), kCommand);
    }

    void logIsExactToAPipeAndDefusedOnATerminal()
    {
        // The worker's log as it wrote it: colours, a screen clear, a title.
        const QByteArray log = "\x1b[32mgreen\x1b[0m ok\r\nprogress 10%\rprogress 99%\n"
                               "\x1b[2J\x1b]0;pwned\x07\xe2\x80\xae"
                               "evil\xff\n";
        const QString dir = m_h.home() + QStringLiteral("/home/boards/default/logs");
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + QLatin1Char('/') + m_id + QStringLiteral(".log"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(log);
        f.close();

        const auto piped = ok({QStringLiteral("log"), m_id});
        QCOMPARE(piped.code, 0);
        QCOMPARE(piped.out, log);

        // On a terminal (script(1) gives it a pty): colours kept, the rest shown.
        QProcess term;
        term.setProcessEnvironment(m_h.environment());
        const QString command =
            QStringLiteral("'%1' --headless log %2").arg(CliHarness::binary(), m_id);
        term.start(QStringLiteral("script"),
                   {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(term.waitForFinished(30000));
        QCOMPARE(term.exitCode(), 0);
        QByteArray shown = term.readAllStandardOutput();
        while (shown.contains("\r\n")) // the pty's own line endings (and the log's)
            shown.replace("\r\n", "\n");
        QVERIFY2(shown.contains("\x1b[32mgreen\x1b[0m ok\n"), shown.constData());
        QVERIFY2(shown.contains("progress 10%\\rprogress 99%\n"), shown.constData());
        QVERIFY2(shown.contains("\\x1b[2J\\x1b]0;pwned\\x07\\u202eevil\\xff\n"), shown.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliVisible)
#include "tst_cli_visible.moc"
