#include "app/VerbTable.h"

#include "app/CliReference.h"
#include "app/ShellSplit.h"

#include "model/BoardPaths.h"
#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/VisibleText.h"

#include <QFileInfo>

#include <algorithm>

namespace {

const QString kProg = QStringLiteral("qkanban");

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

// Pulls --board/--db out of argv wherever they appear (before "--").
// Returns an error message for a missing value.
QString extractGlobals(const QStringList &args, GlobalOptions &g, QStringList &rest)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &tok = args[i];
        if (tok == QLatin1String("--")) {
            rest << args.mid(i);
            break;
        }
        QString *target = nullptr;
        QString name;
        if (tok == QLatin1String("--board") || tok.startsWith(QLatin1String("--board="))) {
            target = &g.boardArg;
            name = QStringLiteral("--board");
        } else if (tok == QLatin1String("--db") || tok.startsWith(QLatin1String("--db="))) {
            target = &g.dbArg;
            name = QStringLiteral("--db");
        }
        if (!target) {
            rest << tok;
            continue;
        }
        if (tok.contains(QLatin1Char('='))) {
            *target = tok.section(QLatin1Char('='), 1);
        } else if (i + 1 < args.size() && !looksLikeOption(args[i + 1])) {
            *target = args[++i];
        } else {
            return QStringLiteral("argument %1: expected one argument").arg(name);
        }
    }
    return {};
}

QString topUsage()
{
    return QStringLiteral("usage: qkanban --headless [--board SLUG] [--db FILE] <verb> [args]");
}

// Read-only verbs open only a board that exists.
void requireExistingBoard(const GlobalOptions &globals)
{
    const BoardLocation loc = BoardPaths::resolve(globals.boardArg, globals.dbArg);
    if (Dialect::isPostgresPath(loc.dbPath))
        return; // opening it says whether the database holds a board
    if (!QFileInfo::exists(loc.dbPath))
        throw KanbanError(QStringLiteral("no board at %1; run `qkanban --headless init` to create "
                                         "one")
                              .arg(loc.dbPath),
                          KanbanError::NotFound);
}

QByteArray trimmedEnd(const QByteArray &b)
{
    qsizetype n = b.size();
    while (n > 0 && (b[n - 1] == '\n' || b[n - 1] == ' ' || b[n - 1] == '\r' || b[n - 1] == '\t'))
        --n;
    return b.left(n);
}

} // namespace

void VerbTable::add(Verb verb)
{
    m_verbs << std::move(verb);
}

namespace {
bool s_mapsScans = false;
}

void VerbTable::setMapsScans(bool maps)
{
    s_mapsScans = maps;
}

void VerbTable::markReadOnly(const QStringList &names)
{
    for (const QString &name : names) {
        const auto it = std::find_if(m_verbs.begin(), m_verbs.end(),
                                     [&name](const Verb &v) { return v.name == name; });
        Q_ASSERT_X(it != m_verbs.end(), "VerbTable::markReadOnly", qPrintable(name));
        if (it != m_verbs.end())
            it->readOnly = true;
    }
}

const Verb *VerbTable::find(const QString &nameOrAlias) const
{
    for (const Verb &v : m_verbs) {
        if (v.name == nameOrAlias || v.aliases.contains(nameOrAlias))
            return &v;
    }
    return nullptr;
}

QString VerbTable::overview() const
{
    return CliReference::usage(*this);
}

QString VerbTable::curatedHelp() const
{
    return QStringLiteral(
        "qkanban commands (the same verbs as `qkanban --headless`):\n"
        "  list [--mine] [--status S] [--assignee P]   list tasks (ls)\n"
        "  show ID                                    a task with comments, events, runs\n"
        "  create \"title\" [--assignee P] [--parent ID] [--body TEXT] [--priority N]\n"
        "  edit ID [--title T] [--priority N] ...     change fields\n"
        "  assign ID PROFILE|none                     (re)assign\n"
        "  link PARENT CHILD / unlink PARENT CHILD    dependencies\n"
        "  comment ID text...                         add a comment\n"
        "  complete ID... [--result R]                mark done\n"
        "  block ID [reason...] / unblock ID...       park or release\n"
        "  archive ID... [--rm]                       archive (or delete archived)\n"
        "  claim ID / reclaim ID / heartbeat ID       worker lifecycle\n"
        "  request-review ID --summary S / request-changes ID reason...\n"
        "  runs ID / context ID / tail ID / watch     history and live events\n"
        "  stats / gc / dispatch / boards list        board-wide\n"
        "  notify-subscribe ID / notify-list          notifications\n"
        "Add -h to a verb for its options, e.g. `create -h`.\n");
}

int VerbTable::runVerb(const Verb &verb, const QStringList &args, const GlobalOptions &globals,
                       OutputSink &sink, bool live, bool commandBar)
{
    const ArgParser parser(kProg + QLatin1Char(' ') + verb.name, verb.spec);
    auto usageFailure = [&](const QString &message) {
        const QString text = VisibleText::lines(parser.errorText(message));
        sink.writeErr(((commandBar ? QStringLiteral("⚠ qkanban usage error\n") : QString()) + text +
                       QLatin1Char('\n'))
                          .toUtf8());
        return 2;
    };
    const ArgParser::Result parsed = parser.parse(args);
    if (parsed.status == ArgParser::Result::Help) {
        sink.writeOut(parser.help().toUtf8());
        return 0;
    }
    if (parsed.status == ArgParser::Result::Error)
        return usageFailure(parsed.message);

    VerbContext ctx(verb.name, parsed.args, sink, globals, live);
    try {
        if (verb.needsBoard) {
            if (!globals.boardArg.isEmpty() && globals.dbArg.isEmpty() &&
                !BoardPaths::isValidSlug(globals.boardArg.trimmed().toLower()))
                return usageFailure(QStringLiteral("argument --board: ") +
                                    BoardPaths::slugError(globals.boardArg));
            if (verb.readOnly)
                requireExistingBoard(globals);
            // Only these two make a board in an empty PostgreSQL database.
            Database::setCreatesSchema(verb.name == QLatin1String("init") ||
                                       verb.name == QLatin1String("import"));
            if (s_mapsScans) {
                static const QStringList scans{QStringLiteral("list"), QStringLiteral("stats"),
                                               QStringLiteral("export"),
                                               QStringLiteral("dispatch")};
                Database::setMmapSize(scans.contains(verb.name) ? qint64(256) << 20 : 0);
            }
            ctx.kernel();
        }
        return verb.handler(ctx);
    } catch (const UsageError &e) {
        return usageFailure(e.message());
    } catch (const KanbanError &e) {
        ctx.printErr(kProg + QStringLiteral(": ") + oneLine(e.message()));
    } catch (const std::exception &e) {
        ctx.printErr(kProg + QStringLiteral(": ") + oneLine(QString::fromUtf8(e.what())));
    }
    return 1;
}

int VerbTable::run(const QStringList &argv, OutputSink &sink, bool live)
{
    GlobalOptions globals = m_defaults;
    QStringList rest;
    const QString globalError = extractGlobals(argv, globals, rest);
    if (!globalError.isEmpty()) {
        sink.writeErr(
            (topUsage() + QStringLiteral("\nqkanban: error: ") + globalError + QLatin1Char('\n'))
                .toUtf8());
        return 2;
    }
    bool json = false;
    while (!rest.isEmpty() && looksLikeOption(rest.first())) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("-h") || opt == QLatin1String("--help")) {
            sink.writeOut(overview().toUtf8());
            return 0;
        }
        if (opt == QLatin1String("--version") || opt == QLatin1String("-V") ||
            opt == QLatin1String("-v")) {
            sink.writeOut((CliReference::versionLine() + QLatin1Char('\n')).toUtf8());
            return 0;
        }
        if (opt == QLatin1String("--json")) {
            json = true;
            continue;
        }
        sink.writeErr((topUsage() + QStringLiteral("\nqkanban: error: unrecognized arguments: ") +
                       VisibleText::oneLine(opt) + QLatin1Char('\n'))
                          .toUtf8());
        return 2;
    }
    if (rest.isEmpty()) {
        sink.writeOut(overview().toUtf8());
        return 0;
    }
    const QString name = rest.takeFirst();
    const Verb *verb = find(name);
    if (!verb) {
        sink.writeErr(
            (topUsage() +
             QStringLiteral("\nqkanban: error: unknown verb '%1' (see `qkanban --headless "
                            "--help`)\n")
                 .arg(VisibleText::oneLine(name)))
                .toUtf8());
        return 2;
    }
    if (json)
        rest.prepend(QStringLiteral("--json"));
    return runVerb(*verb, rest, globals, sink, live, !live);
}

int VerbTable::runHeadless(const QStringList &args)
{
    StreamSink sink;
    return run(args, sink, true);
}

QString VerbTable::runCommandLine(const QString &line)
{
    QString splitError;
    QStringList tokens = shellSplit(line, &splitError);
    if (!splitError.isEmpty())
        return QStringLiteral("⚠ qkanban usage error\n") + splitError;
    if (!tokens.isEmpty() && tokens.first() == kProg)
        tokens.removeFirst();
    if (!tokens.isEmpty() && tokens.first() == QLatin1String("--headless"))
        tokens.removeFirst();
    static const QStringList helpWords{QStringLiteral("help"), QStringLiteral("--help"),
                                       QStringLiteral("-h"), QStringLiteral("?")};
    if (tokens.isEmpty() || (tokens.size() == 1 && helpWords.contains(tokens.first())))
        return curatedHelp().trimmed();
    BufferSink sink;
    try {
        run(tokens, sink, false);
    } catch (const std::exception &e) {
        sink.writeErr(QByteArray("qkanban: ") + e.what());
    }
    const QByteArray out = trimmedEnd(sink.out());
    const QByteArray err = trimmedEnd(sink.err());
    if (!out.isEmpty() && !err.isEmpty())
        return QString::fromUtf8(out + '\n' + err);
    if (!err.isEmpty())
        return QString::fromUtf8(err);
    return out.isEmpty() ? QStringLiteral("(no output)") : QString::fromUtf8(out);
}
