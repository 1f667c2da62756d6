#include "dispatcher/DetachedSpawn.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace {

// Only async-signal-safe calls after fork() below.
void writeAll(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        const ssize_t n = ::write(fd, buf, len);
        if (n <= 0)
            return;
        buf += n;
        len -= size_t(n);
    }
}

size_t formatInt(char *out, int value)
{
    char tmp[16];
    size_t n = 0;
    unsigned v = value < 0 ? unsigned(-value) : unsigned(value);
    do {
        tmp[n++] = char('0' + v % 10);
        v /= 10;
    } while (v && n < sizeof tmp);
    size_t len = 0;
    if (value < 0)
        out[len++] = '-';
    while (n)
        out[len++] = tmp[--n];
    return len;
}

void resetSignals()
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int s = 1; s < NSIG; ++s) {
        if (s != SIGKILL && s != SIGSTOP)
            ::signal(s, SIG_DFL);
    }
}

struct CArgs
{
    std::vector<QByteArray> storage;
    std::vector<char *> pointers;
    explicit CArgs(const QStringList &items)
    {
        for (const QString &s : items)
            storage.push_back(s.toLocal8Bit());
        for (QByteArray &b : storage)
            pointers.push_back(b.data());
        pointers.push_back(nullptr);
    }
    char **data() { return pointers.data(); }
};

// The worker: redirect, chdir, exec. On failure the errno goes to errFd.
[[noreturn]] void execWorker(const char *program, char **argv, char **envp, const char *cwd,
                             const char *log, int errFd)
{
    const int in = ::open("/dev/null", O_RDONLY);
    const int out = ::open(log, O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (in < 0 || out < 0 || ::chdir(cwd) != 0) {
        const int e = errno;
        writeAll(errFd, reinterpret_cast<const char *>(&e), sizeof e);
        ::_exit(127);
    }
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(out, 2);
    if (in > 2)
        ::close(in);
    if (out > 2)
        ::close(out);
    ::execve(program, argv, envp);
    const int e = errno;
    writeAll(errFd, reinterpret_cast<const char *>(&e), sizeof e);
    ::_exit(127);
}

// The supervisor: session leader, waits for the worker, writes the trailer.
[[noreturn]] void supervise(const char *program, char **argv, char **envp, const char *cwd,
                            const char *log, const QByteArray &prefix, int errFd)
{
    ::setsid();
    resetSignals();
    // Hold nothing of the parent: not its terminal or pipes (a caller
    // reading our output would wait for the worker), not its lock file.
    const int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
        ::dup2(null, 0);
        ::dup2(null, 1);
        ::dup2(null, 2);
    }
    if (errFd > 3)
        ::close_range(3, unsigned(errFd - 1), 0);
    ::close_range(unsigned(errFd + 1), ~0U, 0);
    const pid_t worker = ::fork();
    if (worker < 0) {
        const int e = errno;
        writeAll(errFd, reinterpret_cast<const char *>(&e), sizeof e);
        ::_exit(127);
    }
    if (worker == 0)
        execWorker(program, argv, envp, cwd, log, errFd);
    ::close(errFd);
    int status = 0;
    while (::waitpid(worker, &status, 0) < 0 && errno == EINTR) {
    }
    char line[160];
    size_t len = 0;
    std::memcpy(line, prefix.constData(), size_t(prefix.size()));
    len += size_t(prefix.size());
    const bool signaled = WIFSIGNALED(status);
    const char *what = signaled ? "killed by signal " : "exited with code ";
    std::memcpy(line + len, what, std::strlen(what));
    len += std::strlen(what);
    len += formatInt(line + len, signaled ? WTERMSIG(status) : WEXITSTATUS(status));
    line[len++] = '\n';
    const int fd = ::open(log, O_WRONLY | O_APPEND);
    if (fd >= 0)
        writeAll(fd, line, len);
    ::_exit(signaled ? 128 + WTERMSIG(status) : WEXITSTATUS(status));
}

QString resolveProgram(const LaunchSpec &spec)
{
    if (spec.program.contains(QLatin1Char('/')))
        return spec.program;
    const QStringList path =
        spec.environment.value(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"))
            .split(QLatin1Char(':'));
    for (const QString &dir : path) {
        const QString candidate =
            (dir.isEmpty() ? QStringLiteral(".") : dir) + QLatin1Char('/') + spec.program;
        if (::access(QFile::encodeName(candidate).constData(), X_OK) == 0)
            return candidate;
    }
    return spec.program;
}

} // namespace

namespace DetachedSpawn {

qint64 start(const LaunchSpec &spec, QString *error)
{
    // Everything the children need is prepared before fork().
    const QByteArray program = QFile::encodeName(resolveProgram(spec));
    CArgs argv(QStringList{spec.program} + spec.arguments);
    CArgs envp(spec.environment.toStringList());
    const QByteArray cwd = QFile::encodeName(spec.workingDirectory);
    const QByteArray log = QFile::encodeName(spec.logPath);
    const QByteArray prefix =
        QStringLiteral("\n[qkanban] run %1 worker ").arg(spec.runId).toUtf8().left(100);

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return 0;
    }
    const pid_t supervisor = ::fork();
    if (supervisor < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        return 0;
    }
    if (supervisor == 0) {
        ::close(pipeFds[0]);
        supervise(program.constData(), argv.data(), envp.data(), cwd.constData(), log.constData(),
                  prefix, pipeFds[1]);
    }
    ::close(pipeFds[1]);
    int childErrno = 0;
    ssize_t got;
    do {
        got = ::read(pipeFds[0], &childErrno, sizeof childErrno);
    } while (got < 0 && errno == EINTR);
    ::close(pipeFds[0]);
    if (got == ssize_t(sizeof childErrno)) {
        *error = QStringLiteral("cannot execute %1: %2")
                     .arg(spec.program, QString::fromLocal8Bit(std::strerror(childErrno)));
        int status = 0;
        ::waitpid(supervisor, &status, 0);
        return 0;
    }
    return supervisor;
}

bool exitTrailer(const QString &logPath, qint64 runId, int *code, bool *signaled)
{
    QFile f(logPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() > 4000)
        f.seek(f.size() - 4000);
    const QString tail = QString::fromUtf8(f.readAll());
    const QRegularExpression re(
        QStringLiteral("\\[qkanban\\] run %1 worker (exited with code|killed by signal) (\\d+)")
            .arg(runId));
    QRegularExpressionMatch last;
    auto it = re.globalMatch(tail);
    while (it.hasNext())
        last = it.next();
    if (!last.hasMatch())
        return false;
    *code = last.captured(2).toInt();
    *signaled = last.captured(1).startsWith(QLatin1String("killed"));
    return true;
}

} // namespace DetachedSpawn
