#pragma once

#include <QString>
#include <QStringList>

// The command line before any verb, the same for the lean qkanban and
// qkanban-full: --help, --version, the desktop faces' options and the
// refusal of anything else (GNU style: one line, exit 2).
namespace TopLevel {

struct Parsed
{
    enum Action { Desktop, Headless, Help, Version, Error } action = Desktop;
    bool tray = false;
    QString board;
    QString db;
    bool qtPlatform = false; // -platform NAME was given
    QString message;         // Error: the one line for stderr
};

// args without argv[0]. Headless when --headless appears anywhere; the
// verb table then parses the rest.
Parsed parse(const QStringList &args);

// Handles Help, Version and Error (printing to stdout/stderr): returns the
// exit code, or -1 when the caller goes on (Desktop, Headless).
int handle(const Parsed &parsed);

// The desktop and the tray need a display: without DISPLAY, WAYLAND_DISPLAY
// and QT_QPA_PLATFORM (or -platform), prints one line and returns false.
bool checkDisplay(const Parsed &parsed);

} // namespace TopLevel
