#include "model/WorkerLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace WorkerLog {

bool prepareForSpawn(const QString &logPath, qint64 maxBytes)
{
    if (logPath.isEmpty())
        return false;
    if (QFileInfo(logPath).isSymLink())
        QFile::remove(logPath); // the link, not its target
    const QFileInfo info(logPath);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        dir.mkpath(QStringLiteral("."));
        QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner);
    }
    bool rotated = false;
    if (info.exists() && info.size() > maxBytes) {
        const QString backup = logPath + QStringLiteral(".1");
        QFile::remove(backup);
        rotated = QFile::rename(logPath, backup);
    }
    QFile f(logPath);
    if (f.open(QIODevice::Append)) {
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return rotated;
}

QByteArray dropPartialFirstLine(const QByteArray &window)
{
    const qsizetype nl = window.indexOf('\n');
    if (nl < 0)
        return window; // one giant line: keep its tail rather than nothing
    return window.mid(nl + 1);
}

Content read(const QString &logPath, std::optional<qint64> tailBytes)
{
    Content out;
    QFile f(logPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    out.exists = true;
    out.sizeBytes = f.size();
    out.end = out.sizeBytes;
    if (!tailBytes || *tailBytes >= out.sizeBytes) {
        out.bytes = f.readAll();
        out.end = out.bytes.size(); // it may have grown since size()
        return out;
    }
    const qint64 want = qMax<qint64>(0, *tailBytes);
    // One byte more: when it is a newline, the window starts on a whole line.
    f.seek(out.sizeBytes - want - 1);
    const QByteArray window = f.read(want + 1);
    out.bytes = window.startsWith('\n') ? window.mid(1) : dropPartialFirstLine(window.mid(1));
    out.truncated = true;
    return out;
}

Content readFrom(const QString &logPath, qint64 from, qint64 maxBytes)
{
    Content out;
    QFile f(logPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    out.exists = true;
    out.sizeBytes = f.size();
    const qint64 start = qBound<qint64>(0, from, out.sizeBytes);
    f.seek(start);
    out.bytes = f.read(qMin(qMax<qint64>(0, maxBytes), out.sizeBytes - start));
    const qsizetype nl = out.bytes.lastIndexOf('\n');
    out.bytes.truncate(nl + 1); // nothing when no line is complete yet
    out.end = start + out.bytes.size();
    return out;
}

int gcOld(const QString &logsDir, qint64 olderThanSeconds, qint64 nowEpoch,
          const QSet<QString> &keepTaskIds)
{
    const QDir dir(logsDir);
    if (!dir.exists())
        return 0;
    const qint64 cutoff = nowEpoch - olderThanSeconds;
    int removed = 0;
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*.log"), QStringLiteral("*.log.*")}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &fi : files) {
        const QString name = fi.fileName();
        if (keepTaskIds.contains(name.left(name.lastIndexOf(QStringLiteral(".log")))))
            continue;
        if (fi.lastModified().toSecsSinceEpoch() < cutoff && QFile::remove(fi.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace WorkerLog
