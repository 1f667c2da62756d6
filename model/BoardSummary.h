#pragma once

#include "model/Board.h"

#include <QHash>
#include <QStringList>

// Per-task counts for a whole board in a few grouped queries, so a board
// view never runs one query per card.
struct TaskCounts
{
    int parents = 0;
    int openParents = 0; // parents not done/archived: "waiting on N"
    int children = 0;
    int comments = 0;
};

namespace BoardSummary {
QHash<QString, TaskCounts> counts(Board &board);
QStringList tenants(Board &board);   // distinct, non-archived tasks
QStringList assignees(Board &board); // distinct, non-archived tasks
} // namespace BoardSummary
