#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

struct BoardState;

class DispatcherHost;
class QAction;
class QMenu;
class QSystemTrayIcon;

// The tray icon that hosts the dispatcher: idle, running or attention;
// a tooltip such as "qkanban: 3 running · 5 ready · 1 blocked"; a menu
// with Open board, Dispatch now, Pause/Resume and Quit; and short
// notifications for completed, blocked, gave_up and crashed tasks.
class TrayService : public QObject
{
    Q_OBJECT
public:
    explicit TrayService(DispatcherHost *host, QObject *parent = nullptr);
    ~TrayService() override;

    static bool isAvailable();
    void show();
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    QAction *dispatchAction() const { return m_dispatch; }
    QString state() const { return m_state; } // idle | running | attention
    QString toolTip() const;
    QString lastMessage() const { return m_lastMessage; }
    // One line per board the tray serves ("work: 2 running · 3 ready · dispatching").
    QStringList boardLines() const;
    static QString boardLine(const BoardState &board);
    // Where notifications go; the default shows them on the tray icon.
    using Sink = std::function<void(const QString &title, const QString &text, bool warning)>;
    void setNotificationSink(Sink sink) { m_sink = std::move(sink); }
    void retranslate();

public slots:
    void updateStatus();
    void notify(const QString &taskId, const QString &kind, const QString &text);
    // The window was closed: the program (and its dispatcher) lives on here.
    void sayStillRunning();
    void updateBoards();

signals:
    void openBoardRequested();
    // A left click on the icon: hide the window when it shows, else show it.
    void toggleWindowRequested();
    void quitRequested();

private:
    QPointer<DispatcherHost> m_host;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_dispatch;
    QAction *m_pause;
    QAction *m_quit;
    QAction *m_boardsSeparator;
    QList<QAction *> m_boardActions;
    Sink m_sink;
    QString m_state;
    QString m_countsText;
    QString m_lastMessage;
};
