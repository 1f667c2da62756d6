#include "model/FlowStats.h"

#include "model/Board.h"
#include "model/Json.h"
#include "model/Sql.h"
#include "model/SqliteNative.h"
#include "model/Types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

const QString FlowStats::Unassigned = QStringLiteral("unassigned");

namespace {

// Names compared by size first, then bytes: the scans ask for every row
// (QByteArray's == cost stats a tenth of its instructions, callgrind).
struct NameTable
{
    QList<QByteArray> names;

    int find(QByteArrayView s) const
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QByteArray &n = names.at(i);
            if (n.size() == s.size() && std::memcmp(n.constData(), s.data(), size_t(s.size())) == 0)
                return int(i);
        }
        return -1;
    }
};

// Status codes: the index in TaskStatus::all(); -1 for anything else.
int statusCode(QByteArrayView s)
{
    static const NameTable names = [] {
        NameTable out;
        for (const QString &st : TaskStatus::all())
            out.names << st.toUtf8();
        return out;
    }();
    return names.find(s);
}

int code(const QString &status)
{
    return int(TaskStatus::all().indexOf(status));
}

struct Step
{
    qint64 at = 0;
    int status = -1;
};

struct TaskLife
{
    int assignee = 0; // index in Names; 0 is ""
    int status = -1;  // the row's status
    qint64 createdAt = 0;
    qint64 completedAt = -1; // -1: not completed
    qint64 firstRunAt = -1;
    qint64 startedAt = -1;
    int profile = 0;
    int lastStep = -1; // the status of the last step read, -1: none
    bool sawCreated = false;
};

// Assignee and profile names, each once: 0 is "".
struct Names
{
    QList<QString> list{QString()};
    QHash<QByteArray, int> index{{QByteArray(), 0}};

    int of(const QByteArray &raw)
    {
        const auto it = index.constFind(raw);
        if (it != index.constEnd())
            return *it;
        const int i = int(list.size());
        list << QString::fromUtf8(raw);
        index.insert(QByteArray(raw.constData(), raw.size()), i); // raw may not own its bytes
        return i;
    }
};

// How an event moves its task: a fixed status, or one its payload names.
enum class Move { None, Fixed, Payload, Rejected, Archived };

struct KindRule
{
    QByteArray kind;
    Move move;
    int to;        // Fixed: the status
    bool fallback; // Payload: ready when the payload names none
};

const QList<KindRule> &kindRules()
{
    static const QList<KindRule> rules = [] {
        const auto fixed = [](const QString &k, const QString &to) {
            return KindRule{k.toUtf8(), Move::Fixed, code(to), false};
        };
        const auto payload = [](const QString &k, bool fallback = false) {
            return KindRule{k.toUtf8(), Move::Payload, -1, fallback};
        };
        return QList<KindRule>{
            payload(EventKind::Created),
            payload(EventKind::Status),
            fixed(EventKind::Promoted, TaskStatus::Ready),
            fixed(EventKind::Claimed, TaskStatus::Running),
            KindRule{EventKind::ClaimRejected.toUtf8(), Move::Rejected, -1, false},
            fixed(EventKind::Completed, TaskStatus::Done),
            fixed(EventKind::Blocked, TaskStatus::Blocked),
            payload(EventKind::Unblocked, true),
            KindRule{EventKind::Archived.toUtf8(), Move::Archived, -1, false},
            payload(EventKind::Reclaimed, true),
            fixed(EventKind::ReviewRequested, TaskStatus::Review),
            payload(EventKind::ChangesRequested),
            payload(EventKind::RateLimited),
            payload(EventKind::SpawnFailed),
            payload(EventKind::Crashed),
            payload(EventKind::TimedOut),
            payload(EventKind::ProtocolViolation),
            fixed(EventKind::GaveUp, TaskStatus::Blocked),
        };
    }();
    return rules;
}

// The members a payload can move a task by, when it is a flat object of
// plain ASCII strings, numbers and literals (what the board writes).
struct PayloadKeys
{
    QByteArrayView status, retryStatus, reason;
};

class FlatScanner
{
public:
    explicit FlatScanner(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size())
    {
    }

    // False when the text is anything else: the caller parses it fully.
    bool scan(PayloadKeys &keys)
    {
        space();
        if (m_p == m_end)
            return true; // empty: no payload
        if (!eat('{'))
            return false;
        space();
        if (eat('}'))
            return end();
        bool seenStatus = false, seenRetry = false, seenReason = false;
        for (;;) {
            QByteArrayView key;
            if (!string(key))
                return false;
            space();
            if (!eat(':'))
                return false;
            space();
            QByteArrayView value;
            bool isString = false;
            if (m_p < m_end && *m_p == '"') {
                if (!string(value))
                    return false;
                isString = true;
            } else if (!scalar()) {
                return false;
            }
            // A repeated member: leave it to the full parser.
            // Only keys of these sizes can be one of the three.
            if ((key.size() == 6 || key.size() == 12) &&
                (!take(key, "status", isString, value, seenStatus, keys.status) ||
                 !take(key, "retry_status", isString, value, seenRetry, keys.retryStatus) ||
                 !take(key, "reason", isString, value, seenReason, keys.reason)))
                return false;
            space();
            if (eat('}'))
                return end();
            if (!eat(','))
                return false;
            space();
        }
    }

private:
    template <qsizetype N>
    static bool take(QByteArrayView key, const char (&name)[N], bool isString, QByteArrayView value,
                     bool &seen, QByteArrayView &into)
    {
        if (key.size() != N - 1 || std::memcmp(key.data(), name, N - 1) != 0)
            return true;
        if (seen)
            return false;
        seen = true;
        into = isString ? value : QByteArrayView(); // a non-string reads as ""
        return true;
    }
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool eat(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool end()
    {
        space();
        return m_p == m_end;
    }
    // A string of printable ASCII without escapes.
    bool string(QByteArrayView &out)
    {
        if (!eat('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c > 0x7e || c == '\\')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    static bool digit(char c) { return c >= '0' && c <= '9'; }
    // An integer (no leading zero, no fraction) or true, false, null.
    bool scalar()
    {
        if (m_p < m_end && (*m_p == 't' || *m_p == 'f' || *m_p == 'n')) {
            for (const QByteArrayView w :
                 {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
                if (m_end - m_p >= w.size() && QByteArrayView(m_p, w.size()) == w) {
                    m_p += w.size();
                    return m_p == m_end || !std::isalnum(static_cast<unsigned char>(*m_p));
                }
            }
        }
        eat('-');
        const char *start = m_p;
        while (m_p < m_end && digit(*m_p))
            ++m_p;
        const qsizetype n = m_p - start;
        if (n == 0 || n > 15 || (n > 1 && *start == '0'))
            return false;
        return m_p == m_end || (!digit(*m_p) && *m_p != '.' && *m_p != 'e' && *m_p != 'E');
    }

    const char *m_p;
    const char *m_end;
};

int validCode(const QString &s)
{
    return s.isEmpty() ? -1 : code(s);
}

// The status an event leaves its task in; -1 when it does not say.
int targetOf(const KindRule &rule, const QByteArray &payload, int before)
{
    switch (rule.move) {
    case Move::None:
        return -1;
    case Move::Fixed:
        return rule.to;
    case Move::Archived: // done work stays done in the flow
        return before == code(TaskStatus::Done) ? before : code(TaskStatus::Archived);
    case Move::Payload:
    case Move::Rejected:
        break;
    }
    PayloadKeys keys;
    if (FlatScanner(payload).scan(keys)) {
        if (rule.move == Move::Rejected)
            return keys.reason == QByteArrayView("parents_not_done") ? code(TaskStatus::Todo) : -1;
        QByteArrayView to = keys.retryStatus.isEmpty() ? keys.status : keys.retryStatus;
        if (to.isEmpty() && rule.fallback)
            return code(TaskStatus::Ready);
        return to.isEmpty() ? -1 : statusCode(to);
    }
    // Anything else: as the full JSON parser reads it.
    const QJsonObject p = Json::parse(QString::fromUtf8(payload)).toQt().toObject();
    if (rule.move == Move::Rejected)
        return p.value(QStringLiteral("reason")).toString() == QStringLiteral("parents_not_done")
                   ? code(TaskStatus::Todo)
                   : -1;
    QString to = p.value(QStringLiteral("retry_status")).toString();
    if (to.isEmpty())
        to = p.value(QStringLiteral("status")).toString();
    if (to.isEmpty() && rule.fallback)
        return code(TaskStatus::Ready);
    return validCode(to);
}

qint64 endOfDay(const QDate &d)
{
    return d.addDays(1).startOfDay().toSecsSinceEpoch(); // exclusive
}

// Task ids to their index in the order read: the ids' bytes kept in
// blocks, an open-addressing table of indexes (a QHash<QByteArray> cost a
// heap block per id and its rehashes, callgrind).
class IdIndex
{
public:
    void reserve(qsizetype n) { grow(n); }

    void insert(QByteArrayView id, int index)
    {
        if (2 * (m_count + 1) > qsizetype(m_slots.size()))
            grow(m_count + 1);
        m_ids.push_back(keep(id));
        const size_t mask = m_slots.size() - 1;
        for (size_t at = hash(id) & mask;; at = (at + 1) & mask) {
            if (m_slots[at].index < 0) {
                m_slots[at] = Slot{index, int(m_ids.size() - 1)};
                ++m_count;
                return;
            }
            if (m_ids[size_t(m_slots[at].id)] == id) { // a repeated id: the last counts
                m_slots[at].index = index;
                m_ids.pop_back();
                return;
            }
        }
    }

    int find(QByteArrayView id) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t at = hash(id) & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.index < 0)
                return -1;
            if (m_ids[size_t(slot.id)] == id)
                return slot.index;
        }
    }

private:
    struct Slot
    {
        int index = -1; // -1: empty
        int id = 0;     // in m_ids
    };
    // FNV-1a: ids are short, and qHashBits cost more than the table.
    static size_t hash(QByteArrayView id)
    {
        quint64 h = 14695981039346656037ULL;
        for (const char c : id)
            h = (h ^ static_cast<uchar>(c)) * 1099511628211ULL;
        return size_t(h ^ (h >> 29));
    }

    QByteArrayView keep(QByteArrayView id)
    {
        constexpr qsizetype kBlock = 1 << 16;
        if (m_left < id.size()) {
            const qsizetype size = qMax(kBlock, id.size());
            m_blocks.push_back(std::make_unique<char[]>(size_t(size)));
            m_next = m_blocks.back().get();
            m_left = size;
        }
        if (!id.isEmpty())
            std::memcpy(m_next, id.data(), size_t(id.size()));
        const QByteArrayView kept(m_next, id.size());
        m_next += id.size();
        m_left -= id.size();
        return kept;
    }

    void grow(qsizetype n)
    {
        size_t size = 64;
        while (size < size_t(4 * n))
            size *= 2;
        if (size <= m_slots.size())
            return;
        std::vector<Slot> old(size);
        old.swap(m_slots);
        const size_t mask = size - 1;
        for (const Slot &slot : old) {
            if (slot.index < 0)
                continue;
            size_t at = hash(m_ids[size_t(slot.id)]) & mask;
            while (m_slots[at].index >= 0)
                at = (at + 1) & mask;
            m_slots[at] = slot;
        }
    }

    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_next = nullptr;
    qsizetype m_left = 0;
    std::vector<QByteArrayView> m_ids;
    std::vector<Slot> m_slots;
    qsizetype m_count = 0;
};

// The board's tasks, in the order read; ids to their index.
struct Lives
{
    QList<TaskLife> tasks;
    IdIndex byId;
    Names assignees;
    Names profiles;

    int find(QByteArrayView id) const { return byId.find(id); }
};

// What Kernel::boardStats counts, gathered while the tasks are read.
struct Counts
{
    Names statuses;                  // the rows' statuses: TaskStatus::all(), then others
    QList<QList<qint64>> byAssignee; // [assignee + 1][status]; [0]: all
    QList<bool> assigned;            // [assignee]: some row has it, not NULL
    OptInt oldestReady;

    Counts()
    {
        statuses.list = TaskStatus::all();
        statuses.index.clear();
        for (qsizetype i = 0; i < statuses.list.size(); ++i)
            statuses.index.insert(statuses.list.at(i).toUtf8(), int(i));
    }

    // `code`: statusCode(status), known already.
    void add(int assignee, bool isNull, const QByteArray &status, int code, qint64 createdAt)
    {
        static const int ready = TaskStatus::all().indexOf(TaskStatus::Ready);
        static const int archived = TaskStatus::all().indexOf(TaskStatus::Archived);
        const int st = code >= 0 ? code : statuses.of(status);
        if (st == ready && (!oldestReady || createdAt < *oldestReady))
            oldestReady = createdAt;
        if (st == archived)
            return;
        if (byAssignee.size() <= assignee + 1)
            byAssignee.resize(assignee + 2);
        for (const int row : {0, isNull ? -1 : assignee + 1}) {
            if (row < 0)
                continue;
            QList<qint64> &c = byAssignee[row];
            if (c.size() <= st)
                c.resize(st + 1, 0);
            ++c[st];
        }
        if (!isNull) {
            if (assigned.size() <= assignee)
                assigned.resize(assignee + 1, false);
            assigned[assignee] = true;
        }
    }

    void fill(BoardStats &out, const Names &assignees, qint64 now) const
    {
        const auto counted = [&](const QList<qint64> &c) {
            QMap<QString, qint64> m;
            for (qsizetype st = 0; st < c.size(); ++st) {
                if (c.at(st))
                    m.insert(statuses.list.at(st), c.at(st));
            }
            return m;
        };
        out.now = now;
        if (!byAssignee.isEmpty())
            out.byStatus = counted(byAssignee.at(0));
        for (qsizetype a = 0; a < assigned.size(); ++a) {
            if (assigned.at(a) && a + 1 < byAssignee.size() && !byAssignee.at(a + 1).isEmpty())
                out.byAssignee.insert(assignees.list.at(a), counted(byAssignee.at(a + 1)));
        }
        if (oldestReady)
            out.oldestReadyAgeSeconds = qMax<qint64>(0, now - *oldestReady);
    }
};

void readTasks(QSqlDatabase &db, Lives &lives, Counts *counts)
{
    lives.byId.reserve(4096);
    forEachRow(db,
               QStringLiteral("SELECT id, assignee, status, created_at, completed_at, started_at"
                              " FROM tasks"),
               {}, [&](const auto &row) {
                   TaskLife t;
                   t.assignee = lives.assignees.of(row.raw(1));
                   const QByteArray status = row.raw(2);
                   t.status = statusCode(status);
                   t.createdAt = row.int64(3);
                   if (!row.isNull(4))
                       t.completedAt = row.int64(4);
                   if (!row.isNull(5))
                       t.startedAt = row.int64(5);
                   if (counts)
                       counts->add(t.assignee, row.isNull(1), status, t.status, t.createdAt);
                   lives.byId.insert(row.raw(0), int(lives.tasks.size()));
                   lives.tasks << t;
               });
}

void readRuns(QSqlDatabase &db, Lives &lives)
{
    const QByteArray review = RunStep::Review.toUtf8();
    forEachRow(db,
               QStringLiteral("SELECT task_id, profile, started_at, step_key, claim_lock"
                              " FROM task_runs ORDER BY id"),
               {}, [&](const auto &row) {
                   const int i = lives.find(row.raw(0));
                   if (i < 0)
                       return;
                   TaskLife &t = lives.tasks[i];
                   // A handoff recorded at completion (no claim) is no time running.
                   const qint64 at = row.int64(2);
                   if (!row.isNull(4) && (t.firstRunAt < 0 || at < t.firstRunAt))
                       t.firstRunAt = at;
                   const QByteArray profile = row.raw(1);
                   if (row.raw(3) != review && !profile.isEmpty())
                       t.profile = lives.profiles.of(profile); // the last work run's profile
               });
}

// The steps of every task, in event order: (task index, step).
QList<std::pair<int, Step>> readSteps(QSqlDatabase &db, Lives &lives, qint64 until)
{
    // The kinds are told apart here: an IN list of them costs SQLite a
    // probe of a temporary index per row, more than the whole row here.
    const QVariantList binds{until};
    const QList<KindRule> &rules = kindRules();
    NameTable kinds;
    for (const KindRule &r : rules)
        kinds.names << r.kind;
    const int createdRule = kinds.find(EventKind::Created.toUtf8());
    QList<std::pair<int, Step>> steps;
    forEachRow(db,
               QStringLiteral("SELECT task_id, kind, payload, created_at FROM"
                              " task_events WHERE created_at <= ? ORDER BY id"),
               binds, [&](const auto &row) {
                   const int r = kinds.find(row.raw(1));
                   if (r < 0)
                       return;
                   const int i = lives.find(row.raw(0));
                   if (i < 0)
                       return;
                   TaskLife &t = lives.tasks[i];
                   const KindRule &rule = rules.at(r);
                   const int to = targetOf(rule, row.raw(2), t.lastStep);
                   if (r == createdRule)
                       t.sawCreated = true;
                   if (to >= 0) {
                       steps.append({i, Step{row.int64(3), to}});
                       t.lastStep = to;
                   }
               });
    return steps;
}

// Tasks whose first events were collected (gc) or never written: their
// known start, then what the row says.
void fillGaps(const TaskLife &t, QList<Step> &steps)
{
    if (t.sawCreated)
        return;
    const int ready = code(TaskStatus::Ready);
    if (steps.isEmpty()) {
        const bool finished = t.completedAt >= 0 && (t.status == code(TaskStatus::Done) ||
                                                     t.status == code(TaskStatus::Archived));
        steps << Step{t.createdAt, finished ? ready : t.status};
        if (finished)
            steps << Step{t.completedAt, code(TaskStatus::Done)};
        return;
    }
    steps.prepend(Step{t.createdAt, ready});
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

FlowStats FlowStats::read(Board &board, int days, BoardStats *stats)
{
    FlowStats s;
    s.days = qBound(1, days, 3660);
    s.now = board.now();
    const QDate today = QDateTime::fromSecsSinceEpoch(s.now).date();
    for (int i = s.days - 1; i >= 0; --i)
        s.dates << today.addDays(-i);
    const qint64 periodStart = s.dates.first().startOfDay().toSecsSinceEpoch();
    s.throughput = QList<int>(s.dates.size(), 0);

    QSqlDatabase &db = board.db();
    Lives lives;
    Counts counts;
    readTasks(db, lives, stats ? &counts : nullptr);
    if (stats) {
        *stats = BoardStats();
        counts.fill(*stats, lives.assignees, s.now);
    }
    readRuns(db, lives);
    const QList<std::pair<int, Step>> events = readSteps(db, lives, s.now);

    // Each task's steps together, in event order (a stable counting sort).
    const qsizetype n = lives.tasks.size();
    QList<int> first(n + 1, 0);
    for (const auto &e : events)
        ++first[e.first + 1];
    for (qsizetype i = 0; i < n; ++i)
        first[i + 1] += first[i];
    QList<Step> byTask(events.size());
    {
        QList<int> at = first;
        for (const auto &e : events)
            byTask[at[e.first]++] = e.second;
    }

    const int archived = code(TaskStatus::Archived);
    const qsizetype dayCount = s.dates.size();
    QList<qint64> ends, starts;
    for (const QDate &d : std::as_const(s.dates)) {
        ends << qMin(endOfDay(d), s.now + 1);
        starts << d.startOfDay().toSecsSinceEpoch();
    }
    // Per status, +1 on the day a task enters it and -1 on the day it leaves.
    QList<QList<int>> delta(TaskStatus::all().size(), QList<int>(dayCount + 1, 0));

    QList<QList<qint64>> leadA(lives.assignees.list.size()), cycleA(lives.assignees.list.size());
    QList<QList<qint64>> leadP(lives.profiles.list.size()), cycleP(lives.profiles.list.size());
    QList<qint64> lead, cycle;
    QList<Step> steps;
    for (qsizetype i = 0; i < n; ++i) {
        const TaskLife &t = lives.tasks.at(i);
        steps.clear();
        for (int k = first.at(i); k < first.at(i + 1); ++k)
            steps << byTask.at(k);
        fillGaps(t, steps);
        // Cumulative flow: the status at each day's end (the last step
        // before it, walking the steps in order), a run of days at a time.
        int step = -1;
        for (qsizetype d = 0; d < dayCount;) {
            while (step + 1 < steps.size() && steps.at(step + 1).at < ends.at(d))
                ++step;
            // The status holds until the first day whose end passes the next step.
            qsizetype next = dayCount;
            if (step + 1 < steps.size())
                next = std::upper_bound(ends.cbegin() + d, ends.cend(), steps.at(step + 1).at) -
                       ends.cbegin();
            if (step >= 0) { // else not created yet
                const int st = steps.at(step).status;
                if (st >= 0 && st != archived) {
                    ++delta[st][d];
                    --delta[st][next];
                }
            }
            d = next;
        }
        // Throughput and times: tasks completed in the period.
        if (t.completedAt < periodStart || t.completedAt > s.now ||
            !(t.status == code(TaskStatus::Done) || t.status == archived))
            continue;
        // The local day it was completed: the last that started before.
        const auto day =
            std::upper_bound(starts.cbegin(), starts.cend(), t.completedAt) - starts.cbegin() - 1;
        ++s.throughput[day];
        const qint64 l = qMax<qint64>(0, t.completedAt - t.createdAt);
        lead << l;
        leadA[t.assignee] << l;
        leadP[t.profile] << l;
        const qint64 start = t.firstRunAt >= 0 ? t.firstRunAt : t.startedAt;
        if (start >= 0) {
            const qint64 c = qMax<qint64>(0, t.completedAt - start);
            cycle << c;
            cycleA[t.assignee] << c;
            cycleP[t.profile] << c;
        }
    }
    for (const QString &st : flowStatuses()) {
        const QList<int> &dl = delta.at(code(st));
        QList<int> counts(dayCount, 0);
        int running = 0;
        for (qsizetype d = 0; d < dayCount; ++d)
            counts[d] = running += dl.at(d);
        s.cumulative.insert(st, counts);
    }
    // Groups by name (no name: Unassigned, which a name can also be).
    const auto byName = [](const Names &names, const QList<QList<qint64>> &lists) {
        QMap<QString, QList<qint64>> out;
        for (qsizetype i = 0; i < lists.size(); ++i) {
            if (!lists.at(i).isEmpty()) {
                const QString &name = names.list.at(i);
                out[name.isEmpty() ? Unassigned : name] << lists.at(i);
            }
        }
        return out;
    };
    const auto leadAssignee = byName(lives.assignees, leadA);
    const auto cycleAssignee = byName(lives.assignees, cycleA);
    const auto leadProfile = byName(lives.profiles, leadP);
    const auto cycleProfile = byName(lives.profiles, cycleP);
    s.overall = {TimeDistribution::of(lead), TimeDistribution::of(cycle)};
    for (auto it = leadAssignee.cbegin(); it != leadAssignee.cend(); ++it)
        group(s.perAssignee, it.key()) = {TimeDistribution::of(it.value()),
                                          TimeDistribution::of(cycleAssignee.value(it.key()))};
    for (auto it = leadProfile.cbegin(); it != leadProfile.cend(); ++it)
        group(s.perProfile, it.key()) = {TimeDistribution::of(it.value()),
                                         TimeDistribution::of(cycleProfile.value(it.key()))};
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
