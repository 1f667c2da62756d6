#include "model/FlowStats.h"

#include "model/Board.h"
#include "model/Json.h"
#include "model/Sql.h"
#include "model/Types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

const QString FlowStats::Unassigned = QStringLiteral("unassigned");

namespace {

struct Step
{
    qint64 at = 0;
    QString status;
};

struct TaskLife
{
    QString assignee;
    QString status;
    qint64 createdAt = 0;
    qint64 completedAt = -1; // -1: not completed
    qint64 firstRunAt = -1;
    qint64 startedAt = -1;
    QString profile;
    QList<Step> steps;
    bool sawCreated = false;
};

// The kinds that move a task, and where they move it. Payloads name the
// target where it depends (status, retry_status); the rest are fixed.
const QStringList &movingKinds()
{
    static const QStringList kinds{EventKind::Created,           EventKind::Status,
                                   EventKind::Promoted,          EventKind::Claimed,
                                   EventKind::ClaimRejected,     EventKind::Completed,
                                   EventKind::Blocked,           EventKind::Unblocked,
                                   EventKind::Archived,          EventKind::Reclaimed,
                                   EventKind::ReviewRequested,   EventKind::ChangesRequested,
                                   EventKind::RateLimited,       EventKind::SpawnFailed,
                                   EventKind::Crashed,           EventKind::TimedOut,
                                   EventKind::ProtocolViolation, EventKind::GaveUp};
    return kinds;
}

// The status an event leaves its task in; empty when it does not say.
QString targetOf(const QString &kind, const QString &payload, const QString &before)
{
    if (kind == EventKind::Claimed)
        return TaskStatus::Running;
    if (kind == EventKind::Completed)
        return TaskStatus::Done;
    if (kind == EventKind::Blocked || kind == EventKind::GaveUp)
        return TaskStatus::Blocked;
    if (kind == EventKind::Promoted)
        return TaskStatus::Ready;
    if (kind == EventKind::ReviewRequested)
        return TaskStatus::Review;
    if (kind == EventKind::Archived) // done work stays done in the flow
        return before == TaskStatus::Done ? TaskStatus::Done : TaskStatus::Archived;
    const QJsonObject p = Json::parse(payload).toQt().toObject();
    if (kind == EventKind::ClaimRejected)
        return p.value(QStringLiteral("reason")).toString() == QStringLiteral("parents_not_done")
                   ? TaskStatus::Todo
                   : QString();
    QString to = p.value(QStringLiteral("retry_status")).toString();
    if (to.isEmpty())
        to = p.value(QStringLiteral("status")).toString();
    if (to.isEmpty() && (kind == EventKind::Unblocked || kind == EventKind::Reclaimed))
        to = TaskStatus::Ready;
    return TaskStatus::isValid(to) ? to : QString();
}

qint64 endOfDay(const QDate &d)
{
    return d.addDays(1).startOfDay().toSecsSinceEpoch(); // exclusive
}

void readTasks(QSqlDatabase &db, QHash<QString, TaskLife> &lives)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id, assignee, status, created_at, completed_at, started_at"
                           " FROM tasks"));
    while (q.next()) {
        TaskLife &t = lives[q.value(0).toString()];
        t.assignee = q.value(1).toString();
        t.status = q.value(2).toString();
        t.createdAt = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            t.completedAt = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            t.startedAt = q.value(5).toLongLong();
    }
}

void readRuns(QSqlDatabase &db, QHash<QString, TaskLife> &lives)
{
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT task_id, profile, started_at, step_key, claim_lock"
                                     " FROM task_runs ORDER BY id"));
    while (q.next()) {
        auto it = lives.find(q.value(0).toString());
        if (it == lives.end())
            continue;
        // A handoff recorded at completion (no claim) is no time running.
        const qint64 at = q.value(2).toLongLong();
        if (!q.value(4).isNull() && (it->firstRunAt < 0 || at < it->firstRunAt))
            it->firstRunAt = at;
        if (q.value(3).toString() != RunStep::Review && !q.value(1).toString().isEmpty())
            it->profile = q.value(1).toString(); // the last work run's profile
    }
}

void readSteps(QSqlDatabase &db, QHash<QString, TaskLife> &lives, qint64 until)
{
    QStringList marks;
    QVariantList binds;
    for (const QString &k : movingKinds()) {
        marks << QStringLiteral("?");
        binds << k;
    }
    binds << until;
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT task_id, kind, payload, created_at FROM"
                                           " task_events WHERE kind IN (%1) AND created_at <= ?"
                                           " ORDER BY id")
                                .arg(marks.join(QLatin1Char(','))),
                            binds);
    while (q.next()) {
        auto it = lives.find(q.value(0).toString());
        if (it == lives.end())
            continue;
        const QString kind = q.value(1).toString();
        const QString before = it->steps.isEmpty() ? QString() : it->steps.last().status;
        const QString to = targetOf(kind, q.value(2).toString(), before);
        if (kind == EventKind::Created)
            it->sawCreated = true;
        if (!to.isEmpty())
            it->steps << Step{q.value(3).toLongLong(), to};
    }
}

// Tasks whose first events were collected (gc) or never written: their
// known start, then what the row says.
void fillGaps(TaskLife &t)
{
    if (t.sawCreated)
        return;
    if (t.steps.isEmpty()) {
        const bool finished = t.completedAt >= 0 && TaskStatus::satisfiesParent(t.status);
        t.steps << Step{t.createdAt, finished ? TaskStatus::Ready : t.status};
        if (finished)
            t.steps << Step{t.completedAt, TaskStatus::Done};
        return;
    }
    t.steps.prepend(Step{t.createdAt, TaskStatus::Ready});
}

FlowTimes &group(QMap<QString, FlowTimes> &map, const QString &name)
{
    return map[name.isEmpty() ? FlowStats::Unassigned : name];
}

Json timesJson(const TimeDistribution &d)
{
    Json o = Json::object();
    o.set(QStringLiteral("count"), d.count());
    const bool any = d.count() > 0;
    o.set(QStringLiteral("p50"), any ? Json(d.p50) : Json());
    o.set(QStringLiteral("p85"), any ? Json(d.p85) : Json());
    o.set(QStringLiteral("p95"), any ? Json(d.p95) : Json());
    return o;
}

Json groupsJson(const QMap<QString, FlowTimes> &groups)
{
    Json o = Json::object();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        Json g = Json::object();
        g.set(QStringLiteral("lead_time"), timesJson(it->lead));
        g.set(QStringLiteral("cycle_time"), timesJson(it->cycle));
        o.set(it.key(), g);
    }
    return o;
}

} // namespace

qint64 TimeDistribution::percentile(const QList<qint64> &sorted, int p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qint64(std::ceil(double(p) / 100.0 * double(sorted.size())));
    return sorted.at(qBound<qint64>(0, rank - 1, sorted.size() - 1));
}

TimeDistribution TimeDistribution::of(QList<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    TimeDistribution d;
    d.samples = samples;
    d.p50 = percentile(samples, 50);
    d.p85 = percentile(samples, 85);
    d.p95 = percentile(samples, 95);
    return d;
}

QStringList FlowStats::flowStatuses()
{
    QStringList out = TaskStatus::all();
    out.removeAll(TaskStatus::Archived);
    return out;
}

int FlowStats::completed() const
{
    int n = 0;
    for (int c : throughput)
        n += c;
    return n;
}

FlowStats FlowStats::read(Board &board, int days)
{
    FlowStats s;
    s.days = qBound(1, days, 3660);
    s.now = board.now();
    const QDate today = QDateTime::fromSecsSinceEpoch(s.now).date();
    for (int i = s.days - 1; i >= 0; --i)
        s.dates << today.addDays(-i);
    const qint64 periodStart = s.dates.first().startOfDay().toSecsSinceEpoch();

    QSqlDatabase &db = board.db();
    QHash<QString, TaskLife> lives;
    readTasks(db, lives);
    readRuns(db, lives);
    readSteps(db, lives, s.now);

    const QStringList statuses = flowStatuses();
    for (const QString &st : statuses)
        s.cumulative.insert(st, QList<int>(s.dates.size(), 0));
    s.throughput = QList<int>(s.dates.size(), 0);
    QList<qint64> ends;
    for (const QDate &d : std::as_const(s.dates))
        ends << qMin(endOfDay(d), s.now + 1);

    QList<qint64> lead, cycle;
    QMap<QString, QList<qint64>> leadA, cycleA, leadP, cycleP;
    for (auto it = lives.begin(); it != lives.end(); ++it) {
        TaskLife &t = *it;
        fillGaps(t);
        // Cumulative flow: the status at each day's end.
        int step = -1;
        for (int d = 0; d < ends.size(); ++d) {
            while (step + 1 < t.steps.size() && t.steps.at(step + 1).at < ends.at(d))
                ++step;
            if (step < 0)
                continue; // not created yet
            auto col = s.cumulative.find(t.steps.at(step).status);
            if (col != s.cumulative.end())
                ++(*col)[d];
        }
        // Throughput and times: tasks completed in the period.
        if (t.completedAt < periodStart || t.completedAt > s.now ||
            !TaskStatus::satisfiesParent(t.status))
            continue;
        const QDate day = QDateTime::fromSecsSinceEpoch(t.completedAt).date();
        const auto index = s.dates.indexOf(day);
        if (index >= 0)
            ++s.throughput[index];
        const qint64 l = qMax<qint64>(0, t.completedAt - t.createdAt);
        lead << l;
        leadA[t.assignee.isEmpty() ? Unassigned : t.assignee] << l;
        leadP[t.profile.isEmpty() ? Unassigned : t.profile] << l;
        const qint64 start = t.firstRunAt >= 0 ? t.firstRunAt : t.startedAt;
        if (start >= 0) {
            const qint64 c = qMax<qint64>(0, t.completedAt - start);
            cycle << c;
            cycleA[t.assignee.isEmpty() ? Unassigned : t.assignee] << c;
            cycleP[t.profile.isEmpty() ? Unassigned : t.profile] << c;
        }
    }
    s.overall = {TimeDistribution::of(lead), TimeDistribution::of(cycle)};
    for (auto it = leadA.cbegin(); it != leadA.cend(); ++it)
        group(s.perAssignee, it.key()) = {TimeDistribution::of(it.value()),
                                          TimeDistribution::of(cycleA.value(it.key()))};
    for (auto it = leadP.cbegin(); it != leadP.cend(); ++it)
        group(s.perProfile, it.key()) = {TimeDistribution::of(it.value()),
                                         TimeDistribution::of(cycleP.value(it.key()))};
    return s;
}

Json FlowStats::toJson(Json o) const
{
    o.set(QStringLiteral("days"), days);
    Json through = Json::array();
    Json flow = Json::array();
    for (int i = 0; i < dates.size(); ++i) {
        const QString date = dates.at(i).toString(Qt::ISODate);
        Json t = Json::object();
        t.set(QStringLiteral("date"), date);
        t.set(QStringLiteral("completed"), throughput.value(i));
        through << t;
        Json f = Json::object();
        f.set(QStringLiteral("date"), date);
        for (const QString &st : flowStatuses())
            f.set(st, cumulative.value(st).value(i));
        flow << f;
    }
    o.set(QStringLiteral("throughput_by_day"), through);
    o.set(QStringLiteral("cumulative_flow"), flow);
    o.set(QStringLiteral("lead_time"), timesJson(overall.lead));
    o.set(QStringLiteral("cycle_time"), timesJson(overall.cycle));
    o.set(QStringLiteral("per_assignee"), groupsJson(perAssignee));
    o.set(QStringLiteral("per_profile"), groupsJson(perProfile));
    return o;
}
