#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class VerbTable;

// Shell completion scripts (bash, zsh, fish), generated from the verb
// table: verbs, each verb's flags, and the values they take. Task ids,
// profile names and board slugs come at completion time from the hidden
// verb `__complete tasks|profiles|boards` (one "value<TAB>description" a
// line).
namespace Completion {

// What completes a value or a positional: "@tasks", "@profiles",
// "@boards", "@file", or literal words (an option's choices).
struct Option
{
    QStringList names;
    QString help;
    bool takesValue = false;
    QStringList values;
};

struct VerbModel
{
    QStringList names; // name, then aliases
    QString help;
    QList<Option> options;
    QStringList positionals; // the union over the verb's positionals
};

struct Model
{
    QList<Option> topOptions;      // qkanban [OPTIONS] (no --headless yet)
    QList<Option> headlessOptions; // qkanban --headless [OPTIONS] VERB
    QList<VerbModel> verbs;        // visible verbs only
};

Model model(const VerbTable &table);

QStringList shells(); // bash, zsh, fish
// The script for one of shells(); empty for another name.
QString script(const VerbTable &table, const QString &shell);

} // namespace Completion
