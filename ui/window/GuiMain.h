#pragma once

#include <QString>

#include <functional>

// The desktop face. app/main.cpp calls this when not --headless; ui/ never
// includes app/: the command bar gets the verb table as a callback.
namespace Gui {
struct Options
{
    bool trayOnly = false; // qkanban --tray
    QString boardArg;      // --board SLUG
    QString dbArg;         // --db FILE
    // Runs "<verb> [args]" through the headless verb table; returns its text.
    std::function<QString(const QString &)> runCommand;
};

// Creates the QApplication and runs the event loop.
int run(int &argc, char **argv, const Options &options);
} // namespace Gui
