#include "app/CliReference.h"

#include "app/VerbTable.h"

namespace {

QString column(const QString &name, const QString &help, int width)
{
    QString line = QStringLiteral("  ") + name;
    if (line.size() >= width)
        return line + QLatin1Char('\n') + QString(width, QLatin1Char(' ')) + help +
               QLatin1Char('\n');
    return line.leftJustified(width) + help + QLatin1Char('\n');
}

} // namespace

namespace CliReference {

QList<Item> faces()
{
    return {
        {QStringLiteral("[--board SLUG] [--db PATH]"),
         QStringLiteral("Open the desktop board (one window per user and qkanban home).")},
        {QStringLiteral("--tray [--board SLUG] [--db PATH]"),
         QStringLiteral("Start the tray icon alone, with the dispatcher, no window.")},
        {QStringLiteral("--headless [--board SLUG] [--db PATH] [--json] VERB [ARGS]"),
         QStringLiteral("Run one verb and exit; needs no display. Workers and scripts use this.")},
    };
}

QList<Item> options()
{
    return {
        {QStringLiteral("--board SLUG"),
         QStringLiteral("Use the board SLUG (default: the current board, else 'default').")},
        {QStringLiteral("--db PATH"),
         QStringLiteral("Use this database file (or postgresql:// URL) instead of a board.")},
        {QStringLiteral("--tray"), QStringLiteral("Start in the system tray, without a window.")},
        {QStringLiteral("--headless"),
         QStringLiteral("Run the VERB that follows on the command line, without a display.")},
        {QStringLiteral("--json"),
         QStringLiteral("With --headless: machine-readable output (also accepted after VERB).")},
        {QStringLiteral("-h, --help"), QStringLiteral("Print this help and exit.")},
        {QStringLiteral("-V, -v, --version"), QStringLiteral("Print the version and exit.")},
    };
}

QList<Item> environment()
{
    return {
        {QStringLiteral("QKANBAN_HOME"),
         QStringLiteral("The qkanban root, holding boards/ and api-token "
                        "(default: $XDG_DATA_HOME/qkanban, else ~/.local/share/qkanban).")},
        {QStringLiteral("QKANBAN_BOARD"),
         QStringLiteral("The board to use when --board is not given.")},
        {QStringLiteral("QKANBAN_DB"),
         QStringLiteral("Pin one database file (or postgresql:// URL); --db wins.")},
        {QStringLiteral("QKANBAN_HOST"),
         QStringLiteral("This host's name on the board (default: the machine's host name); "
                        "set it to run several dispatchers on one machine as several hosts.")},
        {QStringLiteral("QKANBAN_CONFIG"),
         QStringLiteral("The configuration file (default: "
                        "$XDG_CONFIG_HOME/qkanban/qkanban.conf).")},
        {QStringLiteral("QKANBAN_BIN"),
         QStringLiteral("The qkanban binary the dispatcher hands to workers (default: this "
                        "one).")},
        {QStringLiteral("QKANBAN_PROFILE"),
         QStringLiteral("Who you are: the author of comments and the assignee of --mine "
                        "(default: user). Set for workers.")},
        {QStringLiteral("QKANBAN_TASK"),
         QStringLiteral("Set for workers: the id of the task they work on.")},
        {QStringLiteral("QKANBAN_RUN_ID"),
         QStringLiteral("Set for workers: their run; worker verbs of a stale run are refused.")},
        {QStringLiteral("QKANBAN_CLAIM_LOCK"),
         QStringLiteral("Set for workers: the claim they hold on the task.")},
        {QStringLiteral("QKANBAN_WORKSPACE"),
         QStringLiteral("Set for workers: their workspace folder (also their working "
                        "directory).")},
        {QStringLiteral("QKANBAN_BRANCH"),
         QStringLiteral("Set for workers in a git worktree: its branch.")},
        {QStringLiteral("QKANBAN_TENANT"), QStringLiteral("Set for workers: the task's tenant.")},
        {QStringLiteral("QKANBAN_SKILLS"),
         QStringLiteral("Set for workers of a task with skills (create --skill): the names, "
                        "comma-separated.")},
        {QStringLiteral("QKANBAN_LANG"),
         QStringLiteral("The desktop board's language (default: the system's).")},
        {QStringLiteral("QKANBAN_THEME"),
         QStringLiteral("The desktop board's theme: system, light or dark.")},
        {QStringLiteral("XDG_DATA_HOME, XDG_CONFIG_HOME"),
         QStringLiteral("Where the root and the configuration live by default.")},
        {QStringLiteral("XDG_RUNTIME_DIR"),
         QStringLiteral("Where the desktop board's single-instance socket lives.")},
        {QStringLiteral("DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM"),
         QStringLiteral("The display the board and the tray need; without one, use "
                        "--headless.")},
    };
}

QList<Item> files()
{
    return {
        {QStringLiteral("$XDG_CONFIG_HOME/qkanban/qkanban.conf"),
         QStringLiteral("Profiles (with their --env values) and dispatcher settings; "
                        "mode 0600.")},
        {QStringLiteral("$QKANBAN_HOME/boards/SLUG/board.db"),
         QStringLiteral("One board's database; mode 0600.")},
        {QStringLiteral("$QKANBAN_HOME/boards/SLUG/logs/TASK.log"),
         QStringLiteral("A task's worker log; mode 0600.")},
        {QStringLiteral("$QKANBAN_HOME/boards/SLUG/workspaces/TASK/"),
         QStringLiteral("A task's scratch workspace; mode 0700.")},
        {QStringLiteral("$QKANBAN_HOME/api-token"),
         QStringLiteral("The bearer token of the REST API (serve); mode 0600.")},
    };
}

QList<Item> exitCodes()
{
    return {
        {QStringLiteral("0"), QStringLiteral("Success (also for --help and --version).")},
        {QStringLiteral("1"),
         QStringLiteral("The operation failed (unknown task, refused transition, no display).")},
        {QStringLiteral("2"),
         QStringLiteral("Usage error: unknown option or verb, bad or missing argument.")},
    };
}

QString summary()
{
    return QStringLiteral("a kanban board on which people and agent workers coordinate");
}

QString moreInfo()
{
    return QStringLiteral("'qkanban --headless help VERB' (or VERB --help) for one verb's options; "
                          "man qkanban; the CLI reference cli.md in qkanban's documentation "
                          "folder.");
}

QString usage(const VerbTable &table)
{
    QString out;
    bool first = true;
    for (const Item &face : faces()) {
        out += (first ? QStringLiteral("Usage: qkanban ") : QStringLiteral("       qkanban ")) +
               face.name + QLatin1Char('\n');
        first = false;
    }
    out += QStringLiteral("       qkanban --help | --version\n\nqkanban: ") + summary() +
           QStringLiteral(".\n\n");
    int i = 0;
    for (const Item &face : faces())
        out += QStringLiteral("%1. %2\n").arg(++i).arg(face.help);
    out += QStringLiteral("\nOptions:\n");
    for (const Item &o : options())
        out += column(o.name, o.help, 24);
    out += QStringLiteral("\nVerbs (qkanban --headless VERB --help for the options of one):\n");
    for (const Verb &v : table.verbs()) {
        if (v.hidden)
            continue;
        QString name = v.name;
        if (!v.aliases.isEmpty())
            name += QLatin1Char('|') + v.aliases.join(QLatin1Char('|'));
        out += column(name, v.help, 24);
    }
    out += QStringLiteral("\nEnvironment:\n");
    for (const Item &e : environment())
        out += column(e.name, e.help, 24);
    out += QStringLiteral("\nExit status:\n");
    for (const Item &e : exitCodes())
        out += column(e.name, e.help, 24);
    out += QStringLiteral("\nMore: ") + moreInfo() + QLatin1Char('\n');
    return out;
}

QString versionLine()
{
    return QStringLiteral("qkanban " QKANBAN_VERSION);
}

QString argumentHelp(const ArgSpec::Arg &arg)
{
    QString help = arg.help;
    const auto addSentence = [&help](const QString &sentence) {
        help += (help.isEmpty() ? QString() : QStringLiteral(" ")) + sentence;
    };
    if (!arg.choices.isEmpty() && arg.metavar.isEmpty())
        addSentence(QStringLiteral("One of: ") + arg.choices.join(QStringLiteral(", ")) +
                    QLatin1Char('.'));
    if (arg.action == ArgSpec::Action::Append)
        addSentence(QStringLiteral("May be repeated."));
    return help;
}

} // namespace CliReference
