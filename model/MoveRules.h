#pragma once

#include <QList>
#include <QString>

class Kernel;

// Whether the board's "move to column" (Kernel::moveTask) would be
// refused, found without writing, so the board can say why before it asks
// for a confirmation and while a card is dragged. Refusals are kinds with
// their facts (titles, not ids): the board words them.
struct MoveCheck
{
    enum Refusal {
        Allowed,
        NoSuchTask,
        UnknownStatus,
        ToRunning,        // only the dispatcher starts tasks
        WaitingOnParents, // ready, review or done with open parents
        NotCompletable,   // done from archived
        NotBlockable,     // blocked only from ready or running
        KeyTaken,         // restoring: its idempotency key is used again
        ReviewRun,        // a review run is approved or sent back, not moved
    };
    struct Parent
    {
        QString id;
        QString title;
        QString status;
    };

    Refusal refusal = Allowed;
    QString id;
    QString title;
    QString from;
    QString to;
    QList<Parent> openParents; // WaitingOnParents
    QString keyHolderTitle;    // KeyTaken

    bool allowed() const { return refusal == Allowed; }
};

namespace MoveRules {
// Read-only: the same rules as Kernel::moveTask (tests/model/tst_move checks
// that they agree on every transition).
MoveCheck check(Kernel &kernel, const QString &id, const QString &toStatus);
} // namespace MoveRules
