#include "tests/chaos/BoardAudit.h"

#include "tests/chaos/ReadOnlyDb.h"

#include "model/PgUrl.h"
#include "model/Types.h"

namespace {

// Adds "<what>: <first ids>" when the query returns rows.
void expectNone(ReadOnlyDb &db, QStringList &problems, const QString &what, const QString &sql)
{
    const QList<QVariantList> rows = db.rows(sql);
    if (!db.error().isEmpty() && rows.isEmpty()) {
        problems << QStringLiteral("%1: query failed: %2").arg(what, db.error());
        return;
    }
    if (rows.isEmpty())
        return;
    QStringList ids;
    for (const QVariantList &r : rows.mid(0, 8)) {
        QStringList cells;
        for (const QVariant &v : r)
            cells << v.toString();
        ids << cells.join(QLatin1Char('/'));
    }
    problems << QStringLiteral("%1 (%2 rows): %3")
                    .arg(what)
                    .arg(rows.size())
                    .arg(ids.join(QStringLiteral(", ")));
}

} // namespace

namespace BoardAudit {

QStringList allDone(const QString &dbPath, int expectedTasks)
{
    ReadOnlyDb db(dbPath);
    if (!db.isOpen())
        return {QStringLiteral("cannot open %1: %2").arg(dbPath, db.error())};
    QStringList problems;
    if (!PgUrl::isUrl(dbPath)) { // PostgreSQL checks its own pages and keys
        const QString integrity = db.value(QStringLiteral("PRAGMA integrity_check")).toString();
        if (integrity != QLatin1String("ok"))
            problems << QStringLiteral("integrity_check: ") + integrity;
        expectNone(db, problems, QStringLiteral("foreign_key_check"),
                   QStringLiteral("PRAGMA foreign_key_check"));
    }
    const int tasks = db.value(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt();
    if (tasks != expectedTasks)
        problems
            << QStringLiteral("%1 tasks on the board, expected %2").arg(tasks).arg(expectedTasks);
    expectNone(db, problems, QStringLiteral("tasks not done"),
               QStringLiteral("SELECT id, status FROM tasks WHERE status <> 'done'"));
    expectNone(
        db, problems, QStringLiteral("tasks without exactly one completed run"),
        QStringLiteral(
            "SELECT * FROM (SELECT t.id, (SELECT COUNT(*) FROM task_runs r WHERE r.task_id = t.id"
            " AND r.outcome = '%1') AS n FROM tasks t) x WHERE n <> 1")
            .arg(EventKind::Completed));
    expectNone(
        db, problems, QStringLiteral("tasks without exactly one completed event"),
        QStringLiteral(
            "SELECT * FROM (SELECT t.id, (SELECT COUNT(*) FROM task_events e WHERE e.task_id = t.id"
            " AND e.kind = '%1') AS n FROM tasks t) x WHERE n <> 1")
            .arg(EventKind::Completed));
    expectNone(
        db, problems, QStringLiteral("tasks without exactly one created event"),
        QStringLiteral(
            "SELECT * FROM (SELECT t.id, (SELECT COUNT(*) FROM task_events e WHERE e.task_id = t.id"
            " AND e.kind = '%1') AS n FROM tasks t) x WHERE n <> 1")
            .arg(EventKind::Created));
    expectNone(db, problems, QStringLiteral("children never promoted"),
               QStringLiteral(
                   "SELECT DISTINCT l.child_id FROM task_links l WHERE NOT EXISTS (SELECT 1 FROM"
                   " task_events e WHERE e.task_id = l.child_id AND e.kind = '%1')")
                   .arg(EventKind::Promoted));
    expectNone(
        db, problems, QStringLiteral("runs without their claimed event"),
        QStringLiteral("SELECT r.task_id, r.id FROM task_runs r WHERE NOT EXISTS (SELECT 1 FROM"
                       " task_events e WHERE e.run_id = r.id AND e.kind = '%1')")
            .arg(EventKind::Claimed));
    expectNone(db, problems, QStringLiteral("runs still open"),
               QStringLiteral("SELECT task_id, id, status FROM task_runs WHERE ended_at IS NULL"));
    // Each ending writes an event of the outcome's name with the run id.
    expectNone(db, problems, QStringLiteral("runs whose ending has no event"),
               QStringLiteral(
                   "SELECT r.task_id, r.id, r.outcome FROM task_runs r WHERE NOT EXISTS (SELECT 1"
                   " FROM task_events e WHERE e.run_id = r.id AND e.kind = r.outcome)"));
    expectNone(
        db, problems, QStringLiteral("runs of one task that overlap"),
        QStringLiteral("SELECT a.task_id, a.id, b.id FROM task_runs a JOIN task_runs b ON"
                       " a.task_id = b.task_id AND b.id > a.id WHERE b.started_at < a.ended_at"));
    expectNone(
        db, problems, QStringLiteral("events of a run before its claim"),
        QStringLiteral("SELECT e.task_id, e.run_id, e.kind FROM task_events e JOIN task_events c ON"
                       " c.run_id = e.run_id AND c.kind = '%1' WHERE e.id < c.id")
            .arg(EventKind::Claimed));
    expectNone(db, problems, QStringLiteral("completed before created"),
               QStringLiteral(
                   "SELECT c.task_id FROM task_events c JOIN task_events d ON d.task_id = c.task_id"
                   " AND d.kind = '%1' WHERE c.kind = '%2' AND d.id < c.id")
                   .arg(EventKind::Completed, EventKind::Created));
    return problems;
}

} // namespace BoardAudit
