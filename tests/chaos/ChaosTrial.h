#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

// One chaos trial: a board of 50 tasks in chains, a real `qkanban
// --headless daemon` with real workers (a shell script that works a little
// and then runs `complete`), SIGKILLs of the daemon and of workers at
// random moments, restarts, and a run to the end. Everything random comes
// from the seed, so a trial can be replayed (not its timing, though).
//
// PostgreSQL mode (QKANBAN_TEST_PG_URL_FILE names a file holding a server
// URL): the board is a fresh database on that server, dropped afterwards,
// and two daemons stand for two hosts (their own QKANBAN_HOME and
// QKANBAN_HOST); each kill takes one of them, and the other reclaims its
// tasks once their leases expire.
class ChaosTrial
{
public:
    static constexpr int kTasks = 50;

    // The server URL in PostgreSQL mode, "" otherwise.
    static QString pgServerUrl();

    ChaosTrial(quint32 seed, const QString &dir);
    ~ChaosTrial();

    // Config (profile + short claim TTL), worker script, the 50 tasks.
    void prepare();
    // Starts the daemon, kills and restarts it (and workers), waits until
    // every task is done and stops the daemon cleanly. False: see why().
    bool run();

    // The board: a SQLite file, or a postgresql:// URL.
    QString dbPath() const { return m_db; }
    QString why() const { return m_why; }
    QStringList actions() const { return m_actions; }
    // The daemons' output (every host's), its last maxBytes (all: -1).
    QString daemonLog(int maxBytes = 4000) const;

private:
    struct Host
    {
        QString id; // QKANBAN_HOST ("" in SQLite mode: the machine's)
        QProcessEnvironment env;
        std::unique_ptr<QProcess> daemon;
        int starts = 0;
        int bannersAtStart = 0;
        QString log() const;
    };

    bool startDaemon(Host &h);
    bool killDaemon(Host &h);
    void killWorker();
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    int doneCount();
    QString boardState();
    QString daemonExitProblem(Host &h);
    QString anyExitProblem();
    int banners(const Host &h) const; // "dispatcher running" lines so far
    QString lockHolders() const;      // who holds the board lock (/proc/locks)
    void createDatabase();            // PostgreSQL mode: a fresh one with the schema

    quint32 m_seed;
    QString m_dir;
    QString m_db;
    QString m_pgServer;
    QRandomGenerator m_rng;
    std::vector<Host> m_hosts;
    QStringList m_actions;
    QString m_why;
};
