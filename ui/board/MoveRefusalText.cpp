#include "ui/board/MoveRefusalText.h"

#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/board/StatusText.h"

#include <QStringList>

namespace {
constexpr int kTitleMax = 60;
}

QString MoveRefusalText::title(const QString &title)
{
    QString t = VisibleText::oneLine(title);
    if (t.size() > kTitleMax)
        t = t.left(kTitleMax - 1) + QChar(0x2026);
    return tr("“%1”").arg(t);
}

QString MoveRefusalText::text(const MoveCheck &c)
{
    const QString task = title(c.title);
    const QString to = StatusText::name(c.to);
    switch (c.refusal) {
    case MoveCheck::Allowed:
        return {};
    case MoveCheck::NoSuchTask:
        return tr("That task no longer exists.");
    case MoveCheck::UnknownStatus:
        return tr("There is no column %1.").arg(c.to);
    case MoveCheck::ToRunning:
        return tr("%1 cannot be moved to %2: only the dispatcher starts tasks.").arg(task, to);
    case MoveCheck::WaitingOnParents: {
        QStringList parents;
        for (const MoveCheck::Parent &p : c.openParents)
            parents << tr("%1 (%2)").arg(title(p.title), StatusText::name(p.status));
        return tr("%1 cannot be moved to %2: it waits on %3. Finish or unlink them first.")
            .arg(task, to, parents.join(tr(", ")));
    }
    case MoveCheck::NotCompletable:
        return tr("%1 cannot be completed from %2.").arg(task, StatusText::name(c.from));
    case MoveCheck::NotBlockable:
        return tr("%1 cannot be blocked from %2: only ready or running tasks can.")
            .arg(task, StatusText::name(c.from));
    case MoveCheck::KeyTaken:
        return tr("%1 cannot be restored: %2 now uses its idempotency key.")
            .arg(task, title(c.keyHolderTitle));
    case MoveCheck::ReviewRun:
        return tr("%1 is being reviewed: its reviewer approves it or sends it back.").arg(task);
    }
    return {};
}
