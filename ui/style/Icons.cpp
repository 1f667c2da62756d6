#include "ui/style/Icons.h"

#include "ui/style/SymbolicIconEngine.h"
#include "ui/style/TintedSvg.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace {

QString svgPath(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

// Freedesktop names for the bundled icons.
QString themeName(const QString &name)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("add"), QStringLiteral("list-add")},
        {QStringLiteral("dispatch"), QStringLiteral("media-playback-start")},
        {QStringLiteral("pause"), QStringLiteral("media-playback-pause")},
        {QStringLiteral("search"), QStringLiteral("edit-find")},
        {QStringLiteral("close"), QStringLiteral("window-close")},
        {QStringLiteral("edit"), QStringLiteral("document-edit")},
        {QStringLiteral("undo"), QStringLiteral("edit-undo")},
        {QStringLiteral("archive"), QStringLiteral("archive-insert")},
        {QStringLiteral("stats"), QStringLiteral("office-chart-bar")},
        {QStringLiteral("terminal"), QStringLiteral("utilities-terminal")},
        {QStringLiteral("settings"), QStringLiteral("preferences-system")},
        {QStringLiteral("refresh"), QStringLiteral("view-refresh")},
        {QStringLiteral("quit"), QStringLiteral("application-exit")},
        {QStringLiteral("board"), QStringLiteral("view-grid")},
    };
    return names.value(name);
}

const TintedSvg &svgFor(const QString &name)
{
    static QHash<QString, TintedSvg> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, TintedSvg(svgPath(name)));
    return *it;
}

} // namespace

namespace Icons {

QIcon get(const QString &name)
{
    const QString theme = themeName(name);
    if (!theme.isEmpty() && QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    return bundled(name);
}

QIcon bundled(const QString &name)
{
    return QIcon(new SymbolicIconEngine(svgPath(name)));
}

void paint(QPainter *painter, const QRectF &rect, const QString &name, const QColor &color)
{
    svgFor(name).render(painter, rect, color);
}

QIcon app(const QString &state)
{
    // The installed hicolor icon (themes may restyle it), else the bundled
    // full-colour art rendered at the usual sizes, each at 1x and 2x.
    const QString name = QStringLiteral("qkanban-") + state;
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    const TintedSvg &svg = svgFor(name);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pm(QSize(size, size) * dpr);
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            svg.render(&p, QRectF(0, 0, size, size), Qt::black);
            p.end();
            icon.addPixmap(pm);
        }
    }
    return icon;
}

} // namespace Icons
