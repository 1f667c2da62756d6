#include "ui/board/CardDelegate.h"

#include "model/Staleness.h"
#include "model/TaskTableModel.h"
#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/board/StatusText.h"
#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace {
constexpr int kOuterH = 6; // card to viewport edge
constexpr int kOuterV = 4; // half the gap between cards
constexpr int kPad = 10;   // inside the card
constexpr int kGap = 6;    // between rows
constexpr int kChipH = 20;
constexpr int kFooterH = 16;
constexpr qreal kRadius = 7;
} // namespace

struct CardDelegate::Fonts
{
    QFont base;
    QFont title;
    QFont small;
    QFont mono;
    QFontMetrics titleMetrics;
    QFontMetrics monoMetrics;
};

CardDelegate::CardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

CardDelegate::~CardDelegate() = default;

const CardDelegate::Fonts &CardDelegate::fonts(const QFont &base) const
{
    if (m_fonts && m_fonts->base == base)
        return *m_fonts;
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.86);
    QFont mono = base;
    mono.setFamily(Theme::monospaceFamily());
    mono.setPointSizeF(base.pointSizeF() * 0.86);
    // Snap thin strokes (the "_" of t_…) to whole pixels at small sizes.
    mono.setHintingPreference(QFont::PreferFullHinting);
    m_fonts.reset(new Fonts{base, base, small, mono, QFontMetrics(base), QFontMetrics(mono)});
    m_titleAdvance.clear();
    return *m_fonts;
}

QString CardDelegate::displayTitle(const QString &title)
{
    // Line breaks and tabs fold to spaces; other controls (a worker's ESC)
    // show as escapes, as the CLI prints them, not as missing glyphs.
    return VisibleText::oneLine(title.simplified());
}

QString CardDelegate::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1s").arg(seconds);
    if (seconds < 3600)
        return tr("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1h %2m")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1d %2h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QRect CardDelegate::cardRect(const QRect &itemRect)
{
    return itemRect.adjusted(kOuterH, kOuterV, -kOuterH, -kOuterV);
}

QString CardDelegate::formatCountdown(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1s").arg(qMax<qint64>(0, seconds));
    if (seconds < 3600)
        return tr("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    return formatDuration(seconds);
}

bool CardDelegate::hasFooter(const QModelIndex &index)
{
    return index.data(TaskTableModel::CommentCountRole).toInt() > 0 ||
           index.data(TaskTableModel::WaitingCountRole).toInt() > 0 ||
           index.data(TaskTableModel::ElapsedRole).toLongLong() >= 0 ||
           index.data(TaskTableModel::RetryInRole).toLongLong() >= 0 ||
           !index.data(TaskTableModel::WaitReasonRole).toString().isEmpty();
}

bool CardDelegate::hasReviewer(const QModelIndex &index)
{
    return !index.data(TaskTableModel::ReviewerRole).toString().isEmpty();
}

int CardDelegate::titleLines(const Fonts &f, const QString &title, int width) const
{
    // One line when it fits; otherwise two (the second is elided). A
    // title's width is measured once (text shaping is most of a layout of
    // thousands of cards, and a change lays a whole column out again);
    // keyed by the model's own string, so the key is shared, not copied.
    auto it = m_titleAdvance.constFind(title);
    if (it == m_titleAdvance.cend()) {
        if (m_titleAdvance.size() > kMaxTitleAdvances)
            m_titleAdvance.clear();
        it = m_titleAdvance.insert(title, f.titleMetrics.horizontalAdvance(displayTitle(title)));
    }
    return *it <= width ? 1 : 2;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : qMax(option.rect.width(), 200);
    const Fonts &f = fonts(option.font);
    const QFontMetrics &tm = f.titleMetrics, &mm = f.monoMetrics;
    const int textWidth = width - 2 * kOuterH - 2 * kPad;
    const QString title = index.data(TaskTableModel::TitleRole).toString();
    int h = 2 * kOuterV + 2 * kPad + mm.height() + kGap +
            titleLines(f, title, textWidth) * tm.lineSpacing() + kGap + kChipH;
    if (hasReviewer(index))
        h += kGap / 2 + kChipH;
    if (hasFooter(index))
        h += kGap + kFooterH;
    return {width, h};
}

QRect CardDelegate::titleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Fonts &f = fonts(option.font);
    const QRect inner = cardRect(option.rect).adjusted(kPad, kPad, -kPad, -kPad);
    const int lines =
        titleLines(f, index.data(TaskTableModel::TitleRole).toString(), inner.width());
    return {inner.left(), inner.top() + f.monoMetrics.height() + kGap, inner.width(),
            lines * f.titleMetrics.lineSpacing()};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool dark = Theme::isDark(pal);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;
    const bool focus = option.state & QStyle::State_HasFocus;
    const auto tier = Staleness::Tier(index.data(TaskTableModel::StalenessRole).toInt());
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(cardRect(option.rect)).adjusted(0.5, 0.5, -0.5, -0.5);

    // Elevation, then the red glow of a very stale card.
    if (!dark)
        painter->fillPath(
            [&] {
                QPainterPath s;
                s.addRoundedRect(card.translated(0, 1), kRadius, kRadius);
                return s;
            }(),
            QColor(0, 0, 0, hover ? 26 : 16));
    if (tier == Staleness::Red) {
        QColor glow = Theme::red();
        for (int i = 3; i >= 1; --i) {
            glow.setAlpha(hover ? 34 : 22);
            painter->setPen(QPen(glow, i * 1.6));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(card, kRadius, kRadius);
        }
    }

    QColor bg = base;
    if (selected)
        bg = Theme::mix(base, highlight, dark ? 0.22 : 0.10);
    else if (hover)
        bg = Theme::mix(base, highlight, dark ? 0.07 : 0.035);
    QColor border = Theme::cardBorder(pal);
    qreal borderWidth = 1.0;
    if (tier == Staleness::Amber) {
        border = Theme::amber();
        borderWidth = hover ? 2.0 : 1.0;
    } else if (tier == Staleness::Red) {
        border = Theme::red();
        borderWidth = hover ? 2.0 : 1.0;
    } else if (hover) {
        border = Theme::mix(border, highlight, 0.45);
    }
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(bg);
    painter->drawRoundedRect(card, kRadius, kRadius);
    if (selected || focus) {
        // The selection ring sits outside the staleness ring, so both show.
        QColor ring = highlight;
        if (!selected)
            ring.setAlpha(140);
        painter->setPen(QPen(ring, selected ? 2.0 : 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-1.5, -1.5, 1.5, 1.5), kRadius + 1.5, kRadius + 1.5);
    }

    const Fonts &f = fonts(option.font);
    const QFontMetrics &tm = f.titleMetrics, &mm = f.monoMetrics;
    QRect inner = cardRect(option.rect).adjusted(kPad, kPad, -kPad, -kPad);
    const QColor muted = Theme::mutedText(pal);

    // Row 1: id and priority badge.
    QRect row(inner.left(), inner.top(), inner.width(), mm.height());
    painter->setFont(f.mono);
    painter->setPen(muted);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                      index.data(TaskTableModel::IdRole).toString());
    paintBadge(painter, row, index, f.small);

    // The title.
    const QString raw = index.data(TaskTableModel::TitleRole).toString();
    const QString title = displayTitle(raw);
    const int lines = titleLines(f, raw, inner.width());
    QRect titleRect(inner.left(), row.bottom() + 1 + kGap, inner.width(), lines * tm.lineSpacing());
    painter->setPen(pal.color(QPalette::Text));
    paintTitle(painter, titleRect, title, f.title, lines);

    // Chips, the reviewer's line, then the footer.
    QRect chips(inner.left(), titleRect.bottom() + 1 + kGap, inner.width(), kChipH);
    paintChips(painter, chips, index, pal, f.small);
    int bottom = chips.bottom();
    if (hasReviewer(index)) {
        const QRect line(inner.left(), bottom + 1 + kGap / 2, inner.width(), kChipH);
        paintReviewer(painter, line, index.data(TaskTableModel::ReviewerRole).toString(), pal,
                      f.small);
        bottom = line.bottom();
    }
    if (hasFooter(index)) {
        QRect footer(inner.left(), bottom + 1 + kGap, inner.width(), kFooterH);
        paintFooter(painter, footer, index, pal, f.small);
    }
    painter->restore();
}

void CardDelegate::paintTitle(QPainter *p, const QRect &r, const QString &title, const QFont &font,
                              int lines) const
{
    const QFontMetrics fm(font);
    p->setFont(font);
    if (lines == 1) {
        p->drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, title);
        return;
    }
    QTextLayout layout(title, font);
    QTextOption opt;
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(opt);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    first.setLineWidth(r.width());
    const int secondStart = first.textStart() + first.textLength();
    layout.endLayout();
    const QString line1 = title.left(secondStart).trimmed();
    const QString line2 =
        fm.elidedText(title.mid(secondStart).trimmed(), Qt::ElideRight, r.width());
    p->drawText(QRect(r.left(), r.top(), r.width(), fm.lineSpacing()),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, line1);
    p->drawText(QRect(r.left(), r.top() + fm.lineSpacing(), r.width(), fm.lineSpacing()),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, line2);
}

void CardDelegate::paintBadge(QPainter *p, const QRect &row, const QModelIndex &index,
                              const QFont &small) const
{
    const qint64 priority = index.data(TaskTableModel::PriorityRole).toLongLong();
    if (priority == 0)
        return;
    QFont bold = small;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const QString text = tr("P%1").arg(priority);
    const int w = fm.horizontalAdvance(text) + 10;
    const int h = qMin(row.height() + 2, fm.height() + 2);
    const QRectF badge(row.right() - w + 1, row.center().y() - h / 2.0 + 0.5, w, h);
    QColor c = priority >= 3   ? Theme::red()
               : priority == 2 ? QColor(0xe0, 0x83, 0x2f)
               : priority == 1 ? QColor(0x3d, 0x7f, 0xd0)
                               : QColor(0x8a, 0x90, 0x99);
    QColor fill = c;
    fill.setAlpha(Theme::isDark() ? 70 : 38);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(badge, h / 2.0, h / 2.0);
    p->setFont(bold);
    p->setPen(Theme::isDark() ? c.lighter(135) : c.darker(125));
    p->drawText(badge, Qt::AlignCenter, text);
}

int CardDelegate::paintChips(QPainter *p, const QRect &row, const QModelIndex &index,
                             const QPalette &pal, const QFont &small) const
{
    const QFontMetrics fm(small);
    const QString assignee = index.data(TaskTableModel::AssigneeRole).toString();
    const QString tenant = index.data(TaskTableModel::TenantRole).toString();
    const QColor muted = Theme::mutedText(pal);
    const bool dark = Theme::isDark(pal);
    int x = row.left();
    const int maxChip = tenant.isEmpty() ? row.width() : row.width() * 3 / 5;
    p->setFont(small);
    if (assignee.isEmpty()) {
        QFont it = small;
        it.setItalic(true);
        p->setFont(it);
        p->setPen(muted);
        const QString text = tr("unassigned");
        const int w = QFontMetrics(it).horizontalAdvance(text);
        p->drawText(QRect(x, row.top(), w + 2, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    text);
        x += w + 10;
        p->setFont(small);
    } else {
        const QColor hue = Theme::assigneeColor(assignee);
        const int dot = row.height() - 6;
        const QString name = fm.elidedText(assignee, Qt::ElideRight, maxChip - dot - 14);
        const int w = dot + 6 + fm.horizontalAdvance(name) + 9;
        const QRectF chip(x + 0.5, row.top() + 0.5, w, row.height() - 1);
        p->setPen(Qt::NoPen);
        p->setBrush(Theme::mix(pal.color(QPalette::Base), hue, dark ? 0.30 : 0.13));
        p->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        const QRectF avatar(x + 3.5, row.top() + 3.5, dot - 1, dot - 1);
        p->setBrush(hue);
        p->drawEllipse(avatar);
        QFont initial = small;
        initial.setBold(true);
        initial.setPointSizeF(small.pointSizeF() * 0.8);
        p->setFont(initial);
        p->setPen(Qt::white);
        p->drawText(avatar, Qt::AlignCenter, assignee.left(1).toUpper());
        p->setFont(small);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(QRect(x + dot + 6, row.top(), w - dot - 6, row.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w + 8;
    }
    if (!tenant.isEmpty() && row.right() - x > 30) {
        const int icon = 12;
        Icons::paint(p, QRectF(x, row.center().y() - icon / 2.0 + 1, icon, icon),
                     QStringLiteral("tag"), muted);
        p->setPen(muted);
        const QString text = fm.elidedText(tenant, Qt::ElideRight, row.right() - x - icon - 4);
        p->drawText(QRect(x + icon + 4, row.top(), row.right() - x - icon - 3, row.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, text);
        x += icon + 4 + fm.horizontalAdvance(text);
    }
    return x;
}

void CardDelegate::paintReviewer(QPainter *p, const QRect &room, const QString &reviewer,
                                 const QPalette &pal, const QFont &small) const
{
    // An outlined pill in the review colour on a line of its own,
    // "✓ review: NAME": unlike the filled assignee chip above it.
    const QFontMetrics fm(small);
    const int icon = 11;
    const int fixed = 6 + icon + 4 + 8;
    const QString label = tr("review: %1");
    const int avail = room.width() - fixed;
    const QString name =
        fm.elidedText(reviewer, Qt::ElideRight, avail - fm.horizontalAdvance(label.arg(QString())));
    const QString text = label.arg(name);
    const int w = fixed + fm.horizontalAdvance(text);
    const QColor violet = Theme::statusColor(TaskStatus::Review);
    const QColor ink = Theme::isDark(pal) ? violet.lighter(140) : violet.darker(125);
    const QRectF chip(room.left() + 0.5, room.top() + 0.5, w - 1, room.height() - 1);
    p->setPen(QPen(ink, 1.0));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    Icons::paint(p, QRectF(room.left() + 6, room.center().y() - icon / 2.0 + 1, icon, icon),
                 QStringLiteral("check"), ink);
    p->setFont(small);
    p->setPen(ink);
    p->drawText(QRect(room.left() + 6 + icon + 4, room.top(), w - fixed + 2, room.height()),
                Qt::AlignLeft | Qt::AlignVCenter, text);
}

void CardDelegate::paintFooter(QPainter *p, const QRect &row, const QModelIndex &index,
                               const QPalette &pal, const QFont &small) const
{
    const QFontMetrics fm(small);
    const QColor muted = Theme::mutedText(pal);
    const int comments = index.data(TaskTableModel::CommentCountRole).toInt();
    const int waiting = index.data(TaskTableModel::WaitingCountRole).toInt();
    const qint64 elapsed = index.data(TaskTableModel::ElapsedRole).toLongLong();
    const qint64 retryIn = index.data(TaskTableModel::RetryInRole).toLongLong();
    const int icon = 13;
    int x = row.left();
    p->setFont(small);
    auto item = [&](const QString &glyph, const QString &text, const QColor &color) {
        const int w = fm.horizontalAdvance(text);
        if (x + icon + 4 + w > row.right() + 1)
            return;
        Icons::paint(p, QRectF(x, row.center().y() - icon / 2.0 + 0.5, icon, icon), glyph, color);
        p->setPen(color);
        p->drawText(QRect(x + icon + 4, row.top(), w + 1, row.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, text);
        x += icon + 4 + w + 12;
    };
    if (elapsed >= 0)
        item(QStringLiteral("clock"), formatDuration(elapsed),
             Theme::isDark(pal) ? Theme::green().lighter(115) : Theme::green().darker(125));
    if (retryIn >= 0)
        item(QStringLiteral("clock"), tr("retry in %1").arg(formatCountdown(retryIn)),
             Theme::isDark(pal) ? Theme::amber() : Theme::amber().darker(140));
    if (waiting > 0) {
        const QColor c = Theme::isDark(pal) ? Theme::amber() : Theme::amber().darker(140);
        const QString text = tr("waiting on %n", nullptr, waiting);
        if (x + icon + 4 + fm.horizontalAdvance(text) <= row.right() + 1)
            item(QStringLiteral("waiting"), text, c);
        else
            item(QStringLiteral("waiting"), QString::number(waiting), c);
    }
    if (comments > 0)
        item(QStringLiteral("comment"), QString::number(comments), muted);
    // Why a ready task does not start (WaitReason), in what room is left.
    const QString why = index.data(TaskTableModel::WaitReasonRole).toString();
    if (!why.isEmpty() && retryIn < 0 && waiting == 0)
        item(QStringLiteral("waiting"),
             fm.elidedText(why, Qt::ElideRight, qMax(0, row.right() + 1 - x - icon - 4)),
             Theme::isDark(pal) ? Theme::amber() : Theme::amber().darker(140));
}

bool CardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>")
                 .arg(index.data(TaskTableModel::TitleRole).toString().toHtmlEscaped());
    QString meta = index.data(TaskTableModel::IdRole).toString();
    const QString assignee = index.data(TaskTableModel::AssigneeRole).toString();
    meta +=
        QStringLiteral(" · ") + (assignee.isEmpty() ? tr("unassigned") : assignee.toHtmlEscaped());
    lines << meta;
    const QString reviewer = index.data(TaskTableModel::ReviewerRole).toString();
    if (!reviewer.isEmpty())
        lines << tr("Reviewer: %1").arg(reviewer.toHtmlEscaped());
    const int waiting = index.data(TaskTableModel::WaitingCountRole).toInt();
    if (waiting > 0)
        lines << tr("Waiting on %n unfinished parent(s)", nullptr, waiting);
    const qint64 age = index.data(TaskTableModel::AgeRole).toLongLong();
    const auto tier = Staleness::Tier(index.data(TaskTableModel::StalenessRole).toInt());
    if (age >= 0)
        lines << (index.data(TaskTableModel::StatusRole).toString() == TaskStatus::Running
                      ? tr("Running for %1").arg(formatDuration(age))
                      : tr("In %1 for %2")
                            .arg(
                                StatusText::name(index.data(TaskTableModel::StatusRole).toString()),
                                formatDuration(age)));
    const qint64 retryIn = index.data(TaskTableModel::RetryInRole).toLongLong();
    const int failures = int(index.data(TaskTableModel::FailuresRole).toLongLong());
    if (retryIn >= 0 && failures > 0)
        lines << tr("Failed %n time(s); the next attempt starts in %1", nullptr, failures)
                     .arg(formatCountdown(retryIn));
    else if (retryIn >= 0)
        lines << tr("The next attempt starts in %1").arg(formatCountdown(retryIn));
    if (const QString why = index.data(TaskTableModel::WaitReasonRole).toString(); !why.isEmpty())
        lines << why.toHtmlEscaped();
    if (tier == Staleness::Amber)
        lines << tr("Getting stale (amber border): waiting a while in this column");
    else if (tier == Staleness::Red)
        lines << tr("Stale (red border): waiting long in this column");
    QToolTip::showText(event->globalPos(), lines.join(QStringLiteral("<br>")), view);
    return true;
}
