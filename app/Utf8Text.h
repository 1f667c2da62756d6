#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// UTF-8 from SQLite written out without a QString in between, where that
// gives the same bytes: text QString::fromUtf8 reads without replacing
// anything (valid UTF-8, no byte order mark, which it drops).
namespace Utf8Text {
// Whether the eight bytes of w are all ASCII from 0x20 to 0x7e: none that
// VisibleText hides, none that starts a multi-byte character.
inline bool asciiVisible(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const quint64 below20 = (w - ones * 0x20) & ~w & highs; // a byte < 0x20 (or >= 0x80)
    const quint64 del = w ^ (ones * 0x7f);
    const quint64 is7f = (del - ones) & ~del & highs; // a byte == 0x7f
    return ((w & highs) | below20 | is7f) == 0;
}
// The length in UTF-16 units (what QString::size() would say), or -1 when
// the text is not plain (invalid, or has a byte order mark). With `hidden`,
// also whether some character is one VisibleText::isHidden escapes.
qsizetype plainLength(QByteArrayView s, bool *hidden = nullptr);
} // namespace Utf8Text
