#pragma once

#include "model/Board.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

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
    // What an import changed or left out (mapped statuses, skipped rows).
    QStringList warnings;
};

// Every task, link, comment, event, run and subscription of the board, in
// id order: {"format": "qkanban-board", "version": 1, "board",
// "exported_at", "tasks", "links", "comments", "events", "runs",
// "notify_subs", "sequences"}. Rows carry every column under its SQL name.
QByteArray exportJson(Board &board);
// Into a board that holds no tasks yet; one transaction; throws
// KanbanError (BadInput for malformed JSON, Conflict for a non-empty board).
ImportStats importJson(Board &board, const QByteArray &json);
// Reads a Hermes kanban.db (read-only) into an empty qkanban board, in one
// transaction. Throws BadInput for a file that is not a readable Hermes
// board, Conflict for a non-empty board.
ImportStats importHermes(Board &board, const QString &hermesDbPath);
} // namespace BoardIo
