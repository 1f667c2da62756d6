// FlowStats: cumulative flow, throughput, lead and cycle time over a
// seeded board on a fixed clock (days in UTC).
#include "KernelFixture.h"

#include "model/FlowStats.h"
#include "model/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
// 2027-01-11 00:00 UTC: the seed starts here, "now" is four days later.
constexpr qint64 kStart = 1'799'625'600;
} // namespace

class TstFlowStats : public QObject
{
    Q_OBJECT

    // Day 0: A, B (ann), C (nobody), D (bob), E (ann) created.
    // A: claimed +1h, done +3h. B: claimed day 1 +0h, done +4h.
    // C: completed by hand on day 2 (no run). D: blocked on day 2.
    // E: claimed day 2, still running. Now: day 3, 12:00.
    struct Seed
    {
        QString a, b, c, d, e;
    };

    Seed seed(KernelFixture &f)
    {
        f.clock.set(kStart);
        Seed s;
        s.a = f.create(QStringLiteral("A"), QStringLiteral("ann"));
        s.b = f.create(QStringLiteral("B"), QStringLiteral("ann"));
        s.c = f.create(QStringLiteral("C"));
        s.d = f.create(QStringLiteral("D"), QStringLiteral("bob"));
        s.e = f.create(QStringLiteral("E"), QStringLiteral("ann"));
        f.clock.advance(kHour);
        f.claim(s.a);
        f.clock.advance(2 * kHour);
        f.k->completeTask(s.a);
        f.clock.set(kStart + kDay);
        f.claim(s.b);
        f.clock.advance(4 * kHour);
        f.k->completeTask(s.b);
        f.clock.set(kStart + 2 * kDay + kHour);
        f.k->completeTask(s.c);
        f.k->blockTask(s.d, QStringLiteral("waiting"));
        f.claim(s.e);
        f.clock.set(kStart + 3 * kDay + 12 * kHour);
        return s;
    }

private slots:
    void percentilesAreNearestRank()
    {
        QList<qint64> v;
        for (qint64 i = 20; i >= 1; --i)
            v << i;
        const TimeDistribution d = TimeDistribution::of(v);
        QCOMPARE(d.samples.first(), 1);
        QCOMPARE(d.p50, 10);
        QCOMPARE(d.p85, 17);
        QCOMPARE(d.p95, 19);
        QCOMPARE(TimeDistribution::of({}).p95, 0);
        QCOMPARE(TimeDistribution::of({42}).p50, 42);
    }

    void throughputPerDayOnTheClocksDays()
    {
        KernelFixture f;
        seed(f);
        const FlowStats s = FlowStats::read(*f.board, 7);
        QCOMPARE(s.dates.size(), 7);
        QCOMPARE(s.dates.last(), QDate(2027, 1, 14));
        QCOMPARE(s.dates.first(), QDate(2027, 1, 8));
        QCOMPARE(s.throughput, (QList<int>{0, 0, 0, 1, 1, 1, 0}));
        QCOMPARE(s.completed(), 3);
    }

    void cumulativeFlowReplaysTheEvents()
    {
        KernelFixture f;
        seed(f);
        const FlowStats s = FlowStats::read(*f.board, 4);
        // Day 0 end: A done, B C D E ready; day 1: B done; day 2: C done,
        // D blocked, E running.
        QCOMPARE(s.cumulative.value(TaskStatus::Done), (QList<int>{1, 2, 3, 3}));
        QCOMPARE(s.cumulative.value(TaskStatus::Ready), (QList<int>{4, 3, 0, 0}));
        QCOMPARE(s.cumulative.value(TaskStatus::Running), (QList<int>{0, 0, 1, 1}));
        QCOMPARE(s.cumulative.value(TaskStatus::Blocked), (QList<int>{0, 0, 1, 1}));
        // Every task is counted once a day.
        for (int d = 0; d < 4; ++d) {
            int sum = 0;
            for (const QString &st : FlowStats::flowStatuses())
                sum += s.cumulative.value(st).value(d);
            QCOMPARE(sum, 5);
        }
    }

    void archivedDoneWorkStaysDoneInTheFlow()
    {
        KernelFixture f;
        const Seed t = seed(f);
        f.k->archiveTask(t.a);
        f.k->archiveTask(t.d); // blocked, never done: leaves the flow
        const FlowStats s = FlowStats::read(*f.board, 4);
        QCOMPARE(s.cumulative.value(TaskStatus::Done).last(), 3);
        QCOMPARE(s.cumulative.value(TaskStatus::Blocked).last(), 0);
        QCOMPARE(s.completed(), 3);
    }

    void leadAndCycleTimeOverallAndPerGroup()
    {
        KernelFixture f;
        seed(f);
        const FlowStats s = FlowStats::read(*f.board, 30);
        // Lead: A 3h, B 1d 4h, C 2d 1h. Cycle: A 2h, B 4h; C never ran.
        QCOMPARE(s.overall.lead.samples,
                 (QList<qint64>{3 * kHour, kDay + 4 * kHour, 2 * kDay + kHour}));
        QCOMPARE(s.overall.lead.p50, kDay + 4 * kHour);
        QCOMPARE(s.overall.lead.p95, 2 * kDay + kHour);
        QCOMPARE(s.overall.cycle.samples, (QList<qint64>{2 * kHour, 4 * kHour}));
        QCOMPARE(s.overall.cycle.p85, 4 * kHour);
        QCOMPARE(s.perAssignee.keys(), (QStringList{"ann", "unassigned"}));
        QCOMPARE(s.perAssignee.value("ann").lead.count(), 2);
        QCOMPARE(s.perAssignee.value("unassigned").lead.p50, 2 * kDay + kHour);
        QCOMPARE(s.perAssignee.value("unassigned").cycle.count(), 0);
        QCOMPARE(s.perProfile.keys(), (QStringList{"ann", "unassigned"}));
        QCOMPARE(s.perProfile.value("ann").cycle.p50, 2 * kHour);
    }

    void thePeriodLimitsTheTimes()
    {
        KernelFixture f;
        seed(f);
        // Two days: today and yesterday (day 2); only C was completed then.
        const FlowStats s = FlowStats::read(*f.board, 2);
        QCOMPARE(s.overall.lead.count(), 1);
        QCOMPARE(s.throughput, (QList<int>{1, 0}));
    }

    void jsonCarriesTheFigures()
    {
        KernelFixture f;
        seed(f);
        const FlowStats s = FlowStats::read(*f.board, 3);
        const QJsonObject o = QJsonDocument::fromJson(s.toJson(Json::object()).dump(2)).object();
        QCOMPARE(o.value("days").toInt(), 3);
        const QJsonArray through = o.value("throughput_by_day").toArray();
        QCOMPARE(through.size(), 3);
        QCOMPARE(through.at(0).toObject().value("date").toString(), QStringLiteral("2027-01-12"));
        QCOMPARE(through.at(0).toObject().value("completed").toInt(), 1);
        QCOMPARE(o.value("cumulative_flow").toArray().at(2).toObject().value("done").toInt(), 3);
        QCOMPARE(o.value("lead_time").toObject().value("count").toInt(), 2);
        QCOMPARE(o.value("cycle_time").toObject().value("p50").toInteger(), 4 * kHour);
        QVERIFY(o.value("per_assignee").toObject().contains("unassigned"));
        QVERIFY(o.value("per_profile").toObject().value("ann").toObject().contains("cycle_time"));
        // No sample: null percentiles.
        KernelFixture empty;
        const QJsonObject e =
            QJsonDocument::fromJson(FlowStats::read(*empty.board, 7).toJson(Json::object()).dump(2))
                .object();
        QVERIFY(e.value("lead_time").toObject().value("p50").isNull());
    }
};

int main(int argc, char **argv)
{
    qputenv("TZ", "UTC"); // days are local days
    QCoreApplication app(argc, argv);
    TstFlowStats t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_flowstats.moc"
