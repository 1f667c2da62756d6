#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QRectF>

class QPainter;

// A small SVG reader for the bundled icons, so they render crisp at any
// scale even where Qt's SVG plugin is not installed. It knows svg, g,
// path (M L H V C S Q T Z), circle, ellipse, rect, line, polyline and
// polygon, with fill, stroke, stroke-width, caps, joins, fill-rule and
// opacity. "currentColor" takes the colour given to render().
class SvgLite
{
public:
    static SvgLite fromFile(const QString &path);
    static SvgLite fromData(const QByteArray &data);

    bool isValid() const { return !m_shapes.isEmpty(); }
    QRectF viewBox() const { return m_viewBox; }
    void render(QPainter *painter, const QRectF &target, const QColor &currentColor) const;

private:
    struct Paint
    {
        bool none = false;
        bool current = false;
        QColor color;
    };
    struct Shape
    {
        QPainterPath path;
        Paint fill;
        Paint stroke;
        qreal strokeWidth = 1;
        Qt::PenCapStyle cap = Qt::FlatCap;
        Qt::PenJoinStyle join = Qt::MiterJoin;
        qreal opacity = 1;
    };
    static Paint parsePaint(const QString &value);
    static QPainterPath parsePath(const QString &d);

    QRectF m_viewBox{0, 0, 16, 16};
    QList<Shape> m_shapes;
};
