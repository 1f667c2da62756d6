#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

class QApplication;

// Tells widgets with colours of their own (style sheets, painted
// backgrounds) that the theme changed at run time.
class ThemeNotifier : public QObject
{
    Q_OBJECT
signals:
    void changed();
};

// Look of the board: the Fusion style with the system palette, or a
// tuned light or dark palette; and the board's own colours.
namespace Theme {
enum class Mode { System, Light, Dark };

// Applies mode to the whole application, live: the application palette,
// and every widget's own palette roles that were derived from the old one
// (a drawer painted in Base, muted labels) re-derived from the new one.
void apply(Mode mode);
Mode current();
ThemeNotifier *notifier();
// Saves mode as [gui] theme in the config, keeping its comments.
bool store(Mode mode);
Mode fromString(const QString &name); // "light", "dark", else System
QString toString(Mode mode);

bool isDark(const QPalette &palette = QPalette());
// a * (1 - t) + b * t
QColor mix(const QColor &a, const QColor &b, qreal t);
// Column dots: triage lilac, todo grey, ready amber, running green,
// blocked red, review violet, done blue, archived muted.
QColor statusColor(const QString &status);
QColor amber();
QColor red();
QColor green();
// Muted text (ids, counts, hints) for the current palette.
QColor mutedText(const QPalette &palette);
QColor cardBorder(const QPalette &palette);
QColor columnBackground(const QPalette &palette);
// A stable colour per assignee name.
QColor assigneeColor(const QString &name);
QString monospaceFamily();
} // namespace Theme
