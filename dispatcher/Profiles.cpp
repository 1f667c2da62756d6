#include "dispatcher/Profiles.h"

#include "dispatcher/CommandSplit.h"
#include "dispatcher/ConfigFile.h"
#include "model/BoardPaths.h"
#include "model/KanbanError.h"
#include "model/PrivateFile.h"
#include "model/ProfileNames.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kPrefix = QStringLiteral("profile.");

QString pathOr(const QString &configPath)
{
    return configPath.isEmpty() ? BoardPaths::configPath() : configPath;
}

// The config holds the profiles' --env values (API keys): 0600 before
// QSettings writes it (QSettings keeps the mode of the file it replaces).
QString privatePath(const QString &configPath)
{
    const QString path = pathOr(configPath);
    QString error;
    if (!PrivateFile::prepare(path, QStringLiteral("profile environments"), &error))
        throw KanbanError(QStringLiteral("cannot write %1").arg(error), KanbanError::Storage);
    return path;
}

std::optional<int> optInt(const QSettings &s, const QString &key)
{
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return v;
}

std::optional<qint64> positiveSeconds(const QSettings &s, const QString &key)
{
    bool ok = false;
    const qint64 v = s.value(key).toLongLong(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return v;
}

Profile readProfile(QSettings &s, const QString &name)
{
    Profile p;
    p.name = name;
    s.beginGroup(kPrefix + name);
    p.command = s.value(QStringLiteral("command")).toString();
    p.maxInProgress = qMax(0, s.value(QStringLiteral("max")).toInt());
    p.heartbeatTimeoutSeconds = positiveSeconds(s, QStringLiteral("heartbeat_timeout"));
    const QStringList env = s.value(QStringLiteral("env")).toStringList();
    for (const QString &kv : env) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0)
            p.env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    s.endGroup();
    return p;
}

} // namespace

QStringList Profile::argv(const QMap<QString, QString> &values) const
{
    QStringList out = CommandSplit::split(command);
    for (QString &arg : out) {
        for (auto it = values.begin(); it != values.end(); ++it)
            arg.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    }
    return out;
}

int DispatcherSettings::memoryDerivedCap()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return 8;
    const QByteArray first = f.readLine();
    static const QRegularExpression re(QStringLiteral("MemTotal:\\s+(\\d+)\\s*kB"));
    const auto m = re.match(QString::fromLatin1(first));
    if (!m.hasMatch())
        return 8;
    const qint64 mib = m.captured(1).toLongLong() / 1024;
    return int(qBound(qint64(2), mib / 512, qint64(8)));
}

namespace Profiles {

bool isValidName(const QString &name)
{
    return ProfileNames::isValid(name);
}

QString checkedName(const QString &value, const QString &role)
{
    return ProfileNames::normalised(value, role);
}

QList<Profile> list(const QString &configPath)
{
    QSettings s(pathOr(configPath), QSettings::IniFormat);
    QList<Profile> out;
    for (const QString &group : s.childGroups()) {
        if (group.startsWith(kPrefix))
            out << readProfile(s, group.mid(kPrefix.size()));
    }
    std::sort(out.begin(), out.end(),
              [](const Profile &a, const Profile &b) { return a.name < b.name; });
    return out;
}

std::optional<Profile> find(const QString &nameArg, const QString &configPath)
{
    const QString name = nameArg.trimmed().toLower();
    if (!isValidName(name))
        return std::nullopt;
    QSettings s(pathOr(configPath), QSettings::IniFormat);
    if (!s.childGroups().contains(kPrefix + name))
        return std::nullopt;
    return readProfile(s, name);
}

void save(const Profile &p, const QString &configPath)
{
    const QString name = p.name.trimmed().toLower();
    if (!isValidName(name))
        throw KanbanError(
            QStringLiteral("invalid profile name '%1': use lowercase letters, digits, '.', '_' "
                           "or '-', starting with a letter or digit")
                .arg(p.name));
    if (p.command.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("profile %1: --command is required").arg(name));
    if (CommandSplit::split(p.command).isEmpty())
        throw KanbanError(
            QStringLiteral("profile %1: cannot split the command '%2'").arg(name, p.command));
    // Edited in place (ConfigFile): the user's comments and unknown keys stay.
    const QString path = privatePath(configPath);
    const QString group = kPrefix + name;
    QStringList env;
    for (auto it = p.env.begin(); it != p.env.end(); ++it)
        env << it.key() + QLatin1Char('=') + it.value();
    QString error;
    const auto setOrRemove = [&](const QString &key, const QString &value) {
        return value.isEmpty() ? ConfigFile::removeKey(path, group, key, &error)
                               : ConfigFile::setValue(path, group, key, value, &error);
    };
    const bool ok =
        ConfigFile::setValue(path, group, QStringLiteral("command"), p.command, &error) &&
        setOrRemove(QStringLiteral("max"),
                    p.maxInProgress > 0 ? QString::number(p.maxInProgress) : QString()) &&
        setOrRemove(QStringLiteral("heartbeat_timeout"),
                    p.heartbeatTimeoutSeconds && *p.heartbeatTimeoutSeconds > 0
                        ? QString::number(*p.heartbeatTimeoutSeconds)
                        : QString()) &&
        (env.isEmpty() ? ConfigFile::removeKey(path, group, QStringLiteral("env"), &error)
                       : ConfigFile::setList(path, group, QStringLiteral("env"), env, &error));
    if (!ok)
        throw KanbanError(QStringLiteral("cannot write %1").arg(error), KanbanError::Storage);
}

bool remove(const QString &nameArg, const QString &configPath)
{
    const QString name = nameArg.trimmed().toLower();
    QSettings s(pathOr(configPath), QSettings::IniFormat);
    if (!s.childGroups().contains(kPrefix + name))
        return false;
    QString error;
    if (!ConfigFile::removeSection(privatePath(configPath), kPrefix + name, &error))
        throw KanbanError(QStringLiteral("cannot write %1").arg(error), KanbanError::Storage);
    return true;
}

DispatcherSettings settings(const QString &configPath)
{
    QSettings s(pathOr(configPath), QSettings::IniFormat);
    DispatcherSettings d;
    s.beginGroup(QStringLiteral("dispatcher"));
    if (const auto v = optInt(s, QStringLiteral("interval")))
        d.intervalSeconds = *v;
    d.maxInProgress = optInt(s, QStringLiteral("max_in_progress"));
    d.maxInProgressPerProfile = optInt(s, QStringLiteral("max_in_progress_per_profile"));
    if (const auto v = optInt(s, QStringLiteral("failure_limit")))
        d.failureLimit = *v;
    bool ok = false;
    const qint64 cool = s.value(QStringLiteral("rate_limit_cooldown")).toLongLong(&ok);
    if (ok && cool >= 0)
        d.rateLimitCooldownSeconds = cool;
    if (const auto v = optInt(s, QStringLiteral("claim_ttl")))
        d.claimTtlSeconds = *v;
    const qint64 backoff = s.value(QStringLiteral("retry_backoff")).toLongLong(&ok);
    if (ok && backoff >= 0)
        d.retryBackoffSeconds = backoff;
    d.defaultWorkdir = s.value(QStringLiteral("default_workdir")).toString();
    if (const auto v = positiveSeconds(s, QStringLiteral("heartbeat_timeout")))
        d.heartbeatTimeoutSeconds = *v;
    const int pauseAfter = s.value(QStringLiteral("pause_after")).toInt(&ok);
    if (ok && pauseAfter >= 0)
        d.pauseAfter = pauseAfter;
    s.endGroup();
    return d;
}

QString preflight(const Profile &p)
{
    if (p.command.trimmed().isEmpty())
        return QStringLiteral("profile %1 has no command").arg(p.name);
    const QStringList argv = CommandSplit::split(p.command);
    if (argv.isEmpty())
        return QStringLiteral("profile %1: cannot split the command '%2'").arg(p.name, p.command);
    const QString program = argv.first();
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo fi(program);
        if (!fi.isAbsolute())
            return QStringLiteral("profile %1: command '%2' is a relative path; use an absolute "
                                  "path or a name "
                                  "on PATH")
                .arg(p.name, program);
        if (!fi.exists())
            return QStringLiteral("profile %1: command '%2' does not exist").arg(p.name, program);
        if (fi.isDir() || !fi.isExecutable())
            return QStringLiteral("profile %1: command '%2' is not executable")
                .arg(p.name, program);
        return {};
    }
    if (QStandardPaths::findExecutable(program).isEmpty())
        return QStringLiteral("profile %1: command '%2' not found on PATH").arg(p.name, program);
    return {};
}

} // namespace Profiles
