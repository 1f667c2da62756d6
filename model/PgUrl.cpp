#include "model/PgUrl.h"

#include "model/KanbanError.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The libpq keywords a URL may carry; anything else is refused, so a typo
// is not silently ignored.
const QStringList &allowedOptions()
{
    static const QStringList keys{QStringLiteral("sslmode"),
                                  QStringLiteral("sslrootcert"),
                                  QStringLiteral("sslcert"),
                                  QStringLiteral("sslkey"),
                                  QStringLiteral("connect_timeout"),
                                  QStringLiteral("application_name"),
                                  QStringLiteral("target_session_attrs"),
                                  QStringLiteral("passfile")};
    return keys;
}

QString safeForm(const QString &url)
{
    QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return QStringLiteral("postgresql://…");
    u.setPassword({});
    return u.toString(QUrl::RemovePassword);
}

} // namespace

bool PgUrl::isUrl(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) ||
           path.startsWith(QLatin1String("postgres://"));
}

PgUrl PgUrl::parse(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString shown = safeForm(url);
    if (!isUrl(url) || !u.isValid())
        throw KanbanError(
            QStringLiteral("not a PostgreSQL URL: %1 (expected postgresql://user[:password]@host"
                           "[:port]/dbname)")
                .arg(shown));
    PgUrl p;
    p.user = u.userName(QUrl::FullyDecoded);
    p.password = u.password(QUrl::FullyDecoded);
    p.host = u.host(QUrl::FullyDecoded);
    p.port = u.port(5432);
    p.dbName = u.path(QUrl::FullyDecoded).mid(1);
    if (p.host.isEmpty())
        throw KanbanError(QStringLiteral("PostgreSQL URL names no host: %1").arg(shown));
    if (p.dbName.isEmpty() || p.dbName.contains(QLatin1Char('/')))
        throw KanbanError(
            QStringLiteral("PostgreSQL URL names no database (…/dbname): %1").arg(shown));
    QStringList options;
    const QUrlQuery query(u);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedOptions().contains(item.first))
            throw KanbanError(
                QStringLiteral("unknown PostgreSQL URL option '%1' in %2 (known: %3)")
                    .arg(item.first, shown, allowedOptions().join(QLatin1String(", "))));
        if (item.second.contains(QLatin1Char(';')) || item.second.contains(QLatin1Char(' ')) ||
            item.second.contains(QLatin1Char('\'')))
            throw KanbanError(QStringLiteral("PostgreSQL URL option '%1' has a bad value in %2")
                                  .arg(item.first, shown));
        options << item.first + QLatin1Char('=') + item.second;
    }
    p.connectOptions = options.join(QLatin1Char(';'));
    return p;
}

QString PgUrl::display() const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("%1%2:%3/%4").arg(who, host).arg(port).arg(dbName);
}

QString PgUrl::redacted(const QString &pathOrUrl)
{
    return isUrl(pathOrUrl) ? safeForm(pathOrUrl) : pathOrUrl;
}

QString PgUrl::withDatabase(const QString &name) const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setPassword(password);
    u.setHost(host);
    u.setPort(port);
    u.setPath(QLatin1Char('/') + name);
    QString s = u.toString(QUrl::FullyEncoded);
    if (!connectOptions.isEmpty())
        s += QLatin1Char('?') + QString(connectOptions).replace(QLatin1Char(';'), QLatin1Char('&'));
    return s;
}
