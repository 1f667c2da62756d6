#pragma once

#include "ui/tray/DispatcherHealth.h"
#include "ui/window/CommandBar.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class BoardSession;
class BoardStatusBar;
class BoardToolbar;
class BoardView;
class DispatcherHost;
class DispatcherPill;
class HelpWindow;
class MessageBanner;
class MoveController;
class QAction;
class QMenu;
class QTimer;
class ShortcutsWindow;
class StatsDialog;
class TaskDrawer;
class WipLimitsController;

// The board window: toolbar, the columns, the task drawer, the status bar
// and the command bar. Every action has a menu entry and a key.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<BoardSession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    BoardSession *session() const { return m_session.get(); }
    BoardView *board() const { return m_board; }
    TaskDrawer *drawer() const { return m_drawer; }
    BoardToolbar *toolbar() const { return m_toolbar; }
    BoardStatusBar *boardStatusBar() const { return m_status; }
    CommandBar *commandBar() const { return m_commandBar; }
    MoveController *moves() const { return m_moves; }
    DispatcherPill *dispatcherPill() const { return m_pill; }
    WipLimitsController *wipLimits() const { return m_wip; }
    MessageBanner *messageBanner() const { return m_banner; }

    void setCommandRunner(CommandBar::Runner runner);
    void setDispatcherHost(DispatcherHost *host);
    // true: closing hides the window (a tray icon keeps the program).
    void setCloseToTray(bool closeToTray);

public slots:
    void openTask(const QString &id);
    void showCreateDialog(const QString &status = {});
    void showStats();
    void showCommandBar();
    void showProfiles();
    // Edit → Settings… (Ctrl+,).
    void showSettings();
    void showUserGuide();
    void showShortcuts();
    void switchBoard(const QString &slug);
    void archiveSelection();
    void undo();
    void refreshNow();
    void showNotice(const QString &text, bool error = false);

signals:
    void boardSwitched();
    // File → Quit: the whole program, tray included.
    void quitRequested();
    // Closed with a tray: hidden, the program lives on (the first time).
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectCardEdits();
    void createActions();
    void createMenus();
    void retranslate();
    void connectSession();
    void sessionTexts();
    void afterRefresh();
    void afterChange(); // after a refresh or an update of a few rows
    void updateBoards();
    void updateHealth(const DispatcherHealth &health);
    void moveSelection(int direction);
    void moveSelectionTo(const QString &status);
    void newBoard();
    void showDispatcherDetails();
    void readSettings();
    void writeSettings();

    std::unique_ptr<BoardSession> m_session;
    BoardView *m_board;
    TaskDrawer *m_drawer;
    BoardToolbar *m_toolbar;
    BoardStatusBar *m_status;
    CommandBar *m_commandBar;
    MoveController *m_moves;
    DispatcherPill *m_pill;
    DispatcherHost *m_host = nullptr;
    WipLimitsController *m_wip = nullptr;
    StatsDialog *m_stats = nullptr;
    QPointer<HelpWindow> m_guide;
    QPointer<ShortcutsWindow> m_shortcuts;
    QTimer *m_clockTimer;
    int m_clockTicks = 0;
    bool m_closeToTray = false;
    QString m_toldNote;
    MessageBanner *m_banner = nullptr;
    QString m_drawerTask; // the card the drawer shows or last showed

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_taskMenu = nullptr;
    QMenu *m_moveMenu = nullptr;
    QMenu *m_dispatcherMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newTask = nullptr;
    QAction *m_newBoard = nullptr;
    QAction *m_profiles = nullptr;
    QAction *m_closeWindow = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_commands = nullptr;
    QAction *m_showArchived = nullptr;
    QAction *m_statsAction = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_open = nullptr;
    QAction *m_editTitle = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_moveLeft = nullptr;
    QAction *m_moveRight = nullptr;
    QAction *m_dispatchNow = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_dispatcherInfo = nullptr;
    QAction *m_userGuide = nullptr;
    QAction *m_shortcutsHelp = nullptr;
    QAction *m_startAtLogin = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_themeActions;
    QList<QAction *> m_moveActions;
    QAction *m_settingsAction = nullptr;
    void createSettingsAction();
};
