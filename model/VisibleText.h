#pragma once

#include <QByteArray>
#include <QString>

// Text that workers, imports or config files wrote, made safe to show a
// person: every character that can steer a terminal or disguise text is
// shown as an escape instead. C0 controls and DEL as "\n", "\r", "\t",
// "\x1b", "\x7f"; C1 controls (U+0080-U+009F), bidi overrides and marks
// (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) and the line and
// paragraph separators (U+2028, U+2029) as "\u009b". A backslash stays a
// backslash: the escapes defuse, they do not encode (--json is exact).
// The one place human output escapes text (the CLI's print, its lines).
namespace VisibleText {

// True when `c` is shown as an escape.
bool isHidden(char16_t c);
// A field meant to be one line (a title, an assignee, a table row): line
// breaks become "\n" too.
QString oneLine(const QString &text);
// Text meant to span lines (a body, a comment): '\n' stays a line break,
// everything else as oneLine.
QString lines(const QString &text);
// A worker's log for a terminal: '\n', '\t', "\r\n" and colour sequences
// (ESC [ digits ; m) kept, every other control escaped; invalid UTF-8
// bytes as "\xNN".
QByteArray terminalLog(const QByteArray &bytes);

} // namespace VisibleText
