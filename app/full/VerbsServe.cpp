// The serve verb's body: the local REST API (Qt HttpServer).
#include "app/Interrupt.h"
#include "app/ServiceVerbs.h"
#include "app/VerbTable.h"
#include "app/full/ServiceCommands.h"

#include "dispatcher/net/ApiToken.h"
#include "dispatcher/net/RestServer.h"
#include "model/KanbanError.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSocketNotifier>

int ServiceCommands::serve(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const QString token = ApiToken::loadOrCreate(ctx.board().location().root);
    if (a.flag(QStringLiteral("print-token"))) {
        ctx.print(token);
        return 0;
    }
    // The command bar must return: serving runs an event loop until SIGINT.
    if (!ctx.isLive())
        throw KanbanError(
            QStringLiteral("serve runs in a terminal or as a service: qkanban --headless serve"));
    const QString bind = a.value(QStringLiteral("bind"), QStringLiteral("127.0.0.1"));
    QHostAddress address;
    if (bind == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(bind))
        VerbContext::usageError(
            QStringLiteral("argument --bind: not an IP address: '%1'").arg(bind));
    const qint64 port = a.integer(QStringLiteral("port"), 8787);
    if (port < 0 || port > 65535)
        VerbContext::usageError(QStringLiteral("argument --port: must be 0-65535"));
    RestServer::Options options;
    options.token = token;
    options.hostDispatcher = true;
    for (const QString &name :
         a.value(QStringLiteral("allow-host")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString host = name.trimmed().toLower();
        static const QRegularExpression valid(QStringLiteral("^(\\[[0-9a-f:.]+\\]|[a-z0-9.-]+)$"));
        if (!valid.match(host).hasMatch())
            VerbContext::usageError(
                QStringLiteral("argument --allow-host: not a host name: '%1'").arg(name));
        options.allowedHosts << host;
    }
    if (!options.allowedHosts.isEmpty() && !a.flag(QStringLiteral("allow-remote")))
        VerbContext::usageError(QStringLiteral("argument --allow-host: needs --allow-remote"));

    if (!address.isLoopback()) {
        if (!a.flag(QStringLiteral("allow-remote")))
            throw KanbanError(
                QStringLiteral(
                    "refusing to bind to %1: not a loopback address; pass --allow-remote "
                    "to expose the board to the network")
                    .arg(bind));
        ctx.printErr(QStringLiteral(
                         "warning: the board is reachable from the network on %1; anyone with the "
                         "token can change it")
                         .arg(bind));
    }

    const BoardLocation location = ctx.board().location();
    RestServer server(location, Clock::system(), options);
    const quint16 bound = server.start(address, quint16(port));
    if (bound == 0)
        throw KanbanError(QStringLiteral("cannot listen on %1:%2 (in use?)").arg(bind).arg(port),
                          KanbanError::Storage);
    ctx.print(QStringLiteral("qkanban REST API on http://%1:%2/ (board %3). Ctrl-C to stop.")
                  .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                           ? QLatin1Char('[') + bind + QLatin1Char(']')
                           : bind)
                  .arg(bound)
                  .arg(location.slug));
    ctx.print(QStringLiteral(
        "Token: `qkanban --headless serve --print-token` (header Authorization: Bearer <token>)"));

    Interrupt::install();
    QSocketNotifier wake(Interrupt::wakeFd(), QSocketNotifier::Read);
    QObject::connect(&wake, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    if (!Interrupt::requested())
        QCoreApplication::exec();
    ctx.print(QStringLiteral("(server stopped)"));
    return 0;
}

void ServiceCommands::install()
{
    ServiceVerbs::install({&ServiceCommands::serve, &ServiceCommands::daemon});
}
