#include "ui/drawer/MarkdownStyle.h"

#include "ui/style/Theme.h"

#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {
using MarkdownStyle::kQuoteIndent;
constexpr qreal kCellPadding = 5;

void styleTable(QTextTable *table, const QPalette &pal)
{
    const QColor border = Theme::cardBorder(pal);
    QTextTableFormat f = table->format();
    f.setBorder(1);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderBrush(border);
    f.setBorderCollapse(true);
    f.setCellSpacing(0);
    f.setCellPadding(kCellPadding);
    f.setTopMargin(4);
    f.setBottomMargin(8);
    f.setLeftMargin(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table->setFormat(f);
    const QColor header = Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.07);
    for (int row = 0; row < table->rows(); ++row) {
        for (int col = 0; col < table->columns(); ++col) {
            QTextTableCell cell = table->cellAt(row, col);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBorder(1);
            cf.setBorderBrush(border);
            cf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cf.setPadding(kCellPadding);
            cf.setVerticalAlignment(QTextCharFormat::AlignTop);
            if (row == 0)
                cf.setBackground(header);
            else
                cf.clearBackground();
            cell.setFormat(cf);
        }
    }
}

void styleTables(QTextFrame *frame, const QPalette &pal)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            styleTable(table, pal);
        styleTables(child, pal);
    }
}
} // namespace

void MarkdownStyle::apply(QTextDocument *doc, const QPalette &pal)
{
    const QColor code = Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.06);
    const QColor quote = Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.035);
    const QColor quoteText = Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.2);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        const int level = f.intProperty(QTextFormat::BlockQuoteLevel);
        bool changed = false;
        if (f.hasProperty(QTextFormat::BlockCodeFence) || f.nonBreakableLines()) {
            f.setBackground(code);
            changed = true;
        }
        if (level > 0) {
            f.setLeftMargin(level * kQuoteIndent);
            f.setBackground(quote);
            f.setTopMargin(2);
            f.setBottomMargin(2);
            changed = true;
            // Quoted text a touch quieter than the text around it.
            QTextCursor c(b);
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat cf;
            cf.setForeground(quoteText);
            c.mergeCharFormat(cf);
        }
        if (changed) {
            cursor.setPosition(b.position());
            cursor.setBlockFormat(f);
        }
    }
    styleTables(doc->rootFrame(), pal);
    cursor.endEditBlock();
}
