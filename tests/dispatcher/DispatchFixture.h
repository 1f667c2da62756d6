#pragma once

// Shared set-up of the dispatcher tests: a private QKANBAN_HOME and config
// in a temporary folder, a board opened with a ManualClock, profiles whose
// commands are small shell scripts, and helpers for process groups.
#include "dispatcher/DispatchOptions.h"
#include "dispatcher/Profiles.h"
#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"
#include "model/Kernel.h"
#include "tests/common/TestBackend.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <memory>

namespace Fixture {

inline QString qkanbanBin()
{
    return QStringLiteral(QK_QKANBAN_BIN);
}

// A dispatcher that ticks only when told (or on a change), watches its
// workers every 50 ms and gives a stopped group killGraceMs before SIGKILL.
inline DispatchOptions fastOptions(int killGraceMs = 1000)
{
    DispatchOptions o;
    o.intervalSeconds = 3600;
    o.watchIntervalMs = 50;
    o.debounceMs = 10;
    o.killGraceMs = killGraceMs;
    return o;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// No process of the group is left (zombies reaped by init count as gone).
inline bool groupGone(qint64 pgid)
{
    return ::kill(-pid_t(pgid), 0) == -1 && errno == ESRCH;
}

struct Env
{
    QTemporaryDir dir;
    ManualClock clock{1'800'000'000};
    BoardLocation location;
    std::unique_ptr<Board> board;
    std::unique_ptr<Kernel> kernel;

    Env()
    {
        qputenv("QKANBAN_HOME", dir.filePath(QStringLiteral("home")).toUtf8());
        qputenv("QKANBAN_CONFIG", dir.filePath(QStringLiteral("qkanban.conf")).toUtf8());
        qputenv("QKANBAN_BIN", qkanbanBin().toUtf8());
        // On PostgreSQL the board is a new database that QKANBAN_DB pins,
        // for this process and the workers and CLIs it starts.
        if (TestBackend::isPostgres())
            qputenv("QKANBAN_DB", TestBackend::freshDatabaseUrl().toUtf8());
        else
            qunsetenv("QKANBAN_DB");
        qunsetenv("QKANBAN_BOARD");
        qunsetenv("QKANBAN_TASK");
        qunsetenv("QKANBAN_RUN_ID");
        location = BoardPaths::resolve();
        QDir().mkpath(location.boardDir);
        board = std::make_unique<Board>(location, &clock);
        kernel = std::make_unique<Kernel>(*board);
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    // Closes the test's own connection. While another connection of this
    // process is open, opening a Board drops this process's SQLite locks
    // (Database::checkFile closes an fd of the file), and other processes
    // then delete the WAL under it: tests where workers write keep one
    // connection per process.
    void close()
    {
        kernel.reset();
        board.reset();
    }

    void reopen()
    {
        board = std::make_unique<Board>(location, &clock);
        kernel = std::make_unique<Kernel>(*board);
    }

    // A /bin/sh script, executable, in the temporary folder.
    QString script(const QString &name, const QByteArray &body) const
    {
        const QString p = dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write("#!/bin/sh\n" + body + "\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return p;
    }

    void profile(const QString &name, const QString &command, int max = 0,
                 std::optional<qint64> heartbeatTimeout = {}) const
    {
        Profile p;
        p.name = name;
        p.command = command;
        p.maxInProgress = max;
        p.heartbeatTimeoutSeconds = heartbeatTimeout;
        Profiles::save(p);
    }

    QString create(const QString &title, const QString &assignee, const QStringList &parents = {},
                   const std::function<void(CreateOptions &)> &tweak = {}) const
    {
        CreateOptions o;
        o.title = title;
        o.assignee = assignee;
        o.parents = parents;
        if (tweak)
            tweak(o);
        return kernel->createTask(o).id;
    }

    Task task(const QString &id) const { return kernel->requireTask(id); }

    QStringList eventKinds(const QString &id) const
    {
        QStringList out;
        for (const Event &e : kernel->events(id))
            out << e.kind;
        return out;
    }

    // Runs `qkanban --headless args` with the test's environment.
    int cli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QProcessEnvironment &extra = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(qkanbanBin(), QStringList{QStringLiteral("--headless")} + args);
        if (!p.waitForFinished(30000))
            return -100;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -99;
    }
};

// The same 32 bits every time: retry backoff without jitter at
// 0x80000000 (30 s, 2 min, ...), its ends at 0 and 0xffffffff. Only for a
// board that creates no tasks (ids come from the entropy too): give it to
// the Dispatcher (DispatchOptions::entropy) or a second Board.
class FixedEntropy : public Entropy
{
public:
    explicit FixedEntropy(quint32 value = 0x80000000u) : m_value(value) {}
    quint32 next32() override { return m_value; }

private:
    quint32 m_value;
};

// The payload of the task's newest event of that kind ({} when none).
inline QJsonObject payload(const Env &env, const QString &id, const QString &kind)
{
    const QList<Event> events = env.kernel->events(id);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == kind)
            return QJsonDocument::fromJson(it->payload.toUtf8()).object();
    }
    return {};
}

} // namespace Fixture
