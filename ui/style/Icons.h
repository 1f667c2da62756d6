#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QPainter;

// Icons come from the desktop theme (QIcon::fromTheme) when it has them,
// else from the bundled SVGs in :/icons, painted crisp at any scale.
namespace Icons {
// A named action icon: the theme's, or the bundled fallback.
QIcon get(const QString &name);
// Always the bundled one (card glyphs look the same everywhere).
QIcon bundled(const QString &name);
// Paints a bundled icon in the given colour (delegates and badges).
void paint(QPainter *painter, const QRectF &rect, const QString &name, const QColor &color);
// The application icon; state: "idle", "running" or "attention". The
// theme's qkanban-<state> (installed in hicolor) first, else the bundled art.
QIcon app(const QString &state = QStringLiteral("idle"));
} // namespace Icons
