#pragma once

#include <QHash>
#include <QStyledItemDelegate>

#include <memory>

class QTextLayout;

// Paints one task card: id and priority badge, the title (two lines at
// most, then elided), the assignee chip and tenant tag, the reviewer's
// line ("review: NAME", outlined, when a profile reviews), and a footer of
// glyphs (comments, "waiting on N", elapsed time while running). The
// border turns amber or red with staleness. Heights are computed from
// font metrics only, so laying out thousands of cards stays cheap.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CardDelegate(QObject *parent = nullptr);
    ~CardDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // "45s", "12m", "3h 05m", "2d 4h"
    static QString formatDuration(qint64 seconds);
    static QString formatCountdown(qint64 seconds); // "40s", "1m 40s", then as formatDuration
    // The card's title on one line: newlines and runs of spaces folded,
    // other control characters shown as escapes ("\x1b").
    static QString displayTitle(const QString &title);
    // The card rectangle inside an item rectangle.
    static QRect cardRect(const QRect &itemRect);
    // Where the title is painted (its lines), inside option.rect.
    QRect titleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    struct Fonts;
    // Fonts and metrics for a base font, cached: sizeHint runs per card.
    const Fonts &fonts(const QFont &base) const;
    static bool hasFooter(const QModelIndex &index);
    static bool hasReviewer(const QModelIndex &index);
    int titleLines(const Fonts &f, const QString &title, int width) const;
    void paintTitle(QPainter *p, const QRect &r, const QString &title, const QFont &font,
                    int lines) const;
    int paintChips(QPainter *p, const QRect &row, const QModelIndex &index, const QPalette &pal,
                   const QFont &small) const;
    // The reviewer chip, at the left of `room`.
    void paintReviewer(QPainter *p, const QRect &room, const QString &reviewer, const QPalette &pal,
                       const QFont &small) const;
    void paintFooter(QPainter *p, const QRect &row, const QModelIndex &index, const QPalette &pal,
                     const QFont &small) const;
    void paintBadge(QPainter *p, const QRect &row, const QModelIndex &index,
                    const QFont &small) const;

    mutable std::unique_ptr<Fonts> m_fonts;
    static constexpr int kMaxTitleAdvances = 50000;
    mutable QHash<QString, int> m_titleAdvance; // pixels, by raw title
};
