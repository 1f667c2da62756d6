#include "app/OutputSink.h"

#include <cstdio>
#include <poll.h>
#include <unistd.h>

void StreamSink::writeOut(const QByteArray &bytes)
{
    if (m_closed)
        return;
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        m_closed = true; // EPIPE (SIGPIPE caught), or no space: nobody gets it
}

void StreamSink::writeErr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool StreamSink::outputClosed()
{
    if (m_closed)
        return true;
    // No events asked for: poll() still reports POLLERR (a pipe without a
    // reader), POLLHUP (a hung-up terminal or socket) and POLLNVAL (fd 1
    // not open), and nothing for a live pipe, a terminal or a file.
    pollfd p{STDOUT_FILENO, 0, 0};
    if (::poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP | POLLNVAL)))
        m_closed = true;
    return m_closed;
}

bool StreamSink::isInteractive() const
{
    return ::isatty(STDOUT_FILENO) == 1;
}
