#pragma once

class QAbstractScrollArea;
class QScrollBar;

// Thin, quiet scroll bars for the board (columns and the sideways
// scroll), drawn from the palette so they suit light and dark.
namespace ScrollBarStyle {
void apply(QScrollBar *bar);
// Both bars of a scroll area (lists, text views); call again when the
// palette changes.
void applyTo(QAbstractScrollArea *area);
} // namespace ScrollBarStyle
