#include "dispatcher/net/RequestGate.h"

#include "dispatcher/net/ApiToken.h"
#include "model/Json.h"

#include <utility>

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Visible ASCII, space and tab: no other control byte, nothing above 0x7e
// in names; values may carry obs-text (0x80-0xff) as RFC 9110 allows.
bool isFieldValue(QByteArrayView v)
{
    for (const char c : v) {
        const auto u = uchar(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isTarget(QByteArrayView t)
{
    if (t.isEmpty() || t.front() != '/')
        return false;
    for (const char c : t) {
        const auto u = uchar(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

QByteArray trimmedOws(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && (v.at(b) == ' ' || v.at(b) == '\t'))
        ++b;
    while (e > b && (v.at(e - 1) == ' ' || v.at(e - 1) == '\t'))
        --e;
    return v.sliced(b, e - b).toByteArray();
}

const char *reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 501:
        return "Not Implemented";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

RequestGate::Verdict refuse(int status, const QString &message)
{
    RequestGate::Verdict v;
    v.kind = RequestGate::Verdict::Refuse;
    v.status = status;
    v.message = message;
    return v;
}

struct Headers
{
    QByteArray host;
    QByteArray authorization;
    QByteArray contentLength;
    QByteArray expect;
    bool hasHost = false;
    bool hasAuthorization = false;
    bool hasContentLength = false;
    bool hasTransferEncoding = false;
};

// The request line: METHOD SP /target SP HTTP/1.x. An empty QString is
// success; otherwise the 400/505 message.
std::pair<int, QString> checkRequestLine(QByteArrayView line, QByteArray *method, bool *http10)
{
    const QString malformed = QStringLiteral("malformed request line");
    const qsizetype a = line.indexOf(' ');
    const qsizetype b = a < 0 ? -1 : line.sliced(a + 1).indexOf(' ');
    if (a <= 0 || b <= 0)
        return {400, malformed};
    const QByteArrayView m = line.first(a);
    const QByteArrayView target = line.sliced(a + 1, b);
    const QByteArrayView version = line.sliced(a + 1 + b + 1);
    static const QList<QByteArrayView> methods{"GET",   "HEAD",   "POST",   "PUT",
                                               "PATCH", "DELETE", "OPTIONS"};
    if (!methods.contains(m)) {
        for (const char c : m)
            if (c < 'A' || c > 'Z')
                return {400, malformed};
        return {501, QStringLiteral("method not served")};
    }
    if (!isTarget(target))
        return {400, QStringLiteral("malformed request target")};
    if (version == "HTTP/1.1")
        *http10 = false;
    else if (version == "HTTP/1.0")
        *http10 = true;
    else if (version.startsWith("HTTP/"))
        return {505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are served")};
    else
        return {400, malformed};
    *method = m.toByteArray();
    return {0, {}};
}

// One header line into h; the 400 message when it is malformed.
QString readHeader(QByteArrayView line, Headers &h)
{
    if (line.front() == ' ' || line.front() == '\t')
        return QStringLiteral("folded header lines are not accepted");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return QStringLiteral("malformed header line");
    const QByteArrayView name = line.first(colon);
    for (const char c : name)
        if (!isTokenChar(c))
            return QStringLiteral("malformed header name");
    const QByteArrayView raw = line.sliced(colon + 1);
    if (!isFieldValue(raw))
        return QStringLiteral("control character in a header value");
    const QByteArray value = trimmedOws(raw);
    const QByteArray key = name.toByteArray().toLower();
    auto once = [&](bool &seen, QByteArray &slot) -> QString {
        if (seen)
            return QStringLiteral("duplicate %1 header").arg(QString::fromLatin1(name));
        seen = true;
        slot = value;
        return {};
    };
    if (key == "host")
        return once(h.hasHost, h.host);
    if (key == "authorization")
        return once(h.hasAuthorization, h.authorization);
    if (key == "content-length")
        return once(h.hasContentLength, h.contentLength);
    if (key == "transfer-encoding")
        h.hasTransferEncoding = true;
    else if (key == "expect")
        h.expect = value.toLower();
    return {};
}

} // namespace

RequestGate::RequestGate(Policy policy) : m_policy(std::move(policy))
{
    for (QString &h : m_policy.allowedHosts)
        h = h.toLower();
}

QStringList RequestGate::loopbackHosts()
{
    return {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("[::1]")};
}

bool RequestGate::hostAllowed(const QByteArray &host) const
{
    const QByteArray h = host.toLower();
    qsizetype nameEnd = h.size();
    if (h.startsWith('[')) {
        nameEnd = h.indexOf(']');
        if (nameEnd < 0)
            return false;
        ++nameEnd;
    } else if (const qsizetype colon = h.indexOf(':'); colon >= 0) {
        nameEnd = colon;
    }
    const QByteArray name = h.left(nameEnd);
    const QByteArray rest = h.mid(nameEnd);
    if (!rest.isEmpty()) {
        bool valid = false;
        const uint port = rest.mid(1).toUInt(&valid);
        if (rest.at(0) != ':' || !valid || rest.size() > 6 || port != m_policy.port)
            return false;
    }
    return !name.isEmpty() && m_policy.allowedHosts.contains(QString::fromLatin1(name));
}

RequestGate::Verdict RequestGate::inspect(const QByteArray &received) const
{
    const qsizetype limit = m_policy.maxHeaderBytes;
    const QString tooLarge =
        QStringLiteral("the request line and headers exceed %1 bytes").arg(limit);
    // Lines end in LF (CR LF, or a bare LF as Qt's parser also accepts).
    qsizetype start = 0;
    qsizetype end = -1; // the blank line's end
    QList<QByteArrayView> lines;
    const QByteArrayView all(received);
    while (start < all.size()) {
        const qsizetype nl = all.indexOf('\n', start);
        if (nl < 0 || nl >= limit)
            break;
        QByteArrayView line = all.sliced(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = nl + 1;
        if (line.isEmpty()) {
            if (lines.isEmpty())
                return refuse(400, QStringLiteral("malformed request line"));
            end = start;
            break;
        }
        lines << line;
    }
    if (!lines.isEmpty()) {
        QByteArray method;
        bool http10 = false;
        const auto [status, message] = checkRequestLine(lines.first(), &method, &http10);
        if (status != 0)
            return refuse(status, message);
    }
    if (end < 0)
        return received.size() >= limit ? refuse(431, tooLarge) : Verdict{};
    if (end > limit)
        return refuse(431, tooLarge);

    QByteArray method;
    bool http10 = false;
    checkRequestLine(lines.first(), &method, &http10);
    Headers h;
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (const QString bad = readHeader(lines.at(i), h); !bad.isEmpty())
            return refuse(400, bad);

    if (!h.hasHost && !http10)
        return refuse(400, QStringLiteral("missing Host header"));
    if (h.hasHost && !hostAllowed(h.host))
        return refuse(421, QStringLiteral("Host '%1' does not name this server (a loopback "
                                          "name, the bound address or a name given with "
                                          "--allow-host)")
                               .arg(QString::fromLatin1(h.host.left(200))));
    if (!ApiToken::matches(m_policy.token, h.authorization))
        return refuse(401, QStringLiteral("missing or invalid bearer token"));
    if (h.hasTransferEncoding)
        return refuse(411, QStringLiteral("send the body with Content-Length; Transfer-Encoding "
                                          "is not accepted"));
    qint64 length = 0;
    if (h.hasContentLength) {
        const QByteArray &cl = h.contentLength;
        bool digits = !cl.isEmpty() && cl.size() <= 18;
        for (const char c : cl)
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return refuse(400, QStringLiteral("malformed Content-Length"));
        length = cl.toLongLong();
    } else if (method == "POST" || method == "PATCH" || method == "PUT") {
        return refuse(
            411,
            QStringLiteral("%1 needs a Content-Length header").arg(QString::fromLatin1(method)));
    }
    if (length > m_policy.maxBodyBytes)
        return refuse(413,
                      QStringLiteral("request body exceeds %1 bytes").arg(m_policy.maxBodyBytes));
    Verdict v;
    v.kind = Verdict::Accept;
    v.headerBytes = end;
    v.contentLength = length;
    v.expectContinue = h.expect == "100-continue" && !http10 && length > 0;
    return v;
}

QByteArray RequestGate::refusal(int status, const QString &message)
{
    Json body = Json::object();
    body.set(QStringLiteral("error"), message);
    QByteArray json = body.dump(2);
    json.append('\n');
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n"
           "Cache-Control: no-store\r\n"
           "Connection: close\r\n";
    if (status == 401)
        out += "WWW-Authenticate: Bearer realm=\"qkanban\"\r\n";
    out += "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n";
    return out + json;
}
