// The fish completion script: `complete -c qkanban` lines with conditions.
#include "app/CompletionScripts.h"

namespace {

using Completion::Option;
using CompletionScripts::fishQuoted;

// -l name / -s n / -o name for one option string.
QString optionSwitch(const QString &name)
{
    if (name.startsWith(QLatin1String("--")))
        return QStringLiteral("-l ") + name.mid(2);
    if (name.size() == 2)
        return QStringLiteral("-s ") + name.mid(1);
    return QStringLiteral("-o ") + name.mid(1);
}

QString valueArgs(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << v;
    return QStringLiteral("(__qkanban_values %1)").arg(quoted.join(QLatin1Char(' ')));
}

QString optionLines(const QList<Option> &options, const QString &condition)
{
    QString out;
    for (const Option &o : options) {
        QString line = QStringLiteral("complete -c qkanban -n ") + fishQuoted(condition);
        for (const QString &n : o.names)
            line += QLatin1Char(' ') + optionSwitch(n);
        if (o.takesValue && o.values == QStringList{QStringLiteral("@file")})
            line += QStringLiteral(" -r -F");
        else if (o.takesValue && !o.values.isEmpty())
            line += QStringLiteral(" -x -a ") + fishQuoted(valueArgs(o.values));
        else if (o.takesValue)
            line += QStringLiteral(" -x");
        if (!o.help.isEmpty())
            line += QStringLiteral(" -d ") + fishQuoted(o.help);
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace

namespace CompletionScripts {

QString fishQuoted(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString fish(const Completion::Model &model)
{
    QString out = QStringLiteral(
        "# fish completion for qkanban, generated from its verb table.\n"
        "# Load with: qkanban --headless completion fish | source\n"
        "\n"
        "# The verb on the command line (after --headless), if any.\n"
        "function __qkanban_verb\n"
        "    set -l headless 0\n"
        "    set -l skip 0\n"
        "    for t in (commandline -opc)[2..-1]\n"
        "        if test $skip = 1\n"
        "            set skip 0\n"
        "            continue\n"
        "        end\n"
        "        switch $t\n"
        "            case --headless\n"
        "                set headless 1\n"
        "            case --board --db\n"
        "                set skip 1\n"
        "            case '-*'\n"
        "            case '*'\n"
        "                if test $headless = 1\n"
        "                    echo $t\n"
        "                    return 0\n"
        "                end\n"
        "        end\n"
        "    end\n"
        "    return 1\n"
        "end\n"
        "\n"
        "# True when the verb is one of the arguments.\n"
        "function __qkanban_verb_is\n"
        "    set -l verb (__qkanban_verb); or return 1\n"
        "    contains -- $verb $argv\n"
        "end\n"
        "\n"
        "function __qkanban_headless\n"
        "    contains -- --headless (commandline -opc)\n"
        "end\n"
        "\n"
        "# --board/--db of the command line, for __complete.\n"
        "function __qkanban_globals\n"
        "    set -l tokens (commandline -opc)\n"
        "    for i in (seq (count $tokens))\n"
        "        switch $tokens[$i]\n"
        "            case --board --db\n"
        "                set -l next (math $i + 1)\n"
        "                test $next -le (count $tokens); and echo $tokens[$i] $tokens[$next]\n"
        "            case '--board=*' '--db=*'\n"
        "                echo $tokens[$i]\n"
        "        end\n"
        "    end\n"
        "end\n"
        "\n"
        "# @tasks, @profiles and @boards ask `qkanban --headless __complete`\n"
        "# (value<TAB>description); @file completes a path; other words are\n"
        "# literal.\n"
        "function __qkanban_values\n"
        "    set -l prog (commandline -opc)[1]\n"
        "    for w in $argv\n"
        "        switch $w\n"
        "            case @tasks @profiles @boards\n"
        "                $prog --headless (string split ' ' -- (__qkanban_globals)) __complete "
        "(string sub -s 2 -- $w) 2>/dev/null\n"
        "            case @file\n"
        "                __fish_complete_path (commandline -ct)\n"
        "            case '*'\n"
        "                echo $w\n"
        "        end\n"
        "    end\n"
        "end\n"
        "\n"
        "complete -c qkanban -e\n"
        "complete -c qkanban -f\n");
    out += optionLines(model.topOptions, QStringLiteral("not __qkanban_headless"));
    out += optionLines(model.headlessOptions,
                       QStringLiteral("__qkanban_headless; and not __qkanban_verb"));
    for (const Completion::VerbModel &v : model.verbs) {
        for (const QString &n : v.names)
            out += QStringLiteral("complete -c qkanban -n '__qkanban_headless; and not "
                                  "__qkanban_verb' -a %1 -d %2\n")
                       .arg(fishQuoted(n), fishQuoted(v.help));
    }
    for (const Completion::VerbModel &v : model.verbs) {
        const QString condition =
            QStringLiteral("__qkanban_verb_is ") + v.names.join(QLatin1Char(' '));
        out += optionLines(v.options, condition);
        if (!v.positionals.isEmpty())
            out += QStringLiteral("complete -c qkanban -n %1 -a %2\n")
                       .arg(fishQuoted(condition), fishQuoted(valueArgs(v.positionals)));
    }
    return out;
}

} // namespace CompletionScripts
