// qkanban-full: the desktop board (or the tray alone with --tray), and
// every headless verb including serve and daemon (Qt Network). The lean
// `qkanban` re-executes this binary for those.
#include "app/FullBinary.h"
#include "app/HeadlessMain.h"
#include "app/full/ServiceCommands.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#ifdef QKANBAN_WITH_GUI
#include "ui/window/GuiMain.h"
#endif

#include <QStringList>

#include <cstdio>

namespace {

int runDesktop(int argc, char **argv, const QStringList &args)
{
#ifdef QKANBAN_WITH_GUI
    Gui::Options opts;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--tray"))
            opts.trayOnly = true;
        else if (a == QLatin1String("--board") && i + 1 < args.size())
            opts.boardArg = args[++i];
        else if (a.startsWith(QLatin1String("--board=")))
            opts.boardArg = a.section(QLatin1Char('='), 1);
        else if (a == QLatin1String("--db") && i + 1 < args.size())
            opts.dbArg = args[++i];
        else if (a.startsWith(QLatin1String("--db=")))
            opts.dbArg = a.section(QLatin1Char('='), 1);
    }
    VerbTable table;
    registerAllVerbs(table);
    table.setDefaultGlobals({opts.boardArg, opts.dbArg});
    opts.runCommand = [&table](const QString &line) { return table.runCommandLine(line); };
    return Gui::run(argc, argv, opts);
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    Q_UNUSED(args)
    std::fputs("qkanban: this build has no desktop board; use `qkanban --headless <verb>`\n",
               stderr);
    return 1;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    if (!HeadlessMain::decodeArguments(argc, argv, args))
        return 2;
    if (HeadlessMain::printVersion(args))
        return 0;
    ServiceCommands::install();
    FullBinary::preferLeanForWorkers();
    if (HeadlessMain::takeHeadless(args))
        return HeadlessMain::run(argc, argv, args, registerAllVerbs);
    return runDesktop(argc, argv, args);
}
