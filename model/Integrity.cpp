#include "model/Integrity.h"

#include "model/Backup.h"
#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/PrivateFile.h"
#include "model/Types.h"

#include <QAtomicInt>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

constexpr int kLimit = 100; // rows per check: enough to act on

class Checker
{
public:
    Checker(QSqlDatabase &db, IntegrityReport &report) : m_db(db), m_report(report) {}

    void add(const QString &check, const QString &detail, const QString &task = {})
    {
        m_report.problems.append({check, detail, task});
    }

    // Runs sql; each row goes to fn. A query that fails is a damaged file.
    template <typename F> bool rows(const QString &sql, F &&fn)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(Dialect::forwardOnlyReads(m_db));
        if (!q.exec(sql)) {
            add(QStringLiteral("integrity"),
                QStringLiteral("cannot read the board: %1").arg(q.lastError().databaseText()));
            m_report.damaged = true;
            return false;
        }
        while (q.next())
            fn(q);
        return true;
    }

    void sqlitePages()
    {
        const QString pragma = m_report.quick ? QStringLiteral("PRAGMA quick_check(%1)")
                                              : QStringLiteral("PRAGMA integrity_check(%1)");
        rows(pragma.arg(kLimit), [this](const QSqlQuery &q) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok")) {
                add(QStringLiteral("integrity"), line);
                m_report.damaged = true;
            }
        });
    }

    void foreignKeys()
    {
        rows(QStringLiteral("PRAGMA foreign_key_check"), [this](const QSqlQuery &q) {
            add(QStringLiteral("foreign_key"),
                QStringLiteral("%1 row %2 refers to a missing row of %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
        });
    }

    // The board's own rules, on either backend.
    void invariants()
    {
        counts();
        statuses();
        runs();
        claims();
        links();
        cycles();
    }

    void counts()
    {
        auto count = [this](const QString &sql) {
            qint64 n = 0;
            rows(sql, [&n](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
            return n;
        };
        m_report.tasks = count(QStringLiteral("SELECT count(*) FROM tasks"));
        m_report.runs = count(QStringLiteral("SELECT count(*) FROM task_runs"));
        m_report.links = count(QStringLiteral("SELECT count(*) FROM task_links"));
    }

    void statuses()
    {
        QStringList quoted;
        for (const QString &s : TaskStatus::all())
            quoted << QLatin1Char('\'') + s + QLatin1Char('\'');
        rows(QStringLiteral("SELECT id, status FROM tasks WHERE status NOT IN (%1) LIMIT %2")
                 .arg(quoted.join(QLatin1Char(',')))
                 .arg(kLimit),
             [this](const QSqlQuery &q) {
                 add(QStringLiteral("status"),
                     QStringLiteral("task %1 has an unknown status '%2'")
                         .arg(q.value(0).toString(), q.value(1).toString()),
                     q.value(0).toString());
             });
    }

    void runs()
    {
        // A running task (claimed from ready or, by its reviewer, from
        // review) has exactly one open run, and it is the current one.
        rows(QStringLiteral(
                 "SELECT id, open, current_run_id, current_open FROM (SELECT t.id,"
                 " (SELECT count(*) FROM task_runs r WHERE r.task_id = t.id"
                 " AND r.ended_at IS NULL) AS open, t.current_run_id, EXISTS (SELECT 1 FROM"
                 " task_runs r WHERE r.id = t.current_run_id AND r.task_id = t.id AND"
                 " r.ended_at IS NULL) AS current_open FROM tasks t WHERE t.status = 'running')"
                 " AS s WHERE open <> 1 OR NOT current_open LIMIT %1")
                 .arg(kLimit),
             [this](const QSqlQuery &q) {
                 const QString id = q.value(0).toString();
                 const qint64 open = q.value(1).toLongLong();
                 if (open != 1)
                     add(QStringLiteral("run"),
                         QStringLiteral("running task %1 has %2 open runs (expected 1)")
                             .arg(id)
                             .arg(open),
                         id);
                 else
                     add(QStringLiteral("run"),
                         QStringLiteral("running task %1: its current run (%2) is not its open run")
                             .arg(id, q.value(2).isNull() ? QStringLiteral("none")
                                                          : q.value(2).toString()),
                         id);
             });
        rows(QStringLiteral("SELECT r.id, r.task_id, t.status FROM task_runs r LEFT JOIN tasks t"
                            " ON t.id = r.task_id WHERE r.ended_at IS NULL AND"
                            " (t.id IS NULL OR t.status <> 'running') LIMIT %1")
                 .arg(kLimit),
             [this](const QSqlQuery &q) {
                 const QString task = q.value(1).toString();
                 add(QStringLiteral("run"),
                     q.value(2).isNull()
                         ? QStringLiteral("open run %1 belongs to a missing task %2")
                               .arg(q.value(0).toString(), task)
                         : QStringLiteral("open run %1 belongs to task %2, which is %3, not "
                                          "running")
                               .arg(q.value(0).toString(), task, q.value(2).toString()),
                     task);
             });
    }

    void claims()
    {
        rows(QStringLiteral("SELECT id, status FROM tasks WHERE (status = 'running' AND"
                            " claim_lock IS NULL) OR (status <> 'running' AND (claim_lock IS NOT"
                            " NULL OR current_run_id IS NOT NULL OR worker_pid IS NOT NULL))"
                            " LIMIT %1")
                 .arg(kLimit),
             [this](const QSqlQuery &q) {
                 const QString id = q.value(0).toString();
                 add(QStringLiteral("claim"),
                     q.value(1).toString() == TaskStatus::Running
                         ? QStringLiteral("running task %1 has no claim").arg(id)
                         : QStringLiteral("task %1 is %2 but still holds a claim, run or worker")
                               .arg(id, q.value(1).toString()),
                     id);
             });
    }

    void links()
    {
        rows(QStringLiteral("SELECT parent_id, child_id FROM task_links l WHERE parent_id ="
                            " child_id OR NOT EXISTS (SELECT 1 FROM tasks WHERE id = l.parent_id)"
                            " OR NOT EXISTS (SELECT 1 FROM tasks WHERE id = l.child_id) LIMIT %1")
                 .arg(kLimit),
             [this](const QSqlQuery &q) {
                 const QString parent = q.value(0).toString();
                 const QString child = q.value(1).toString();
                 add(QStringLiteral("link"),
                     parent == child
                         ? QStringLiteral("task %1 depends on itself").arg(parent)
                         : QStringLiteral("link %1 -> %2 is missing an end").arg(parent, child),
                     child);
             });
    }

    void cycles()
    {
        QHash<QString, QStringList> children;
        rows(QStringLiteral("SELECT parent_id, child_id FROM task_links WHERE parent_id <>"
                            " child_id ORDER BY parent_id, child_id"),
             [&children](const QSqlQuery &q) {
                 children[q.value(0).toString()] << q.value(1).toString();
             });
        // Iterative depth-first search; a grey node met again closes a cycle.
        enum Colour { White, Grey, Black };
        QHash<QString, Colour> colour;
        int found = 0;
        QStringList roots = children.keys();
        roots.sort();
        for (const QString &root : std::as_const(roots)) {
            if (colour.value(root, White) != White)
                continue;
            QStringList path{root};
            QList<qsizetype> next{0};
            colour[root] = Grey;
            while (!path.isEmpty() && found < kLimit) {
                const auto kids = children.constFind(path.last());
                qsizetype &i = next.last();
                if (kids == children.constEnd() || i >= kids->size()) {
                    colour[path.last()] = Black;
                    path.removeLast();
                    next.removeLast();
                    continue;
                }
                const QString kid = kids->at(i++);
                const Colour c = colour.value(kid, White);
                if (c == Grey) {
                    const QStringList cycle = path.mid(path.indexOf(kid)) << kid;
                    add(QStringLiteral("cycle"),
                        QStringLiteral("dependency cycle: %1")
                            .arg(cycle.join(QStringLiteral(" -> "))),
                        kid);
                    ++found;
                } else if (c == White) {
                    colour[kid] = Grey;
                    path << kid;
                    next << 0;
                }
            }
        }
    }

private:
    QSqlDatabase &m_db;
    IntegrityReport &m_report;
};

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("qkanban-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

namespace Integrity {

IntegrityReport check(const QString &dbPath, bool quick)
{
    IntegrityReport report;
    report.dbPath = Database::displayName(dbPath);
    report.quick = quick;
    const QString name = connectionName();
    if (Dialect::isPostgresPath(dbPath)) {
        // The server keeps its own pages and foreign keys: the board's
        // invariants are what is left to check.
        {
            QSqlDatabase db = Database::open(dbPath, name);
            Checker(db, report).invariants();
        }
        Database::close(name);
        return report;
    }
    {
        QSqlDatabase db;
        try {
            db = Database::openForReading(dbPath, name);
        } catch (const KanbanError &e) {
            if (e.kind() != KanbanError::Storage) // no board, or not a database
                throw;
            report.problems.append({QStringLiteral("integrity"), e.message(), {}});
            report.damaged = true;
            return report;
        }
        Checker c(db, report);
        bool board = false;
        const bool readable = c.rows(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type ="
                                                    " 'table' AND name = 'schema_version'"),
                                     [&board](const QSqlQuery &) { board = true; });
        if (readable && !board) {
            db = QSqlDatabase();
            Database::close(name);
            throw KanbanError(
                QStringLiteral("%1 is an SQLite database but not a qkanban board").arg(dbPath),
                KanbanError::BadInput);
        }
        c.sqlitePages();
        if (!report.damaged) {
            c.foreignKeys();
            c.invariants();
        }
    }
    Database::close(name);
    return report;
}

bool remember(const IntegrityReport &report, QString *error)
{
    if (Dialect::isPostgresPath(report.dbPath))
        return true; // no file beside a server's database
    const QString marker = Database::damagedMarkerPath(report.dbPath);
    if (!report.damaged) {
        if (!QFile::exists(marker) || QFile::remove(marker))
            return true;
        if (error)
            *error = QStringLiteral("cannot remove %1").arg(marker);
        return false;
    }
    QByteArray text = "qkanban: this board failed its integrity check; writes are refused "
                      "until `qkanban --headless check` passes.\n";
    for (const IntegrityProblem &p : report.problems)
        text += (p.check + QStringLiteral(": ") + p.detail).toUtf8() + '\n';
    return PrivateFile::write(marker, text, error);
}

QString failureLine(const IntegrityReport &report)
{
    const QString first = report.problems.isEmpty() ? QString() : report.problems.first().detail;
    return QStringLiteral("the board %1 failed its integrity check (%2); run 'qkanban --headless "
                          "check' for details and restore a backup from %3")
        .arg(report.dbPath, first, Backup::folderFor(report.dbPath));
}

} // namespace Integrity
