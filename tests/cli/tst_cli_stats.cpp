// stats: the flow figures (throughput by day, cumulative flow, lead and
// cycle time percentiles overall, per assignee and per profile) in
// --json, --days, and the human summary, through the real binary.
#include "tests/cli/CliHarness.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class TstCliStats : public QObject
{
    Q_OBJECT

private slots:
    void jsonGainsTheFlowFigures()
    {
        CliHarness h;
        const QString a =
            h.create(QStringLiteral("A"), {QStringLiteral("--assignee"), QStringLiteral("ann")});
        const QString b = h.create(QStringLiteral("B"));
        h.create(QStringLiteral("C"), {QStringLiteral("--assignee"), QStringLiteral("bob")});
        QCOMPARE(h.run({QStringLiteral("claim"), a}).code, 0);
        QCOMPARE(h.run({QStringLiteral("complete"), a}).code, 0);
        QCOMPARE(h.run({QStringLiteral("complete"), b}).code, 0);

        const QJsonObject s = h.run({QStringLiteral("stats"), QStringLiteral("--json"),
                                     QStringLiteral("--days"), QStringLiteral("7")})
                                  .json()
                                  .object();
        // The old fields stay.
        for (const char *key : {"by_status", "by_assignee", "oldest_ready_age_seconds", "now"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(QStringLiteral("days")).toInt(), 7);
        const QJsonArray through = s.value(QStringLiteral("throughput_by_day")).toArray();
        QCOMPARE(through.size(), 7);
        const QJsonObject today = through.last().toObject();
        QCOMPARE(today.value(QStringLiteral("date")).toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(today.value(QStringLiteral("completed")).toInt(), 2);
        const QJsonObject flowToday =
            s.value(QStringLiteral("cumulative_flow")).toArray().last().toObject();
        QCOMPARE(flowToday.value(QStringLiteral("done")).toInt(), 2);
        QCOMPARE(flowToday.value(QStringLiteral("ready")).toInt(), 1);

        const QJsonObject lead = s.value(QStringLiteral("lead_time")).toObject();
        QCOMPARE(lead.value(QStringLiteral("count")).toInt(), 2);
        for (const char *p : {"p50", "p85", "p95"})
            QVERIFY2(lead.value(QLatin1String(p)).isDouble(), p);
        // Only A ran: one cycle time.
        QCOMPARE(
            s.value(QStringLiteral("cycle_time")).toObject().value(QStringLiteral("count")).toInt(),
            1);
        const QJsonObject perAssignee = s.value(QStringLiteral("per_assignee")).toObject();
        QCOMPARE(perAssignee.keys(), (QStringList{"ann", "unassigned"}));
        QCOMPARE(perAssignee.value(QStringLiteral("unassigned"))
                     .toObject()
                     .value(QStringLiteral("lead_time"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 1);
        const QJsonObject perProfile = s.value(QStringLiteral("per_profile")).toObject();
        QCOMPARE(perProfile.value(QStringLiteral("ann"))
                     .toObject()
                     .value(QStringLiteral("cycle_time"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 1);
        // Thirty days by default.
        QCOMPARE(h.run({QStringLiteral("stats"), QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("throughput_by_day"))
                     .toArray()
                     .size(),
                 30);
    }

    void humanOutputSummarisesTheFlow()
    {
        CliHarness h;
        const QString a = h.create(QStringLiteral("A"));
        h.run({QStringLiteral("complete"), a});
        const QString text =
            h.run({QStringLiteral("stats"), QStringLiteral("--days"), QStringLiteral("7")}).text();
        QVERIFY2(text.contains(QStringLiteral("Last 7 day(s): 1 completed, 0.1 a day\n")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("  Lead time   p50 0m, p85 0m, p95 0m (1 task(s))\n")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("  Cycle time  no task\n")), qPrintable(text));
    }

    void daysOutOfRangeIsAUsageError()
    {
        CliHarness h;
        h.create(QStringLiteral("A"));
        const auto r =
            h.run({QStringLiteral("stats"), QStringLiteral("--days"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--days")), qPrintable(r.errText()));
    }
};

QTEST_GUILESS_MAIN(TstCliStats)
#include "tst_cli_stats.moc"
