#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class Board;
struct BoardStats;
class Json;

// Seconds from one point of a task's life to another, over the tasks
// completed in the period: sorted samples and their percentiles
// (nearest rank; 0 when there is no sample).
struct TimeDistribution
{
    QList<qint64> samples; // ascending
    qint64 p50 = 0;
    qint64 p85 = 0;
    qint64 p95 = 0;

    int count() const { return int(samples.size()); }
    static TimeDistribution of(QList<qint64> samples);
    static qint64 percentile(const QList<qint64> &sorted, int p);
};

// Lead and cycle time of one group of tasks (all, an assignee, a profile).
struct FlowTimes
{
    TimeDistribution lead;  // created -> done
    TimeDistribution cycle; // first running -> done
};

// How work flowed over the last N days (local days, the last is today by
// the board's clock), read from tasks, task_events and task_runs:
// - cumulative: per status, the tasks in it at the end of each day,
//   replayed from the events (a done task that was archived stays done);
// - throughput: the tasks completed each day (done or archived now);
// - lead and cycle time of the tasks completed in the period, overall,
//   per assignee and per profile (the profile of the task's last work
//   run). Tasks with no assignee, or never run by a profile, are grouped
//   under Unassigned.
struct FlowStats
{
    static const QString Unassigned;   // "unassigned"
    static QStringList flowStatuses(); // the statuses the flow shows, board order

    int days = 0;
    qint64 now = 0;
    QList<QDate> dates;                   // oldest first; the last is today
    QMap<QString, QList<int>> cumulative; // status -> count per date
    QList<int> throughput;                // completed per date
    FlowTimes overall;
    QMap<QString, FlowTimes> perAssignee;
    QMap<QString, FlowTimes> perProfile;

    int completed() const;
    // With `counts`, also the board's counts (Kernel::boardStats, the same
    // figures) from the same scan of the tasks.
    static FlowStats read(Board &board, int days, BoardStats *counts = nullptr);
    // The figures as --json members, added to `into`.
    Json toJson(Json into) const;
};
