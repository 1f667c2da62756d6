#pragma once

#include "model/Types.h"

#include <QStringList>

// The events a subscription is told of: the Notifier's, and what the
// daemon looks for before it starts its delivery process (header only, so
// the daemon links no Qt Network for it).
namespace NotifyKinds {

inline const QStringList &all()
{
    static const QStringList kinds{EventKind::Completed, EventKind::Blocked, EventKind::GaveUp,
                                   EventKind::Crashed};
    return kinds;
}

} // namespace NotifyKinds
