// qkanban-daemon: the daemon verb alone, with Qt Core and Qt Sql only. The
// lean `qkanban` re-executes it for `daemon` (same pid); an idle daemon
// maps no Qt Network, D-Bus or HttpServer (its notifications go through
// qkanban-services, started while something waits: NotifyLauncher).
#include "app/FullBinary.h"
#include "app/HeadlessMain.h"
#include "app/ServiceVerbs.h"
#include "app/TopLevel.h"
#include "app/VerbTable.h"
#include "app/full/ServiceCommands.h"

#include <cstdio>

namespace {

void registerDaemonVerb(VerbTable &table)
{
    table.add(ServiceVerbs::daemonVerb());
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    if (!HeadlessMain::decodeArguments(argc, argv, args))
        return 2;
    const TopLevel::Parsed parsed = TopLevel::parse(args);
    if (const int code = TopLevel::handle(parsed); code >= 0)
        return code;
    ServiceVerbs::install({nullptr, &ServiceCommands::daemon});
    FullBinary::preferLeanForWorkers();
    if (!HeadlessMain::takeHeadless(args)) {
        std::fputs("qkanban-daemon runs the daemon: qkanban --headless daemon\n", stderr);
        return 2;
    }
    return HeadlessMain::run(argc, argv, args, registerDaemonVerb);
}
