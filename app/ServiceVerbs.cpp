#include "app/ServiceVerbs.h"

#include "app/DispatchArgs.h"
#include "app/FullBinary.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "model/KanbanError.h"

namespace {

ServiceVerbs::Handlers g_handlers;
char **g_forwardArgv = nullptr;

// The installed body, else qkanban-full in this process's place.
int run(ServiceVerbs::Handler handler, const QString &name, VerbContext &ctx)
{
    if (handler)
        return handler(ctx);
    if (!ctx.isLive())
        throw KanbanError(
            QStringLiteral("%1 runs in a terminal or as a service: qkanban --headless %1")
                .arg(name));
    if (!g_forwardArgv)
        throw KanbanError(
            QStringLiteral("this program has no network services; run: qkanban --headless %1")
                .arg(name));
    throw KanbanError(name == QLatin1String("daemon") ? FullBinary::execDaemon(g_forwardArgv)
                                                      : FullBinary::execServices(g_forwardArgv));
}

} // namespace

void ServiceVerbs::install(const Handlers &handlers)
{
    g_handlers = handlers;
}

void ServiceVerbs::forwardWith(char **argv)
{
    g_forwardArgv = argv;
}

Verb ServiceVerbs::daemonVerb()
{
    ArgSpec spec(QStringLiteral(
        "Run the dispatcher until SIGINT/SIGTERM: a tick every --interval seconds and "
        "within a second of any change to the board."));
    spec.option(QStringLiteral("--interval"),
                QStringLiteral("Seconds between dispatch ticks (default: 60)"))
        .number();
    withDispatchLimits(spec)
        .option(QStringLiteral("--pidfile"), QStringLiteral("Write the daemon's PID to this file"),
                QStringLiteral("PATH"))
        .flag(QStringLiteral("--verbose,-v"),
              QStringLiteral("Log each tick that did work to stdout"))
        .flag(QStringLiteral("--all-boards"),
              QStringLiteral("Dispatch every board of the user, each with its own lock; boards "
                             "created later join within seconds"));
    Verb daemon{
        QStringLiteral("daemon"),
        {},
        QStringLiteral("Run the dispatcher continuously until SIGINT/SIGTERM"),
        spec,
        [](VerbContext &ctx) { return run(g_handlers.daemon, QStringLiteral("daemon"), ctx); }};
    daemon.needsBoard = false;
    return daemon;
}

Verb ServiceVerbs::serveVerb()
{
    ArgSpec spec(QStringLiteral("Serve the local REST API (bearer token, loopback by default)."));
    spec.option(QStringLiteral("--bind"),
                QStringLiteral("address to listen on (default 127.0.0.1)"), QStringLiteral("ADDR"))
        .option(QStringLiteral("--port"),
                QStringLiteral("TCP port (default 8787; 0 picks a free one)"),
                QStringLiteral("PORT"))
        .integer()
        .flag(QStringLiteral("--allow-remote"), QStringLiteral("allow a non-loopback --bind"))
        .option(QStringLiteral("--allow-host"),
                QStringLiteral("host names clients use to reach the server, comma-separated "
                               "(with --allow-remote; loopback names and the bound address are "
                               "always accepted)"),
                QStringLiteral("NAMES"))
        .flag(QStringLiteral("--print-token"), QStringLiteral("print the bearer token and exit"));
    return Verb{
        QStringLiteral("serve"),
        {},
        QStringLiteral("Serve the local REST API"),
        spec,
        [](VerbContext &ctx) { return run(g_handlers.serve, QStringLiteral("serve"), ctx); },
        true};
}

void registerNetVerbs(VerbTable &table)
{
    table.add(ServiceVerbs::serveVerb());
}
