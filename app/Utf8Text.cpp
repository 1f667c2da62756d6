#include "app/Utf8Text.h"

#include <cstring>

namespace Utf8Text {

namespace {

bool continuation(uchar c)
{
    return (c & 0xc0) == 0x80;
}

// VisibleText::isHidden for a code point past ASCII.
bool hiddenWide(char32_t c)
{
    return (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c ||
           c == 0x2028 || c == 0x2029;
}

} // namespace

qsizetype plainLength(QByteArrayView s, bool *hidden)
{
    const auto *p = reinterpret_cast<const uchar *>(s.data());
    const uchar *end = p + s.size();
    qsizetype units = 0;
    bool anyHidden = false;
    while (p < end) {
        // Eight printable ASCII bytes at a time (the common case).
        if (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            if (asciiVisible(w)) {
                p += 8;
                units += 8;
                continue;
            }
        }
        const uchar c = *p;
        if (c < 0x80) {
            anyHidden |= c < 0x20 || c == 0x7f;
            ++p;
            ++units;
            continue;
        }
        char32_t cp;
        int n;
        if (c >= 0xc2 && c <= 0xdf) {
            n = 2;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 3;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 4;
            cp = c & 0x07;
        } else {
            return -1; // a continuation byte, an overlong lead, or past U+10FFFF
        }
        if (end - p < n)
            return -1;
        for (int i = 1; i < n; ++i) {
            if (!continuation(p[i]))
                return -1;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        // Overlong, surrogates, past U+10FFFF, the byte order mark.
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfeff)
            return -1;
        anyHidden |= hiddenWide(cp);
        units += n == 4 ? 2 : 1;
        p += n;
    }
    if (hidden)
        *hidden = anyHidden;
    return units;
}

} // namespace Utf8Text
