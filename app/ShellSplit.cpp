#include "app/ShellSplit.h"

#include "dispatcher/CommandSplit.h"

// One splitter for profile commands and the command bar; the messages are
// Python shlex's, as the original's /kanban answered.
QStringList shellSplit(const QString &line, QString *error)
{
    QString why;
    const QStringList words = CommandSplit::split(line, &why);
    if (!why.isEmpty() && error)
        *error = why.contains(QLatin1String("quote")) ? QStringLiteral("No closing quotation")
                                                      : QStringLiteral("No escaped character");
    return words;
}
