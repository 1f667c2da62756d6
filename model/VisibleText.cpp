#include "model/VisibleText.h"

namespace VisibleText {

namespace {

void appendEscape(QString &out, char16_t c)
{
    switch (c) {
    case u'\n':
        out += QLatin1String("\\n");
        return;
    case u'\r':
        out += QLatin1String("\\r");
        return;
    case u'\t':
        out += QLatin1String("\\t");
        return;
    default:
        break;
    }
    if (c < 0x80)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString escaped(const QString &text, bool keepNewlines)
{
    qsizetype first = 0;
    for (; first < text.size(); ++first) {
        const char16_t c = text.at(first).unicode();
        if (isHidden(c) && !(keepNewlines && c == u'\n'))
            break;
    }
    if (first == text.size())
        return text; // the common case: nothing to escape, no copy
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isHidden(c) && !(keepNewlines && c == u'\n'))
            appendEscape(out, c);
        else
            out += QChar(c);
    }
    return out;
}

// ESC [ (digits | ';' | ':')* m at `at` (the ESC): its length, else 0.
qsizetype colourSequence(const QString &text, qsizetype at)
{
    if (at + 2 >= text.size() || text.at(at + 1) != QLatin1Char('['))
        return 0;
    for (qsizetype i = at + 2; i < text.size() && i < at + 64; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'm')
            return i - at + 1;
        if (!((c >= u'0' && c <= u'9') || c == u';' || c == u':'))
            return 0;
    }
    return 0;
}

} // namespace

bool isHidden(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c ||
           c == 0x2028 || c == 0x2029;
}

QString oneLine(const QString &text)
{
    return escaped(text, false);
}

QString lines(const QString &text)
{
    return escaped(text, true);
}

QByteArray terminalLog(const QByteArray &bytes)
{
    // Decoded by hand so that an invalid byte shows as itself, not as U+FFFD.
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar b = uchar(bytes.at(i));
        int len = b < 0x80             ? 1
                  : (b & 0xe0) == 0xc0 ? 2
                  : (b & 0xf0) == 0xe0 ? 3
                  : (b & 0xf8) == 0xf0 ? 4
                                       : 0;
        QString decoded;
        if (len > 0 && i + len <= bytes.size()) {
            decoded = QString::fromUtf8(bytes.constData() + i, len);
            const bool isReplacement = bytes.mid(i, len) == QByteArrayLiteral("\xef\xbf\xbd");
            if (decoded.contains(QChar::ReplacementCharacter) && !isReplacement)
                decoded.clear();
        }
        if (decoded.isEmpty()) {
            text += QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
            ++i;
            continue;
        }
        text += decoded;
        i += len;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t' || !isHidden(c)) {
            out += QChar(c);
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            out += QChar(c);
        } else if (const qsizetype n = c == 0x1b ? colourSequence(text, i) : 0) {
            out += QStringView(text).mid(i, n);
            i += n - 1;
        } else {
            appendEscape(out, c);
        }
    }
    return out.toUtf8();
}

} // namespace VisibleText
