#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The REST server's front door, as a pure function of the bytes received
// so far: it reads the request line and the headers (never the body) and
// says whether to wait for more, refuse, or hand the request to Qt
// HttpServer. No sockets, so the fuzzer runs it on raw bytes.
//
// Refusals, in the order checked: 431 (request line + headers over
// maxHeaderBytes), 400 (malformed request line or header), 501 (a method
// other than GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS), 505 (not
// HTTP/1.0 or 1.1), 421 (Host does
// not name this server: DNS rebinding), 401 (missing or wrong bearer
// token), 411 (Transfer-Encoding, or a POST/PATCH/PUT without
// Content-Length), 413 (Content-Length over maxBodyBytes).
class RequestGate
{
public:
    struct Policy
    {
        QString token;
        qint64 maxBodyBytes = 1 << 20;
        qsizetype maxHeaderBytes = 16 * 1024;
        quint16 port = 0;         // the server's port: "name:port" must name it
        QStringList allowedHosts; // lower-case names and address literals ([::1] bracketed)
    };

    struct Verdict
    {
        enum Kind { NeedMore, Accept, Refuse };
        Kind kind = NeedMore;
        int status = 0;              // Refuse: the HTTP status
        QString message;             // Refuse: the JSON error's text
        qsizetype headerBytes = 0;   // Accept: request line + headers + blank line
        qint64 contentLength = 0;    // Accept: the body's declared length
        bool expectContinue = false; // Accept: the client waits for "100 Continue"
    };

    explicit RequestGate(Policy policy);

    Verdict inspect(const QByteArray &received) const;

    // The loopback names every server accepts: localhost, 127.0.0.1, [::1].
    static QStringList loopbackHosts();
    // A refusal as raw HTTP/1.1 bytes: status line, JSON error body,
    // Connection: close (and WWW-Authenticate for 401).
    static QByteArray refusal(int status, const QString &message);

    const Policy &policy() const { return m_policy; }

private:
    bool hostAllowed(const QByteArray &host) const;

    Policy m_policy;
};
