#include "WorkerLogGc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace WorkerLogGc {

int removeOlderThan(const BoardLocation &location, qint64 olderThanSeconds, qint64 now)
{
    const QDir dir(location.logsDir());
    if (!dir.exists())
        return 0;
    const qint64 cutoff = now - olderThanSeconds;
    int removed = 0;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.log"), QStringLiteral("*.log.*")},
                                                  QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &fi : files) {
        if (fi.lastModified().toSecsSinceEpoch() < cutoff && QFile::remove(fi.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace WorkerLogGc
