#include "app/JsonOut.h"

#include <charconv>
#include <cstring>

JsonOut::JsonOut(QByteArray &buffer) : m_buf(buffer), m_used(buffer.size()) {}

void JsonOut::finish()
{
    if (m_buf.size() != m_used)
        m_buf.resize(m_used);
}

char *JsonOut::room(qsizetype maxBytes)
{
    if (m_buf.size() - m_used < maxBytes)
        m_buf.resize(qMax<qsizetype>(m_buf.size() * 2, m_used + maxBytes + 4096));
    return m_buf.data() + m_used;
}

void JsonOut::raw(const char *s, qsizetype n)
{
    std::memcpy(room(n), s, size_t(n));
    m_used += n;
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
    m_used = p - m_buf.constData();
}

void JsonOut::number(qint64 n)
{
    char *p = room(24);
    m_used = std::to_chars(p, p + 24, n).ptr - m_buf.constData();
}

void JsonOut::nullableString(const QString &s)
{
    if (s.isNull())
        literal("null");
    else
        string(s);
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
    m_used = p - m_buf.constData();
}
