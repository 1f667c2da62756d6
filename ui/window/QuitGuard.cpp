#include "ui/window/QuitGuard.h"

#include "dispatcher/ConfigFile.h"
#include "model/BoardPaths.h"

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
    // In place, private 0600: the user's comments stay.
    ConfigFile::setVariant({}, QStringLiteral("gui"), QStringLiteral("toldHideToTray"), true);
    return true;
}

} // namespace QuitGuard
