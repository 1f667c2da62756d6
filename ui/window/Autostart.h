#pragma once

#include <QString>

// "Start at login": the user's XDG autostart entry
// $XDG_CONFIG_HOME/autostart/qkanban.desktop (Exec=qkanban --tray), a copy
// of the installed template DATADIR/qkanban/autostart/qkanban.desktop, or
// of the bundled one when qkanban runs from the build tree.
namespace Autostart {

QString entryPath();
// The entry exists and the desktop has not switched it off (Hidden=true,
// X-GNOME-Autostart-enabled=false).
bool isEnabled();
// Writes or removes the entry. false with a one-line reason on failure.
bool setEnabled(bool enabled, QString *error = nullptr);

} // namespace Autostart
