#include "app/Interrupt.h"

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_signal = 0;
int g_pipe[2] = {-1, -1};

void onSignal(int sig)
{
    g_signal = sig;
    if (g_pipe[1] >= 0) {
        const char c = 1;
        [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &c, 1);
    }
}

void onBrokenPipe(int) {}

} // namespace

namespace Interrupt {

void install()
{
    if (g_pipe[0] >= 0)
        return;
    if (::pipe(g_pipe) == 0) {
        for (int fd : g_pipe) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: a sleeping poll wakes with EINTR
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

bool requested()
{
    return g_signal != 0;
}

void reset()
{
    g_signal = 0;
    if (g_pipe[0] >= 0) {
        char buf[64];
        while (::read(g_pipe[0], buf, sizeof buf) > 0) {
        }
    }
}

int wakeFd()
{
    return g_pipe[0];
}

int lastSignal()
{
    return int(g_signal);
}

void catchBrokenPipe()
{
    struct sigaction sa = {};
    sa.sa_handler = onBrokenPipe;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGPIPE, &sa, nullptr);
}

} // namespace Interrupt
