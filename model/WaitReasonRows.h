#pragma once

#include "model/WaitReason.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// WaitReason::forBoard in two statements: the ready and todo tasks (only
// the columns a reason reads) and the titles of their open parents, rather
// than whole tasks and two statements per todo task. Same answer; the
// desktop board's dispatcher thread runs it after every change.
namespace WaitReasonRows {
QHash<QString, WaitReason> forBoard(QSqlDatabase &db, const WaitContext &context);
}
