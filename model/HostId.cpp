#include "model/HostId.h"

#include <QSysInfo>

#include <cstdio>
#include <cstdlib>

namespace {

QString machineName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

QString resolve()
{
    const QString set = qEnvironmentVariable("QKANBAN_HOST");
    if (set.isEmpty())
        return machineName();
    if (const QString why = HostId::problem(set); !why.isEmpty()) {
        // A host id shared by mistake would let dispatchers trust each
        // other's PIDs: refuse to run rather than guess.
        std::fprintf(stderr, "qkanban: QKANBAN_HOST: %s\n", qPrintable(why));
        std::exit(1);
    }
    return set;
}

} // namespace

namespace HostId {

QString current()
{
    static const QString id = resolve();
    return id;
}

QString problem(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return QStringLiteral("a host id is 1 to 64 characters long");
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
        if (!ok)
            return QStringLiteral("a host id has only letters, digits, '.', '-' and '_'");
    }
    return {};
}

bool isOverridden()
{
    return current() != machineName();
}

} // namespace HostId
