#pragma once

#include <QString>

// What a write could touch on disk, and a second connection that keeps a
// verb's process from being the last one (whose close would checkpoint).
// Shared by tests/readonly and tests/badinput.
namespace BoardFiles {
// The database bytes, the WAL's size and bytes, and the names of every
// file in the board folder (logs, workspaces, locks) except -shm/-wal.
// An absent file reads as "absent".
QString diskState(const QString &dbPath);
} // namespace BoardFiles

// A plain connection of the test process to a board (it never writes
// unless told to).
class DbHolder
{
public:
    explicit DbHolder(const QString &path);
    ~DbHolder();
    DbHolder(const DbHolder &) = delete;
    DbHolder &operator=(const DbHolder &) = delete;

    bool isOpen() const { return m_ok; }
    bool exec(const QString &sql);
    // Changes whenever another connection commits.
    qint64 dataVersion();

private:
    QString m_name;
    bool m_ok = false;
};
