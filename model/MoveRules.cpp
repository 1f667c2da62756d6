// The rules of the board's moves, checked without writing.
#include "model/MoveRules.h"

#include "model/Kernel.h"
#include "model/Sql.h"

MoveCheck MoveRules::check(Kernel &k, const QString &id, const QString &to)
{
    MoveCheck c;
    c.id = id;
    c.to = to;
    if (!TaskStatus::isValid(to)) {
        c.refusal = MoveCheck::UnknownStatus;
        return c;
    }
    const auto t = k.task(id);
    if (!t) {
        c.refusal = MoveCheck::NoSuchTask;
        return c;
    }
    c.title = t->title;
    c.from = t->status;
    if (t->status == to)
        return c;
    const auto refuse = [&c](MoveCheck::Refusal r) {
        c.refusal = r;
        return c;
    };
    const auto waiting = [&]() -> bool {
        for (const auto &p : k.unfinishedParents(id)) {
            const auto parent = k.task(p.first);
            c.openParents << MoveCheck::Parent{p.first, parent ? parent->title : p.first, p.second};
        }
        return !c.openParents.isEmpty();
    };
    if (to == TaskStatus::Running)
        return refuse(MoveCheck::ToRunning);
    if (to == TaskStatus::Done) {
        if (t->status == TaskStatus::Archived)
            return refuse(MoveCheck::NotCompletable);
        return waiting() ? refuse(MoveCheck::WaitingOnParents) : c;
    }
    if (to == TaskStatus::Archived)
        return c;
    if (to == TaskStatus::Blocked) {
        if (t->status != TaskStatus::Running && t->status != TaskStatus::Ready)
            return refuse(MoveCheck::NotBlockable);
        return c;
    }
    if (to == TaskStatus::Review && t->status == TaskStatus::Running &&
        k.isReviewRun(t->currentRunId))
        return refuse(MoveCheck::ReviewRun);
    if ((to == TaskStatus::Ready || to == TaskStatus::Review) && waiting())
        return refuse(MoveCheck::WaitingOnParents);
    if (t->status == TaskStatus::Archived && !t->idempotencyKey.isEmpty()) {
        const QVariant holder = Sql::scalar(
            k.board().db(),
            QStringLiteral("SELECT title FROM tasks WHERE idempotency_key = ? AND status <> "
                           "'archived' LIMIT 1"),
            {t->idempotencyKey});
        if (holder.isValid()) {
            c.keyHolderTitle = holder.toString();
            return refuse(MoveCheck::KeyTaken);
        }
    }
    return c;
}
