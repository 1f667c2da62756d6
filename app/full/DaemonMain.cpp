// qkanban-daemon: the daemon verb alone, with Qt Core and Qt Sql only. The
// lean `qkanban` re-executes it for `daemon` (same pid); an idle daemon
// maps no Qt Network, D-Bus or HttpServer (its notifications go through
// qkanban-services, started while something waits: NotifyLauncher).
#include "app/FullBinary.h"
#include "app/HeadlessMain.h"
#include "app/ServiceVerbs.h"
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
    // The lean qkanban handled the top level (--help, --version, errors:
    // TopLevel, which would link every verb) before it re-executed this
    // one with --headless.
    QStringList args;
    if (!HeadlessMain::decodeArguments(argc, argv, args))
        return 2;
    if (!HeadlessMain::takeHeadless(args)) {
        std::fputs("qkanban-daemon runs the daemon: qkanban --headless daemon\n", stderr);
        return 2;
    }
    ServiceVerbs::install({nullptr, &ServiceCommands::daemon});
    FullBinary::preferLeanForWorkers();
    return HeadlessMain::run(argc, argv, args, registerDaemonVerb);
}
