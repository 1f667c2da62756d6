// The review lane from the command line: --reviewer on create, edit and
// request-review, what show/list print, and request-changes with its
// reason as --reason or as words.
#include "tests/cli/CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class TestCliReview : public QObject
{
    Q_OBJECT

    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    }

private slots:
    void createAndEditSetTheReviewer()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("Fix the parser"),
                                    args({"--assignee", "coder", "--reviewer", "Critic"}));
        QVERIFY(!id.isEmpty());
        CliHarness::Result show = h.run({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(show.json()
                     .object()
                     .value(QStringLiteral("task"))
                     .toObject()
                     .value(QStringLiteral("reviewer")),
                 QJsonValue(QStringLiteral("critic")));
        show = h.run({QStringLiteral("show"), id});
        QVERIFY2(show.text().contains(QLatin1String("  reviewer:  critic\n")), show.out);
        const CliHarness::Result list = h.run(args({"list"}));
        QVERIFY2(list.text().contains(QLatin1String("(review: critic)")), list.out);
        const CliHarness::Result json = h.run(args({"list", "--json"}));
        QCOMPARE(json.json().array().first().toObject().value(QStringLiteral("reviewer")),
                 QJsonValue(QStringLiteral("critic")));

        QCOMPARE(h.run({QStringLiteral("edit"), id, QStringLiteral("--reviewer"),
                        QStringLiteral("lint")})
                     .code,
                 0);
        QVERIFY(
            h.run({QStringLiteral("show"), id}).text().contains(QLatin1String("reviewer:  lint")));
        // 'none' (or '') clears it: a person reviews.
        QCOMPARE(h.run({QStringLiteral("edit"), id, QStringLiteral("--reviewer"),
                        QStringLiteral("none")})
                     .code,
                 0);
        show = h.run({QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY(show.json()
                    .object()
                    .value(QStringLiteral("task"))
                    .toObject()
                    .value(QStringLiteral("reviewer"))
                    .isNull());
        QCOMPARE(h.run({QStringLiteral("edit"), id, QStringLiteral("--reviewer"),
                        QStringLiteral("lint")})
                     .code,
                 0);
        QCOMPARE(h.run({QStringLiteral("edit"), id, QStringLiteral("--reviewer"), QString()}).code,
                 0);
        QVERIFY(!h.run({QStringLiteral("show"), id}).text().contains(QLatin1String("reviewer:")));
    }

    void requestReviewCanNameTheReviewer()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("t"), args({"--assignee", "coder"}));
        QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
        const CliHarness::Result r =
            h.run({QStringLiteral("request-review"), id, QStringLiteral("--summary"),
                   QStringLiteral("done"), QStringLiteral("--reviewer"), QStringLiteral("critic")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.text().contains(QLatin1String("reviewer: critic")), r.out);
        const QJsonObject task = h.run({QStringLiteral("show"), id, QStringLiteral("--json")})
                                     .json()
                                     .object()
                                     .value(QStringLiteral("task"))
                                     .toObject();
        QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("review"));
        QCOMPARE(task.value(QStringLiteral("reviewer")).toString(), QStringLiteral("critic"));
        QCOMPARE(task.value(QStringLiteral("assignee")).toString(), QStringLiteral("coder"));
    }

    void requestChangesTakesTheReasonEitherWay_data()
    {
        QTest::addColumn<QStringList>("reason");
        QTest::newRow("--reason") << args({"--reason", "handle empty input"});
        QTest::newRow("words") << args({"handle", "empty", "input"});
    }

    void requestChangesTakesTheReasonEitherWay()
    {
        QFETCH(QStringList, reason);
        CliHarness h;
        const QString id = h.create(QStringLiteral("t"), args({"--assignee", "coder"}));
        QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
        QCOMPARE(h.run({QStringLiteral("request-review"), id, QStringLiteral("--summary"),
                        QStringLiteral("done")})
                     .code,
                 0);
        const CliHarness::Result r =
            h.run(QStringList{QStringLiteral("request-changes"), id} + reason);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.text().contains(QLatin1String("routed to coder")), r.out);
        const QJsonObject shown =
            h.run({QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
        QCOMPARE(shown.value(QStringLiteral("task")).toObject().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("ready")));
        const QJsonArray comments = shown.value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.last().toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("CHANGES REQUESTED: handle empty input"));
        const CliHarness::Result ctx = h.run({QStringLiteral("context"), id});
        QVERIFY2(ctx.text().contains(QLatin1String("## Changes requested")), ctx.out);
        QVERIFY(ctx.text().contains(QLatin1String("handle empty input")));
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
