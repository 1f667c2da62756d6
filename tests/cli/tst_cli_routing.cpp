// End-to-end: the original's routing verbs, reassign and promote, through
// the real qkanban binary. Messages and JSON shapes are the original's.
#include "tests/cli/CliHarness.h"

#include "model/Board.h"
#include "model/Kernel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {

QJsonObject taskOf(const CliHarness &h, const QString &id)
{
    return h.run({QStringLiteral("show"), id, QStringLiteral("--json")})
        .json()
        .object()
        .value(QStringLiteral("task"))
        .toObject();
}

// A person dragged the card back to todo (the board's move): its parents
// are done, and nothing has recomputed since.
void moveBackToTodo(const CliHarness &h, const QString &id)
{
    h.useInThisProcess();
    auto board = Board::openResolved();
    Kernel(*board).moveTask(id, TaskStatus::Todo);
}

} // namespace

class TestCliRouting : public QObject
{
    Q_OBJECT

private slots:
    void reassignPrintsTheOriginalLine()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("route me"),
                                    {QStringLiteral("--assignee"), QStringLiteral("alice")});
        const auto r = h.run({QStringLiteral("reassign"), id, QStringLiteral("bob")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text(), QStringLiteral("Reassigned %1 to bob\n").arg(id));
        QCOMPARE(taskOf(h, id).value(QStringLiteral("assignee")).toString(), QStringLiteral("bob"));
        const auto none = h.run({QStringLiteral("reassign"), id, QStringLiteral("none")});
        QCOMPARE(none.text(), QStringLiteral("Reassigned %1 to (unassigned)\n").arg(id));
    }

    void reassignOfARunningTaskNeedsReclaimAsTheOriginal()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("busy"),
                                    {QStringLiteral("--assignee"), QStringLiteral("alice")});
        QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
        const QByteArray before = h.snapshot();
        const auto refused = h.run({QStringLiteral("reassign"), id, QStringLiteral("bob")});
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY(refused.errText().contains(QStringLiteral("--reclaim")));
        QCOMPARE(h.snapshot(), before);

        const auto r = h.run({QStringLiteral("reassign"), id, QStringLiteral("bob"),
                              QStringLiteral("--reclaim"), QStringLiteral("--reason"),
                              QStringLiteral("alice is away")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text(), QStringLiteral("Reassigned %1 to bob (claim reclaimed)\n").arg(id));
        const QJsonObject t = taskOf(h, id);
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(t.value(QStringLiteral("assignee")).toString(), QStringLiteral("bob"));
        const QJsonArray runs =
            h.run({QStringLiteral("runs"), id, QStringLiteral("--json")}).json().array();
        QCOMPARE(runs.last().toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("alice is away"));
    }

    void reassignOfAnUnknownTaskFailsWithOneLine()
    {
        CliHarness h;
        h.create(QStringLiteral("other"));
        const QByteArray before = h.snapshot();
        const auto r =
            h.run({QStringLiteral("reassign"), QStringLiteral("t_nope"), QStringLiteral("bob")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.errLines(), QStringList{QStringLiteral("qkanban: no such task: t_nope")});
        QCOMPARE(h.snapshot(), before);
    }

    void promoteMovesATodoTaskWhoseParentsAreDone()
    {
        CliHarness h;
        const QString parent = h.create(QStringLiteral("parent"));
        const QString child =
            h.create(QStringLiteral("child"), {QStringLiteral("--parent"), parent});
        QCOMPARE(taskOf(h, child).value(QStringLiteral("status")).toString(),
                 QStringLiteral("todo"));
        // While the parent is open: refused, naming it, and nothing changes.
        const QByteArray before = h.snapshot();
        const auto early = h.run({QStringLiteral("promote"), child});
        QCOMPARE(early.code, 1);
        QCOMPARE(early.errLines(),
                 QStringList{QStringLiteral("qkanban: cannot promote %1: waiting on %2 (ready)")
                                 .arg(child, parent)});
        QCOMPARE(h.snapshot(), before);

        // The parent done: its child is ready at once (recompute), so a
        // promote of it is refused as not todo; a fresh todo task is moved.
        QCOMPARE(h.run({QStringLiteral("complete"), parent}).code, 0);
        QCOMPARE(taskOf(h, child).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ready"));
        const auto notTodo = h.run({QStringLiteral("promote"), child});
        QCOMPARE(notTodo.code, 1);
        QCOMPARE(
            notTodo.errLines(),
            QStringList{
                QStringLiteral("qkanban: cannot promote %1: %1 is ready, not todo").arg(child)});
    }

    void promoteDryRunAndJsonAsTheOriginal()
    {
        CliHarness h;
        const QString a = h.create(QStringLiteral("a"));
        const QString b = h.create(QStringLiteral("b"));
        moveBackToTodo(h, a);
        moveBackToTodo(h, b);
        const auto dry = h.run({QStringLiteral("promote"), a, QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        QCOMPARE(dry.text(), QStringLiteral("Would promote %1 -> ready (dry)\n").arg(a));
        QCOMPARE(taskOf(h, a).value(QStringLiteral("status")).toString(), QStringLiteral("todo"));

        const auto r = h.run({QStringLiteral("promote"), a, QStringLiteral("parent"),
                              QStringLiteral("archived"), QStringLiteral("--ids"), b,
                              QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray arr = r.json().array();
        QCOMPARE(arr.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject o = arr.at(i).toObject();
            QCOMPARE(o.keys().size(), 5);
            QCOMPARE(o.value(QStringLiteral("task_id")).toString(), i == 0 ? a : b);
            QCOMPARE(o.value(QStringLiteral("promoted")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), false);
            QCOMPARE(o.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("parent archived"));
            QVERIFY(o.value(QStringLiteral("error")).isNull());
        }
        for (const QString &id : {a, b})
            QCOMPARE(taskOf(h, id).value(QStringLiteral("status")).toString(),
                     QStringLiteral("ready"));

        // One id: a flat object, here with the refusal; exit 1.
        const auto again = h.run({QStringLiteral("promote"), a, QStringLiteral("--json")});
        QCOMPARE(again.code, 1);
        const QJsonObject o = again.json().object();
        QCOMPARE(o.value(QStringLiteral("promoted")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("error")).toString(),
                 QStringLiteral("%1 is ready, not todo").arg(a));
    }
};

QTEST_GUILESS_MAIN(TestCliRouting)
#include "tst_cli_routing.moc"
