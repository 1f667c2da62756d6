#pragma once

#include "model/BoardPaths.h"
#include "model/Clock.h"
#include "dispatcher/DispatchResult.h"
#include "ui/tray/DispatcherHealth.h"
#include "model/Types.h"

#include <QObject>

#include <memory>

class Board;
class Dispatcher;
class Notifier;
class QTimer;

// Runs the board's dispatcher in this process (from the tray, or from the
// window when there is no tray), or, when another process already holds
// the board lock, follows that one's health row. Either way health()
// says what the window and the tray show.
class DispatcherHost : public QObject
{
    Q_OBJECT
public:
    DispatcherHost(const BoardLocation &location, Clock *clock = Clock::system(),
                   QObject *parent = nullptr);
    ~DispatcherHost() override;

    // mode: "tray" or "window". note: shown with the health (e.g. why it
    // runs in the window).
    void startHosting(const QString &mode, const QString &note = {});
    void stopHosting();
    void setLocation(const BoardLocation &location);
    const BoardLocation &location() const { return m_location; }
    bool isHosting() const { return m_hosting; }
    bool isLocalRunning() const;
    bool isPaused() const;
    DispatcherHealth health() const { return m_health; }
    Dispatcher *dispatcher() const { return m_dispatcher.get(); }
    // Counts for the tray tooltip (empty on a database error).
    BoardStats boardStats();

public slots:
    // Ticks the local dispatcher now, nudges another process's one, or
    // runs a single tick here when none is alive.
    void dispatchNow();
    void setPaused(bool paused);
    void pollHealth();

signals:
    void healthChanged(const DispatcherHealth &health);
    void ticked(const DispatchResult &result);
    void workerStarted(const QString &taskId, qint64 pid);
    // completed | blocked | gave_up | crashed, with a one-line text.
    void attention(const QString &taskId, const QString &kind, const QString &text);

private:
    bool tryStart();
    void stopLocal();

    BoardLocation m_location;
    Clock *m_clock;
    std::unique_ptr<Board> m_board; // for reading health rows
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Notifier> m_notifier;
    QTimer *m_healthTimer;
    QTimer *m_retryTimer;
    bool m_hosting = false;
    bool m_paused = false;
    QString m_mode;
    QString m_note;
    DispatcherHealth m_health;
};
