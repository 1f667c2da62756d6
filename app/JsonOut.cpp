#include "app/JsonOut.h"

#include "app/Utf8Text.h"

#include <charconv>

namespace {

// Whether some byte of w is c.
bool hasByte(quint64 w, char c)
{
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const quint64 x = w ^ (ones * static_cast<uchar>(c));
    return ((x - ones) & ~x & highs) != 0;
}

} // namespace

JsonOut::JsonOut(QByteArray &buffer) : m_buf(buffer), m_data(buffer.data()), m_used(buffer.size())
{
}

void JsonOut::finish()
{
    if (m_buf.size() != m_used) {
        m_buf.resize(m_used);
        m_data = m_buf.data();
    }
}

void JsonOut::grow(qsizetype maxBytes)
{
    m_buf.resize(qMax<qsizetype>(m_buf.size() * 2, m_used + maxBytes + 4096));
    m_data = m_buf.data();
}

void JsonOut::indent(int spaces)
{
    char *p = room(spaces + 1);
    *p = '\n';
    std::memset(p + 1, ' ', size_t(spaces));
    m_used += spaces + 1;
}

void JsonOut::key(const char *name, qsizetype n, int spaces, bool first)
{
    char *p = room(n + spaces + 6);
    if (!first)
        *p++ = ',';
    *p++ = '\n';
    std::memset(p, ' ', size_t(spaces));
    p += spaces;
    *p++ = '"';
    std::memcpy(p, name, size_t(n));
    p += n;
    *p++ = '"';
    *p++ = ':';
    *p++ = ' ';
    m_used = p - m_data;
}

void JsonOut::number(qint64 n)
{
    char *p = room(24);
    m_used = std::to_chars(p, p + 24, n).ptr - m_data;
}

void JsonOut::nullableString(const QString &s)
{
    if (s.isNull())
        literal("null");
    else
        string(s);
}

bool JsonOut::plainString(QByteArrayView utf8)
{
    // Worst case per byte: "\u00XX" (6 bytes).
    char *const start = room(utf8.size() * 6 + 2);
    char *p = start;
    *p++ = '"';
    const char *b = utf8.data();
    const char *const end = b + utf8.size();
    while (b < end) {
        // Eight bytes at a time while they need no escape (most text).
        if (end - b >= 8) {
            quint64 w;
            std::memcpy(&w, b, 8);
            if (Utf8Text::asciiVisible(w) && !hasByte(w, '"') && !hasByte(w, '\\')) {
                std::memcpy(p, b, 8);
                p += 8;
                b += 8;
                continue;
            }
        }
        const auto c = static_cast<uchar>(*b);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *p++ = *b++;
            continue;
        }
        if (c >= 0x80) {
            // A run of UTF-8: copied as string() encodes it, when plain.
            const char *run = b;
            while (b < end && static_cast<uchar>(*b) >= 0x80)
                ++b;
            if (Utf8Text::plainLength(QByteArrayView(run, b - run)) < 0)
                return false; // nothing written: m_used is unchanged
            std::memcpy(p, run, size_t(b - run));
            p += b - run;
            continue;
        }
        *p++ = '\\';
        switch (c) {
        case '"':
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        case '\b':
            *p++ = 'b';
            break;
        case '\f':
            *p++ = 'f';
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            std::memcpy(p, "u00", 3);
            p[3] = hex[c >> 4];
            p[4] = hex[c & 0xf];
            p += 5;
        }
        }
        ++b;
    }
    *p++ = '"';
    m_used += p - start;
    return true;
}

void JsonOut::string(QStringView s)
{
    // Worst case per UTF-16 unit: "\u00XX" (6 bytes); UTF-8 needs at most 3.
    char *p = room(s.size() * 6 + 2);
    *p++ = '"';
    const char16_t *u = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = u[i];
        if (c < 0x80) {
            switch (c) {
            case u'"':
                *p++ = '\\';
                *p++ = '"';
                continue;
            case u'\\':
                *p++ = '\\';
                *p++ = '\\';
                continue;
            case u'\n':
                *p++ = '\\';
                *p++ = 'n';
                continue;
            case u'\r':
                *p++ = '\\';
                *p++ = 'r';
                continue;
            case u'\t':
                *p++ = '\\';
                *p++ = 't';
                continue;
            case u'\b':
                *p++ = '\\';
                *p++ = 'b';
                continue;
            case u'\f':
                *p++ = '\\';
                *p++ = 'f';
                continue;
            default:
                if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    std::memcpy(p, "\\u00", 4);
                    p[4] = hex[c >> 4];
                    p[5] = hex[c & 0xf];
                    p += 6;
                } else {
                    *p++ = char(c);
                }
                continue;
            }
        }
        if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(u[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(c, u[++i]);
            *p++ = char(0xf0 | (cp >> 18));
            *p++ = char(0x80 | ((cp >> 12) & 0x3f));
            *p++ = char(0x80 | ((cp >> 6) & 0x3f));
            *p++ = char(0x80 | (cp & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate: U+FFFD, as QString::toUtf8 writes it.
            *p++ = char(0xef);
            *p++ = char(0xbf);
            *p++ = char(0xbd);
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    m_used = p - m_data;
}
