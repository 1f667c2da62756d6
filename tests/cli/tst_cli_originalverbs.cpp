// End-to-end, through the real qkanban binary: the original's verbs and
// fields (issue 12, item 4): assignees, create/edit --skill and the
// worker's QKANBAN_SKILLS, specify, block only from running/ready, the
// comments verbs leave with their `commented` event, runs numbered by
// attempt, step_key, and the creation order an import keeps.
#include "tests/cli/CliHarness.h"

#include "model/Types.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace {

using Result = CliHarness::Result;

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

QJsonObject showJson(const CliHarness &h, const QString &id)
{
    return h.run({QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
}

QJsonObject taskJson(const CliHarness &h, const QString &id)
{
    return showJson(h, id).value(QStringLiteral("task")).toObject();
}

QString statusOf(const CliHarness &h, const QString &id)
{
    return taskJson(h, id).value(QStringLiteral("status")).toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

// The events of one kind in show --json.
QList<QJsonObject> events(const CliHarness &h, const QString &id, const QString &kind)
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : showJson(h, id).value(QStringLiteral("events")).toArray()) {
        if (e.toObject().value(QStringLiteral("kind")).toString() == kind)
            out << e.toObject();
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A copy of the original's board, changed by `sql` (run in order).
QString hermesCopy(const CliHarness &h, const QStringList &sql)
{
    const QString path = h.path(QStringLiteral("hermes-copy.db"));
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(QKANBAN_HERMES_FIXTURE), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hermes-copy"));
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        for (const QString &s : sql) {
            if (!q.exec(s))
                return {};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hermes-copy"));
    return path;
}

} // namespace

class TstCliOriginalVerbs : public QObject
{
    Q_OBJECT

private slots:
    // --- assignees -----------------------------------------------------------

    void assignees_json_merges_profiles_and_board_as_original()
    {
        CliHarness h;
        for (const char *name : {"researcher", "writer"})
            QCOMPARE(
                h.run({QStringLiteral("profiles"), QStringLiteral("add"), QString::fromLatin1(name),
                       QStringLiteral("--command"), QStringLiteral("/bin/true")})
                    .code,
                0);
        h.create(QStringLiteral("draft"), {QStringLiteral("--assignee"), QStringLiteral("writer")});
        const QString boardOnly = h.create(
            QStringLiteral("orphan"), {QStringLiteral("--assignee"), QStringLiteral("on-board")});
        h.create(QStringLiteral("idea"), {QStringLiteral("--assignee"), QStringLiteral("on-board"),
                                          QStringLiteral("--triage")});
        const QString gone = h.create(QStringLiteral("old"),
                                      {QStringLiteral("--assignee"), QStringLiteral("ghost")});
        QCOMPARE(h.run({QStringLiteral("complete"), boardOnly}).code, 0);
        QCOMPARE(h.run({QStringLiteral("archive"), gone}).code, 0);

        const Result r = h.run({QStringLiteral("assignees"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 3); // ghost's only task is archived
        const QJsonObject onBoard = list.at(0).toObject();
        QCOMPARE(onBoard.value(QStringLiteral("name")).toString(), QStringLiteral("on-board"));
        QCOMPARE(onBoard.value(QStringLiteral("on_disk")).toBool(), false);
        QCOMPARE(onBoard.value(QStringLiteral("counts")).toObject(),
                 (QJsonObject{{QStringLiteral("done"), 1}, {QStringLiteral("triage"), 1}}));
        const QJsonObject researcher = list.at(1).toObject();
        QCOMPARE(researcher.value(QStringLiteral("name")).toString(), QStringLiteral("researcher"));
        QCOMPARE(researcher.value(QStringLiteral("on_disk")).toBool(), true);
        QCOMPARE(researcher.value(QStringLiteral("counts")).toObject(), QJsonObject());
        const QJsonObject writer = list.at(2).toObject();
        QCOMPARE(writer.value(QStringLiteral("name")).toString(), QStringLiteral("writer"));
        QCOMPARE(writer.value(QStringLiteral("on_disk")).toBool(), true);
        QCOMPARE(writer.value(QStringLiteral("counts")).toObject(),
                 (QJsonObject{{QStringLiteral("ready"), 1}}));
    }

    void assignees_table_shows_idle_as_original()
    {
        CliHarness h;
        QCOMPARE(
            h.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("researcher"),
                   QStringLiteral("--command"), QStringLiteral("/bin/true")})
                .code,
            0);
        h.create(QStringLiteral("draft"), {QStringLiteral("--assignee"), QStringLiteral("writer")});
        const Result r = h.run({QStringLiteral("assignees")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text(), QStringLiteral("NAME                  ON DISK   COUNTS\n"
                                          "researcher            yes       (idle)\n"
                                          "writer                no        ready=1\n"));
    }

    void assignees_on_an_empty_board_says_how_to_add_one()
    {
        CliHarness h;
        QCOMPARE(h.run({QStringLiteral("init")}).code, 0);
        const Result r = h.run({QStringLiteral("assignees")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.text().startsWith(QStringLiteral("(no assignees")));
        QCOMPARE(h.run({QStringLiteral("assignees"), QStringLiteral("--json")}).text(),
                 QStringLiteral("[]\n"));
    }

    // --- skills ---------------------------------------------------------------

    void create_skill_flag_repeatable_as_original()
    {
        CliHarness h;
        const Result r = h.run(
            {QStringLiteral("create"), QStringLiteral("translate"), QStringLiteral("--skill"),
             QStringLiteral("translation"), QStringLiteral("--skill"), QStringLiteral("review"),
             QStringLiteral("--skill"), QStringLiteral("translation"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QString id = r.json().object().value(QStringLiteral("id")).toString();
        const QStringList expected{QStringLiteral("translation"), QStringLiteral("review")};
        QCOMPARE(strings(r.json().object().value(QStringLiteral("skills"))), expected);
        QCOMPARE(strings(taskJson(h, id).value(QStringLiteral("skills"))), expected);
        const QJsonArray listed =
            h.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(strings(listed.at(0).toObject().value(QStringLiteral("skills"))), expected);
        const QJsonObject created =
            events(h, id, EventKind::Created).first().value(QStringLiteral("payload")).toObject();
        QCOMPARE(strings(created.value(QStringLiteral("skills"))), expected);
    }

    void show_renders_skills_as_original()
    {
        CliHarness h;
        const QString id = h.create(
            QStringLiteral("t"), {QStringLiteral("--skill"), QStringLiteral("blogwatcher"),
                                  QStringLiteral("--skill"), QStringLiteral("github-code-review")});
        QVERIFY(h.run({QStringLiteral("show"), id})
                    .text()
                    .contains(QStringLiteral("\n  skills:    blogwatcher, github-code-review\n")));
        const QString plain = h.create(QStringLiteral("plain"));
        QVERIFY(!h.run({QStringLiteral("show"), plain}).text().contains(QStringLiteral("skills:")));
    }

    void create_without_skill_flag_leaves_none_as_original()
    {
        CliHarness h;
        const Result r =
            h.run({QStringLiteral("create"), QStringLiteral("t"), QStringLiteral("--json")});
        QCOMPARE(r.json().object().value(QStringLiteral("skills")).toArray(), QJsonArray());
        // Stored as NULL (the profile's defaults), not as an empty list.
        const QJsonObject exported = h.run({QStringLiteral("export")}).json().object();
        QVERIFY(exported.value(QStringLiteral("tasks"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("skills"))
                    .isNull());
    }

    void create_rejects_toolset_names_in_skills_as_original_data()
    {
        QTest::addColumn<QStringList>("skills");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("toolset") << args({"web"}) << QStringLiteral("'web' is a toolset name");
        QTest::newRow("toolset, other case")
            << args({"ok", "Terminal"}) << QStringLiteral("'Terminal' is a toolset name");
        QTest::newRow("comma") << args({"a,b"}) << QStringLiteral("cannot contain comma");
        QTest::newRow("whitespace") << args({"two words"}) << QStringLiteral("whitespace");
        QTest::newRow("empty") << args({""}) << QStringLiteral("must not be empty");
    }

    void create_rejects_toolset_names_in_skills_as_original()
    {
        QFETCH(QStringList, skills);
        QFETCH(QString, fragment);
        CliHarness h;
        h.create(QStringLiteral("existing"));
        const QByteArray before = h.snapshot();
        QStringList argv{QStringLiteral("create"), QStringLiteral("x")};
        for (const QString &s : skills)
            argv << QStringLiteral("--skill") << s;
        const Result r = h.run(argv);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errLines().last().contains(fragment), r.err.constData());
        QCOMPARE(h.snapshot(), before);
    }

    void edit_skill_and_clear_skills_as_original()
    {
        CliHarness h;
        const QString id =
            h.create(QStringLiteral("t"), {QStringLiteral("--skill"), QStringLiteral("a")});
        QCOMPARE(h.run({QStringLiteral("edit"), id, QStringLiteral("--skill"), QStringLiteral("b"),
                        QStringLiteral("--skill"), QStringLiteral("c")})
                     .text(),
                 QStringLiteral("Edited %1\n").arg(id));
        QCOMPARE(strings(taskJson(h, id).value(QStringLiteral("skills"))),
                 (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(h.run({QStringLiteral("edit"), id, QStringLiteral("--clear-skills")}).code, 0);
        QCOMPARE(taskJson(h, id).value(QStringLiteral("skills")).toArray(), QJsonArray());
        const QJsonObject edited =
            events(h, id, EventKind::Edited).last().value(QStringLiteral("payload")).toObject();
        QCOMPARE(edited.value(QStringLiteral("skills_cleared")).toBool(), true);
    }

    void edit_clear_skills_rejects_running_task_as_original()
    {
        CliHarness h;
        const QString id =
            h.create(QStringLiteral("t"), {QStringLiteral("--assignee"), QStringLiteral("coder"),
                                           QStringLiteral("--skill"), QStringLiteral("a")});
        QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
        const QByteArray before = h.snapshot();
        const Result r = h.run({QStringLiteral("edit"), id, QStringLiteral("--clear-skills")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errText().contains(QStringLiteral("cannot clear skills")), r.err.constData());
        QCOMPARE(h.snapshot(), before);
    }

    void edit_clear_skills_rejects_result_fields_as_original()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("t"));
        const QByteArray before = h.snapshot();
        Result r = h.run({QStringLiteral("edit"), id, QStringLiteral("--clear-skills"),
                          QStringLiteral("--result"), QStringLiteral("r")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.errText().contains(QStringLiteral("--clear-skills cannot be combined")));
        r = h.run({QStringLiteral("edit"), id, QStringLiteral("--clear-skills"),
                   QStringLiteral("--skill"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        QCOMPARE(h.snapshot(), before);
    }

    void worker_gets_skills_in_its_environment()
    {
        CliHarness h;
        const QString out = h.path(QStringLiteral("env"));
        QVERIFY(QDir().mkpath(out));
        QFile script(h.path(QStringLiteral("worker.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s' \"${QKANBAN_SKILLS-unset}\" > \"$1.tmp\" && "
                     "mv \"$1.tmp\" \"$1\"\n");
        script.close();
        QCOMPARE(h.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("coder"),
                        QStringLiteral("--command"),
                        QStringLiteral("/bin/sh %1 %2/{task}").arg(script.fileName(), out)})
                     .code,
                 0);
        const QString skilled = h.create(QStringLiteral("skilled"),
                                         {QStringLiteral("--assignee"), QStringLiteral("coder"),
                                          QStringLiteral("--skill"), QStringLiteral("translation"),
                                          QStringLiteral("--skill"), QStringLiteral("review")});
        const QString plain = h.create(QStringLiteral("plain"),
                                       {QStringLiteral("--assignee"), QStringLiteral("coder")});
        // A value in the dispatcher's own environment must not reach a
        // worker whose task has no skills.
        h.setEnv(QStringLiteral("QKANBAN_SKILLS"), QStringLiteral("stale"));
        QCOMPARE(h.run({QStringLiteral("dispatch")}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + QLatin1Char('/') + skilled), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + QLatin1Char('/') + plain), 20000);
        QCOMPARE(readFile(out + QLatin1Char('/') + skilled), QByteArray("translation,review"));
        QCOMPARE(readFile(out + QLatin1Char('/') + plain), QByteArray("unset"));
    }

    void hermes_import_keeps_skills_step_key_and_creation_order_as_original()
    {
        if (!QFile::exists(QStringLiteral(QKANBAN_HERMES_FIXTURE)))
            QSKIP("no Hermes fixture in this checkout");
        CliHarness h;
        const QString copy = hermesCopy(
            h, {QStringLiteral("UPDATE tasks SET skills = '[\"translation\", \"review\"]'"
                               " WHERE id = 't_46a8c805'"),
                QStringLiteral("UPDATE tasks SET skills = '[]' WHERE id = 't_23da6e0f'"),
                QStringLiteral("UPDATE task_runs SET step_key = 'draft' WHERE id = 1")});
        QVERIFY(!copy.isEmpty());
        QCOMPARE(h.run({QStringLiteral("import"), QStringLiteral("--from-hermes"), copy}).code, 0);
        QCOMPARE(strings(taskJson(h, QStringLiteral("t_46a8c805")).value(QStringLiteral("skills"))),
                 (QStringList{QStringLiteral("translation"), QStringLiteral("review")}));
        QCOMPARE(
            taskJson(h, QStringLiteral("t_23da6e0f")).value(QStringLiteral("skills")).toArray(),
            QJsonArray());
        const QJsonArray runs =
            h.run({QStringLiteral("runs"), QStringLiteral("t_a38217c9"), QStringLiteral("--json")})
                .json()
                .array();
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("step_key")).toString(),
                 QStringLiteral("draft"));
        // The ready tasks have priority 0 and the same created_at: the
        // original created t_46a8c805 first (its rowid), against id order.
        // (t_ca13b44e was running there and comes back as ready; it is
        // older, so first.)
        const QJsonArray ready = h.run({QStringLiteral("list"), QStringLiteral("--status"),
                                        QStringLiteral("ready"), QStringLiteral("--json")})
                                     .json()
                                     .array();
        QCOMPARE(ready.size(), 3);
        QCOMPARE(ready.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("t_ca13b44e"));
        QCOMPARE(ready.at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("t_46a8c805"));
        QCOMPARE(ready.at(2).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("t_23da6e0f"));
    }

    void export_import_keeps_skills_and_creation_order()
    {
        CliHarness h;
        const QString a =
            h.create(QStringLiteral("a"), {QStringLiteral("--skill"), QStringLiteral("x")});
        const QString b = h.create(QStringLiteral("b"));
        const QString file = h.path(QStringLiteral("board.json"));
        QCOMPARE(h.run({QStringLiteral("export"), QStringLiteral("-o"), file}).code, 0);
        const QString other = h.path(QStringLiteral("other.db"));
        QCOMPARE(h.run({QStringLiteral("--db"), other, QStringLiteral("import"), file}).code, 0);
        QCOMPARE(h.snapshot({QStringLiteral("--db"), other}), h.snapshot());
        const QJsonArray listed =
            h.run({QStringLiteral("--db"), other, QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .array();
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("id")).toString(), a);
        QCOMPARE(listed.at(1).toObject().value(QStringLiteral("id")).toString(), b);
    }

    // --- runs ---------------------------------------------------------------

    void runs_hash_column_is_the_attempt_number_as_original()
    {
        CliHarness h;
        const QStringList coder{QStringLiteral("--assignee"), QStringLiteral("coder")};
        const QString a = h.create(QStringLiteral("a"), coder);
        const QString b = h.create(QStringLiteral("b"), coder);
        // Interleaved: b's runs get the global ids 2 and 4.
        for (const QString &id : {a, b, a, b}) {
            QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
            QCOMPARE(h.run({QStringLiteral("reclaim"), id}).code, 0);
        }
        QStringList lines; // the table rows, without their summary/error lines
        for (const QString &line : h.run({QStringLiteral("runs"), b})
                                       .text()
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QStringLiteral("      ")))
                lines << line;
        }
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("   #  OUTCOME")));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("   1  reclaimed")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("   2  reclaimed")),
                 qPrintable(lines.at(2)));
        const QJsonArray runs =
            h.run({QStringLiteral("runs"), b, QStringLiteral("--json")}).json().array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("attempt")).toInt(), 1);
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("attempt")).toInt(), 2);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("id")).toInt(), 4);
    }

    void runs_and_show_json_carry_step_key_as_original()
    {
        CliHarness h;
        const QString id =
            h.create(QStringLiteral("a"), {QStringLiteral("--assignee"), QStringLiteral("coder")});
        QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
        const QJsonObject run = h.run({QStringLiteral("runs"), id, QStringLiteral("--json")})
                                    .json()
                                    .array()
                                    .at(0)
                                    .toObject();
        QVERIFY(run.contains(QStringLiteral("step_key")));
        QVERIFY(run.value(QStringLiteral("step_key")).isNull());
        const QJsonObject shown =
            showJson(h, id).value(QStringLiteral("runs")).toArray().at(0).toObject();
        QVERIFY(shown.contains(QStringLiteral("step_key")));
    }

    // --- specify --------------------------------------------------------------

    void specify_moves_triage_to_ready_as_original()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("rough"), {QStringLiteral("--triage")});
        const Result r = h.run(
            {QStringLiteral("specify"), id, QStringLiteral("--title"), QStringLiteral("Polished"),
             QStringLiteral("--body"), QStringLiteral("the spec"), QStringLiteral("--assignee"),
             QStringLiteral("writer"), QStringLiteral("--author"), QStringLiteral("ann")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text(), QStringLiteral("Specified %1 → ready — retitled: 'Polished'\n").arg(id));
        const QJsonObject t = taskJson(h, id);
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(t.value(QStringLiteral("title")).toString(), QStringLiteral("Polished"));
        QCOMPARE(t.value(QStringLiteral("body")).toString(), QStringLiteral("the spec"));
        QCOMPARE(t.value(QStringLiteral("assignee")).toString(), QStringLiteral("writer"));
        const QJsonObject specified =
            events(h, id, EventKind::Specified).first().value(QStringLiteral("payload")).toObject();
        QCOMPARE(strings(specified.value(QStringLiteral("changed_fields"))),
                 (QStringList{QStringLiteral("title"), QStringLiteral("body"),
                              QStringLiteral("assignee")}));
        const QJsonArray comments = showJson(h, id).value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.at(0).toObject().value(QStringLiteral("author")).toString(),
                 QStringLiteral("ann"));
    }

    void specify_lands_in_todo_behind_an_open_parent_as_original()
    {
        CliHarness h;
        const QString parent = h.create(QStringLiteral("parent"));
        const QString id = h.create(QStringLiteral("idea"), {QStringLiteral("--triage"),
                                                             QStringLiteral("--parent"), parent});
        const Result r = h.run({QStringLiteral("specify"), id});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text(), QStringLiteral("Specified %1 → todo\n").arg(id));
        QCOMPARE(statusOf(h, id), QStringLiteral("todo"));
        // Nothing changed: no audit comment, and a null specified payload.
        QVERIFY(showJson(h, id).value(QStringLiteral("comments")).toArray().isEmpty());
        QVERIFY(
            events(h, id, EventKind::Specified).first().value(QStringLiteral("payload")).isNull());
    }

    void specify_refuses_a_task_not_in_triage_as_original()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("live"));
        const QByteArray before = h.snapshot();
        const Result r =
            h.run({QStringLiteral("specify"), id, QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.errText(), QStringLiteral("qkanban: specify %1: task is not in triage "
                                             "(status='ready')\n")
                                  .arg(id));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(h.snapshot(), before);
        const Result unknown = h.run({QStringLiteral("specify"), QStringLiteral("t_00000000")});
        QCOMPARE(unknown.code, 1);
        QCOMPARE(unknown.errText(),
                 QStringLiteral("qkanban: specify t_00000000: unknown task id\n"));
    }

    void specify_all_exits_one_only_when_every_candidate_failed_as_original()
    {
        CliHarness h;
        const Result none = h.run({QStringLiteral("specify"), QStringLiteral("--all")});
        QCOMPARE(none.code, 0);
        QCOMPARE(none.text(), QStringLiteral("No triage tasks.\n"));
        QCOMPARE(h.run({QStringLiteral("specify"), QStringLiteral("--all"),
                        QStringLiteral("--tenant"), QStringLiteral("acme")})
                     .text(),
                 QStringLiteral("No triage tasks for tenant 'acme'.\n"));
        QCOMPARE(
            h.run({QStringLiteral("specify"), QStringLiteral("--all"), QStringLiteral("--json")})
                .text(),
            QStringLiteral("{\"specified\": 0, \"total\": 0}\n"));

        const QString a =
            h.create(QStringLiteral("a"), {QStringLiteral("--triage"), QStringLiteral("--tenant"),
                                           QStringLiteral("acme")});
        const QString b = h.create(QStringLiteral("b"), {QStringLiteral("--triage")});
        const Result tenant =
            h.run({QStringLiteral("specify"), QStringLiteral("--all"), QStringLiteral("--tenant"),
                   QStringLiteral("acme"), QStringLiteral("--json")});
        QCOMPARE(tenant.code, 0);
        const QJsonObject line = QJsonDocument::fromJson(tenant.out.trimmed()).object();
        QCOMPARE(line.value(QStringLiteral("task_id")).toString(), a);
        QCOMPARE(line.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(line.value(QStringLiteral("reason")).toString(), QStringLiteral("specified"));
        QVERIFY(line.value(QStringLiteral("new_title")).isNull());
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(statusOf(h, b), QStringLiteral("triage"));
        const Result rest = h.run({QStringLiteral("specify"), QStringLiteral("--all")});
        QCOMPARE(rest.code, 0);
        QCOMPARE(rest.text(), QStringLiteral("Specified %1 → ready\n").arg(b));
    }

    void specify_usage_errors_as_original_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("id and --all")
            << args({"specify", "ID", "--all"}) << QStringLiteral("not both");
        QTest::newRow("neither") << args({"specify"}) << QStringLiteral("a task id or --all");
        QTest::newRow("--tenant without --all")
            << args({"specify", "ID", "--tenant", "t"}) << QStringLiteral("--tenant");
        QTest::newRow("fields with --all")
            << args({"specify", "--all", "--title", "x"}) << QStringLiteral("not --all");
        QTest::newRow("blank title")
            << args({"specify", "ID", "--title", " "}) << QStringLiteral("must not be blank");
    }

    void specify_usage_errors_as_original()
    {
        QFETCH(QStringList, argv);
        QFETCH(QString, fragment);
        CliHarness h;
        const QString id = h.create(QStringLiteral("idea"), {QStringLiteral("--triage")});
        argv.replaceInStrings(QStringLiteral("ID"), id);
        const QByteArray before = h.snapshot();
        const Result r = h.run(argv);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errLines().last().contains(fragment), r.err.constData());
        QCOMPARE(h.snapshot(), before);
    }

    // --- block ----------------------------------------------------------------

    void block_from_todo_refused_as_original_data()
    {
        QTest::addColumn<QString>("status");
        for (const char *s : {"triage", "todo", "review", "done"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void block_from_todo_refused_as_original()
    {
        QFETCH(QString, status);
        CliHarness h;
        const QString parent = h.create(QStringLiteral("parent"));
        QStringList extra{QStringLiteral("--assignee"), QStringLiteral("coder")};
        if (status == QLatin1String("triage"))
            extra << QStringLiteral("--triage");
        if (status == QLatin1String("todo"))
            extra << QStringLiteral("--parent") << parent;
        const QString id = h.create(QStringLiteral("t"), extra);
        if (status == QLatin1String("review")) {
            QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
            QCOMPARE(h.run({QStringLiteral("request-review"), id, QStringLiteral("--summary"),
                            QStringLiteral("look")})
                         .code,
                     0);
        } else if (status == QLatin1String("done")) {
            QCOMPARE(h.run({QStringLiteral("complete"), id}).code, 0);
        }
        QCOMPARE(statusOf(h, id), status);
        const QByteArray before = h.snapshot();
        const Result r = h.run({QStringLiteral("block"), id, QStringLiteral("why")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.errText(),
                 QStringLiteral("qkanban: cannot block %1: it is %2 (only a running or ready "
                                "task can be blocked)\n")
                     .arg(id, status));
        QCOMPARE(h.snapshot(), before);
    }

    void block_ids_bulk_refuses_todo_and_blocks_the_rest_as_original()
    {
        CliHarness h;
        const QStringList coder{QStringLiteral("--assignee"), QStringLiteral("coder")};
        const QString parent = h.create(QStringLiteral("parent"));
        const QString ready = h.create(QStringLiteral("ready"), coder);
        const QString todo = h.create(QStringLiteral("todo"),
                                      coder + QStringList{QStringLiteral("--parent"), parent});
        const QString running = h.create(QStringLiteral("running"), coder);
        QCOMPARE(h.run({QStringLiteral("claim"), running}).code, 0);
        const Result r = h.run({QStringLiteral("block"), ready, QStringLiteral("need"),
                                QStringLiteral("input"), QStringLiteral("--ids"), todo, running});
        QCOMPARE(r.code, 1);
        QCOMPARE(
            r.text(),
            QStringLiteral("Blocked %1: need input\nBlocked %2: need input\n").arg(ready, running));
        QCOMPARE(r.errLines(),
                 QStringList{QStringLiteral("qkanban: cannot block %1: it is todo (only a "
                                            "running or ready task can be blocked)")
                                 .arg(todo)});
        QCOMPARE(statusOf(h, ready), QStringLiteral("blocked"));
        QCOMPARE(statusOf(h, running), QStringLiteral("blocked"));
        QCOMPARE(statusOf(h, todo), QStringLiteral("todo"));
        QVERIFY(showJson(h, todo).value(QStringLiteral("comments")).toArray().isEmpty());
    }

    void block_reason_writes_comment_and_commented_event_as_original()
    {
        CliHarness h;
        h.setEnv(QStringLiteral("QKANBAN_PROFILE"), QStringLiteral("ann"));
        const QString id =
            h.create(QStringLiteral("t"), {QStringLiteral("--assignee"), QStringLiteral("coder")});
        QCOMPARE(h.run({QStringLiteral("block"), id, QStringLiteral("needs"), QStringLiteral("a"),
                        QStringLiteral("key")})
                     .code,
                 0);
        const QJsonArray comments = showJson(h, id).value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.at(0).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("BLOCKED: needs a key"));
        const QList<QJsonObject> commented = events(h, id, EventKind::Commented);
        QCOMPARE(commented.size(), 1);
        QCOMPARE(commented.first().value(QStringLiteral("payload")).toObject(),
                 (QJsonObject{{QStringLiteral("author"), QStringLiteral("ann")},
                              {QStringLiteral("len"), 20}}));
    }

    void unblock_reason_is_recorded_as_a_comment_as_original()
    {
        CliHarness h;
        h.setEnv(QStringLiteral("QKANBAN_PROFILE"), QStringLiteral("ann"));
        const QString id =
            h.create(QStringLiteral("t"), {QStringLiteral("--assignee"), QStringLiteral("coder")});
        QCOMPARE(h.run({QStringLiteral("block"), id}).code, 0);
        const Result r = h.run({QStringLiteral("unblock"), id, QStringLiteral("--reason"),
                                QStringLiteral("key added")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text(), QStringLiteral("Unblocked %1: key added\n").arg(id));
        const QJsonArray comments = showJson(h, id).value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.last().toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("UNBLOCK: key added"));
        QCOMPARE(events(h, id, EventKind::Commented).size(), 1);
        // Not blocked any more: refused, and no comment is left behind.
        const QByteArray before = h.snapshot();
        QCOMPARE(h.run({QStringLiteral("unblock"), id, QStringLiteral("--reason"),
                        QStringLiteral("again")})
                     .code,
                 1);
        QCOMPARE(h.snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TstCliOriginalVerbs)
#include "tst_cli_originalverbs.moc"
