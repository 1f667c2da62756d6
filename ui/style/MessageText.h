#pragma once

#include "model/KanbanError.h"

#include <QCoreApplication>
#include <QString>

// Translated sentences for what the kernel says in English: errors from
// their code and arguments (KanbanError::code()), event names from their
// kinds, and people ("user" is the default author, not a name). The CLI
// and --json keep the English.
class MessageText
{
    Q_DECLARE_TR_FUNCTIONS(MessageText)
public:
    // A whole translated sentence for e; never the English message alone.
    static QString error(const KanbanError &e);
    static QString error(KanbanError::Code code, const QStringList &args,
                         KanbanError::Kind kind = KanbanError::BadInput,
                         const QString &english = {});
    // What the dispatcher tells about a task (completed, blocked, gave_up,
    // crashed...), by title; other kinds keep the dispatcher's text.
    static QString attention(const QString &kind, const QString &title, const QString &fallback);
    // "completed" -> "Completed" / "Abgeschlossen"; a status key -> its column name.
    static QString eventName(const QString &kind);
    // "scratch", "worktree", "dir": as the create dialog names them.
    static QString workspaceKind(const QString &kind);
    // A creator or author: "user" (no identity known) and "" become words.
    static QString person(const QString &name);
    // "3 min ago by Ada" (after the drawer's "Created:"), one translated sentence.
    static QString createdBy(const QString &ago, const QString &name);
    // A time of day in the locale's format ("14:32"); RelativeTime::dateTime
    // has the date with time.
    static QString time(qint64 epochSeconds);
};
