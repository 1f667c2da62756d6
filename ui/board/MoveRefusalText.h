#pragma once

#include "model/MoveRules.h"

#include <QCoreApplication>
#include <QString>

// Why a move is refused, in the board's words: tasks by title (shown
// safely), statuses by their column names, translated, and never a shell
// command.
class MoveRefusalText
{
    Q_DECLARE_TR_FUNCTIONS(MoveRefusalText)
public:
    static QString text(const MoveCheck &check);
    // A task's title for a message: one line, quoted, shortened.
    static QString title(const QString &title);
};
