#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

// Worker logs: <board dir>/logs/<task_id>.log (0600, folder 0700).
namespace WorkerLog {
inline constexpr qint64 kRotateBytes = 2 * 1024 * 1024;

// Called when a spawn opens the log: over maxBytes the log becomes
// <log>.1 (one generation, the older one is dropped). Creates the folder
// (0700) and the file (0600). Returns true when it rotated. An empty
// path (an id that names no file of the board) does nothing; a symlink
// in place of the log is removed, never followed.
bool prepareForSpawn(const QString &logPath, qint64 maxBytes = kRotateBytes);

struct Content
{
    bool exists = false;
    qint64 sizeBytes = 0;
    QByteArray bytes;       // what to show
    bool truncated = false; // a tail that left something out
    qint64 end = 0;         // offset just past bytes: where to read on
};

// The log, or its last tailBytes. A tail drops the partial first line,
// except when the window holds no newline at all (one giant line).
Content read(const QString &logPath, std::optional<qint64> tailBytes = std::nullopt);

// Following a log: bytes [from, file end), at most maxBytes, cut after
// the last newline so a line being written (or a multi-byte character) is
// never split. Plain file I/O, safe in a worker thread.
Content readFrom(const QString &logPath, qint64 from, qint64 maxBytes);

// The tail rule on its own: `window` is the last bytes of a longer file.
QByteArray dropPartialFirstLine(const QByteArray &window);

// Deletes log files (and rotated ones) in logsDir older than the cutoff
// (by mtime), except those of the tasks in keepTaskIds (tasks with an
// open run: their worker may still be writing). Returns how many went.
int gcOld(const QString &logsDir, qint64 olderThanSeconds, qint64 nowEpoch,
          const QSet<QString> &keepTaskIds = {});
} // namespace WorkerLog
