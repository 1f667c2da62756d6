#include "ui/drawer/LogTail.h"

#include <QFile>

namespace LogTail {

Chunk tail(const QString &path, qint64 maxBytes)
{
    Chunk c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    c.exists = true;
    c.fileSize = f.size();
    c.from = qMax<qint64>(0, c.fileSize - maxBytes);
    c.truncated = c.from > 0;
    f.seek(c.from);
    QByteArray data = f.read(c.fileSize - c.from);
    if (c.truncated) {
        const qsizetype nl = data.indexOf('\n');
        if (nl >= 0 && nl + 1 < data.size()) {
            data.remove(0, nl + 1);
            c.from += nl + 1;
        }
    }
    c.end = c.fileSize;
    c.text = QString::fromUtf8(data);
    return c;
}

Chunk range(const QString &path, qint64 from, qint64 maxBytes)
{
    Chunk c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    c.exists = true;
    c.fileSize = f.size();
    c.from = qBound<qint64>(0, from, c.fileSize);
    f.seek(c.from);
    // Stop at the last complete line, so a multi-byte character or a line
    // being written is never split.
    QByteArray data = f.read(qMin(maxBytes, c.fileSize - c.from));
    const qsizetype nl = data.lastIndexOf('\n');
    if (nl >= 0)
        data.truncate(nl + 1);
    else
        data.clear();
    c.end = c.from + data.size();
    c.text = QString::fromUtf8(data);
    return c;
}

} // namespace LogTail
