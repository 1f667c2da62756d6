// qkanban, the lean face: `--headless <verb>` runs one verb with Qt Core
// and Qt SQL only, so workers' calls start in a few milliseconds. The
// desktop board re-executes qkanban-full, serve and daemon qkanban-services
// (same pid).
#include "app/FullBinary.h"
#include "app/HeadlessMain.h"
#include "app/ServiceVerbs.h"
#include "app/TopLevel.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList args;
    if (!HeadlessMain::decodeArguments(argc, argv, args))
        return 2;
    const TopLevel::Parsed parsed = TopLevel::parse(args);
    if (const int code = TopLevel::handle(parsed); code >= 0)
        return code;
    if (parsed.action == TopLevel::Parsed::Headless) {
        HeadlessMain::takeHeadless(args);
        ServiceVerbs::forwardWith(argv);
        // One verb, then exit: a board the verb scans is read through a
        // map rather than copying each page (list: 35.0 -> 29.6 ms at
        // 10,000 tasks; show would lose 1.3 ms to the map's page faults).
        VerbTable::setMapsScans(true);
        return HeadlessMain::run(argc, argv, args, registerAllVerbs);
    }
    // Checked here too, so a display-less start costs no exec.
    if (!TopLevel::checkDisplay(parsed))
        return 1;
    const QString error = FullBinary::exec(argv);
    std::fprintf(stderr, "qkanban: the desktop board is not installed: %s\n",
                 error.toLocal8Bit().constData());
    return 1;
}
