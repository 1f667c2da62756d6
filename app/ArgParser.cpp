#include "app/ArgParser.h"

#include <QRegularExpression>

namespace {

QString defaultMetavar(const ArgSpec::Arg &a)
{
    if (!a.metavar.isEmpty())
        return a.metavar;
    if (!a.choices.isEmpty())
        return QLatin1Char('{') + a.choices.join(QLatin1Char(',')) + QLatin1Char('}');
    if (a.positional)
        return a.dest;
    return QString(a.dest).replace(QLatin1Char('-'), QLatin1Char('_')).toUpper();
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString optionUsage(const ArgSpec::Arg &a)
{
    const QString name = a.names.first();
    const QString mv = defaultMetavar(a);
    QString body = name;
    if (a.action != ArgSpec::Action::Flag) {
        body += QLatin1Char(' ') + mv;
        if (a.nargs == ArgSpec::Nargs::OneOrMore)
            body += QStringLiteral(" [%1 ...]").arg(mv);
    }
    return a.required ? body : QLatin1Char('[') + body + QLatin1Char(']');
}

QString positionalUsage(const ArgSpec::Arg &a)
{
    const QString mv = defaultMetavar(a);
    switch (a.nargs) {
    case ArgSpec::Nargs::One:
        return mv;
    case ArgSpec::Nargs::Optional:
        return QLatin1Char('[') + mv + QLatin1Char(']');
    case ArgSpec::Nargs::ZeroOrMore:
        return QStringLiteral("[%1 ...]").arg(mv);
    case ArgSpec::Nargs::OneOrMore:
        return QStringLiteral("%1 [%1 ...]").arg(mv);
    }
    return mv;
}

QString invocationOf(const ArgSpec::Arg &a)
{
    if (a.positional)
        return defaultMetavar(a);
    if (a.action == ArgSpec::Action::Flag)
        return a.names.join(QStringLiteral(", "));
    QStringList parts;
    const QString mv = defaultMetavar(a);
    for (const QString &n : a.names)
        parts << n + QLatin1Char(' ') + mv +
                     (a.nargs == ArgSpec::Nargs::OneOrMore ? QStringLiteral(" [%1 ...]").arg(mv)
                                                           : QString());
    return parts.join(QStringLiteral(", "));
}

void appendHelpRow(QString &out, const QString &inv, const QString &help)
{
    const QString lead = QStringLiteral("  ") + inv;
    if (help.isEmpty()) {
        out += lead + QLatin1Char('\n');
    } else if (lead.size() <= 22) {
        out += lead.leftJustified(24) + help + QLatin1Char('\n');
    } else {
        out += lead + QLatin1Char('\n') + QString(24, QLatin1Char(' ')) + help + QLatin1Char('\n');
    }
}

int minimumOf(ArgSpec::Nargs n)
{
    return n == ArgSpec::Nargs::One || n == ArgSpec::Nargs::OneOrMore ? 1 : 0;
}

} // namespace

bool looksLikeOption(const QString &token)
{
    // argparse's rules: "-" alone, negative numbers and strings with a
    // space (unless "--opt=value with spaces") are values, not options.
    if (token.size() < 2 || !token.startsWith(QLatin1Char('-')))
        return false;
    const qsizetype eq = token.indexOf(QLatin1Char('='));
    if (eq > 0 && !token.left(eq).contains(QLatin1Char(' ')))
        return true;
    static const QRegularExpression negative(QStringLiteral("^-\\d+$|^-\\d*\\.\\d+$"));
    if (negative.match(token).hasMatch())
        return false;
    return !token.contains(QLatin1Char(' '));
}

// --- ArgSpec ---------------------------------------------------------------

ArgSpec::Arg &ArgSpec::last()
{
    Q_ASSERT(!m_args.isEmpty());
    return m_args.last();
}

ArgSpec &ArgSpec::positional(const QString &name, const QString &help, Nargs n)
{
    Arg a;
    a.names = {name};
    a.dest = name;
    a.help = help;
    a.positional = true;
    a.nargs = n;
    m_args << a;
    return *this;
}

ArgSpec &ArgSpec::option(const QString &names, const QString &help, const QString &metavar)
{
    // Every verb's spec is built on every run: no split for a single name,
    // one mid() for the dest, the Arg moved in.
    Arg a;
    if (names.contains(QLatin1Char(','))) {
        a.names = names.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &n : a.names)
            n = n.trimmed();
    } else if (!names.isEmpty()) {
        a.names = QStringList{names.trimmed()};
    }
    a.dest = a.names.first();
    for (const QString &n : a.names) {
        if (n.startsWith(QLatin1String("--"))) {
            a.dest = n;
            break;
        }
    }
    qsizetype dashes = 0;
    while (dashes < a.dest.size() && a.dest.at(dashes) == QLatin1Char('-'))
        ++dashes;
    if (dashes > 0)
        a.dest = a.dest.mid(dashes);
    a.help = help;
    a.metavar = metavar;
    m_args << std::move(a);
    return *this;
}

ArgSpec &ArgSpec::flag(const QString &names, const QString &help)
{
    option(names, help);
    last().action = Action::Flag;
    return *this;
}

ArgSpec &ArgSpec::repeatable(const QString &names, const QString &help, const QString &metavar)
{
    option(names, help, metavar);
    last().action = Action::Append;
    return *this;
}

ArgSpec &ArgSpec::required()
{
    last().required = true;
    return *this;
}

ArgSpec &ArgSpec::integer()
{
    last().type = Type::Int;
    return *this;
}

ArgSpec &ArgSpec::number()
{
    last().type = Type::Float;
    return *this;
}

ArgSpec &ArgSpec::choices(const QStringList &values)
{
    last().choices = values;
    return *this;
}

ArgSpec &ArgSpec::defaultsTo(const QString &value)
{
    last().defaultValue = value;
    return *this;
}

ArgSpec &ArgSpec::nargs(Nargs n)
{
    last().nargs = n;
    return *this;
}

ArgSpec &ArgSpec::check(Check fn)
{
    last().check = std::move(fn);
    return *this;
}

// --- ParsedArgs ------------------------------------------------------------

QString ParsedArgs::value(const QString &dest, const QString &fallback) const
{
    const auto it = m_values.constFind(dest);
    if (it == m_values.constEnd() || it->isEmpty())
        return fallback;
    return it->last();
}

qint64 ParsedArgs::integer(const QString &dest, qint64 fallback) const
{
    bool ok = false;
    const qint64 v = value(dest).trimmed().toLongLong(&ok);
    return ok ? v : fallback;
}

double ParsedArgs::number(const QString &dest, double fallback) const
{
    bool ok = false;
    const double v = value(dest).trimmed().toDouble(&ok);
    return ok ? v : fallback;
}

// --- ArgParser -------------------------------------------------------------

const ArgSpec::Arg *ArgParser::findOption(const QString &name, QString *error) const
{
    QList<const ArgSpec::Arg *> prefixed;
    for (const ArgSpec::Arg &a : m_spec.args()) {
        if (a.positional)
            continue;
        if (a.names.contains(name))
            return &a;
        if (name.startsWith(QLatin1String("--"))) {
            for (const QString &n : a.names) {
                if (n.startsWith(name)) {
                    prefixed << &a;
                    break;
                }
            }
        }
    }
    if (prefixed.size() == 1)
        return prefixed.first();
    if (prefixed.size() > 1) {
        QStringList names;
        for (const auto *a : prefixed)
            names << a->names.first();
        *error = QStringLiteral("ambiguous option: %1 could match %2")
                     .arg(name, names.join(QStringLiteral(", ")));
    }
    return nullptr;
}

QString ArgParser::convert(const ArgSpec::Arg &a, const QString &value) const
{
    const QString label =
        QStringLiteral("argument %1: ")
            .arg(a.positional ? defaultMetavar(a) : a.names.join(QLatin1Char('/')));
    if (a.type == ArgSpec::Type::Int) {
        bool ok = false;
        value.trimmed().toLongLong(&ok);
        if (!ok)
            return label + QStringLiteral("invalid int value: ") + quoted(value);
    } else if (a.type == ArgSpec::Type::Float) {
        bool ok = false;
        value.trimmed().toDouble(&ok);
        if (!ok)
            return label + QStringLiteral("invalid float value: ") + quoted(value);
    }
    if (!a.choices.isEmpty() && !a.choices.contains(value)) {
        QStringList q;
        for (const QString &c : a.choices)
            q << quoted(c);
        return label + QStringLiteral("invalid choice: %1 (choose from %2)")
                           .arg(quoted(value), q.join(QStringLiteral(", ")));
    }
    if (a.check) {
        const QString err = a.check(value);
        if (!err.isEmpty())
            return label + err;
    }
    return {};
}

QString ArgParser::distribute(const QStringList &tokens, ParsedArgs &out) const
{
    QList<const ArgSpec::Arg *> pos;
    for (const ArgSpec::Arg &a : m_spec.args()) {
        if (a.positional)
            pos << &a;
    }
    qsizetype idx = 0;
    QStringList missing;
    int totalMin = 0;
    for (const auto *a : pos)
        totalMin += minimumOf(a->nargs);
    // Too few tokens: argparse fills the leading positionals first.
    const bool greedy = tokens.size() < totalMin;
    for (int k = 0; k < pos.size(); ++k) {
        int restMin = 0;
        for (int j = k + 1; j < pos.size() && !greedy; ++j)
            restMin += minimumOf(pos[j]->nargs);
        const qsizetype avail = qMax<qsizetype>(0, tokens.size() - idx - restMin);
        qsizetype take = 0;
        switch (pos[k]->nargs) {
        case ArgSpec::Nargs::One:
        case ArgSpec::Nargs::Optional:
            take = qMin<qsizetype>(1, avail);
            break;
        case ArgSpec::Nargs::ZeroOrMore:
        case ArgSpec::Nargs::OneOrMore:
            take = avail;
            break;
        }
        if (take == 0 && minimumOf(pos[k]->nargs) > 0) {
            missing << defaultMetavar(*pos[k]);
            continue;
        }
        const QStringList values = tokens.mid(idx, take);
        idx += take;
        for (const QString &v : values) {
            const QString err = convert(*pos[k], v);
            if (!err.isEmpty())
                return err;
        }
        if (take > 0 || pos[k]->nargs == ArgSpec::Nargs::ZeroOrMore)
            out.setValues(pos[k]->dest, values);
    }
    for (const ArgSpec::Arg &a : m_spec.args()) {
        if (!a.positional && a.required && !out.isSet(a.dest))
            missing << a.names.first();
    }
    if (!missing.isEmpty())
        return QStringLiteral("the following arguments are required: ") +
               missing.join(QStringLiteral(", "));
    if (idx < tokens.size())
        return QStringLiteral("unrecognized arguments: ") + tokens.mid(idx).join(QLatin1Char(' '));
    return {};
}

ArgParser::Result ArgParser::parse(const QStringList &tokens) const
{
    Result r;
    QStringList positionals;
    QStringList unknown;
    auto fail = [&r](const QString &msg) {
        r.status = Result::Error;
        r.message = msg;
        return r;
    };
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &tok = tokens[i];
        if (onlyPositionals || !looksLikeOption(tok)) {
            positionals << tok;
            continue;
        }
        if (tok == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (tok == QLatin1String("-h") || tok == QLatin1String("--help")) {
            r.status = Result::Help;
            return r;
        }
        QString name = tok;
        QString inlineValue;
        bool hasInline = false;
        if (tok.startsWith(QLatin1String("--")) && tok.contains(QLatin1Char('='))) {
            name = tok.section(QLatin1Char('='), 0, 0);
            inlineValue = tok.section(QLatin1Char('='), 1);
            hasInline = true;
        } else if (!tok.startsWith(QLatin1String("--")) && tok.size() > 2) {
            name = tok.left(2);
            inlineValue = tok.mid(2);
            if (inlineValue.startsWith(QLatin1Char('=')))
                inlineValue.remove(0, 1);
            hasInline = true;
        }
        QString ambiguity;
        const ArgSpec::Arg *opt = findOption(name, &ambiguity);
        if (!ambiguity.isEmpty())
            return fail(ambiguity);
        if (!opt) {
            unknown << tok;
            continue;
        }
        const QString label =
            QStringLiteral("argument %1: ").arg(opt->names.join(QLatin1Char('/')));
        if (opt->action == ArgSpec::Action::Flag) {
            if (hasInline)
                return fail(label + QStringLiteral("ignored explicit argument ") +
                            quoted(inlineValue));
            r.args.setFlag(opt->dest);
            continue;
        }
        QStringList values;
        if (hasInline) {
            values << inlineValue;
        } else if (opt->nargs == ArgSpec::Nargs::OneOrMore) {
            while (i + 1 < tokens.size() && !looksLikeOption(tokens[i + 1]))
                values << tokens[++i];
            if (values.isEmpty())
                return fail(label + QStringLiteral("expected at least one argument"));
        } else {
            if (i + 1 >= tokens.size() || looksLikeOption(tokens[i + 1]))
                return fail(label + QStringLiteral("expected one argument"));
            values << tokens[++i];
        }
        for (const QString &v : values) {
            const QString err = convert(*opt, v);
            if (!err.isEmpty())
                return fail(err);
        }
        if (opt->action == ArgSpec::Action::Append) {
            for (const QString &v : values)
                r.args.appendValue(opt->dest, v);
        } else {
            r.args.setValues(opt->dest, values);
        }
    }
    const QString err = distribute(positionals, r.args);
    if (!err.isEmpty() && !err.startsWith(QLatin1String("unrecognized")))
        return fail(err);
    QStringList extras = unknown;
    if (!err.isEmpty())
        extras << err.mid(QStringLiteral("unrecognized arguments: ").size());
    if (!extras.isEmpty())
        return fail(QStringLiteral("unrecognized arguments: ") + extras.join(QLatin1Char(' ')));
    for (const ArgSpec::Arg &a : m_spec.args()) {
        if (!a.defaultValue.isEmpty() && !r.args.isSet(a.dest) &&
            a.action == ArgSpec::Action::Store)
            r.args.setValues(a.dest, {a.defaultValue});
    }
    return r;
}

QStringList ArgParser::synopsisParts() const
{
    QStringList parts{QStringLiteral("[-h]")};
    for (const ArgSpec::Arg &a : m_spec.args()) {
        if (!a.positional)
            parts << optionUsage(a);
    }
    for (const ArgSpec::Arg &a : m_spec.args()) {
        if (a.positional)
            parts << positionalUsage(a);
    }
    return parts;
}

QString ArgParser::synopsis() const
{
    return synopsisParts().join(QLatin1Char(' '));
}

QString ArgParser::invocation(const ArgSpec::Arg &arg)
{
    return invocationOf(arg);
}

QString ArgParser::usage() const
{
    const QStringList parts = synopsisParts();
    const QString head = QStringLiteral("usage: ") + m_prog;
    const QString indent(head.size() + 1, QLatin1Char(' '));
    QString out = head;
    int col = int(head.size());
    for (const QString &p : parts) {
        if (col + 1 + p.size() > 78 && col > head.size()) {
            out += QLatin1Char('\n') + indent + p;
            col = int(indent.size() + p.size());
        } else {
            out += QLatin1Char(' ') + p;
            col += int(1 + p.size());
        }
    }
    return out;
}

QString ArgParser::help() const
{
    QString out = usage() + QLatin1Char('\n');
    if (!m_spec.description().isEmpty())
        out += QLatin1Char('\n') + m_spec.description() + QLatin1Char('\n');
    bool anyPositional = false;
    for (const ArgSpec::Arg &a : m_spec.args())
        anyPositional |= a.positional;
    if (anyPositional) {
        out += QStringLiteral("\npositional arguments:\n");
        for (const ArgSpec::Arg &a : m_spec.args()) {
            if (a.positional)
                appendHelpRow(out, invocationOf(a), a.help);
        }
    }
    out += QStringLiteral("\noptions:\n");
    appendHelpRow(out, QStringLiteral("-h, --help"),
                  QStringLiteral("show this help message and exit"));
    for (const ArgSpec::Arg &a : m_spec.args()) {
        if (!a.positional)
            appendHelpRow(out, invocationOf(a), a.help);
    }
    return out;
}

QString ArgParser::errorText(const QString &message) const
{
    return usage() + QLatin1Char('\n') + m_prog + QStringLiteral(": error: ") + message;
}
