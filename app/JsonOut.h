#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstring>

// A fast appender for large JSON outputs (list --json on big boards):
// writes through a raw pointer into one buffer that grows geometrically,
// escaping exactly as model/Json.cpp does (Python json.dumps with
// ensure_ascii=False). The buffer has its final size after finish() (or
// destruction).
class JsonOut
{
public:
    explicit JsonOut(QByteArray &buffer);
    ~JsonOut() { finish(); }
    JsonOut(const JsonOut &) = delete;
    JsonOut &operator=(const JsonOut &) = delete;

    void raw(const char *s, qsizetype n)
    {
        std::memcpy(room(n), s, size_t(n));
        m_used += n;
    }
    template <qsizetype N> void literal(const char (&s)[N]) { raw(s, N - 1); }
    void string(QStringView s);            // quoted and escaped
    void nullableString(const QString &s); // null for a null QString
    // UTF-8 text quoted and escaped as string() would write its QString,
    // when Utf8Text calls it plain; false (nothing written) otherwise.
    bool plainString(QByteArrayView utf8);
    void number(qint64 n);
    void indent(int spaces); // newline + spaces
    // An object member's start: [","] newline, `spaces` blanks, "key": .
    void key(const char *name, qsizetype n, int spaces, bool first);
    void finish();
    // What is written so far, and forgetting it (for writing in chunks).
    qsizetype size() const { return m_used; }
    QByteArray written() const { return QByteArray::fromRawData(m_buf.constData(), m_used); }
    void clear() { m_used = 0; }

    // Room for maxBytes more at the write position (valid until the next
    // call), then advance() by what was written there.
    char *room(qsizetype maxBytes)
    {
        if (m_buf.size() - m_used < maxBytes)
            grow(maxBytes);
        return m_data + m_used;
    }
    void advance(qsizetype n) { m_used += n; }

private:
    void grow(qsizetype maxBytes);

    QByteArray &m_buf;
    char *m_data;     // m_buf's bytes (detached)
    qsizetype m_used; // bytes written; the buffer's size is its capacity until finish()
};
