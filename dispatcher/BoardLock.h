#pragma once

#include "model/BoardPaths.h"

#include <QString>

// One dispatcher per board per host (HostId: $QKANBAN_HOST or the machine
// name; an id set by $QKANBAN_HOST is part of both lock names, so that one
// machine can stand for several hosts). The board is the database
// file, however it is named: a slug, --db, a symlink to the file or to a
// folder on its path, a hard link. Two flocks are taken, and a second
// dispatcher is refused when either is held:
//  - the path lock, beside the file under its real name:
//    <canonical db>.dispatcher.lock (symlinks resolved). It outlives a
//    restore that replaces the file under the same name.
//  - the identity lock, named by the file's device and inode:
//    /tmp/qkanban-<uid>/dispatcher-<dev>-<ino>.lock (a per-user folder
//    that depends on no environment variable). It catches hard links.
//    When that folder is unusable, the path lock alone is taken.
// Each holds the owner's pid. The kernel drops a flock when the process
// dies, however it dies. PostgreSQL boards lock <board dir>/dispatcher.lock
// (per QKANBAN_HOME); the Dispatcher also takes the board's host lock in
// the database (DispatcherStatus::lockHost), so the same host id is
// refused on any machine and with any home.
class BoardLock
{
public:
    explicit BoardLock(const BoardLocation &location);
    ~BoardLock();
    BoardLock(const BoardLock &) = delete;
    BoardLock &operator=(const BoardLock &) = delete;

    // The path lock's file (for messages).
    static QString pathFor(const BoardLocation &location);
    // The identity lock's file, "" when the database does not exist or
    // the per-user folder is unusable.
    static QString identityPathFor(const BoardLocation &location);

    // Non-blocking. False when another process holds either lock (see
    // holderPid()), or the path lock cannot be created.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_pathFd >= 0; }
    QString path() const { return m_path; }

    // The pid written by the holder of either lock; 0 when neither is
    // held, -1 when held but the pid is unknown.
    static qint64 holderPid(const BoardLocation &location);
    // The file of the lock another process holds (for messages): the path
    // lock's, or the identity lock's when only that one is held.
    static QString heldPathFor(const BoardLocation &location);

private:
    static QString identityPath(const BoardLocation &location, bool create);

    BoardLocation m_location;
    QString m_path;
    QString m_identityPath;
    int m_pathFd = -1;
    int m_identityFd = -1;
};
