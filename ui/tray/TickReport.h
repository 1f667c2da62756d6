#pragma once

#include "dispatcher/DispatchResult.h"
#include "model/WaitReason.h"

#include <QHash>
#include <QString>

// What one tick did, in words, for "Dispatch now" and the dispatcher
// pill: "Started 2, 3 wait for profile writer, 1 waits for the cap".
// reasons: the wait reasons of the board's tasks after the tick (only
// ready tasks are counted; those waiting on parents are not news).
namespace TickReport {
QString text(const DispatchResult &result, const QHash<QString, WaitReason> &reasons);
}
