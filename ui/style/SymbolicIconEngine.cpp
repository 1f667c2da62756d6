#include "ui/style/SymbolicIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

SymbolicIconEngine::SymbolicIconEngine(const QString &svgPath) : m_path(svgPath), m_svg(svgPath) {}

QColor SymbolicIconEngine::colorFor(QIcon::Mode mode)
{
    const QPalette pal = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return pal.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return pal.color(QPalette::HighlightedText);
    default:
        return pal.color(QPalette::WindowText);
    }
}

void SymbolicIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    m_svg.render(painter, rect, colorFor(mode));
}

QPixmap SymbolicIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SymbolicIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State,
                                         qreal scale)
{
    const QColor color = colorFor(mode);
    const QString key = QStringLiteral("%1x%2@%3:%4")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(scale)
                            .arg(color.rgba());
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    QPixmap pm(size * scale);
    pm.setDevicePixelRatio(scale);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    m_svg.render(&p, QRectF(QPointF(0, 0), QSizeF(size)), color);
    p.end();
    if (m_cache.size() > 64)
        m_cache.clear();
    m_cache.insert(key, pm);
    return pm;
}

QSize SymbolicIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QIconEngine *SymbolicIconEngine::clone() const
{
    return new SymbolicIconEngine(m_path);
}

QString SymbolicIconEngine::key() const
{
    return QStringLiteral("SymbolicIconEngine");
}

bool SymbolicIconEngine::isNull()
{
    return !m_svg.isValid();
}
