#include "ui/style/ScrollBarStyle.h"

#include "ui/style/Theme.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace ScrollBarStyle {

void apply(QScrollBar *bar)
{
    const QPalette pal = bar->palette();
    QColor handle = pal.color(QPalette::WindowText);
    handle.setAlpha(Theme::isDark(pal) ? 80 : 70);
    QColor hover = handle;
    hover.setAlpha(140);
    auto rgba = [](const QColor &c) {
        return QStringLiteral("rgba(%1, %2, %3, %4)")
            .arg(c.red())
            .arg(c.green())
            .arg(c.blue())
            .arg(c.alpha());
    };
    const bool vertical = bar->orientation() == Qt::Vertical;
    const QString css =
        QStringLiteral(
            "QScrollBar:%1 { background: transparent; %2: 10px; margin: 0; border: none; }"
            "QScrollBar::handle:%1 { background: %3; border-radius: 3px; %4: 28px; margin: 2px; }"
            "QScrollBar::handle:%1:hover { background: %5; }"
            "QScrollBar::add-line:%1, QScrollBar::sub-line:%1 { %6: 0; border: none; background: "
            "none; }"
            "QScrollBar::add-page:%1, QScrollBar::sub-page:%1 { background: none; }")
            .arg(vertical ? QStringLiteral("vertical") : QStringLiteral("horizontal"),
                 vertical ? QStringLiteral("width") : QStringLiteral("height"), rgba(handle),
                 vertical ? QStringLiteral("min-height") : QStringLiteral("min-width"), rgba(hover),
                 vertical ? QStringLiteral("height") : QStringLiteral("width"));
    bar->setStyleSheet(css);
}

void applyTo(QAbstractScrollArea *area)
{
    apply(area->verticalScrollBar());
    apply(area->horizontalScrollBar());
}

} // namespace ScrollBarStyle
