// Why a ready task does not start (issue 14, defect 8): one sentence per
// reason, in the order the dispatcher checks them.
#include "tests/model/KernelFixture.h"

#include "model/Sql.h"
#include "model/Types.h"
#include "model/WaitReason.h"
#include "model/WaitReasonRows.h"

#include <QDateTime>
#include <QtTest>

class TestWaitReason : public QObject
{
    Q_OBJECT

    static Task ready(const QString &assignee)
    {
        Task t;
        t.id = QStringLiteral("t_1");
        t.status = TaskStatus::Ready;
        t.assignee = assignee;
        return t;
    }

    static WaitContext withWriter()
    {
        WaitContext c;
        c.now = 1'800'000'000;
        c.profiles.insert(QStringLiteral("writer"), {});
        return c;
    }

private slots:
    void eachReasonSaysWhy()
    {
        WaitContext c = withWriter();
        QCOMPARE(WaitReason::of(ready(QStringLiteral("writer")), c).kind, WaitReason::None);
        QCOMPARE(WaitReason::of(ready(QStringLiteral("writer")), c).text(), QString());

        QCOMPARE(WaitReason::of(ready(QStringLiteral("coder")), c).text(),
                 QStringLiteral("No profile named coder"));
        QCOMPARE(WaitReason::of(ready(QString()), c).text(), QStringLiteral("No assignee"));

        c.profiles[QStringLiteral("writer")].problem = QStringLiteral("no such program: wr");
        const WaitReason missing = WaitReason::of(ready(QStringLiteral("writer")), c);
        QCOMPARE(missing.kind, WaitReason::CommandMissing);
        QCOMPARE(missing.text(), QStringLiteral("Command of writer is missing"));
        QCOMPARE(missing.detail, QStringLiteral("no such program: wr"));
        c.profiles[QStringLiteral("writer")].problem.clear();

        c.paused.insert(QStringLiteral("writer"), QStringLiteral("the last 5 attempts failed"));
        QCOMPARE(WaitReason::of(ready(QStringLiteral("writer")), c).text(),
                 QStringLiteral("Profile writer is paused"));
        c.paused.clear();

        c.globalCap = 2;
        c.running = 2;
        QCOMPARE(WaitReason::of(ready(QStringLiteral("writer")), c).text(),
                 QStringLiteral("Cap of 2 running reached"));
        c.running = 1;
        c.profiles[QStringLiteral("writer")].cap = 1;
        c.runningBy.insert(QStringLiteral("writer"), 1);
        QCOMPARE(WaitReason::of(ready(QStringLiteral("writer")), c).text(),
                 QStringLiteral("writer runs its cap of 1"));

        // A backoff comes first: the time of the next attempt, local.
        Task t = ready(QStringLiteral("coder"));
        t.cooldownUntil = c.now + 600;
        const QString at =
            QDateTime::fromSecsSinceEpoch(c.now + 600).toString(QStringLiteral("HH:mm"));
        QCOMPARE(WaitReason::of(t, c).text(), QStringLiteral("Retry after ") + at);
        t.cooldownUntil = c.now - 1; // over
        QCOMPARE(WaitReason::of(t, c).kind, WaitReason::NoProfile);

        // A running task waits for nothing.
        t.status = TaskStatus::Running;
        QCOMPARE(WaitReason::of(t, c).kind, WaitReason::None);
    }

    // On a board: ready tasks by their profile, todo tasks by the titles
    // of their open parents.
    void forBoardNamesParentsByTitle()
    {
        KernelFixture f;
        const QString design =
            f.create(QStringLiteral("Design the schema"), QStringLiteral("writer"));
        const QString review = f.create(QStringLiteral("Review it"), QStringLiteral("coder"));
        const QString build =
            f.create(QStringLiteral("Build it"), QStringLiteral("writer"), {design, review});
        const QHash<QString, WaitReason> reasons = WaitReason::forBoard(*f.k, withWriter());
        QVERIFY(!reasons.contains(design)); // it can start
        QCOMPARE(reasons.value(review).kind, WaitReason::NoProfile);
        QCOMPARE(reasons.value(build).kind, WaitReason::Parents);
        QCOMPARE(reasons.value(build).text(),
                 QStringLiteral("Waiting on Design the schema, Review it"));
        // The desktop board's two-statement read says the same.
        f.k->moveTask(review, TaskStatus::Done);
        const QString backoff = f.create(QStringLiteral("Later"), QStringLiteral("writer"));
        Sql::update(f.db(), QStringLiteral("UPDATE tasks SET cooldown_until = ? WHERE id = ?"),
                    {withWriter().now + 600, backoff});
        const QHash<QString, WaitReason> all = WaitReason::forBoard(*f.k, withWriter());
        const QHash<QString, WaitReason> rows = WaitReasonRows::forBoard(f.db(), withWriter());
        QCOMPARE(rows.keys().size(), all.size());
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            QCOMPARE(rows.value(it.key()).kind, it->kind);
            QCOMPARE(rows.value(it.key()).text(), it->text());
        }
        QCOMPARE(rows.value(build).text(), QStringLiteral("Waiting on Design the schema"));
        QCOMPARE(rows.value(backoff).kind, WaitReason::Backoff);
    }
};

QTEST_MAIN(TestWaitReason)
#include "tst_waitreason.moc"
