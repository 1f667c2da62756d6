// The bash completion script: _qkanban, registered with `complete -F`.
#include "app/CompletionScripts.h"

namespace {

using Completion::Option;

QStringList allNames(const QList<Option> &options)
{
    QStringList out;
    for (const Option &o : options)
        out << o.names;
    return out;
}

} // namespace

namespace CompletionScripts {

QString valueCases(const QList<Option> &options, const QString &indent, const QString &noValues)
{
    QString out;
    for (const Option &o : options) {
        if (!o.takesValue)
            continue;
        QStringList values;
        for (const QString &v : o.values)
            values << quoted(v);
        out += indent + o.names.join(QLatin1Char('|')) + QStringLiteral(") ") +
               (values.isEmpty() ? noValues
                                 : QStringLiteral("_qkanban_offer ") +
                                       values.join(QLatin1Char(' ')) + QStringLiteral("; ")) +
               QStringLiteral("return ;;\n");
    }
    return out;
}

QString quoted(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString bash(const Completion::Model &model)
{
    QStringList verbNames;
    QString verbCases;
    for (const Completion::VerbModel &v : model.verbs) {
        verbNames << v.names;
        QStringList positionals;
        for (const QString &p : v.positionals)
            positionals << quoted(p);
        verbCases += QStringLiteral("        %1)\n"
                                    "            case \"$prev\" in\n%2"
                                    "            esac\n"
                                    "            opts=%3\n"
                                    "            pos=(%4) ;;\n")
                         .arg(v.names.join(QLatin1Char('|')),
                              CompletionScripts::valueCases(v.options,
                                                            QStringLiteral("                "), {}),
                              quoted(allNames(v.options).join(QLatin1Char(' '))),
                              positionals.join(QLatin1Char(' ')));
    }
    QString s = QStringLiteral(
        "# bash completion for qkanban, generated from its verb table.\n"
        "# Load with: source <(qkanban --headless completion bash)\n"
        "\n"
        "# Adds to COMPREPLY what completes $cur: @tasks, @profiles and @boards\n"
        "# ask `qkanban --headless __complete`, @file completes a path, other\n"
        "# words are literal.\n"
        "_qkanban_offer() {\n"
        "    local w words=()\n"
        "    for w in \"$@\"; do\n"
        "        case \"$w\" in\n"
        "            @file) COMPREPLY+=($(compgen -f -- \"$cur\")) ;;\n"
        "            @tasks|@profiles|@boards)\n"
        "                words+=($(\"$prog\" --headless \"${globals[@]}\" __complete "
        "\"${w#@}\" 2>/dev/null | cut -f1)) ;;\n"
        "            *) words+=(\"$w\") ;;\n"
        "        esac\n"
        "    done\n"
        "    COMPREPLY+=($(compgen -W \"${words[*]}\" -- \"$cur\"))\n"
        "}\n"
        "\n"
        "_qkanban() {\n"
        "    local cur prev prog verb= headless= i opts= pos=() globals=()\n"
        "    COMPREPLY=()\n"
        "    cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
        "    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        "    prog=\"${COMP_WORDS[0]}\"\n"
        "    [[ \"$prog\" == \"~/\"* ]] && prog=\"$HOME/${prog#\\~/}\"\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        case \"${COMP_WORDS[i]}\" in\n"
        "            --headless) headless=1 ;;\n"
        "            --board|--db)\n"
        "                ((i + 1 < COMP_CWORD)) && globals+=(\"${COMP_WORDS[i]}\" "
        "\"${COMP_WORDS[i+1]}\")\n"
        "                ((i++)) ;;\n"
        "            --board=*|--db=*) globals+=(\"${COMP_WORDS[i]}\") ;;\n"
        "            -*) ;;\n"
        "            *) if [[ -n \"$headless\" ]]; then verb=\"${COMP_WORDS[i]}\"; break; fi "
        ";;\n"
        "        esac\n"
        "    done\n"
        "    if [[ -z \"$verb\" ]]; then\n"
        "        case \"$prev\" in\n%1"
        "        esac\n"
        "        if [[ -z \"$headless\" ]]; then\n"
        "            COMPREPLY=($(compgen -W %2 -- \"$cur\"))\n"
        "        elif [[ \"$cur\" == -* ]]; then\n"
        "            COMPREPLY=($(compgen -W %3 -- \"$cur\"))\n"
        "        else\n"
        "            COMPREPLY=($(compgen -W %4 -- \"$cur\"))\n"
        "        fi\n"
        "        return\n"
        "    fi\n"
        "    case \"$verb\" in\n%5"
        "        *) return ;;\n"
        "    esac\n"
        "    if [[ \"$cur\" == -* ]]; then\n"
        "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
        "    elif ((${#pos[@]})); then\n"
        "        _qkanban_offer \"${pos[@]}\"\n"
        "    fi\n"
        "}\n"
        "complete -o filenames -F _qkanban qkanban\n");
    return s.arg(
        CompletionScripts::valueCases(model.headlessOptions, QStringLiteral("            "), {}),
        quoted(allNames(model.topOptions).join(QLatin1Char(' '))),
        quoted(allNames(model.headlessOptions).join(QLatin1Char(' '))),
        quoted(verbNames.join(QLatin1Char(' '))), verbCases);
}

} // namespace CompletionScripts
