#include "model/io/ImportChecks.h"

#include "model/KanbanError.h"
#include "model/TaskFields.h"
#include "model/TaskSkills.h"
#include "model/io/BoardIoTables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

using namespace BoardIoTables;

namespace {

// The value as JSON text, so that a control character or NUL shows as an
// escape; long values are cut.
QString shown(const QString &value)
{
    const bool cut = value.size() > 80;
    const QByteArray a =
        QJsonDocument(QJsonArray{cut ? value.left(80) : value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2)) + (cut ? QStringLiteral("...") : QString());
}

class Checker
{
public:
    explicit Checker(ImportChecks::Rows &rows) : m_rows(rows) {}

    int run()
    {
        for (const Table &t : tables())
            checkText(t);
        checkTasks();
        checkEvents();
        checkRuns();
        checkSubs();
        return m_cleared;
    }

private:
    static int col(const Table &t, const char *name)
    {
        return int(t.columnNames().indexOf(QString::fromLatin1(name)));
    }

    static QString where(const Table &t, qsizetype row, const QString &field)
    {
        return QStringLiteral("%1[%2].%3").arg(t.key).arg(row).arg(field);
    }

    static void fail(const Table &t, qsizetype row, const char *field, const QString &value,
                     const QString &problem)
    {
        ImportChecks::refuse(where(t, row, QString::fromLatin1(field)), value, problem);
    }

    static bool isSet(const QVariant &v) { return v.isValid() && !v.isNull(); }

    // No text anywhere holds a NUL: nothing the CLI writes can.
    void checkText(const Table &t)
    {
        const QList<QVariantList> &rows = m_rows[t.key];
        for (qsizetype i = 0; i < rows.size(); ++i) {
            for (int c = 0; c < t.columns.size() && c < rows.at(i).size(); ++c) {
                const QVariant &v = rows.at(i).at(c);
                if (!t.columns.at(c).integer && isSet(v) && TaskFields::hasNul(v.toString()))
                    ImportChecks::refuse(where(t, i, t.columns.at(c).name), v.toString(),
                                         QStringLiteral("holds a NUL character"));
            }
        }
    }

    void checkProfile(const Table &t, qsizetype i, const char *field, const QVariant &v)
    {
        if (!isSet(v))
            return;
        const QString problem = TaskFields::profileNameProblem(v.toString());
        if (!problem.isEmpty())
            fail(t, i, field, v.toString(), problem);
    }

    void checkTasks()
    {
        const Table &t = table(QStringLiteral("tasks"));
        const int id = col(t, "id"), assignee = col(t, "assignee"), reviewer = col(t, "reviewer"),
                  kind = col(t, "workspace_kind"), path = col(t, "workspace_path"),
                  branch = col(t, "branch_name"), skills = col(t, "skills"),
                  run = col(t, "current_run_id");
        QList<QVariantList> &rows = m_rows[t.key];
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QVariantList &r = rows[i];
            const QString taskId = r.at(id).toString();
            const QString idProblem = TaskFields::taskIdProblem(taskId);
            if (!idProblem.isEmpty())
                fail(t, i, "id", taskId, idProblem);
            checkProfile(t, i, "assignee", r.at(assignee));
            checkProfile(t, i, "reviewer", r.at(reviewer));
            const QString k = r.at(kind).toString();
            if (k == QLatin1String("scratch") || k == QLatin1String("worktree")) {
                // The board's own: <board>/workspaces/<id>, <repo>/.worktrees/<id>.
                if (isSet(r.at(path))) {
                    r[path] = nullFor(t.columns.at(path));
                    ++m_cleared;
                }
            }
            const QString wsProblem = TaskFields::workspaceProblem(
                k, isSet(r.at(path)) ? r.at(path).toString() : QString());
            if (!wsProblem.isEmpty())
                fail(t, i, isSet(r.at(path)) ? "workspace_path" : "workspace_kind",
                     isSet(r.at(path)) ? r.at(path).toString() : k, wsProblem);
            if (isSet(r.at(branch))) {
                const QString problem = TaskFields::branchProblem(r.at(branch).toString());
                if (!problem.isEmpty())
                    fail(t, i, "branch_name", r.at(branch).toString(), problem);
            }
            if (isSet(r.at(skills)))
                checkSkills(t, i, r.at(skills).toString());
            if (isSet(r.at(run)))
                m_currentRuns << CurrentRun{r.at(run).toLongLong(), i, taskId};
        }
    }

    void checkSkills(const Table &t, qsizetype i, const QString &text)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (!doc.isArray())
            fail(t, i, "skills", text, QStringLiteral("is not a JSON array of skill names"));
        for (const QJsonValue &v : doc.array()) {
            if (!v.isString() || !TaskSkills::isWellFormed(v.toString()))
                fail(t, i, "skills", text, QStringLiteral("holds a name that is not a skill name"));
        }
    }

    void checkEvents()
    {
        const Table &t = table(QStringLiteral("events"));
        const int run = col(t, "run_id");
        const QList<QVariantList> &rows = m_rows[t.key];
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QVariant &v = rows.at(i).at(run);
            if (isSet(v) && v.toLongLong() <= 0)
                fail(t, i, "run_id", v.toString(), QStringLiteral("is not a run id"));
        }
    }

    void checkRuns()
    {
        const Table &t = table(QStringLiteral("runs"));
        const int id = col(t, "id"), task = col(t, "task_id"), profile = col(t, "profile");
        const QList<QVariantList> &rows = m_rows[t.key];
        QHash<qint64, QString> owner;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            checkProfile(t, i, "profile", rows.at(i).at(profile));
            if (isSet(rows.at(i).at(id)))
                owner.insert(rows.at(i).at(id).toLongLong(), rows.at(i).at(task).toString());
        }
        // A task's current run is one of its own runs.
        const Table &tasks = table(QStringLiteral("tasks"));
        for (const CurrentRun &c : std::as_const(m_currentRuns)) {
            if (owner.value(c.run) != c.task)
                fail(tasks, c.row, "current_run_id", QString::number(c.run),
                     QStringLiteral("is not a run of this task"));
        }
    }

    void checkSubs()
    {
        const Table &t = table(QStringLiteral("notify_subs"));
        const int platform = col(t, "platform"), chat = col(t, "chat_id");
        const QList<QVariantList> &rows = m_rows[t.key];
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString p = rows.at(i).at(platform).toString();
            if (!TaskFields::isProfileName(p))
                fail(t, i, "platform", p, QStringLiteral("is not a platform name"));
            const QString c = rows.at(i).at(chat).toString();
            if (c.trimmed().isEmpty())
                fail(t, i, "chat_id", c, QStringLiteral("is empty"));
            if (p == QLatin1String("webhook")) {
                const QUrl url(c); // tolerant: the notifier sends what the CLI took
                if (!url.isValid() ||
                    (url.scheme() != QLatin1String("http") &&
                     url.scheme() != QLatin1String("https")) ||
                    url.host().isEmpty())
                    fail(t, i, "chat_id", c, QStringLiteral("is not an http(s) URL"));
            }
        }
    }

    ImportChecks::Rows &m_rows;
    struct CurrentRun
    {
        qint64 run;
        qsizetype row;
        QString task;
    };
    QList<CurrentRun> m_currentRuns;
    int m_cleared = 0;
};

} // namespace

namespace ImportChecks {

void refuse(const QString &where, const QString &value, const QString &problem)
{
    throw KanbanError(QStringLiteral("import refused: %1 %2 %3").arg(where, shown(value), problem),
                      KanbanError::BadInput);
}

void check(Rows &rows, QStringList *warnings)
{
    const int cleared = Checker(rows).run();
    if (cleared > 0 && warnings)
        *warnings << QStringLiteral(
                         "%1 scratch or worktree path(s) from the file dropped: this board "
                         "makes its own (<board>/workspaces/<id>, <repo>/.worktrees/<id>)")
                         .arg(cleared);
}

} // namespace ImportChecks
