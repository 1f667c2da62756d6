// NotifyChild's command line, shared by the daemon (which starts it) and
// the services binaries (which are it).
#include "app/full/NotifyChild.h"

namespace {

const QString kFlag = QStringLiteral("--deliver-notifications");

} // namespace

QStringList NotifyChild::arguments(const BoardLocation &location, qint64 parentPid, bool verbose)
{
    QStringList args{kFlag,
                     QString::number(parentPid),
                     location.root,
                     location.slug,
                     location.dbPath,
                     location.boardDir,
                     location.isPinned ? QStringLiteral("1") : QStringLiteral("0")};
    if (verbose)
        args << QStringLiteral("-v");
    return args;
}

bool NotifyChild::isChild(const QStringList &args)
{
    return !args.isEmpty() && args.first() == kFlag;
}
