#pragma once

#include "model/BoardPaths.h"

#include <QString>

// One dispatcher per board per host: an flock on <board dir>/dispatcher.lock
// (for a pinned database: <db>.dispatcher.lock) that holds the owner's pid.
// The kernel drops the lock when the process dies, however it dies.
class BoardLock
{
public:
    explicit BoardLock(const QString &path);
    ~BoardLock();
    BoardLock(const BoardLock &) = delete;
    BoardLock &operator=(const BoardLock &) = delete;

    static QString pathFor(const BoardLocation &location);

    // Non-blocking. False when another process holds it (see holderPid()).
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    QString path() const { return m_path; }

    // The pid written by the holder; 0 when the file is not locked.
    static qint64 holderPid(const QString &path);

private:
    QString m_path;
    int m_fd = -1;
};
