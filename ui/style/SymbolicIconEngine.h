#pragma once

#include "ui/style/TintedSvg.h"

#include <QHash>
#include <QIconEngine>

// Paints a bundled SVG icon (through Qt SVG) at any size and device pixel ratio. Strokes
// and fills in "currentColor" follow the palette (text, highlighted text
// when selected, dimmed when disabled), so icons suit light and dark.
class SymbolicIconEngine : public QIconEngine
{
public:
    explicit SymbolicIconEngine(const QString &svgPath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    static QColor colorFor(QIcon::Mode mode);

    QString m_path;
    TintedSvg m_svg;
    QHash<QString, QPixmap> m_cache;
};
