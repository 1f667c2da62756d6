#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Chat platforms (telegram, slack, ...): qkanban has no chat clients of its
// own; a subscription on such a platform is delivered by the command the
// config names for it, `[notify] <platform> = /path/to/send {chat_id} {text}`,
// split like a profile's command and run without a shell.
namespace NotifyCommand {
// The original's chat platforms (the gateway's built-in ones, without
// `local` and `webhook`): what `notify-subscribe --platform` accepts
// besides desktop and webhook.
const QStringList &chatPlatforms();
// A platform a [notify] command may deliver: anything but desktop and
// webhook whose name is a plain word (imported boards may have others).
bool isCommandPlatform(const QString &platform);

// The [notify] <platform> command in the config; "" when none.
// configPath "" = BoardPaths::configPath().
QString configured(const QString &platform, const QString &configPath = {});
// "no [notify] telegram command in /home/u/.config/qkanban/qkanban.conf"
QString missingReason(const QString &platform, const QString &configPath = {});

// The command split into argv, each {placeholder} replaced by its value in
// one pass (a value that contains "{text}" stays as it is). Unknown
// placeholders stay literal. Empty with *error set when it cannot split.
QStringList argv(const QString &command, const QMap<QString, QString> &values,
                 QString *error = nullptr);
// The placeholder names a command may use, for the docs and --help.
const QStringList &placeholders();
} // namespace NotifyCommand
