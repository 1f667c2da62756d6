#include "ui/drawer/TitleEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextDocument>

TitleEdit::TitleEdit(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    setTabChangesFocus(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(2);
    viewport()->setAutoFillBackground(false);
    connect(document(), &QTextDocument::contentsChanged, this, &TitleEdit::fitHeight);
    fitHeight();
}

QString TitleEdit::text() const
{
    return toPlainText();
}

void TitleEdit::setText(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (line == toPlainText())
        return;
    setPlainText(line);
    document()->setModified(false);
}

int TitleEdit::fittingHeight() const
{
    QTextDocument *doc = document();
    // Never narrower than ~24 characters: while the drawer slides open or
    // shut its width nears 0, and one character a line would ask for a
    // height that grows the window past the screen, for good.
    const int floor = fontMetrics().averageCharWidth() * 24;
    const int width = viewport()->width() > 0 ? qMax(viewport()->width(), floor) : 300;
    if (!qFuzzyCompare(doc->textWidth(), qreal(width)))
        doc->setTextWidth(width);
    const int h = int(std::ceil(doc->documentLayout()->documentSize().height()));
    return qMax(h, fontMetrics().lineSpacing() + 4) + 2 * frameWidth();
}

void TitleEdit::fitHeight()
{
    const int h = fittingHeight();
    if (h != height() || minimumHeight() != h)
        setFixedHeight(h);
}

QSize TitleEdit::sizeHint() const
{
    return {QTextEdit::sizeHint().width(), fittingHeight()};
}

QSize TitleEdit::minimumSizeHint() const
{
    return {60, fittingHeight()};
}

void TitleEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void TitleEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit editingFinished();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void TitleEdit::focusOutEvent(QFocusEvent *event)
{
    QTextEdit::focusOutEvent(event);
    emit editingFinished();
}

void TitleEdit::insertFromMimeData(const QMimeData *source)
{
    // A pasted title stays one line.
    if (source && source->hasText()) {
        QString text = source->text();
        text.replace(QLatin1String("\r\n"), QLatin1String(" "));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        insertPlainText(text);
        return;
    }
    QTextEdit::insertFromMimeData(source);
}
