#pragma once

#include <QByteArrayView>

// UTF-8 from SQLite written out without a QString in between, where that
// gives the same bytes: text QString::fromUtf8 reads without replacing
// anything (valid UTF-8, no byte order mark, which it drops).
namespace Utf8Text {
// The length in UTF-16 units (what QString::size() would say), or -1 when
// the text is not plain (invalid, or has a byte order mark). With `hidden`,
// also whether some character is one VisibleText::isHidden escapes.
qsizetype plainLength(QByteArrayView s, bool *hidden = nullptr);
} // namespace Utf8Text
