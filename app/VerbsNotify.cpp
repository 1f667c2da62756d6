// Notification subscriptions: notify-subscribe, notify-list,
// notify-unsubscribe. The notifier (tray, daemon) delivers them.
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "app/TaskFormat.h"
#include "dispatcher/NotifyCommand.h"
#include "model/TaskJson.h"
#include "model/VisibleText.h"

#include <QUrl>

namespace {

// platform:chat[:thread], as the original prints it.
QString target(const QString &platform, const QString &chat, const QString &thread)
{
    return platform + QLatin1Char(':') + chat +
           (thread.isEmpty() ? QString() : QLatin1Char(':') + thread);
}

int cmdSubscribe(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    NotifySub sub;
    sub.taskId = a.value(QStringLiteral("task_id"));
    sub.platform = a.value(QStringLiteral("platform"));
    sub.chatId = a.value(QStringLiteral("chat-id")).trimmed();
    sub.threadId = a.value(QStringLiteral("thread-id")).trimmed();
    sub.userId = a.value(QStringLiteral("user-id")).trimmed();
    sub.userIdAlt = a.value(QStringLiteral("user-id-alt")).trimmed();
    sub.chatType = a.value(QStringLiteral("chat-type"));
    if (sub.chatId.isEmpty())
        VerbContext::usageError(QStringLiteral("argument --chat-id: must not be empty"));
    if (sub.platform == QLatin1String("webhook")) {
        const QUrl url(sub.chatId, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            VerbContext::usageError(
                QStringLiteral("argument --chat-id: a webhook needs an http(s) URL (got '%1')")
                    .arg(sub.chatId));
    }
    Kernel &k = ctx.kernel();
    if (!k.task(sub.taskId)) {
        ctx.printErr(QStringLiteral("no such task: %1").arg(sub.taskId));
        return 1;
    }
    k.addNotifySub(sub);
    ctx.print(
        QStringLiteral("Subscribed %1 to %2")
            .arg(VisibleText::oneLine(target(sub.platform, sub.chatId, sub.threadId)), sub.taskId));
    if (NotifyCommand::isCommandPlatform(sub.platform) &&
        NotifyCommand::configured(sub.platform).isEmpty())
        ctx.printErr(QStringLiteral("note: %1; its notifications wait until one is set")
                         .arg(NotifyCommand::missingReason(sub.platform)));
    return 0;
}

int cmdList(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    if (ctx.args().isSet(QStringLiteral("task_id")))
        ctx.kernel().requireTask(id); // an unknown id is an error, not "(no subscriptions)"
    const QList<NotifySub> subs = ctx.kernel().notifySubs(id);
    if (ctx.args().flag(QStringLiteral("json"))) {
        Json list = Json::array();
        for (const NotifySub &s : subs)
            list << TaskJson::notifySub(s);
        ctx.write(list.dump(2) + '\n');
        return 0;
    }
    if (subs.isEmpty()) {
        ctx.print(QStringLiteral("(no subscriptions)"));
        return 0;
    }
    for (const NotifySub &s : subs) {
        QString line =
            QStringLiteral("  %1  %2  (since event %3)")
                .arg(s.taskId.leftJustified(10), target(s.platform, s.chatId, s.threadId))
                .arg(s.lastEventId);
        if (!s.chatType.isEmpty())
            line += QStringLiteral("  chat_type=") + s.chatType;
        // Why its events wait, or the failed attempt being retried.
        if (!s.pendingReason.isEmpty())
            line += QStringLiteral("  pending: ") + s.pendingReason;
        else if (!s.lastError.isEmpty())
            line += QStringLiteral("  retrying (attempt %1, next at %2): %3")
                        .arg(s.attempts)
                        .arg(TaskFormat::timestamp(s.nextAttemptAt), s.lastError);
        ctx.print(VisibleText::oneLine(line));
    }
    return 0;
}

int cmdUnsubscribe(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const QString id = a.value(QStringLiteral("task_id"));
    if (!ctx.kernel().removeNotifySub(id, a.value(QStringLiteral("platform")),
                                      a.value(QStringLiteral("chat-id")).trimmed(),
                                      a.value(QStringLiteral("thread-id")).trimmed())) {
        ctx.printErr(QStringLiteral("(no such subscription)"));
        return 1;
    }
    ctx.print(QStringLiteral("Unsubscribed from %1").arg(id));
    return 0;
}

// desktop, webhook, then the original's chat platforms.
QStringList platforms()
{
    return QStringList{QStringLiteral("desktop"), QStringLiteral("webhook")} +
           NotifyCommand::chatPlatforms();
}

} // namespace

void registerNotifyVerbs(VerbTable &table)
{
    table.add(
        {QStringLiteral("notify-subscribe"),
         {},
         QStringLiteral("Subscribe to a task's terminal events"),
         ArgSpec(QStringLiteral(
                     "Subscribe a desktop notification, a webhook or a chat to a task's terminal "
                     "events (completed, blocked, gave_up, crashed). Chat platforms are delivered "
                     "by the [notify] <platform> command of the config."))
             .positional(QStringLiteral("task_id"))
             .option(QStringLiteral("--platform"),
                     QStringLiteral("desktop, webhook, or one of the original's chat platforms: ") +
                         NotifyCommand::chatPlatforms().join(QStringLiteral(", ")),
                     QStringLiteral("PLATFORM"))
             .choices(platforms())
             .required()
             .option(QStringLiteral("--chat-id"),
                     QStringLiteral("Webhook URL, a name for desktop, or the chat's id"))
             .required()
             .option(QStringLiteral("--thread-id"), QStringLiteral("Thread or topic in the chat"))
             .option(QStringLiteral("--user-id"), QStringLiteral("User to mention or route to"))
             .option(QStringLiteral("--user-id-alt"),
                     QStringLiteral("A second id of that user (e.g. a phone number)"))
             .option(QStringLiteral("--chat-type"),
                     QStringLiteral("Kind of chat, given to the command as {chat_type}."))
             .choices({QStringLiteral("dm"), QStringLiteral("group"), QStringLiteral("channel"),
                       QStringLiteral("thread")}),
         cmdSubscribe});

    table.add({QStringLiteral("notify-list"),
               {},
               QStringLiteral("List notification subscriptions"),
               ArgSpec(QStringLiteral("List notification subscriptions (optionally of one task)."))
                   .positional(QStringLiteral("task_id"), {}, ArgSpec::Nargs::Optional)
                   .flag(QStringLiteral("--json")),
               cmdList});

    table.add({QStringLiteral("notify-unsubscribe"),
               {},
               QStringLiteral("Remove a subscription from a task"),
               ArgSpec(QStringLiteral("Remove a notification subscription from a task."))
                   .positional(QStringLiteral("task_id"))
                   .option(QStringLiteral("--platform"))
                   .required()
                   .option(QStringLiteral("--chat-id"))
                   .required()
                   .option(QStringLiteral("--thread-id")),
               cmdUnsubscribe});
}
