#include "ui/window/GuiMain.h"

#include "model/Types.h"
#include "ui/Guarded.h"
#include "ui/board/BoardColumn.h"
#include "ui/board/BoardView.h"
#include "ui/board/CardListView.h"
#include "ui/style/Icons.h"
#include "ui/style/Resources.h"
#include "ui/style/Theme.h"
#include "ui/style/Translations.h"
#include "ui/tray/DispatcherHost.h"
#include "ui/tray/TrayService.h"
#include "ui/window/BoardSession.h"
#include "ui/window/ChangeBench.h"
#include "ui/window/FirstPaint.h"
#include "ui/window/MainWindow.h"
#include "ui/window/QuitGuard.h"
#include "ui/window/SingleInstance.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace {

// The key of one desktop instance: the pinned database, else the root.
QString instanceKey(const BoardLocation &loc)
{
    return loc.isPinned ? loc.dbPath : loc.root;
}

Theme::Mode chosenTheme()
{
    const QString env = qEnvironmentVariable("QKANBAN_THEME");
    if (!env.isEmpty())
        return Theme::fromString(env);
    QSettings settings(BoardPaths::configPath(), QSettings::IniFormat);
    return Theme::fromString(settings.value(QStringLiteral("gui/theme")).toString());
}

} // namespace

namespace Gui {

int run(int &argc, char **argv, const Options &options)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qkanban"));
    QApplication::setApplicationDisplayName(QStringLiteral("qkanban"));
    QApplication::setApplicationVersion(QStringLiteral(QKANBAN_UI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.qkanban"));
    Resources::init();
    Translations::install(Translations::preferredLanguage());
    Theme::apply(chosenTheme());
    QApplication::setWindowIcon(Icons::app());

    const auto critical = [](const QString &error) {
        QMessageBox::critical(nullptr, QObject::tr("qkanban"), error);
    };
    BoardLocation location;
    if (!guarded([&] { location = BoardPaths::resolve(options.boardArg, options.dbArg); },
                 critical))
        return 1;

    // A second qkanban raises the first one's window and leaves.
    SingleInstance instance(instanceKey(location));
    if (!instance.listen()) {
        if (instance.sendRaise(options.boardArg))
            return 0;
        std::fprintf(stderr, "qkanban: another instance is starting; try again\n");
        return 1;
    }

    const bool trayAvailable = TrayService::isAvailable();
    DispatcherHost host(location);
    std::unique_ptr<TrayService> tray;
    if (trayAvailable) {
        tray = std::make_unique<TrayService>(&host);
        tray->show();
    }
    auto startDispatcher = [&host, trayAvailable] {
        if (host.isHosting())
            return;
        if (trayAvailable)
            host.startHosting(QStringLiteral("tray"));
        else
            host.startHosting(QStringLiteral("window"),
                              QCoreApplication::translate(
                                  "Gui", "No system tray here: the dispatcher runs in this "
                                         "window, and closing the window stops it."));
    };
    // With a tray the program lives on when the window closes.
    QApplication::setQuitOnLastWindowClosed(!trayAvailable);
    QCoreApplication::setQuitLockEnabled(!trayAvailable);

    QPointer<MainWindow> window;
    auto showWindow = [&]() -> bool {
        if (!window) {
            std::unique_ptr<BoardSession> session;
            if (!guarded(
                    [&] {
                        session = std::make_unique<BoardSession>(options.boardArg, options.dbArg);
                    },
                    critical))
                return false;
            window = new MainWindow(std::move(session));
            window->setAttribute(Qt::WA_DeleteOnClose, !trayAvailable);
            window->setCommandRunner(options.runCommand);
            window->setDispatcherHost(&host);
            window->setCloseToTray(trayAvailable);
            if (ChangeBench::enabled())
                ChangeBench::attach(window->session());
            QObject::connect(window, &MainWindow::quitRequested, &app, &QuitGuard::quit);
            if (tray)
                QObject::connect(window, &MainWindow::hiddenToTray, tray.get(),
                                 &TrayService::sayStillRunning);
            // The dispatcher starts once the cards are on screen.
            if (BoardColumn *c = window->board()->column(TaskStatus::Ready)) {
                FirstPaint::after(c->view()->viewport(), [startDispatcher] {
                    if (FirstPaint::benchmarkEnabled())
                        FirstPaint::reportBenchmark();
                    else
                        startDispatcher();
                });
            }
        }
        window->show();
        window->raise();
        window->activateWindow();
        return true;
    };

    QObject::connect(&instance, &SingleInstance::raiseRequested, &app, [&](const QString &board) {
        if (showWindow() && !board.isEmpty())
            window->switchBoard(board);
    });
    if (tray) {
        QObject::connect(tray.get(), &TrayService::openBoardRequested, &app, [&] { showWindow(); });
        QObject::connect(tray.get(), &TrayService::quitRequested, &app, &QuitGuard::quit);
        QObject::connect(tray.get(), &TrayService::toggleWindowRequested, &app, [&] {
            if (window && window->isVisible() && !window->isMinimized())
                window->hide();
            else
                showWindow();
        });
    }
    // --tray without a tray host: show the window rather than nothing.
    if (!options.trayOnly || !trayAvailable) {
        if (!showWindow())
            return 1;
        // In case the board never paints (a minimised window).
        if (!FirstPaint::benchmarkEnabled())
            QTimer::singleShot(3000, &app, startDispatcher);
    } else {
        startDispatcher();
    }
    const int code = app.exec();
    delete window;
    host.stopHosting();
    return code;
}

} // namespace Gui
