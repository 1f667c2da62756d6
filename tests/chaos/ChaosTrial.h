#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// One chaos trial: a board of 50 tasks in chains, a real `qkanban
// --headless daemon` with real workers (a shell script that works a little
// and then runs `complete`), SIGKILLs of the daemon and of workers at
// random moments, restarts, and a run to the end. Everything random comes
// from the seed, so a trial can be replayed (not its timing, though).
class ChaosTrial
{
public:
    static constexpr int kTasks = 50;

    ChaosTrial(quint32 seed, const QString &dir);
    ~ChaosTrial();

    // Config (profile + short claim TTL), worker script, the 50 tasks.
    void prepare();
    // Starts the daemon, kills and restarts it (and workers), waits until
    // every task is done and stops the daemon cleanly. False: see why().
    bool run();

    QString dbPath() const { return m_dir + QStringLiteral("/board.db"); }
    QString why() const { return m_why; }
    QStringList actions() const { return m_actions; }
    // The daemons' merged output, its last maxBytes (all: -1).
    QString daemonLog(int maxBytes = 4000) const;

private:
    bool startDaemon();
    bool killDaemon();
    void killWorker();
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    int doneCount();
    QString boardState();
    QString daemonExitProblem();
    int banners() const;         // "dispatcher running" lines so far
    QString lockHolders() const; // who holds the board lock (/proc/locks)

    quint32 m_seed;
    QString m_dir;
    QRandomGenerator m_rng;
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_daemon;
    int m_starts = 0;
    int m_bannersAtStart = 0;
    QStringList m_actions;
    QString m_why;
};
