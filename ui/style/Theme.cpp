#include "ui/style/Theme.h"

#include "dispatcher/ConfigFile.h"
#include "model/Types.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <optional>

namespace {

Theme::Mode g_mode = Theme::Mode::System;
QPalette g_systemPalette;
bool g_captured = false;

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf1, 0xf2, 0xf4), base(0xff, 0xff, 0xff), text(0x1f, 0x23, 0x28);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0xfd, 0xfd, 0xfe));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x7a, 0x80, 0x88));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xf7, 0xf8, 0xf9));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe6, 0xea));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xce));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa5, 0xad));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x55, 0x5c));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x2a, 0x66, 0xb0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa4, 0xaa));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa4, 0xaa));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa4, 0xaa));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1d, 0x1f, 0x23), base(0x26, 0x29, 0x2e), text(0xe3, 0xe5, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2e, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x39));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x92, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2c, 0x2f, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x45, 0x49, 0x50));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xee));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x71, 0x78));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x71, 0x78));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x71, 0x78));
    return p;
}

// The colour of new that plays the part c played in old: the same palette
// role, or the same derived colour (muted text, card border, column).
std::optional<QColor> rebased(const QColor &c, QPalette::ColorGroup group, const QPalette &old,
                              const QPalette &now)
{
    // Roles in the order ties are settled (white is Base before Light).
    static const QPalette::ColorRole roles[] = {QPalette::Window,        QPalette::Base,
                                                QPalette::Text,          QPalette::WindowText,
                                                QPalette::Button,        QPalette::ButtonText,
                                                QPalette::AlternateBase, QPalette::ToolTipBase,
                                                QPalette::ToolTipText,   QPalette::PlaceholderText,
                                                QPalette::Highlight,     QPalette::HighlightedText,
                                                QPalette::Link,          QPalette::Mid,
                                                QPalette::Midlight,      QPalette::Dark,
                                                QPalette::Light,         QPalette::Shadow};
    for (const QPalette::ColorGroup g : {group, QPalette::Active}) {
        for (const QPalette::ColorRole r : roles) {
            if (old.color(g, r) == c)
                return now.color(g, r);
        }
    }
    if (c == Theme::mutedText(old))
        return Theme::mutedText(now);
    if (c == Theme::cardBorder(old))
        return Theme::cardBorder(now);
    if (c == Theme::columnBackground(old))
        return Theme::columnBackground(now);
    return std::nullopt;
}

// Widgets that set palette roles of their own keep them through an
// application palette change; those taken from the old palette follow.
void rebaseWidgets(const QPalette &old, const QPalette &now)
{
    for (QWidget *w : QApplication::allWidgets()) {
        if (!w->testAttribute(Qt::WA_SetPalette))
            continue;
        QPalette pal = w->palette();
        const auto mask = pal.resolveMask();
        bool changed = false;
        for (int g = 0; g < QPalette::NColorGroups; ++g) {
            for (int r = 0; r < QPalette::NColorRoles; ++r) {
                const auto group = QPalette::ColorGroup(g);
                const auto role = QPalette::ColorRole(r);
                if (!(mask & (QPalette::ResolveMask(1) << (g * QPalette::NColorRoles + r))))
                    continue;
                const auto next = rebased(pal.color(group, role), group, old, now);
                if (next && *next != pal.color(group, role)) {
                    pal.setColor(group, role, *next);
                    changed = true;
                }
            }
        }
        if (changed)
            w->setPalette(pal);
    }
}

} // namespace

namespace Theme {

ThemeNotifier *notifier()
{
    static ThemeNotifier *n = new ThemeNotifier;
    return n;
}

void apply(Mode mode)
{
    if (!g_captured) {
        g_systemPalette = QApplication::palette();
        g_captured = true;
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    g_mode = mode;
    QPalette pal;
    if (mode == Mode::Light) {
        pal = lightPalette();
    } else if (mode == Mode::Dark) {
        pal = darkPalette();
    } else {
        // No desktop palette (a bare X server, offscreen): the tuned light one.
        const QPalette fusion = QApplication::style()->standardPalette();
        const bool plain =
            g_systemPalette.color(QPalette::Window) == fusion.color(QPalette::Window);
        pal = plain ? lightPalette() : g_systemPalette;
    }
    const QPalette old = QApplication::palette();
    QApplication::setPalette(pal);
    rebaseWidgets(old, pal);
    emit notifier()->changed();
}

bool store(Mode mode)
{
    return ConfigFile::setValue({}, QStringLiteral("gui"), QStringLiteral("theme"), toString(mode));
}

Mode current()
{
    return g_mode;
}

Mode fromString(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Mode::Light;
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Mode::Dark;
    return Mode::System;
}

QString toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    default:
        return QStringLiteral("system");
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t, a.alphaF() * (1 - t) + b.alphaF() * t);
}

QColor statusColor(const QString &status)
{
    const bool dark = isDark();
    if (status == TaskStatus::Triage)
        return QColor(0xb4, 0x7d, 0xd6);
    if (status == TaskStatus::Todo)
        return dark ? QColor(0x8a, 0x90, 0x99) : QColor(0x9a, 0xa0, 0xa8);
    if (status == TaskStatus::Ready)
        return QColor(0xd4, 0xb3, 0x48);
    if (status == TaskStatus::Running)
        return QColor(0x3f, 0xb9, 0x7d);
    if (status == TaskStatus::Blocked)
        return red();
    if (status == TaskStatus::Review)
        return QColor(0x8b, 0x6c, 0xe0);
    if (status == TaskStatus::Done)
        return QColor(0x4a, 0x8c, 0xd1);
    return dark ? QColor(0x5c, 0x61, 0x69) : QColor(0xb8, 0xbd, 0xc4);
}

QColor amber()
{
    return QColor(0xd4, 0xb3, 0x48);
}

QColor red()
{
    return QColor(0xe5, 0x48, 0x4d);
}

QColor green()
{
    return QColor(0x3f, 0xb9, 0x7d);
}

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42);
}

QColor cardBorder(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base),
               isDark(palette) ? 0.82 : 0.85);
}

QColor columnBackground(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDark(palette) ? window.lighter(112) : window.darker(104);
}

QColor assigneeColor(const QString &name)
{
    static const QColor hues[] = {QColor(0x3b, 0x82, 0xc4), QColor(0x2f, 0x9e, 0x6e),
                                  QColor(0xc2, 0x6a, 0x2b), QColor(0x9b, 0x59, 0xb6),
                                  QColor(0xc0, 0x39, 0x5b), QColor(0x16, 0x8f, 0x9c),
                                  QColor(0x7a, 0x8b, 0x2a), QColor(0x5b, 0x6b, 0xd6)};
    const uint h = qHash(name);
    return hues[h % (sizeof(hues) / sizeof(hues[0]))];
}

QString monospaceFamily()
{
    static const QString family = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    return family;
}

} // namespace Theme
