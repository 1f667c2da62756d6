#include "ui/window/MainWindow.h"

#include "dispatcher/ConfigFile.h"
#include "model/BoardPaths.h"
#include "model/Database.h"
#include "model/KanbanError.h"
#include "model/PrivateFile.h"
#include "model/ProfilePauses.h"
#include "model/TaskTableModel.h"
#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/Guarded.h"
#include "ui/board/BoardColumn.h"
#include "ui/board/BoardView.h"
#include "ui/board/CardListView.h"
#include "ui/board/ColumnFilterProxy.h"
#include "ui/board/MoveController.h"
#include "ui/board/StatusText.h"
#include "ui/board/WipLimitsController.h"
#include "ui/dialogs/CreateTaskDialog.h"
#include "ui/dialogs/HelpWindow.h"
#include "ui/dialogs/NewBoardDialog.h"
#include "ui/dialogs/ProfilesDialog.h"
#include "ui/dialogs/Prompt.h"
#include "ui/dialogs/SettingsWindow.h"
#include "ui/dialogs/ShortcutsWindow.h"
#include "ui/dialogs/StatsDialog.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/style/Icons.h"
#include "ui/style/MessageText.h"
#include "ui/style/Theme.h"
#include "ui/tray/DispatcherHost.h"
#include "ui/tray/DispatcherPill.h"
#include "ui/window/Autostart.h"
#include "ui/window/BoardSession.h"
#include "ui/window/BoardStatusBar.h"
#include "ui/window/BoardToolbar.h"
#include "ui/window/MessageBanner.h"
#include "ui/window/QuitGuard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {
// Where a failed kernel call says why: the status bar's notice.
auto errorNotice(MainWindow *w)
{
    return [w](const QString &error) { w->showNotice(error, true); };
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<BoardSession> session, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session)), m_board(new BoardView(this)),
      m_toolbar(new BoardToolbar(this)), m_status(new BoardStatusBar(this)),
      m_pill(new DispatcherPill(this)), m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    m_moves = new MoveController(m_session.get(), this, this);
    m_drawer = new TaskDrawer(m_session.get(), m_moves, this);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_board, 1);
    row->addWidget(m_drawer);
    setCentralWidget(central);
    m_commandBar = new CommandBar(central);
    m_banner = new MessageBanner(m_board); // over the board, not the drawer

    addToolBar(Qt::TopToolBarArea, m_toolbar);
    setStatusBar(m_status);
    setUnifiedTitleAndToolBarOnMac(true);

    createActions();
    createMenus();
    m_toolbar->addAction(m_newTask);
    m_toolbar->addAction(m_dispatchNow);
    m_toolbar->addSpacer();
    m_toolbar->addWidget(m_pill);

    m_board->setModel(m_session->model());
    connectSession();
    // WIP limits on the column headers; over a limit the board warns.
    m_wip = new WipLimitsController(m_board, this, this);
    m_wip->setBoardSlug(m_session->board().slug());
    connect(m_wip, &WipLimitsController::message, this,
            [this](const QString &t) { showNotice(t, false); });
    connect(m_wip, &WipLimitsController::warning, this,
            [this](const QString &t) { showNotice(t, true); });
    connect(this, &MainWindow::boardSwitched, m_wip,
            [this] { m_wip->setBoardSlug(m_session->board().slug()); });
    connect(m_board, &BoardView::cardsDropped, m_moves, &MoveController::moveTasks);
    connect(m_board, &BoardView::openRequested, this, &MainWindow::openTask);
    connect(m_board, &BoardView::archiveRequested, this, &MainWindow::archiveSelection);
    connect(m_board, &BoardView::createRequested, this, &MainWindow::showCreateDialog);
    connect(m_board, &BoardView::currentCardChanged, this, [this](const QString &id) {
        // An open drawer follows the keyboard through the cards.
        if (m_drawer->isOpen() && id != m_drawer->taskId()) {
            m_drawer->showTask(id);
            m_drawerTask = id;
        }
    });
    connect(m_drawer, &TaskDrawer::openTaskRequested, this, &MainWindow::openTask);
    connect(m_drawer, &TaskDrawer::notice, this, &MainWindow::showNotice);
    connect(m_drawer, &TaskDrawer::closed, this, [this] {
        // Back to the card that was open, selected and focused.
        if (m_drawerTask.isEmpty() || !m_board->selectId(m_drawerTask))
            m_board->focusBoard();
    });
    connect(m_moves, &MoveController::message, this,
            [this](const QString &t) { showNotice(t, false); });
    connect(m_moves, &MoveController::refused, this,
            [this](const QString &t) { showNotice(t, true); });
    connect(m_moves, &MoveController::moved, this, [this](const QStringList &ids) {
        // The moved card stays selected (and focused, when the board had
        // the focus) in its new column: a second key press moves it on.
        if (ids.size() != 1)
            return;
        QWidget *had = QApplication::focusWidget();
        m_board->selectId(ids.first());
        if (had && !m_board->isAncestorOf(had) && had->isVisible())
            had->setFocus();
    });
    m_board->setDropCheck([this](const QStringList &ids, const QString &status) {
        return m_moves->refusal(ids, status);
    });
    connect(m_moves, &MoveController::undoChanged, this, [this] {
        m_undo->setEnabled(m_moves->canUndo());
        m_undo->setText(m_moves->undoText());
    });
    connect(m_toolbar, &BoardToolbar::filterChanged, m_board, &BoardView::setBoardFilter);
    connectCardEdits();
    connect(m_toolbar, &BoardToolbar::showArchivedChanged, m_showArchived, &QAction::setChecked);
    connect(m_toolbar, &BoardToolbar::boardChosen, this, &MainWindow::switchBoard);
    connect(m_toolbar, &BoardToolbar::newBoardRequested, this, &MainWindow::newBoard);
    connect(m_pill, &QToolButton::clicked, this, &MainWindow::showDispatcherDetails);
    connect(m_commandBar, &CommandBar::commandFinished, this, &MainWindow::refreshNow);

    // Elapsed times and staleness move with the clock, not the database:
    // every 20 s, and every second while a card counts down to a retry.
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        const TaskTableModel *model = m_session ? m_session->model() : nullptr;
        const bool countdown = model && model->latestRetryAt() >= m_session->clock()->now() - 1;
        if (++m_clockTicks < 20 && !countdown)
            return;
        m_clockTicks = 0;
        for (BoardColumn *c : m_board->columns())
            c->view()->viewport()->update();
    });
    m_clockTimer->start();

    retranslate();
    updateBoards();
    updateHealth({});
    readSettings();
    afterRefresh();
    m_board->focusBoard();
}

MainWindow::~MainWindow()
{
    // Views go before the model they show.
    delete m_stats;
    delete m_drawer;
    delete m_board;
}

void MainWindow::connectSession()
{
    BoardSession *s = m_session.get();
    connect(s, &BoardSession::aboutToRefresh, m_board, &BoardView::beginRefresh);
    connect(s, &BoardSession::refreshed, this, &MainWindow::afterRefresh);
    connect(s, &BoardSession::aboutToUpdate, m_board, &BoardView::beginUpdate);
    connect(s, &BoardSession::updated, this, [this] {
        m_board->endUpdate();
        afterChange();
    });
    connect(s, &BoardSession::refreshFailed, this, [this](const QString &e) {
        showNotice(MessageText::error(KanbanError::Code::DatabaseError, {e}, KanbanError::Storage),
                   true);
    });
    sessionTexts();
}

void MainWindow::sessionTexts()
{
    BoardSession *s = m_session.get();
    m_status->setDatabasePath(Database::displayName(s->board().dbPath()));
    m_commandBar->setGlobalArgs(QStringLiteral("--db ") +
                                CommandBar::shellQuote(s->board().dbPath()));
    setWindowTitle(tr("%1 — qkanban")
                       .arg(s->board().location().isPinned
                                ? Database::displayName(s->board().dbPath())
                                : s->board().slug()));
}

void MainWindow::afterRefresh()
{
    m_board->endRefresh();
    afterChange();
}

void MainWindow::afterChange()
{
    QMap<QString, int> counts;
    TaskTableModel *model = m_session->model();
    for (auto it = model->statusCounts().cbegin(); it != model->statusCounts().cend(); ++it)
        counts.insert(it.key(), it.value());
    m_status->setCounts(counts);
    const QStringList assignees = model->assignees();
    m_toolbar->setAssignees(assignees);
    m_toolbar->setTenants(model->tenants());
    m_drawer->setAssigneeChoices(assignees);
    if (m_drawer->isOpen())
        m_drawer->reload();
    if (m_wip)
        m_wip->checkCounts();
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &icon, const QKeySequence &key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        if (!icon.isEmpty())
            a->setIcon(Icons::get(icon));
        if (!key.isEmpty())
            a->setShortcut(key);
        addAction(a);
        return a;
    };
    m_newTask = make("actionNewTask", QStringLiteral("add"), QKeySequence(Qt::Key_N));
    connect(m_newTask, &QAction::triggered, this, [this] { showCreateDialog(); });
    m_newBoard = make("actionNewBoard", QStringLiteral("board"));
    connect(m_newBoard, &QAction::triggered, this, &MainWindow::newBoard);
    m_profiles = make("actionProfiles", QStringLiteral("settings"));
    connect(m_profiles, &QAction::triggered, this, &MainWindow::showProfiles);
    m_closeWindow = make("actionCloseWindow", {}, QKeySequence::Close);
    connect(m_closeWindow, &QAction::triggered, this, &QWidget::close);
    m_quit = make("actionQuit", QStringLiteral("quit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quitRequested);

    m_undo = make("actionUndo", QStringLiteral("undo"), QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, &MainWindow::undo);
    m_find = make("actionFind", QStringLiteral("search"));
    m_find->setShortcuts({QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Slash)});
    connect(m_find, &QAction::triggered, this, [this] {
        m_toolbar->searchField()->setFocus();
        m_toolbar->searchField()->selectAll();
    });
    m_commands =
        make("actionCommandBar", QStringLiteral("terminal"), QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_commands, &QAction::triggered, this, &MainWindow::showCommandBar);

    m_showArchived = make("actionShowArchived", QStringLiteral("archive"));
    m_showArchived->setCheckable(true);
    connect(m_showArchived, &QAction::toggled, this, [this](bool on) {
        m_toolbar->setShowArchived(on);
        m_board->setShowArchived(on);
        m_session->setIncludeArchived(on);
    });
    m_statsAction =
        make("actionStats", QStringLiteral("stats"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_statsAction, &QAction::triggered, this, &MainWindow::showStats);
    m_refresh = make("actionRefresh", QStringLiteral("refresh"), QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshNow);

    m_open = make("actionOpenTask", {});
    connect(m_open, &QAction::triggered, this, [this] {
        const QString id = m_board->currentId();
        if (!id.isEmpty())
            openTask(id);
    });
    m_editTitle = make("actionEditTitle", QStringLiteral("edit"), QKeySequence(Qt::Key_F2));
    connect(m_editTitle, &QAction::triggered, m_board, &BoardView::editCurrentTitle);
    m_archive = make("actionArchive", QStringLiteral("archive"), QKeySequence(Qt::Key_Delete));
    connect(m_archive, &QAction::triggered, this, &MainWindow::archiveSelection);
    m_moveLeft = make("actionMoveLeft", {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    connect(m_moveLeft, &QAction::triggered, this, [this] { moveSelection(-1); });
    m_moveRight = make("actionMoveRight", {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(m_moveRight, &QAction::triggered, this, [this] { moveSelection(1); });
    for (const QString &s : StatusText::boardColumns()) {
        if (s == TaskStatus::Running)
            continue;
        auto *a = new QAction(this);
        a->setObjectName(QStringLiteral("actionMoveTo_") + s);
        a->setData(s);
        connect(a, &QAction::triggered, this, [this, s] { moveSelectionTo(s); });
        m_moveActions << a;
    }

    m_dispatchNow =
        make("actionDispatchNow", QStringLiteral("dispatch"), QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_dispatchNow, &QAction::triggered, this, [this] {
        if (m_host) {
            m_host->dispatchNow(); // dispatchReported says what it did
        }
    });
    m_pause = make("actionPauseDispatcher", QStringLiteral("pause"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, [this](bool on) {
        if (m_host)
            m_host->setPaused(on);
    });
    m_dispatcherInfo = make("actionDispatcherInfo", {});
    connect(m_dispatcherInfo, &QAction::triggered, this, &MainWindow::showDispatcherDetails);
    m_userGuide = make("actionUserGuide", {}, QKeySequence::HelpContents);
    connect(m_userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_shortcutsHelp = make("actionKeyboardShortcuts", {});
    m_shortcutsHelp->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Question), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(m_shortcutsHelp, &QAction::triggered, this, &MainWindow::showShortcuts);
    // The tray (and its dispatcher) at login: an XDG autostart entry.
    m_startAtLogin = make("actionStartAtLogin", {});
    m_startAtLogin->setCheckable(true);
    m_startAtLogin->setChecked(Autostart::isEnabled());
    connect(m_startAtLogin, &QAction::triggered, this, [this](bool on) {
        QString error;
        if (!Autostart::setEnabled(on, &error))
            showNotice(error, true);
        m_startAtLogin->setChecked(Autostart::isEnabled());
    });
    m_about = make("actionAbout", {});
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About qkanban"),
            tr("<h3>qkanban %1</h3><p>A kanban board on which people and AI agent workers "
               "coordinate.</p><p>Licence: MIT<br><a href=\"%2\">%2</a></p><p>Board: %3</p>")
                .arg(QCoreApplication::applicationVersion(), QStringLiteral(QKANBAN_HOMEPAGE),
                     Database::displayName(m_session->board().dbPath()).toHtmlEscaped()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newTask);
    m_fileMenu->addAction(m_newBoard);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_profiles);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeWindow);
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addAction(m_commands);
    createSettingsAction();

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showArchived);
    m_viewMenu->addAction(m_toolbar->clearFiltersAction());
    m_viewMenu->addAction(m_statsAction);
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        QAction *a = m_themeMenu->addAction(QString());
        a->setObjectName(QStringLiteral("actionTheme_") + Theme::toString(mode));
        a->setCheckable(true);
        a->setChecked(Theme::current() == mode);
        a->setData(Theme::toString(mode));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [mode] {
            Theme::apply(mode);
            Theme::store(mode);
        });
        m_themeActions << a;
    }
    // Settings switches the theme too: the menu follows.
    connect(Theme::notifier(), &ThemeNotifier::changed, this, [this] {
        for (QAction *a : std::as_const(m_themeActions))
            a->setChecked(a->data().toString() == Theme::toString(Theme::current()));
    });

    m_taskMenu = menuBar()->addMenu(QString());
    m_taskMenu->addAction(m_open);
    m_taskMenu->addAction(m_editTitle);
    m_moveMenu = m_taskMenu->addMenu(QString());
    m_moveMenu->addAction(m_moveLeft);
    m_moveMenu->addAction(m_moveRight);
    m_moveMenu->addSeparator();
    m_moveMenu->addActions(m_moveActions);
    m_taskMenu->addAction(m_archive);

    m_dispatcherMenu = menuBar()->addMenu(QString());
    m_dispatcherMenu->addAction(m_dispatchNow);
    m_dispatcherMenu->addAction(m_pause);
    m_dispatcherMenu->addAction(m_dispatcherInfo);
    m_dispatcherMenu->addSeparator();
    m_dispatcherMenu->addAction(m_profiles);
    m_dispatcherMenu->addAction(m_startAtLogin);
    connect(m_dispatcherMenu, &QMenu::aboutToShow, this,
            [this] { m_startAtLogin->setChecked(Autostart::isEnabled()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_userGuide);
    m_helpMenu->addAction(m_shortcutsHelp);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_taskMenu->setTitle(tr("&Task"));
    m_moveMenu->setTitle(tr("&Move to"));
    m_dispatcherMenu->setTitle(tr("&Dispatcher"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newTask->setText(tr("&New task…"));
    m_newTask->setToolTip(
        tr("Create a task (%1)").arg(m_newTask->shortcut().toString(QKeySequence::NativeText)));
    m_newTask->setIconText(tr("New task"));
    m_newBoard->setText(tr("New &board…"));
    m_profiles->setText(tr("&Profiles…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setToolTip(tr("Settings (Ctrl+,)"));
    m_closeWindow->setText(tr("&Close window"));
    m_quit->setText(tr("&Quit"));
    m_undo->setText(m_moves->undoText());
    m_find->setText(tr("&Filter cards"));
    m_commands->setText(tr("&Command bar…"));
    m_showArchived->setText(tr("Show &archived"));
    m_statsAction->setText(tr("&Statistics…"));
    m_refresh->setText(tr("&Refresh"));
    m_open->setText(tr("&Open"));
    m_editTitle->setText(tr("&Edit title"));
    m_archive->setText(tr("&Archive…"));
    m_moveLeft->setText(tr("&Previous column"));
    m_moveRight->setText(tr("&Next column"));
    for (QAction *a : std::as_const(m_moveActions))
        a->setText(StatusText::name(a->data().toString()));
    m_dispatchNow->setText(tr("&Dispatch now"));
    m_dispatchNow->setIconText(tr("Dispatch now"));
    m_dispatchNow->setToolTip(
        tr("Start ready tasks now (%1)")
            .arg(m_dispatchNow->shortcut().toString(QKeySequence::NativeText)));
    m_pause->setText(tr("P&ause dispatcher"));
    m_dispatcherInfo->setText(tr("Dispatcher &status…"));
    m_userGuide->setText(tr("&User Guide"));
    m_shortcutsHelp->setText(tr("&Keyboard Shortcuts"));
    m_startAtLogin->setText(tr("Start at &login"));
    m_about->setText(tr("&About qkanban"));
    for (QAction *a : std::as_const(m_themeActions)) {
        const QString mode = a->data().toString();
        a->setText(mode == QLatin1String("light")  ? tr("&Light")
                   : mode == QLatin1String("dark") ? tr("&Dark")
                                                   : tr("&System"));
    }
    m_toolbar->retranslate();
    if (m_session)
        sessionTexts();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        retranslate();
        updateBoards();
        afterRefresh();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setCommandRunner(CommandBar::Runner runner)
{
    m_commandBar->setRunner(std::move(runner));
}

void MainWindow::setDispatcherHost(DispatcherHost *host)
{
    m_host = host;
    if (!host)
        return;
    connect(host, &DispatcherHost::healthChanged, this, &MainWindow::updateHealth);
    connect(host, &DispatcherHost::ticked, this, [this] { m_session->pollNow(); });
    // Completed, blocked, gave_up, crashed: also said in the status bar
    // (the only place when there is no tray).
    connect(host, &DispatcherHost::attention, this,
            [this](const QString &taskId, const QString &kind, const QString &text) {
                std::optional<Task> t;
                guarded([&] { t = m_session->kernel().task(taskId); }, [](const QString &) {});
                showNotice(t ? MessageText::attention(kind, t->title, text) : text,
                           kind != EventKind::Completed);
            });
    connect(host, &DispatcherHost::dispatchReported, this,
            [this](const QString &text) { showNotice(text); });
    connect(host, &DispatcherHost::waitReasonsChanged, this,
            [this](const QHash<QString, QString> &reasons) {
                if (m_session)
                    m_session->model()->setWaitReasons(reasons);
            });
    if (m_session)
        m_session->model()->setWaitReasons(host->waitReasons());
    updateHealth(host->health());
}

void MainWindow::setCloseToTray(bool closeToTray)
{
    m_closeToTray = closeToTray;
}

void MainWindow::updateHealth(const DispatcherHealth &health)
{
    // Say once where the dispatcher runs when that is unusual (no tray).
    if (!health.note.isEmpty() && health.note != m_toldNote) {
        m_toldNote = health.note;
        showNotice(health.note);
    }
    m_pill->setStatus(health);
    m_status->setDispatcherHealth(health);
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(health.state == DispatcherHealth::Paused);
    m_pause->setEnabled(m_host && health.local);
}

void MainWindow::showDispatcherDetails()
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("dispatcherDetails"));
    for (const QString &line : DispatcherPill::details(m_pill->status()).split(QLatin1Char('\n'))) {
        QAction *a = menu.addAction(line);
        a->setEnabled(false);
    }
    menu.addSeparator();
    // A paused profile is resumed here, not from a shell.
    const auto paused = m_pill->status().pausedProfiles;
    for (auto it = paused.cbegin(); it != paused.cend(); ++it) {
        const QString name = it.key();
        connect(menu.addAction(tr("Resume profile %1").arg(name)), &QAction::triggered, this,
                [this, name] {
                    bool resumed = false;
                    if (guarded(
                            [&] {
                                resumed =
                                    ProfilePauses(m_session->board())
                                        .resume(name, QStringLiteral("resumed from the board"));
                            },
                            errorNotice(this)) &&
                        resumed)
                        showNotice(tr("Resumed profile %1").arg(name), false);
                });
    }
    menu.addAction(m_dispatchNow);
    menu.addAction(m_pause);
    menu.exec(m_pill->mapToGlobal(QPoint(0, m_pill->height())));
}

void MainWindow::updateBoards()
{
    const BoardLocation &loc = m_session->board().location();
    if (loc.isPinned)
        m_toolbar->setBoards({}, {}, QFileInfo(loc.dbPath).fileName());
    else
        m_toolbar->setBoards(BoardPaths::listBoards(loc.root), loc.slug);
}

void MainWindow::connectCardEdits()
{
    // A card's in-place title editor and its context menu, through the kernel.
    connect(m_board, &BoardView::titleEdited, this, [this](const QString &id, const QString &t) {
        TaskEdit edit;
        edit.title = t;
        if (guarded([&] { m_session->kernel().editTask(id, edit); }, errorNotice(this))) {
            refreshNow();
            showNotice(tr("Renamed to “%1”").arg(VisibleText::oneLine(t)));
        }
    });
    connect(m_board, &BoardView::assignRequested, this,
            [this](const QString &id, const QString &a) {
                if (guarded([&] { m_session->kernel().assignTask(id, a); }, errorNotice(this))) {
                    refreshNow();
                    showNotice(a.isEmpty() ? tr("Unassigned")
                                           : tr("Assigned to %1").arg(VisibleText::oneLine(a)));
                }
            });
    connect(m_board, &BoardView::idCopied, this,
            [this](const QString &id) { showNotice(tr("Copied %1").arg(id)); });
}

void MainWindow::refreshNow()
{
    m_session->refresh();
}

void MainWindow::showNotice(const QString &text, bool error)
{
    m_status->showNotice(text, error);
    // Refusals and errors in full, over the board (the bar elides).
    if (error)
        m_banner->showMessage(text);
}

void MainWindow::openTask(const QString &id)
{
    if (id.isEmpty())
        return;
    m_board->selectId(id);
    m_drawer->showTask(id);
    m_drawerTask = id;
}

void MainWindow::showCreateDialog(const QString &status)
{
    auto *dialog = new CreateTaskDialog(m_session.get(), status == TaskStatus::Triage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAssignees(m_session->model()->assignees());
    connect(dialog, &CreateTaskDialog::created, this, [this](const QString &id) {
        // Named by its title, as every message names tasks.
        const std::optional<Task> t = m_session->kernel().task(id);
        const QString name = t ? QStringLiteral("“%1”").arg(VisibleText::oneLine(t->title)) : id;
        showNotice(tr("Created %1").arg(name));
        m_board->selectId(id);
    });
    dialog->open();
}

void MainWindow::showStats()
{
    if (!m_stats) {
        m_stats = new StatsDialog(m_session.get(), this);
        connect(m_stats, &StatsDialog::openTaskRequested, this, &MainWindow::openTask);
    }
    m_stats->reload();
    m_stats->show();
    m_stats->raise();
    m_stats->activateWindow();
}

void MainWindow::showCommandBar()
{
    m_commandBar->popup();
}

void MainWindow::showProfiles()
{
    auto *dialog = new ProfilesDialog(BoardPaths::configPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createSettingsAction()
{
    m_settingsAction = new QAction(Icons::get(QStringLiteral("settings")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    addAction(m_settingsAction);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);
}

void MainWindow::showSettings()
{
    if (auto *open = findChild<SettingsWindow *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *settings = new SettingsWindow(BoardPaths::configPath(), this);
    settings->setAttribute(Qt::WA_DeleteOnClose);
    settings->setBoard(m_session->board().slug());
    // The dispatcher of this process re-reads its options (the caps, the
    // failure limit and the timeouts it reads on every tick anyway).
    connect(settings, &SettingsWindow::applied, this, [this] {
        if (m_host)
            m_host->reloadOptions();
        afterRefresh();
    });
    settings->show();
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new HelpWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsWindow(this, this);
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::archiveSelection()
{
    const QStringList ids = m_board->selectedIds();
    if (ids.isEmpty()) {
        showNotice(tr("Select a card to archive"));
        return;
    }
    m_moves->moveTasks(ids, TaskStatus::Archived);
}

void MainWindow::undo()
{
    m_moves->undo();
}

void MainWindow::moveSelectionTo(const QString &status)
{
    const QStringList ids = m_board->selectedIds();
    if (ids.isEmpty()) {
        showNotice(tr("Select a card to move"));
        return;
    }
    m_moves->moveTasks(ids, status);
}

void MainWindow::moveSelection(int direction)
{
    const QStringList ids = m_board->selectedIds();
    if (ids.isEmpty())
        return;
    std::optional<Task> t;
    if (!guarded([&] { t = m_session->kernel().task(ids.first()); }, errorNotice(this)) || !t)
        return;
    QStringList order = StatusText::boardColumns();
    order.removeAll(TaskStatus::Running);
    order.removeAll(TaskStatus::Archived);
    const int at =
        int(order.indexOf(t->status == TaskStatus::Running ? TaskStatus::Ready : t->status));
    const int to = at + direction;
    if (at < 0 || to < 0 || to >= order.size())
        return;
    m_moves->moveTasks(ids, order[to]);
}

void MainWindow::switchBoard(const QString &slug)
{
    if (slug == m_session->board().slug() && !m_session->board().location().isPinned)
        return;
    std::unique_ptr<BoardSession> next;
    if (!guarded(
            [&] { next = std::make_unique<BoardSession>(slug, QString(), m_session->clock()); },
            errorNotice(this))) {
        updateBoards();
        return;
    }
    m_drawer->setSession(next.get());
    m_moves->setSession(next.get());
    delete m_stats;
    m_stats = nullptr;
    next->setIncludeArchived(m_showArchived->isChecked());
    m_board->setModel(next->model());
    m_session = std::move(next);
    connectSession();
    updateBoards();
    afterRefresh();
    if (m_host)
        m_host->setLocation(m_session->board().location());
    emit boardSwitched();
    showNotice(tr("Switched to board %1").arg(slug));
}

void MainWindow::newBoard()
{
    // The dialog checks the name as it is typed and stays open when the
    // board cannot be created.
    const QString root = m_session->board().location().root;
    auto *dialog = new NewBoardDialog(
        root,
        [root](const QString &slug) {
            QString error;
            guarded(
                [&] {
                    BoardLocation loc;
                    loc.root = root;
                    loc.slug = slug;
                    loc.boardDir = BoardPaths::boardDir(root, slug);
                    loc.dbPath = BoardPaths::dbPathFor(root, slug);
                    Board board(loc); // creates and migrates the database
                },
                [&](const QString &e) { error = e; });
            return error;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { switchBoard(dialog->slug()); });
    connect(dialog, &QDialog::rejected, this, &MainWindow::updateBoards);
    dialog->open();
}

void MainWindow::readSettings()
{
    QSettings settings(BoardPaths::configPath(), QSettings::IniFormat);
    const QByteArray geometry = settings.value(QStringLiteral("gui/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(qMin(1400, avail.width() - 40), qMin(900, avail.height() - 60));
    }
    // A saved size larger than the screen (a window once grown past it)
    // fits the screen again.
    if (const QScreen *s = screen()) {
        const QRect avail = s->availableGeometry();
        QRect g(pos(), size().boundedTo(avail.size()));
        g.moveLeft(qBound(avail.left(), g.left(), avail.right() + 1 - g.width()));
        g.moveTop(qBound(avail.top(), g.top(), avail.bottom() + 1 - g.height()));
        if (g != QRect(pos(), size())) {
            resize(g.size());
            move(g.topLeft());
        }
    }
    m_showArchived->setChecked(settings.value(QStringLiteral("gui/showArchived"), false).toBool());
}

void MainWindow::writeSettings()
{
    // Edited in place (ConfigFile, private 0600): the user's comments stay.
    const QString gui = QStringLiteral("gui");
    ConfigFile::setVariant({}, gui, QStringLiteral("geometry"), saveGeometry());
    ConfigFile::setVariant({}, gui, QStringLiteral("showArchived"), m_showArchived->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    // While quitting the window closes for real, or the quit would stop.
    if (m_closeToTray && !QuitGuard::isQuitting() && QSystemTrayIcon::isSystemTrayAvailable()) {
        hide();
        event->ignore();
        if (QuitGuard::firstHideToTray())
            emit hiddenToTray();
        return;
    }
    event->accept();
}
