#include "app/Completion.h"

#include "app/CliReference.h"
#include "app/CompletionScripts.h"
#include "app/VerbTable.h"

namespace {

const QString kTasks = QStringLiteral("@tasks");
const QString kProfiles = QStringLiteral("@profiles");
const QString kBoards = QStringLiteral("@boards");
const QString kFile = QStringLiteral("@file");

// What completes one argument's value, read from its dest and metavar.
QStringList valuesOf(const ArgSpec::Arg &a)
{
    if (!a.choices.isEmpty())
        return a.choices;
    const QString d = a.dest;
    if (d == QLatin1String("task_id") || d == QLatin1String("task_ids") ||
        d == QLatin1String("parent") || d == QLatin1String("parents") ||
        d == QLatin1String("child") || d.endsWith(QLatin1String("_id")) ||
        d.endsWith(QLatin1String("_ids")))
        return {kTasks};
    if (d == QLatin1String("assignee") || d == QLatin1String("profile") ||
        d == QLatin1String("reviewer") ||
        (d == QLatin1String("name") && a.help.contains(QLatin1String("Profile"))))
        return {kProfiles};
    if (d == QLatin1String("slug") || d == QLatin1String("board"))
        return {kBoards};
    const QString m = a.metavar.toUpper();
    if (m == QLatin1String("PATH") || m == QLatin1String("FILE") || m == QLatin1String("DIR") ||
        d.contains(QLatin1String("file")) || d == QLatin1String("output") ||
        d == QLatin1String("pidfile") || d == QLatin1String("from_hermes"))
        return {kFile};
    return {};
}

// "-h, --help" / "--board SLUG" -> names and whether a value follows.
Completion::Option fromReference(const CliReference::Item &item)
{
    Completion::Option o;
    o.help = item.help;
    for (const QString &part : item.name.split(QStringLiteral(", "))) {
        const QStringList words = part.split(QLatin1Char(' '));
        o.names << words.first();
        o.takesValue = o.takesValue || words.size() > 1;
    }
    if (o.names.contains(QStringLiteral("--board")))
        o.values = QStringList{kBoards};
    else if (o.names.contains(QStringLiteral("--db")))
        o.values = QStringList{kFile};
    return o;
}

} // namespace

namespace Completion {

Model model(const VerbTable &table)
{
    Model m;
    for (const CliReference::Item &item : CliReference::options()) {
        const Option o = fromReference(item);
        if (!o.names.contains(QStringLiteral("--json")))
            m.topOptions << o;
        if (!o.names.contains(QStringLiteral("--tray")) &&
            !o.names.contains(QStringLiteral("--headless")))
            m.headlessOptions << o;
    }
    for (const Verb &v : table.verbs()) {
        if (v.hidden)
            continue;
        VerbModel vm;
        vm.names = QStringList{v.name} + v.aliases;
        vm.help = v.help;
        vm.options << Option{{QStringLiteral("--help"), QStringLiteral("-h")},
                             QStringLiteral("Show this verb's help and exit"),
                             false,
                             {}};
        for (const ArgSpec::Arg &a : v.spec.args()) {
            if (a.positional) {
                for (const QString &value : valuesOf(a)) {
                    if (!vm.positionals.contains(value))
                        vm.positionals << value;
                }
                continue;
            }
            vm.options << Option{a.names, a.help, a.action != ArgSpec::Action::Flag, valuesOf(a)};
        }
        m.verbs << vm;
    }
    return m;
}

QStringList shells()
{
    return {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};
}

QString script(const VerbTable &table, const QString &shell)
{
    const Model m = model(table);
    if (shell == QLatin1String("bash"))
        return CompletionScripts::bash(m);
    if (shell == QLatin1String("zsh"))
        return CompletionScripts::zsh(m);
    if (shell == QLatin1String("fish"))
        return CompletionScripts::fish(m);
    return {};
}

} // namespace Completion
