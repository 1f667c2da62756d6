#include "dispatcher/NotifyCommand.h"

#include "dispatcher/CommandSplit.h"
#include "model/BoardPaths.h"

#include <QRegularExpression>
#include <QSettings>

namespace NotifyCommand {

namespace {

QString pathOr(const QString &configPath)
{
    return configPath.isEmpty() ? BoardPaths::configPath() : configPath;
}

// One pass over `arg`: each {name} with a value is replaced by it.
QString fill(const QString &arg, const QMap<QString, QString> &values)
{
    QString out;
    qsizetype i = 0;
    while (i < arg.size()) {
        const qsizetype open = arg.indexOf(QLatin1Char('{'), i);
        if (open < 0)
            break;
        const qsizetype close = arg.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0)
            break;
        const QString name = arg.mid(open + 1, close - open - 1);
        const auto it = values.constFind(name);
        if (it == values.cend()) {
            out += arg.mid(i, open + 1 - i); // keep "{" and look on after it
            i = open + 1;
            continue;
        }
        out += arg.mid(i, open - i) + it.value();
        i = close + 1;
    }
    return out + arg.mid(i);
}

} // namespace

const QStringList &chatPlatforms()
{
    // gateway/config.py's Platform of the original, in its order.
    static const QStringList all{QStringLiteral("telegram"),
                                 QStringLiteral("discord"),
                                 QStringLiteral("whatsapp"),
                                 QStringLiteral("whatsapp_cloud"),
                                 QStringLiteral("slack"),
                                 QStringLiteral("signal"),
                                 QStringLiteral("mattermost"),
                                 QStringLiteral("matrix"),
                                 QStringLiteral("homeassistant"),
                                 QStringLiteral("email"),
                                 QStringLiteral("sms"),
                                 QStringLiteral("dingtalk"),
                                 QStringLiteral("api_server"),
                                 QStringLiteral("msgraph_webhook"),
                                 QStringLiteral("feishu"),
                                 QStringLiteral("wecom"),
                                 QStringLiteral("wecom_callback"),
                                 QStringLiteral("weixin"),
                                 QStringLiteral("bluebubbles"),
                                 QStringLiteral("qqbot"),
                                 QStringLiteral("yuanbao"),
                                 QStringLiteral("relay")};
    return all;
}

bool isCommandPlatform(const QString &platform)
{
    static const QRegularExpression word(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    return platform != QLatin1String("desktop") && platform != QLatin1String("webhook") &&
           word.match(platform).hasMatch();
}

QString configured(const QString &platform, const QString &configPath)
{
    if (!isCommandPlatform(platform))
        return {};
    QSettings s(pathOr(configPath), QSettings::IniFormat);
    const QVariant v = s.value(QStringLiteral("notify/") + platform);
    // QSettings reads an unquoted value with commas as a list.
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", ")).trimmed();
    return v.toString().trimmed();
}

QString missingReason(const QString &platform, const QString &configPath)
{
    return QStringLiteral("no [notify] %1 command in %2").arg(platform, pathOr(configPath));
}

QStringList argv(const QString &command, const QMap<QString, QString> &values, QString *error)
{
    QString splitError;
    QStringList out = CommandSplit::split(command, &splitError);
    if (out.isEmpty()) {
        if (error)
            *error = splitError.isEmpty() ? QStringLiteral("empty command") : splitError;
        return {};
    }
    for (QString &arg : out)
        arg = fill(arg, values);
    return out;
}

const QStringList &placeholders()
{
    static const QStringList names{
        QStringLiteral("platform"), QStringLiteral("chat_id"),     QStringLiteral("thread_id"),
        QStringLiteral("user_id"),  QStringLiteral("user_id_alt"), QStringLiteral("chat_type"),
        QStringLiteral("task"),     QStringLiteral("title"),       QStringLiteral("event"),
        QStringLiteral("event_id"), QStringLiteral("text"),        QStringLiteral("board")};
    return names;
}

} // namespace NotifyCommand
