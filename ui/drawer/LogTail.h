#pragma once

#include <QString>

// Reading a worker log without reading all of it. Plain file I/O, safe in
// a worker thread.
namespace LogTail {
struct Chunk
{
    bool exists = false;
    QString text;
    qint64 fileSize = 0;    // at the time of reading
    qint64 from = 0;        // offset of text's first byte
    qint64 end = 0;         // offset just past text: where to read on
    bool truncated = false; // the tail skipped the start of the file
};

// The last maxBytes bytes, starting at a line boundary (unless the tail
// has no newline at all).
Chunk tail(const QString &path, qint64 maxBytes);
// Bytes [from, file end), at most maxBytes.
Chunk range(const QString &path, qint64 from, qint64 maxBytes);
} // namespace LogTail
