#include "ui/window/QuitGuard.h"

#include "model/BoardPaths.h"
#include "model/PrivateFile.h"

#include <QCoreApplication>
#include <QSettings>

namespace {
bool g_quitting = false;
const char *const kToldKey = "gui/toldHideToTray";
} // namespace

namespace QuitGuard {

void quit()
{
    g_quitting = true;
    QCoreApplication::quit();
    // quit() is a request a window could still refuse (a hide-to-tray
    // window of an older build, a modal question): exit() is not.
    QCoreApplication::exit(0);
}

bool isQuitting()
{
    return g_quitting;
}

void reset()
{
    g_quitting = false;
}

bool firstHideToTray()
{
    QSettings settings(BoardPaths::configPath(), QSettings::IniFormat);
    if (settings.value(QLatin1String(kToldKey), false).toBool())
        return false;
    // The config also holds the profiles' environments: 0600.
    PrivateFile::prepare(BoardPaths::configPath(), QStringLiteral("profile environments"));
    settings.setValue(QLatin1String(kToldKey), true);
    return true;
}

} // namespace QuitGuard
