#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// A task's skills (create/edit --skill): the named skill bundles its
// worker loads, handed to the worker as QKANBAN_SKILLS. As the original:
// names are trimmed, blanks and duplicates dropped; a name with a comma
// or whitespace is refused, and so are the original's toolset names
// (runtime capabilities such as `web` or `terminal`, not skills).
namespace TaskSkills {

// Why `name` cannot be a skill ("" when it can); for one name.
QString problem(const QString &name);
// Not blank, no comma, no whitespace: a name a worker can be given.
bool isWellFormed(const QString &name);
// The list to store. Throws KanbanError naming the bad names (every
// toolset name at once, as the original does).
QStringList normalize(const QStringList &names);
// The worker's QKANBAN_SKILLS: the names joined with commas.
QString envValue(const std::optional<QStringList> &skills);

} // namespace TaskSkills
