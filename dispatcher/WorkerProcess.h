#pragma once

#include "dispatcher/ProcessGroup.h"
#include "dispatcher/WorkerLaunch.h"

#include <QObject>

class QProcess;

// One worker started by this dispatcher through QProcess: a new session
// (so its pid is its process group), stdin from /dev/null, stdout and
// stderr appended to the task log. finished() comes at once when it exits.
class WorkerProcess : public QObject
{
    Q_OBJECT
public:
    explicit WorkerProcess(const LaunchSpec &spec, QObject *parent = nullptr);
    ~WorkerProcess() override;

    // Starts and waits until exec succeeded. False with errorString().
    bool start();
    QString errorString() const { return m_error; }

    QString taskId() const { return m_spec.taskId; }
    qint64 runId() const { return m_spec.runId; }
    qint64 pid() const { return m_worker.pid; }
    // Pid, host and start time, read when it started.
    const ProcessGroup::Worker &worker() const { return m_worker; }
    bool isRunning() const;
    // Lets QProcess notice an exit now (finished() is emitted from here).
    void waitForFinished(int msecs);
    QString logPath() const { return m_spec.logPath; }

    // The dispatcher already accounted for this worker (timeout, reclaim):
    // its exit is only cleaned up.
    void setHandled() { m_handled = true; }
    bool isHandled() const { return m_handled; }

    // Leaves the process running when this object goes away (the
    // dispatcher is destroyed; a later one adopts the worker by pid).
    void abandon();

signals:
    // signaled: exitCode is the signal number.
    void finished(WorkerProcess *worker, int exitCode, bool signaled);

private:
    LaunchSpec m_spec;
    QProcess *m_process = nullptr;
    ProcessGroup::Worker m_worker;
    bool m_handled = false;
    QString m_error;
};
