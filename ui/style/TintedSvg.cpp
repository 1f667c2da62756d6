#include "ui/style/TintedSvg.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace {
constexpr int kMaxRenderers = 16;
} // namespace

TintedSvg::TintedSvg(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        m_data = f.readAll();
}

bool TintedSvg::isValid() const
{
    return rendererFor(Qt::black)->isValid();
}

QSvgRenderer *TintedSvg::rendererFor(const QColor &color) const
{
    const QRgb key = color.rgb(); // alpha is painted as opacity
    auto it = m_renderers.constFind(key);
    if (it != m_renderers.constEnd())
        return it->get();
    QByteArray data = m_data;
    data.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    auto renderer = std::make_shared<QSvgRenderer>(data);
    renderer->setAspectRatioMode(Qt::KeepAspectRatio);
    if (m_renderers.size() >= kMaxRenderers)
        m_renderers.clear();
    m_renderers.insert(key, renderer);
    return renderer.get();
}

void TintedSvg::render(QPainter *painter, const QRectF &target, const QColor &color) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(painter->opacity() * color.alphaF());
    rendererFor(color)->render(painter, target);
    painter->restore();
}
