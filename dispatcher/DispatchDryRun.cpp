// What a dry run keeps in mind (DispatchTick members): the tasks the tick
// would take out of running and the todo tasks it would promote, so that
// its spawn step lists what a real tick would start, within the same caps,
// pauses and guards, while nothing is written.
#include "dispatcher/DispatchTick.h"

#include "dispatcher/Dispatcher.h"
#include "model/Kernel.h"

#include <algorithm>

qint64 DispatchTick::runningNow(const QString &profile)
{
    qint64 n = m_dk.runningCount(profile);
    if (!m_dry)
        return n;
    for (const Landing &l : std::as_const(m_freed))
        n -= profile.isEmpty() || l.profile == profile ? 1 : 0;
    if (profile.isEmpty()) {
        for (const qint64 started : std::as_const(m_drySpawned))
            n += started;
    } else {
        n += m_drySpawned.value(profile);
    }
    return qMax<qint64>(0, n);
}

void DispatchTick::countSpawn(const QString &profile, QHash<QString, qint64> *perProfile)
{
    ++(*perProfile)[profile];
    if (m_dry)
        ++m_drySpawned[profile];
}

void DispatchTick::freeDry(const RunningTask &r, const QString &status, bool spawnable, bool failed)
{
    m_freed.insert(r.task.id, Landing{status, spawnable, failed, r.runProfile});
}

void DispatchTick::failDry(const RunningTask &r)
{
    const qint64 failures = r.task.consecutiveFailures + 1;
    const qint64 limit = r.task.maxRetries ? *r.task.maxRetries : qint64(m_failureLimit);
    if (failures >= limit) {
        m_result.autoBlocked << r.task.id;
        freeDry(r, TaskStatus::Blocked, false, true);
        return;
    }
    // Without a backoff the task is ready again at once (and started in
    // this same tick); with one, it waits.
    freeDry(r, r.reviewRun ? TaskStatus::Review : TaskStatus::Ready,
            m_settings.retryBackoffSeconds <= 0, true);
}

QList<Task> DispatchTick::readyCandidates()
{
    if (!m_dry)
        return m_dk.spawnCandidates();
    QList<Task> out = m_dk.spawnCandidates(); // in spawn order already
    const qsizetype read = out.size();
    Kernel kernel(*m_d.m_board);
    // A counted failure without a backoff clears the cool-down; a reclaim
    // leaves it as it was.
    auto add = [&](const QString &id, bool failed) {
        auto t = kernel.task(id);
        if (!t)
            return;
        t->status = TaskStatus::Ready;
        if (failed)
            t->cooldownUntil.reset();
        out << *t;
    };
    for (const QString &id : std::as_const(m_promotedIds))
        add(id, false);
    for (auto it = m_freed.cbegin(); it != m_freed.cend(); ++it) {
        if (it->spawnable && it->status == TaskStatus::Ready)
            add(it.key(), it->failed);
    }
    // Only the few added are sorted, then merged in (as a stable sort of
    // the whole list would order them, without moving thousands of tasks).
    if (out.size() > read) {
        std::stable_sort(out.begin() + read, out.end(), DispatchKernel::spawnsFirst);
        std::inplace_merge(out.begin(), out.begin() + read, out.end(), DispatchKernel::spawnsFirst);
    }
    // A claim puts a ready task whose parent reopened back to todo.
    const QSet<QString> gated = m_dk.gatedCandidates();
    out.removeIf([&gated](const Task &t) { return gated.contains(t.id); });
    return out;
}

QList<Task> DispatchTick::reviewCandidates()
{
    QList<Task> out = m_dk.reviewCandidates();
    if (!m_dry)
        return out;
    Kernel kernel(*m_d.m_board);
    for (auto it = m_freed.cbegin(); it != m_freed.cend(); ++it) {
        if (!it->spawnable || it->status != TaskStatus::Review)
            continue;
        auto t = kernel.task(it.key());
        if (!t || t->reviewer.isEmpty())
            continue;
        t->status = TaskStatus::Review;
        out << *t;
    }
    std::stable_sort(out.begin(), out.end(), [](const Task &a, const Task &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return out;
}
