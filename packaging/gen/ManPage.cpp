#include "packaging/gen/ManPage.h"

#include "app/ArgParser.h"
#include "app/CliReference.h"
#include "app/VerbTable.h"

namespace {

// ".TP" with a bold term (options and names are literal text).
QString item(const QString &term, const QString &help)
{
    return QStringLiteral(".TP\n\\fB") + ManPage::escaped(term) + QStringLiteral("\\fR\n") +
           ManPage::escaped(help) + QLatin1Char('\n');
}

QString section(const QString &title, const QList<CliReference::Item> &items)
{
    QString out = QStringLiteral(".SH ") + title + QLatin1Char('\n');
    for (const CliReference::Item &i : items)
        out += item(i.name, i.help);
    return out;
}

QString verbSection(const Verb &v)
{
    const ArgParser parser(QStringLiteral("qkanban --headless ") + v.name, v.spec);
    QString out = QStringLiteral(".SS ") + ManPage::escaped(v.name) + QLatin1Char('\n');
    out += QStringLiteral(".B qkanban \\-\\-headless ") + ManPage::escaped(v.name) +
           QLatin1Char('\n') + ManPage::escaped(parser.synopsis()) + QStringLiteral("\n.PP\n");
    const QString description = v.spec.description().isEmpty() ? v.help : v.spec.description();
    out += ManPage::escaped(description) + QLatin1Char('\n');
    if (!v.aliases.isEmpty())
        out += QStringLiteral(".PP\nAlso: ") +
               ManPage::escaped(v.aliases.join(QStringLiteral(", "))) + QStringLiteral(".\n");
    for (const ArgSpec::Arg &a : v.spec.args()) {
        const QString help = CliReference::argumentHelp(a);
        out += QStringLiteral(".TP\n") +
               (a.positional ? QStringLiteral("\\fI") : QStringLiteral("\\fB")) +
               ManPage::escaped(ArgParser::invocation(a)) + QStringLiteral("\\fR\n") +
               (help.isEmpty() ? QString() : ManPage::escaped(help) + QLatin1Char('\n'));
    }
    return out;
}

} // namespace

namespace ManPage {

QString escaped(const QString &text)
{
    QString s;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            s += QStringLiteral("\\e");
        else if (c == QLatin1Char('-'))
            s += QStringLiteral("\\-");
        else if (c == QLatin1Char('\n'))
            s += QLatin1Char(' ');
        else
            s += c;
    }
    if (s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('\'')))
        s.prepend(QStringLiteral("\\&"));
    return s;
}

QString render(const VerbTable &table)
{
    QString out =
        QStringLiteral(".\\\" Generated from qkanban's verb table by qkanban-gen; do not edit.\n"
                       ".TH QKANBAN 1 \"\" \"%1\" \"User Commands\"\n"
                       ".SH NAME\n"
                       "qkanban \\- %2\n"
                       ".SH SYNOPSIS\n")
            .arg(escaped(CliReference::versionLine()), escaped(CliReference::summary()));
    for (const CliReference::Item &face : CliReference::faces())
        out += QStringLiteral(".B qkanban\n") + escaped(face.name) + QStringLiteral("\n.br\n");
    out += QStringLiteral(".B qkanban\n\\-\\-help | \\-\\-version\n");
    out += QStringLiteral(".SH DESCRIPTION\n") + QStringLiteral("qkanban is ") +
           escaped(CliReference::summary()) + QStringLiteral(". It has three faces, one binary:\n");
    for (const CliReference::Item &face : CliReference::faces())
        out += item(QStringLiteral("qkanban ") + face.name, face.help);
    out += QStringLiteral(
        ".PP\nThe headless verbs are the same in the desktop board's command bar (Ctrl+K).\n"
        "Every verb takes \\fB\\-\\-help\\fR; most take \\fB\\-\\-json\\fR for exact, "
        "untranslated output.\n");
    out += section(QStringLiteral("OPTIONS"), CliReference::options());
    out += QStringLiteral(".SH VERBS\n");
    for (const Verb &v : table.verbs()) {
        if (!v.hidden)
            out += verbSection(v);
    }
    out += section(QStringLiteral("ENVIRONMENT"), CliReference::environment());
    out += section(QStringLiteral("FILES"), CliReference::files());
    out += section(QStringLiteral("EXIT STATUS"), CliReference::exitCodes());
    out += QStringLiteral(".SH SEE ALSO\n") + escaped(CliReference::moreInfo()) + QLatin1Char('\n');
    return out;
}

} // namespace ManPage
