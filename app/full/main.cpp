// qkanban-full: the desktop board (or the tray alone with --tray), and
// every headless verb including serve and daemon (Qt Network). The lean
// `qkanban` re-executes this binary for those. qkanban-services is the
// same without the board (serve, and the daemon's delivery process).
#include "app/FullBinary.h"
#include "app/HeadlessMain.h"
#include "app/TopLevel.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"
#include "app/full/NotifyChild.h"
#include "app/full/ServiceCommands.h"

#ifdef QKANBAN_WITH_GUI
#include "ui/window/GuiMain.h"
#endif

#include <QStringList>

#include <cstdio>

namespace {

int runDesktop(int argc, char **argv, const TopLevel::Parsed &parsed)
{
#ifdef QKANBAN_WITH_GUI
    Gui::Options opts;
    opts.trayOnly = parsed.tray;
    opts.boardArg = parsed.board;
    opts.dbArg = parsed.db;
    VerbTable table;
    registerAllVerbs(table);
    table.setDefaultGlobals({opts.boardArg, opts.dbArg});
    opts.runCommand = [&table](const QString &line) { return table.runCommandLine(line); };
    return Gui::run(argc, argv, opts);
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    Q_UNUSED(parsed)
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
    // The daemon's notification deliveries (NotifyLauncher).
    if (NotifyChild::isChild(args))
        return NotifyChild::run(argc, argv, args);
    const TopLevel::Parsed parsed = TopLevel::parse(args);
    if (const int code = TopLevel::handle(parsed); code >= 0)
        return code;
    ServiceCommands::install();
    FullBinary::preferLeanForWorkers();
    if (HeadlessMain::takeHeadless(args))
        return HeadlessMain::run(argc, argv, args, registerAllVerbs);
    // Before QApplication, which would abort without a display.
    if (!TopLevel::checkDisplay(parsed))
        return 1;
    return runDesktop(argc, argv, parsed);
}
