// `completion bash`: a bash completion script generated from the table.
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

namespace {

bool takesTaskId(const Verb &v)
{
    for (const ArgSpec::Arg &a : v.spec.args()) {
        if (a.positional &&
            (a.dest.endsWith(QLatin1String("_id")) || a.dest.endsWith(QLatin1String("_ids"))))
            return true;
    }
    return false;
}

QString bashScript(const VerbTable &table)
{
    QStringList names;
    QString optionCases;
    QString wordCases;
    QStringList idVerbs;
    for (const Verb &v : table.verbs()) {
        const QStringList all = QStringList{v.name} + v.aliases;
        names << all;
        QStringList opts{QStringLiteral("--help")};
        QStringList words;
        for (const ArgSpec::Arg &a : v.spec.args()) {
            if (a.positional)
                words << a.choices;
            else
                opts << a.names;
        }
        optionCases += QStringLiteral("        %1) opts=\"%2\" ;;\n")
                           .arg(all.join(QLatin1Char('|')), opts.join(QLatin1Char(' ')));
        if (!words.isEmpty())
            wordCases += QStringLiteral("        %1) words=\"%2\" ;;\n")
                             .arg(all.join(QLatin1Char('|')), words.join(QLatin1Char(' ')));
        if (takesTaskId(v))
            idVerbs << all;
    }
    QString s = QStringLiteral(
        "# bash completion for qkanban; load with: source <(qkanban --headless completion bash)\n"
        "_qkanban_task_ids() {\n"
        "    qkanban --headless list --json 2>/dev/null | sed -n 's/^    \"id\": "
        "\"\\(t_[0-9a-f]*\\)\",$/\\1/p'\n"
        "}\n"
        "_qkanban() {\n"
        "    local cur prev verb i opts words\n"
        "    cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
        "    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        "    verb=\"\"\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        case \"${COMP_WORDS[i]}\" in\n"
        "            --board|--db) ((i++)) ;;\n"
        "            -*) ;;\n"
        "            *) verb=\"${COMP_WORDS[i]}\"; break ;;\n"
        "        esac\n"
        "    done\n"
        "    case \"$prev\" in\n"
        "        --board)\n"
        "            local root=\"${QKANBAN_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/qkanban}\"\n"
        "            COMPREPLY=($(compgen -W \"default $(ls \"$root/boards\" 2>/dev/null)\" -- "
        "\"$cur\")); return ;;\n"
        "        --db|--body-file|--output|-o|--from-hermes)\n"
        "            COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
        "    esac\n"
        "    if [[ -z \"$verb\" ]]; then\n"
        "        COMPREPLY=($(compgen -W \"--headless --tray --board --db --version %1\" -- "
        "\"$cur\"))\n"
        "        return\n"
        "    fi\n"
        "    opts=\"\"; words=\"\"\n"
        "    case \"$verb\" in\n"
        "%2"
        "    esac\n"
        "    if [[ \"$cur\" == -* ]]; then\n"
        "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\")); return\n"
        "    fi\n"
        "    case \"$verb\" in\n"
        "%3"
        "    esac\n"
        "    case \"$verb\" in\n"
        "        %4) words=\"$words $(_qkanban_task_ids)\" ;;\n"
        "    esac\n"
        "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
        "}\n"
        "complete -F _qkanban qkanban\n");
    return s.arg(names.join(QLatin1Char(' ')), optionCases, wordCases,
                 idVerbs.join(QLatin1Char('|')));
}

} // namespace

void registerShellVerbs(VerbTable &table)
{
    Verb completion{
        QStringLiteral("completion"),
        {},
        QStringLiteral("Print a shell completion script"),
        ArgSpec(
            QStringLiteral(
                "Print a shell completion script: source <(qkanban --headless completion bash)"))
            .positional(QStringLiteral("shell"))
            .choices({QStringLiteral("bash")}),
        [&table](VerbContext &ctx) {
            ctx.write(bashScript(table).toUtf8());
            return 0;
        }};
    completion.needsBoard = false;
    table.add(std::move(completion));
}
