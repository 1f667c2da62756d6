// Notification subscriptions: notify-subscribe, notify-list,
// notify-unsubscribe. The notifier (tray, daemon) delivers them.
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "model/TaskJson.h"

#include <QUrl>

namespace {

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
    ctx.print(QStringLiteral("Subscribed %1 to %2")
                  .arg(target(sub.platform, sub.chatId, sub.threadId), sub.taskId));
    return 0;
}

int cmdList(VerbContext &ctx)
{
    const QList<NotifySub> subs =
        ctx.kernel().notifySubs(ctx.args().value(QStringLiteral("task_id")));
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
        ctx.print(QStringLiteral("  %1  %2  (since event %3)")
                      .arg(s.taskId.leftJustified(10), target(s.platform, s.chatId, s.threadId))
                      .arg(s.lastEventId));
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

QStringList platforms()
{
    return {QStringLiteral("desktop"), QStringLiteral("webhook")};
}

} // namespace

void registerNotifyVerbs(VerbTable &table)
{
    table.add(
        {QStringLiteral("notify-subscribe"),
         {},
         QStringLiteral("Subscribe to a task's terminal events"),
         ArgSpec(QStringLiteral(
                     "Subscribe a desktop notification or a webhook to a task's terminal events "
                     "(completed, blocked, gave_up, crashed)."))
             .positional(QStringLiteral("task_id"))
             .option(QStringLiteral("--platform"))
             .choices(platforms())
             .required()
             .option(QStringLiteral("--chat-id"),
                     QStringLiteral("Webhook URL, or a name for desktop"))
             .required()
             .option(QStringLiteral("--thread-id"))
             .option(QStringLiteral("--user-id")),
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
