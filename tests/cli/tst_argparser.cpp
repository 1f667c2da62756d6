// The argparse-like parser and the shell tokeniser behind every verb.
#include "app/ArgParser.h"
#include "app/ShellSplit.h"

#include <QtTest>

class TstArgParser : public QObject
{
    Q_OBJECT

    static ArgSpec createSpec()
    {
        return ArgSpec(QStringLiteral("Create a task."))
            .positional(QStringLiteral("title"))
            .option(QStringLiteral("--body"))
            .option(QStringLiteral("--priority"))
            .integer()
            .repeatable(QStringLiteral("--parent"))
            .option(QStringLiteral("--status"))
            .choices({QStringLiteral("todo"), QStringLiteral("ready")})
            .flag(QStringLiteral("--json"))
            .option(QStringLiteral("--ids"))
            .nargs(ArgSpec::Nargs::OneOrMore)
            .option(QStringLiteral("--output,-o"));
    }

private slots:
    void positionalsAndOptionsMayInterleave()
    {
        const ArgParser p(QStringLiteral("qkanban create"), createSpec());
        const auto r = p.parse({QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("T"),
                                QStringLiteral("--json")});
        QCOMPARE(r.status, ArgParser::Result::Ok);
        QCOMPARE(r.args.value(QStringLiteral("title")), QStringLiteral("T"));
        QCOMPARE(r.args.value(QStringLiteral("body")), QStringLiteral("b"));
        QVERIFY(r.args.flag(QStringLiteral("json")));
        QVERIFY(!r.args.isSet(QStringLiteral("priority")));
    }

    void equalsFormAndShortInlineValuesAreAccepted()
    {
        const ArgParser p(QStringLiteral("x"), createSpec());
        const auto r =
            p.parse({QStringLiteral("--body=a=b"), QStringLiteral("-ofile"), QStringLiteral("T")});
        QCOMPARE(r.status, ArgParser::Result::Ok);
        QCOMPARE(r.args.value(QStringLiteral("body")), QStringLiteral("a=b"));
        QCOMPARE(r.args.value(QStringLiteral("output")), QStringLiteral("file"));
    }

    void repeatableOptionCollectsEveryValue()
    {
        const ArgParser p(QStringLiteral("x"), createSpec());
        const auto r = p.parse({QStringLiteral("T"), QStringLiteral("--parent"),
                                QStringLiteral("a"), QStringLiteral("--parent=b")});
        QCOMPARE(r.args.values(QStringLiteral("parent")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void oneOrMoreOptionStopsAtNextOption()
    {
        const ArgParser p(QStringLiteral("x"), createSpec());
        const auto r = p.parse({QStringLiteral("--ids"), QStringLiteral("a"), QStringLiteral("b"),
                                QStringLiteral("--json"), QStringLiteral("T")});
        QCOMPARE(r.status, ArgParser::Result::Ok);
        QCOMPARE(r.args.values(QStringLiteral("ids")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(r.args.value(QStringLiteral("title")), QStringLiteral("T"));
    }

    void doubleDashMakesTheRestPositional()
    {
        const ArgParser p(QStringLiteral("x"), createSpec());
        const auto r = p.parse({QStringLiteral("--"), QStringLiteral("--json")});
        QCOMPARE(r.status, ArgParser::Result::Ok);
        QCOMPARE(r.args.value(QStringLiteral("title")), QStringLiteral("--json"));
        QVERIFY(!r.args.flag(QStringLiteral("json")));
    }

    void negativeNumbersAreValuesNotOptions()
    {
        const ArgParser p(QStringLiteral("x"), createSpec());
        const auto r =
            p.parse({QStringLiteral("T"), QStringLiteral("--priority"), QStringLiteral("-5")});
        QCOMPARE(r.status, ArgParser::Result::Ok);
        QCOMPARE(r.args.integer(QStringLiteral("priority")), -5);
    }

    void uniquePrefixSelectsALongOption()
    {
        const ArgParser p(QStringLiteral("x"), createSpec());
        const auto r =
            p.parse({QStringLiteral("T"), QStringLiteral("--prio"), QStringLiteral("3")});
        QCOMPARE(r.status, ArgParser::Result::Ok);
        QCOMPARE(r.args.integer(QStringLiteral("priority")), 3);
    }

    void badInputGivesArgparseMessages_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing positional")
            << QStringList{} << "the following arguments are required: title";
        QTest::newRow("bad int") << QStringList{"T", "--priority", "abc"}
                                 << "argument --priority: invalid int value: 'abc'";
        QTest::newRow("bad choice")
            << QStringList{"T", "--status", "x"}
            << "argument --status: invalid choice: 'x' (choose from 'todo', 'ready')";
        QTest::newRow("missing value")
            << QStringList{"T", "--body"} << "argument --body: expected one argument";
        QTest::newRow("value looks like option")
            << QStringList{"T", "--body", "--json"} << "argument --body: expected one argument";
        QTest::newRow("unknown option")
            << QStringList{"T", "--nope"} << "unrecognized arguments: --nope";
        QTest::newRow("extra positional") << QStringList{"T", "U"} << "unrecognized arguments: U";
        QTest::newRow("flag with value")
            << QStringList{"T", "--json=1"} << "argument --json: ignored explicit argument '1'";
        QTest::newRow("ambiguous prefix")
            << QStringList{"T", "--p", "x"}
            << "ambiguous option: --p could match --priority, --parent";
    }

    void badInputGivesArgparseMessages()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ArgParser p(QStringLiteral("qkanban create"), createSpec());
        const auto r = p.parse(args);
        QCOMPARE(r.status, ArgParser::Result::Error);
        QCOMPARE(r.message, message);
        QVERIFY(p.errorText(r.message).startsWith(QStringLiteral("usage: qkanban create [-h]")));
        QVERIFY(
            p.errorText(r.message).endsWith(QStringLiteral("qkanban create: error: ") + message));
    }

    void helpIsRequestedAnywhereBeforeDoubleDash()
    {
        const ArgParser p(QStringLiteral("qkanban create"), createSpec());
        QCOMPARE(p.parse({QStringLiteral("T"), QStringLiteral("-h")}).status,
                 ArgParser::Result::Help);
        QCOMPARE(p.parse({QStringLiteral("--help")}).status, ArgParser::Result::Help);
        const QString help = p.help();
        QVERIFY(help.contains(QStringLiteral("positional arguments:")));
        QVERIFY(help.contains(QStringLiteral("--priority PRIORITY")));
        QVERIFY(help.contains(QStringLiteral("--ids IDS [IDS ...]")));
    }

    void positionalNargsAreDistributedLikeArgparse()
    {
        const ArgSpec spec =
            ArgSpec()
                .positional(QStringLiteral("task_id"))
                .positional(QStringLiteral("reason"), {}, ArgSpec::Nargs::ZeroOrMore);
        const ArgParser p(QStringLiteral("qkanban block"), spec);
        auto r = p.parse({QStringLiteral("t_1")});
        QCOMPARE(r.status, ArgParser::Result::Ok);
        QVERIFY(r.args.values(QStringLiteral("reason")).isEmpty());
        r = p.parse({QStringLiteral("t_1"), QStringLiteral("needs"), QStringLiteral("input")});
        QCOMPARE(r.args.values(QStringLiteral("reason")),
                 (QStringList{QStringLiteral("needs"), QStringLiteral("input")}));

        const ArgParser q(QStringLiteral("x"),
                          ArgSpec()
                              .positional(QStringLiteral("ids"), {}, ArgSpec::Nargs::OneOrMore)
                              .positional(QStringLiteral("last")));
        r = q.parse({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(r.args.values(QStringLiteral("ids")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(r.args.value(QStringLiteral("last")), QStringLiteral("c"));
        QCOMPARE(q.parse({QStringLiteral("a")}).message,
                 QStringLiteral("the following arguments are required: last"));
    }

    void requiredOptionsAreReportedTogether()
    {
        const ArgParser p(QStringLiteral("x"), ArgSpec()
                                                   .option(QStringLiteral("--platform"))
                                                   .required()
                                                   .option(QStringLiteral("--chat-id"))
                                                   .required());
        QCOMPARE(p.parse({}).message,
                 QStringLiteral("the following arguments are required: --platform, --chat-id"));
    }

    void shellSplitFollowsPosixQuoting_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << "create  hello   world"
                               << QStringList{"create", "hello", "world"};
        QTest::newRow("double") << "create \"a b\" --body \"say \\\"hi\\\"\""
                                << QStringList{"create", "a b", "--body", "say \"hi\""};
        QTest::newRow("single") << "comment t_1 'it''s \"x\"'"
                                << QStringList{"comment", "t_1", "its \"x\""};
        QTest::newRow("backslash") << "a\\ b c" << QStringList{"a b", "c"};
        QTest::newRow("empty quotes") << "create ''" << QStringList{"create", ""};
        QTest::newRow("emoji") << "create '🎉 ship it'" << QStringList{"create", "🎉 ship it"};
    }

    void shellSplitFollowsPosixQuoting()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QString error;
        QCOMPARE(shellSplit(line, &error), words);
        QVERIFY(error.isEmpty());
    }

    void shellSplitReportsAnUnclosedQuote()
    {
        QString error;
        QVERIFY(shellSplit(QStringLiteral("create \"open"), &error).isEmpty());
        QCOMPARE(error, QStringLiteral("No closing quotation"));
    }
};

QTEST_APPLESS_MAIN(TstArgParser)
#include "tst_argparser.moc"
