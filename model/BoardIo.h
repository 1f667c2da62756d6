#pragma once

#include "Board.h"

#include <QByteArray>
#include <QString>

// Board export/import as JSON (round-trip exact) and the import of a
// database written by the original Hermes Kanban board.
namespace BoardIo {
struct ImportStats
{
    int tasks = 0;
    int links = 0;
    int comments = 0;
    int events = 0;
    int runs = 0;
    int subscriptions = 0;
};

// Every task, link, comment, event, run and subscription of the board.
QByteArray exportJson(Board &board);
// Into a board that holds no tasks yet; one transaction; throws
// KanbanError (BadInput for malformed JSON, Conflict for a non-empty board).
ImportStats importJson(Board &board, const QByteArray &json);
// Reads a Hermes kanban.db (read-only) into an empty qkanban board.
ImportStats importHermes(Board &board, const QString &hermesDbPath);
} // namespace BoardIo
