#include "model/TaskSkills.h"

#include "model/KanbanError.h"

#include <QSet>

namespace {

// The original's basic toolset names (Hermes toolsets.py). Models that
// confuse the two pass these as skills; a skill of that name would be
// refused there too, so a board imported from Hermes never holds one.
const QSet<QString> &toolsetNames()
{
    static const QSet<QString> names{
        QStringLiteral("browser"),        QStringLiteral("clarify"),
        QStringLiteral("code_execution"), QStringLiteral("coding"),
        QStringLiteral("computer_use"),   QStringLiteral("cronjob"),
        QStringLiteral("debugging"),      QStringLiteral("delegation"),
        QStringLiteral("file"),           QStringLiteral("homeassistant"),
        QStringLiteral("image_gen"),      QStringLiteral("kanban"),
        QStringLiteral("memory"),         QStringLiteral("safe"),
        QStringLiteral("search"),         QStringLiteral("session_search"),
        QStringLiteral("skills"),         QStringLiteral("terminal"),
        QStringLiteral("todo"),           QStringLiteral("tts"),
        QStringLiteral("video"),          QStringLiteral("video_gen"),
        QStringLiteral("vision"),         QStringLiteral("web"),
        QStringLiteral("x_search")};
    return names;
}

bool isToolset(const QString &name)
{
    return toolsetNames().contains(name.toCaseFolded());
}

QString toolsetMessage(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted << QLatin1Char('\'') + n + QLatin1Char('\'');
    return QStringLiteral(
               "%1 %2, not skill name(s). Give toolsets to the assignee profile's command "
               "instead of per-task skills. Skills are named skill bundles (e.g. `blogwatcher`, "
               "`github-code-review`); toolsets are runtime capabilities (e.g. `web`, "
               "`browser`, `terminal`).")
        .arg(quoted.join(QStringLiteral(", ")), names.size() == 1
                                                    ? QStringLiteral("is a toolset name")
                                                    : QStringLiteral("are toolset names"));
}

// A comma or whitespace inside the (trimmed) name.
QString shapeProblem(const QString &name)
{
    if (name.contains(QLatin1Char(',')))
        return QStringLiteral("skill name cannot contain comma: '%1' (give each skill on its "
                              "own instead of a comma-joined string)")
            .arg(name);
    for (const QChar c : name) {
        if (c.isSpace())
            return QStringLiteral("skill name cannot contain whitespace: '%1'").arg(name);
    }
    return {};
}

} // namespace

namespace TaskSkills {

QString problem(const QString &nameArg)
{
    const QString name = nameArg.trimmed();
    if (name.isEmpty())
        return QStringLiteral("a skill name must not be empty");
    const QString shape = shapeProblem(name);
    if (!shape.isEmpty())
        return shape;
    return isToolset(name) ? toolsetMessage({name}) : QString();
}

bool isWellFormed(const QString &name)
{
    return !name.trimmed().isEmpty() && shapeProblem(name.trimmed()).isEmpty();
}

QStringList normalize(const QStringList &names)
{
    QStringList out;
    QStringList toolsets;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        const QString shape = shapeProblem(name);
        if (!shape.isEmpty())
            throw KanbanError(shape);
        if (isToolset(name)) {
            toolsets << name;
            continue;
        }
        if (!out.contains(name))
            out << name;
    }
    if (!toolsets.isEmpty())
        throw KanbanError(toolsetMessage(toolsets));
    return out;
}

QString envValue(const std::optional<QStringList> &skills)
{
    return skills ? skills->join(QLatin1Char(',')) : QString();
}

} // namespace TaskSkills
