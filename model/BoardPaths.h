#pragma once

#include <QString>
#include <QStringList>

// Where one board keeps its files. With a pinned database (QKANBAN_DB or
// --db) the board folder is the folder that holds the database file.
struct BoardLocation
{
    QString root;     // qkanban root (QKANBAN_HOME or XDG data dir)
    QString slug;     // board slug, "default" unless chosen
    QString dbPath;   // SQLite file (or a postgresql:// URL)
    QString boardDir; // folder of logs/ and workspaces/

    QString logsDir() const;
    QString workspacesDir() const;
    // <logs>/<task id>.log and <workspaces>/<task id>: "" when the id
    // cannot name a file inside its folder (BoardPaths::childPath).
    QString logPath(const QString &taskId) const;
    QString workspacePath(const QString &taskId) const;
    bool isPinned = false; // dbPath came from --db or QKANBAN_DB
};

namespace BoardPaths {
QString root();
QString configPath();
bool isValidSlug(const QString &slug);
QString slugError(const QString &slug); // empty when valid
QString boardDir(const QString &root, const QString &slug);
QString dbPathFor(const QString &root, const QString &slug);
bool boardExists(const QString &root, const QString &slug);
QStringList listBoards(const QString &root); // "default" first
QString currentBoard(const QString &root);   // falls back to "default"
void setCurrentBoard(const QString &root, const QString &slug);

// Resolution, highest first: dbArg, QKANBAN_DB, boardArg, QKANBAN_BOARD,
// the current-board pointer, "default". Throws KanbanError.
// folder/name when name is one plain file name (not empty, ".", "..",
// no '/', no NUL, at most 255 bytes) and the cleaned result lies strictly
// inside the cleaned folder; "" otherwise. Every path built from a task
// id goes through it, so a hostile id in the database cannot escape.
QString childPath(const QString &folder, const QString &name);

BoardLocation resolve(const QString &boardArg = {}, const QString &dbArg = {});
} // namespace BoardPaths
