// The zsh completion script: the _qkanban function (#compdef qkanban).
#include "app/CompletionScripts.h"

namespace {

using Completion::Option;
using CompletionScripts::quoted;

// compadd of options with their help: compadd -l -d descriptions -- names
QString offerOptions(const QList<Option> &options, const QString &indent)
{
    QStringList names;
    QStringList descriptions;
    for (const Option &o : options) {
        for (const QString &n : o.names) {
            names << quoted(n);
            descriptions << quoted(o.help.isEmpty() ? n : n + QStringLiteral("  -- ") + o.help);
        }
    }
    return indent +
           QStringLiteral("local -a names=(%1) descriptions=(%2)\n")
               .arg(names.join(QLatin1Char(' ')), descriptions.join(QLatin1Char(' '))) +
           indent + QStringLiteral("compadd -l -d descriptions -- \"${names[@]}\"\n");
}

} // namespace

namespace CompletionScripts {

QString zsh(const Completion::Model &model)
{
    QStringList verbNames;
    QStringList verbDescriptions;
    QString verbCases;
    for (const Completion::VerbModel &v : model.verbs) {
        for (const QString &n : v.names) {
            verbNames << quoted(n);
            verbDescriptions << quoted(n + QStringLiteral("  -- ") + v.help);
        }
        QStringList positionals;
        for (const QString &p : v.positionals)
            positionals << quoted(p);
        verbCases +=
            QStringLiteral("        %1)\n"
                           "            case $prev in\n%2"
                           "            esac\n"
                           "            if [[ $cur == -* ]]; then\n%3"
                           "            else\n"
                           "                _qkanban_offer %4\n"
                           "            fi ;;\n")
                .arg(v.names.join(QLatin1Char('|')),
                     CompletionScripts::valueCases(v.options, QStringLiteral("                "),
                                                   QStringLiteral("_message 'value'; ")),
                     offerOptions(v.options, QStringLiteral("                ")),
                     positionals.join(QLatin1Char(' ')));
    }
    QString s = QStringLiteral(
        "#compdef qkanban\n"
        "# zsh completion for qkanban, generated from its verb table.\n"
        "# Install as _qkanban in $fpath, or: source <(qkanban --headless completion zsh)\n"
        "\n"
        "# Offers what completes the current word: @tasks, @profiles and @boards\n"
        "# ask `qkanban --headless __complete`, @file completes a path, other\n"
        "# words are literal.\n"
        "_qkanban_offer() {\n"
        "    local w l\n"
        "    local -a plain ids descriptions lines\n"
        "    for w in \"$@\"; do\n"
        "        case $w in\n"
        "            @file) _files ;;\n"
        "            @tasks|@profiles|@boards)\n"
        "                lines=(\"${(@f)$($_qk_prog --headless \"${_qk_globals[@]}\" __complete "
        "${w#@} 2>/dev/null)}\")\n"
        "                for l in \"${lines[@]}\"; do\n"
        "                    [[ -n $l ]] || continue\n"
        "                    ids+=(\"${l%%$'\\t'*}\")\n"
        "                    descriptions+=(\"${l/$'\\t'/  -- }\")\n"
        "                done ;;\n"
        "            *) plain+=(\"$w\") ;;\n"
        "        esac\n"
        "    done\n"
        "    (( ${#ids} )) && compadd -l -d descriptions -- \"${ids[@]}\"\n"
        "    (( ${#plain} )) && compadd -- \"${plain[@]}\"\n"
        "    return 0\n"
        "}\n"
        "\n"
        "_qkanban() {\n"
        "    local cur=${words[CURRENT]} prev=${words[CURRENT-1]} verb= headless= i\n"
        "    local _qk_prog=${~words[1]}\n"
        "    local -a _qk_globals\n"
        "    for ((i = 2; i < CURRENT; i++)); do\n"
        "        case ${words[i]} in\n"
        "            --headless) headless=1 ;;\n"
        "            --board|--db)\n"
        "                (( i + 1 < CURRENT )) && _qk_globals+=(\"${words[i]}\" "
        "\"${words[i+1]}\")\n"
        "                ((i++)) ;;\n"
        "            --board=*|--db=*) _qk_globals+=(\"${words[i]}\") ;;\n"
        "            -*) ;;\n"
        "            *) if [[ -n $headless ]]; then verb=${words[i]}; break; fi ;;\n"
        "        esac\n"
        "    done\n"
        "    if [[ -z $verb ]]; then\n"
        "        case $prev in\n%1"
        "        esac\n"
        "        if [[ -z $headless ]]; then\n%2"
        "        elif [[ $cur == -* ]]; then\n%3"
        "        else\n"
        "            local -a names=(%4) descriptions=(%5)\n"
        "            compadd -l -d descriptions -- \"${names[@]}\"\n"
        "        fi\n"
        "        return 0\n"
        "    fi\n"
        "    case $verb in\n%6"
        "    esac\n"
        "    return 0\n"
        "}\n"
        "\n"
        "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
        "    _qkanban \"$@\"\n"
        "else\n"
        "    compdef _qkanban qkanban\n"
        "fi\n");
    return s.arg(
        CompletionScripts::valueCases(model.headlessOptions, QStringLiteral("            "),
                                      QStringLiteral("_message 'value'; ")),
        offerOptions(model.topOptions, QStringLiteral("            ")),
        offerOptions(model.headlessOptions, QStringLiteral("            ")),
        verbNames.join(QLatin1Char(' ')), verbDescriptions.join(QLatin1Char(' ')), verbCases);
}

} // namespace CompletionScripts
