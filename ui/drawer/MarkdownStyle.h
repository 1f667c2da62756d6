#pragma once

class QPalette;
class QTextDocument;

// How the drawer draws markdown, for the description and the comments
// alike: fenced code on a tint, tables with borders, padding and a shaded
// header row, block quotes indented on a tint (MarkdownBrowser draws their
// bar). Colours come from the palette: applying it again after a theme
// switch restyles the document. Safe in a worker thread (no widgets).
namespace MarkdownStyle {

inline constexpr int kQuoteIndent = 18; // per quote level; the bar sits in it

void apply(QTextDocument *doc, const QPalette &palette);

} // namespace MarkdownStyle
