#include "dispatcher/WorkerProcess.h"

#include "model/DispatcherStatus.h"

#include <QMutex>
#include <QProcess>
#include <QSet>

#include <unistd.h>

namespace {

// The QProcess objects of abandoned workers: a QProcess kills its child
// when destroyed, so each one stays (reachable, not leaked) until its
// worker exits.
QMutex s_abandonedMutex;
QSet<QProcess *> &abandoned()
{
    static auto *set = new QSet<QProcess *>; // never destroyed: outlives the workers
    return *set;
}

} // namespace

WorkerProcess::WorkerProcess(const LaunchSpec &spec, QObject *parent)
    : QObject(parent), m_spec(spec)
{
}

WorkerProcess::~WorkerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // ~QProcess would SIGKILL the leader only and orphan its children:
        // leave the running worker alone instead (see abandon()).
        abandon();
    }
}

bool WorkerProcess::start()
{
    m_process = new QProcess(this);
    m_process->setProgram(m_spec.program);
    m_process->setArguments(m_spec.arguments);
    m_process->setProcessEnvironment(m_spec.environment);
    m_process->setWorkingDirectory(m_spec.workingDirectory);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(m_spec.logPath, QIODevice::Append);
    m_process->setStandardErrorFile(m_spec.logPath, QIODevice::Append);
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        emit finished(this, code, status == QProcess::CrashExit);
    });
    m_process->start();
    if (!m_process->waitForStarted(30000)) {
        m_error = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        return false;
    }
    m_worker.pid = m_process->processId();
    m_worker.host = DispatcherStatus::thisHost();
    m_worker.fingerprint = ProcessGroup::fingerprint(m_worker.pid);
    return true;
}

bool WorkerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void WorkerProcess::waitForFinished(int msecs)
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->waitForFinished(msecs);
}

void WorkerProcess::abandon()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    // Deliberately not deleted: a QProcess kills its child when destroyed.
    QProcess *process = m_process;
    process->setParent(nullptr);
    {
        QMutexLocker lock(&s_abandonedMutex);
        abandoned().insert(process);
    }
    QObject::connect(process, &QProcess::finished, process, [process] {
        QMutexLocker lock(&s_abandonedMutex);
        abandoned().remove(process);
        process->deleteLater();
    });
    m_process = nullptr;
}
