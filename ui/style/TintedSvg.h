#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QRectF>

#include <memory>

class QPainter;
class QSvgRenderer;

// A bundled SVG drawn by Qt SVG, its "currentColor" strokes and fills in
// the colour given to render() (the symbolic icons follow the palette, so
// they suit light and dark themes). Qt SVG takes no colour from outside:
// each colour gets a renderer of the document with that colour written in.
class TintedSvg
{
public:
    explicit TintedSvg(const QString &path);

    bool isValid() const;
    // Fits the picture into target, centred, keeping its aspect ratio.
    void render(QPainter *painter, const QRectF &target, const QColor &color) const;

private:
    QSvgRenderer *rendererFor(const QColor &color) const;

    QByteArray m_data;
    mutable QHash<QRgb, std::shared_ptr<QSvgRenderer>> m_renderers; // opaque colour -> renderer
};
