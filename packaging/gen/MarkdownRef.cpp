#include "packaging/gen/MarkdownRef.h"

#include "app/ArgParser.h"
#include "app/CliReference.h"
#include "app/VerbTable.h"

namespace {

QString text(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('*'), QStringLiteral("\\*"));
    s.replace(QLatin1Char('<'), QStringLiteral("\\<"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString code(const QString &s)
{
    return s.contains(QLatin1Char('`')) ? QStringLiteral("`` ") + s + QStringLiteral(" ``")
                                        : QLatin1Char('`') + s + QLatin1Char('`');
}

QString list(const QList<CliReference::Item> &items)
{
    QString out;
    for (const CliReference::Item &i : items)
        out += QStringLiteral("- ") + code(i.name) + QStringLiteral(": ") + text(i.help) +
               QLatin1Char('\n');
    return out;
}

QString verbSection(const Verb &v)
{
    const ArgParser parser(QStringLiteral("qkanban --headless ") + v.name, v.spec);
    QString out = QStringLiteral("### ") + v.name + QStringLiteral("\n\n```\n") + parser.prog() +
                  QLatin1Char(' ') + parser.synopsis() + QStringLiteral("\n```\n\n");
    out += text(v.spec.description().isEmpty() ? v.help : v.spec.description()) + QLatin1Char('\n');
    if (!v.aliases.isEmpty())
        out += QStringLiteral("\nAlso: ") + code(v.aliases.join(QStringLiteral("`, `"))) +
               QStringLiteral(".\n");
    QString args;
    for (const ArgSpec::Arg &a : v.spec.args()) {
        const QString help = CliReference::argumentHelp(a);
        args += QStringLiteral("- ") + code(ArgParser::invocation(a)) +
                (help.isEmpty() ? QString() : QStringLiteral(": ") + text(help)) +
                QLatin1Char('\n');
    }
    if (!args.isEmpty())
        out += QLatin1Char('\n') + args;
    return out + QLatin1Char('\n');
}

} // namespace

namespace MarkdownRef {

QString render(const VerbTable &table)
{
    QString out = QStringLiteral(
        "<!-- Generated from qkanban's verb table by qkanban-gen (packaging/gen); do not edit. "
        "A ctest test fails when this file is stale: rebuild and copy "
        "build/packaging/gen/cli.md here. -->\n\n"
        "# qkanban command line\n\n");
    out += QStringLiteral("qkanban: ") + text(CliReference::summary()) +
           QStringLiteral(".\n\n## Synopsis\n\n```\n");
    for (const CliReference::Item &face : CliReference::faces())
        out += QStringLiteral("qkanban ") + face.name + QLatin1Char('\n');
    out += QStringLiteral("qkanban --help | --version\n```\n\n");
    for (const CliReference::Item &face : CliReference::faces())
        out += QStringLiteral("- ") + code(QStringLiteral("qkanban ") + face.name) +
               QStringLiteral(": ") + text(face.help) + QLatin1Char('\n');
    out += QStringLiteral("\nThe headless verbs are the same in the desktop board's command bar "
                          "(Ctrl+K). Every verb takes `--help`; most take `--json` for exact, "
                          "untranslated output.\n\n## Options\n\n");
    out += list(CliReference::options());
    out += QStringLiteral("\n## Verbs\n\n");
    for (const Verb &v : table.verbs()) {
        if (!v.hidden)
            out += verbSection(v);
    }
    out += QStringLiteral("## Environment\n\n") + list(CliReference::environment());
    out += QStringLiteral("\n## Files\n\n") + list(CliReference::files());
    out += QStringLiteral("\n## Exit status\n\n") + list(CliReference::exitCodes());
    out += QStringLiteral("\n## See also\n\n") + text(CliReference::moreInfo()) + QLatin1Char('\n');
    return out;
}

} // namespace MarkdownRef
