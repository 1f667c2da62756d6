// The original's verbs and fields in the kernel (issue 12, item 4): task
// skills, specify, block only from running/ready, comments that verbs leave
// behind with their `commented` event, and creation order for ties of
// priority (create_seq) in every listing, the dispatcher's included.
#include "tests/model/KernelFixture.h"

#include "model/DispatchKernel.h"
#include "model/Json.h"
#include "model/TaskTableModel.h"
#include "model/io/BoardIo.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

namespace {

// Ids in the order given: the tests make them sort against creation order.
class FixedEntropy : public Entropy
{
public:
    explicit FixedEntropy(QList<quint32> values) : m_values(std::move(values)) {}
    quint32 next32() override { return m_values.isEmpty() ? 0x77777777u : m_values.takeFirst(); }

private:
    QList<quint32> m_values;
};

QStringList ids(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &t : tasks)
        out << t.id;
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

// Everything a refused transition must leave alone.
QString trace(KernelFixture &f, const QString &id)
{
    const Task t = f.task(id);
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(t.status)
        .arg(f.count(QStringLiteral("task_comments"), id))
        .arg(f.count(QStringLiteral("task_events"), id))
        .arg(f.count(QStringLiteral("task_runs"), id))
        .arg(t.updatedAt);
}

} // namespace

class TstOriginalVerbs : public QObject
{
    Q_OBJECT

private slots:
    // --- skills -----------------------------------------------------------

    void create_task_persists_skills_as_original()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("translate");
        o.skills = QStringList{QStringLiteral("  translation  "), QStringLiteral("translation"),
                               QString(), QStringLiteral("review")};
        const QString id = f.k->createTask(o).id;
        QCOMPARE(f.task(id).skills, std::optional<QStringList>(
                                        {QStringLiteral("translation"), QStringLiteral("review")}));
        QCOMPARE(f.scalar(QStringLiteral("SELECT skills FROM tasks WHERE id = ?"), {id}).toString(),
                 QStringLiteral("[\"translation\", \"review\"]"));

        // No --skill: NULL (the profile's defaults), not an empty list.
        const QString plain = f.create(QStringLiteral("plain"));
        QVERIFY(!f.task(plain).skills.has_value());
        QVERIFY(
            f.scalar(QStringLiteral("SELECT skills FROM tasks WHERE id = ?"), {plain}).isNull());
    }

    void created_event_carries_skills_as_original()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("with skills");
        o.skills = QStringList{QStringLiteral("blogwatcher")};
        const QString id = f.k->createTask(o).id;
        const QJsonObject p = jsonObject(f.lastEvent(id, EventKind::Created)->payload);
        QCOMPARE(strings(p.value(QStringLiteral("skills"))),
                 QStringList{QStringLiteral("blogwatcher")});
        const QString plain = f.create(QStringLiteral("plain"));
        const QJsonObject q = jsonObject(f.lastEvent(plain, EventKind::Created)->payload);
        QVERIFY(q.contains(QStringLiteral("skills")));
        QVERIFY(q.value(QStringLiteral("skills")).isNull());
    }

    void create_refuses_comma_and_toolset_skills_as_original()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("x");
        o.skills = QStringList{QStringLiteral("a,b")};
        auto e = thrown([&] { f.k->createTask(o); });
        QVERIFY(e && e->message().contains(QStringLiteral("cannot contain comma")));
        o.skills =
            QStringList{QStringLiteral("web"), QStringLiteral("ok"), QStringLiteral("Browser")};
        e = thrown([&] { f.k->createTask(o); });
        QVERIFY(e);
        QVERIFY2(e->message().startsWith(QStringLiteral("'web', 'Browser' are toolset names")),
                 qPrintable(e->message()));
        o.skills = QStringList{QStringLiteral("two words")};
        e = thrown([&] { f.k->createTask(o); });
        QVERIFY(e && e->message().contains(QStringLiteral("whitespace")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 0);
    }

    void edit_clear_skills_as_original()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("x");
        o.assignee = QStringLiteral("coder");
        o.skills = QStringList{QStringLiteral("a")};
        const QString id = f.k->createTask(o).id;
        TaskEdit set;
        set.skills.emplace(QStringList{QStringLiteral("b")});
        f.k->editTask(id, set);
        QCOMPARE(f.task(id).skills, std::optional<QStringList>(QStringList{QStringLiteral("b")}));
        TaskEdit clear;
        clear.skills.emplace(std::nullopt);
        f.k->editTask(id, clear);
        QVERIFY(!f.task(id).skills.has_value());
        const QJsonObject p = jsonObject(f.lastEvent(id, EventKind::Edited)->payload);
        QCOMPARE(p.value(QStringLiteral("skills_cleared")).toBool(), true);
        QCOMPARE(strings(p.value(QStringLiteral("fields"))), QStringList{QStringLiteral("skills")});
    }

    void edit_clear_skills_refuses_running_task_as_original()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("x");
        o.assignee = QStringLiteral("coder");
        o.skills = QStringList{QStringLiteral("a")};
        const QString id = f.k->createTask(o).id;
        f.claim(id);
        const QString before = trace(f, id);
        TaskEdit clear;
        clear.skills.emplace(std::nullopt);
        const auto e = thrown([&] { f.k->editTask(id, clear); });
        QVERIFY(e && e->message().contains(QStringLiteral("cannot clear skills")));
        QCOMPARE(e->kind(), KanbanError::Conflict);
        QCOMPARE(trace(f, id), before);
        QCOMPARE(f.task(id).skills, std::optional<QStringList>(QStringList{QStringLiteral("a")}));
    }

    // --- specify ------------------------------------------------------------

    void specify_moves_triage_to_ready_when_nothing_blocks_as_original()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("rough idea");
        o.triage = true;
        const QString id = f.k->createTask(o).id;
        SpecifyFields s;
        s.title = QStringLiteral("  Write the release notes  ");
        s.body = QStringLiteral("**Goal** notes");
        s.assignee = QStringLiteral("Writer");
        s.author = QStringLiteral("ann");
        QCOMPARE(f.k->specifyTask(id, s), std::optional<QString>(TaskStatus::Ready));
        const Task t = f.task(id);
        QCOMPARE(t.title, QStringLiteral("Write the release notes"));
        QCOMPARE(t.body, QStringLiteral("**Goal** notes"));
        QCOMPARE(t.assignee, QStringLiteral("writer"));
        QCOMPARE(t.status, TaskStatus::Ready);
        const QStringList kinds = f.kinds(id);
        QVERIFY(kinds.indexOf(EventKind::Specified) < kinds.indexOf(EventKind::Promoted));
        QVERIFY(!kinds.contains(EventKind::Commented)); // the specified event records it
        const QJsonObject p = jsonObject(f.lastEvent(id, EventKind::Specified)->payload);
        QCOMPARE(strings(p.value(QStringLiteral("changed_fields"))),
                 (QStringList{QStringLiteral("title"), QStringLiteral("body"),
                              QStringLiteral("assignee")}));
        const QList<Comment> comments = f.k->comments(id);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().author, QStringLiteral("ann"));
        QCOMPARE(comments.first().body,
                 QStringLiteral("Specified — updated title, body, assignee and promoted to todo."));
    }

    void specify_lands_in_todo_while_a_parent_is_open_as_original()
    {
        KernelFixture f;
        const QString parent = f.create(QStringLiteral("parent"));
        CreateOptions o;
        o.title = QStringLiteral("child idea");
        o.triage = true;
        o.parents = {parent};
        const QString id = f.k->createTask(o).id;
        QCOMPARE(f.status(id), TaskStatus::Triage);
        QCOMPARE(f.k->specifyTask(id), std::optional<QString>(TaskStatus::Todo));
        QCOMPARE(f.status(id), TaskStatus::Todo);
        QVERIFY(f.k->completeTask(parent));
        QCOMPARE(f.status(id), TaskStatus::Ready);
    }

    void specify_without_changes_writes_no_comment_as_original()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("same");
        o.triage = true;
        const QString id = f.k->createTask(o).id;
        SpecifyFields s;
        s.title = QStringLiteral("same");
        s.author = QStringLiteral("ann");
        QCOMPARE(f.k->specifyTask(id, s), std::optional<QString>(TaskStatus::Ready));
        QCOMPARE(f.count(QStringLiteral("task_comments"), id), 0);
        QVERIFY(f.lastEvent(id, EventKind::Specified)->payload.isEmpty());
    }

    void specify_refuses_a_task_not_in_triage_as_original()
    {
        KernelFixture f;
        const QString id = f.create(QStringLiteral("already live"));
        const QString before = trace(f, id);
        SpecifyFields s;
        s.title = QStringLiteral("x");
        QVERIFY(!f.k->specifyTask(id, s));
        QCOMPARE(trace(f, id), before);
        QCOMPARE(f.task(id).title, QStringLiteral("already live"));
        QVERIFY(!f.k->specifyTask(QStringLiteral("t_00000000")));
    }

    void specify_blank_title_refused_as_original()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("x");
        o.triage = true;
        const QString id = f.k->createTask(o).id;
        const QString before = trace(f, id);
        SpecifyFields s;
        s.title = QStringLiteral("   ");
        const auto e = thrown([&] { f.k->specifyTask(id, s); });
        QVERIFY(e && e->message() == QStringLiteral("title cannot be blank"));
        QCOMPARE(trace(f, id), before);
    }

    // --- block --------------------------------------------------------------

    void block_from_todo_refused_as_original_data()
    {
        QTest::addColumn<QString>("status");
        for (const QString &s : {TaskStatus::Triage, TaskStatus::Todo, TaskStatus::Review,
                                 TaskStatus::Done, TaskStatus::Blocked, TaskStatus::Archived})
            QTest::newRow(qPrintable(s)) << s;
    }

    void block_from_todo_refused_as_original()
    {
        QFETCH(QString, status);
        KernelFixture f;
        const QString parent = f.create(QStringLiteral("parent"));
        CreateOptions o;
        o.title = QStringLiteral("t");
        o.assignee = QStringLiteral("coder");
        o.triage = status == TaskStatus::Triage;
        if (status == TaskStatus::Todo)
            o.parents = {parent};
        const QString id = f.k->createTask(o).id;
        if (status == TaskStatus::Review) {
            f.claim(id);
            QVERIFY(f.k->requestReview(id, QStringLiteral("look")));
        } else if (status == TaskStatus::Done) {
            QVERIFY(f.k->completeTask(id));
        } else if (status == TaskStatus::Blocked) {
            QVERIFY(f.k->blockTask(id, QStringLiteral("first")));
        } else if (status == TaskStatus::Archived) {
            QVERIFY(f.k->archiveTask(id).ok);
        }
        QCOMPARE(f.status(id), status);
        f.clock.advance(5);
        const QString before = trace(f, id);
        QVERIFY(!f.k->blockTask(id, QStringLiteral("why")));
        QCOMPARE(trace(f, id), before);
    }

    void block_from_running_and_ready_as_original()
    {
        KernelFixture f;
        const QString ready = f.create(QStringLiteral("ready"), QStringLiteral("coder"));
        const QString running = f.create(QStringLiteral("running"), QStringLiteral("coder"));
        f.claim(running);
        QVERIFY(f.k->blockTask(ready));
        QVERIFY(f.k->blockTask(running, QStringLiteral("needs a key")));
        QCOMPARE(f.status(ready), TaskStatus::Blocked);
        QCOMPARE(f.status(running), TaskStatus::Blocked);
    }

    // --- comments written by verbs ----------------------------------------

    void block_reason_writes_comment_and_commented_event_as_original()
    {
        KernelFixture f;
        const QString id = f.create(QStringLiteral("t"), QStringLiteral("coder"));
        QVERIFY(f.k->blockTask(id, QStringLiteral("  needs a key "), {}, QStringLiteral("ann")));
        const QList<Comment> comments = f.k->comments(id);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().body, QStringLiteral("BLOCKED: needs a key"));
        const auto e = f.lastEvent(id, EventKind::Commented);
        QVERIFY(e);
        const QJsonObject p = jsonObject(e->payload);
        QCOMPARE(p.value(QStringLiteral("author")).toString(), QStringLiteral("ann"));
        QCOMPARE(p.value(QStringLiteral("len")).toInt(),
                 QStringLiteral("BLOCKED: needs a key").size());
        // A block without a reason leaves no comment and no commented event.
        const QString other = f.create(QStringLiteral("u"), QStringLiteral("coder"));
        QVERIFY(f.k->blockTask(other));
        QVERIFY(!f.kinds(other).contains(EventKind::Commented));
    }

    void unblock_reason_comment_as_original()
    {
        KernelFixture f;
        const QString id = f.create(QStringLiteral("t"), QStringLiteral("coder"));
        QVERIFY(f.k->blockTask(id));
        QVERIFY(f.k->unblockTask(id, QStringLiteral("key added"), QStringLiteral("ann")));
        QCOMPARE(f.status(id), TaskStatus::Ready);
        QCOMPARE(f.k->comments(id).last().body, QStringLiteral("UNBLOCK: key added"));
        QCOMPARE(f.kinds(id).last(), EventKind::Commented);
        // A refused unblock leaves no comment.
        const QString before = trace(f, id);
        QVERIFY(!f.k->unblockTask(id, QStringLiteral("again"), QStringLiteral("ann")));
        QCOMPARE(trace(f, id), before);
    }

    void request_changes_comment_has_commented_event_as_original()
    {
        KernelFixture f;
        const QString id = f.create(QStringLiteral("t"), QStringLiteral("coder"));
        f.claim(id);
        QVERIFY(f.k->requestReview(id, QStringLiteral("done?")));
        QVERIFY(f.k->requestChanges(id, QStringLiteral("add tests")));
        QCOMPARE(f.k->comments(id).last().body, QStringLiteral("CHANGES REQUESTED: add tests"));
        const QJsonObject p = jsonObject(f.lastEvent(id, EventKind::Commented)->payload);
        QCOMPARE(p.value(QStringLiteral("author")).toString(), QStringLiteral("reviewer"));
    }

    // --- creation order ---------------------------------------------------

    void equal_priority_lists_in_creation_order_as_original()
    {
        // Ids sort against creation order; all in the same second.
        FixedEntropy entropy({0xfffffff0u, 0x0000000au, 0x80000000u, 0x00000001u});
        KernelFixture f(&entropy);
        const QString first = f.create(QStringLiteral("first"), QStringLiteral("coder"));
        const QString second = f.create(QStringLiteral("second"), QStringLiteral("coder"));
        const QString third = f.create(QStringLiteral("third"), QStringLiteral("coder"));
        CreateOptions urgent;
        urgent.title = QStringLiteral("urgent");
        urgent.assignee = QStringLiteral("coder");
        urgent.priority = 5;
        const QString top = f.k->createTask(urgent).id;
        QVERIFY(second < first && second < third); // id order would differ
        const QStringList expected{top, first, second, third};

        QCOMPARE(ids(f.k->listTasks()), expected);
        ListFilter created;
        created.sort = QStringLiteral("created");
        QCOMPARE(ids(f.k->listTasks(created)), (QStringList{first, second, third, top}));
        created.sort = QStringLiteral("created-desc");
        QCOMPARE(ids(f.k->listTasks(created)), (QStringList{top, third, second, first}));

        // The dispatcher spawns in the same order (SPEC §5).
        DispatchKernel dk(*f.board);
        QCOMPARE(ids(dk.spawnCandidates()), expected);

        // The board's columns too.
        TaskTableModel model(f.db(), &f.clock);
        QVERIFY(model.refresh());
        QStringList rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows << model.index(r, 0).data(TaskTableModel::IdRole).toString();
        QCOMPARE(rows, expected);
    }

    void promotion_of_equal_priority_children_in_creation_order_as_original()
    {
        FixedEntropy entropy({0x00000100u, 0xffff0000u, 0x00000002u});
        KernelFixture f(&entropy);
        const QString parent = f.create(QStringLiteral("parent"));
        const QString a = f.create(QStringLiteral("a"), {}, {parent});
        const QString b = f.create(QStringLiteral("b"), {}, {parent});
        QVERIFY(b < a);
        // Mark the parent done without its own recompute, then recompute all.
        Sql::exec(f.db(), QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = ?"),
                  {parent});
        QCOMPARE(f.k->recomputeReady(), 2);
        const auto pa = f.lastEvent(a, EventKind::Promoted);
        const auto pb = f.lastEvent(b, EventKind::Promoted);
        QVERIFY(pa && pb && pa->id < pb->id);
    }

    void json_import_without_create_seq_keeps_creation_order()
    {
        // An export from before migration 5: no create_seq. Equal created_at
        // falls back to id order, after what the board already holds.
        KernelFixture f;
        const auto task = [](const char *id, qint64 created) {
            return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                               {QStringLiteral("title"), QString::fromLatin1(id)},
                               {QStringLiteral("status"), TaskStatus::Ready},
                               {QStringLiteral("created_at"), created},
                               {QStringLiteral("updated_at"), created},
                               {QStringLiteral("workspace_kind"), QStringLiteral("scratch")}};
        };
        QJsonObject early = task("t_00000001", 50);
        early.insert(QStringLiteral("skills"), QStringLiteral("[\"x\"]"));
        const QJsonObject root{
            {QStringLiteral("format"), QStringLiteral("qkanban-board")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("tasks"),
             QJsonArray{task("t_000000bb", 100), task("t_000000aa", 100), early}}};
        const QByteArray json = QJsonDocument(root).toJson();
        BoardIo::importJson(*f.board, json);
        QCOMPARE(f.task(QStringLiteral("t_00000001")).createSeq, 1);
        QCOMPARE(f.task(QStringLiteral("t_000000aa")).createSeq, 2);
        QCOMPARE(f.task(QStringLiteral("t_000000bb")).createSeq, 3);
        QCOMPARE(f.task(QStringLiteral("t_00000001")).skills,
                 std::optional<QStringList>(QStringList{QStringLiteral("x")}));
        // A task created after the import comes after them.
        const QString next = f.create(QStringLiteral("next"));
        QCOMPARE(f.task(next).createSeq, 4);
    }

    void export_import_round_trip_keeps_skills_create_seq_and_step_key()
    {
        FixedEntropy entropy({0xfu, 0x1u});
        KernelFixture f(&entropy);
        CreateOptions o;
        o.title = QStringLiteral("x");
        o.assignee = QStringLiteral("coder");
        o.skills = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        const QString a = f.k->createTask(o).id;
        const QString b = f.create(QStringLiteral("y"), QStringLiteral("coder"));
        f.claim(a);
        Sql::exec(f.db(),
                  QStringLiteral("UPDATE task_runs SET step_key = 'review' WHERE task_id = ?"),
                  {a});
        const QByteArray json = BoardIo::exportJson(*f.board);

        KernelFixture g;
        BoardIo::importJson(*g.board, json);
        QCOMPARE(g.task(a).skills, f.task(a).skills);
        QCOMPARE(g.task(a).createSeq, 1);
        QCOMPARE(g.task(b).createSeq, 2);
        QCOMPARE(g.k->runs(a).first().stepKey, QStringLiteral("review"));
        QCOMPARE(ids(g.k->listTasks()), (QStringList{a, b}));
    }
};

QTEST_GUILESS_MAIN(TstOriginalVerbs)
#include "tst_originalverbs.moc"
