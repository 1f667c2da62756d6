#include "ui/drawer/CommentThread.h"

#include "model/VisibleText.h"
#include "ui/drawer/MarkdownBrowser.h"
#include "ui/drawer/MarkdownStyle.h"
#include "ui/style/RelativeTime.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

CommentThread::CommentThread(QWidget *parent)
    : QWidget(parent), m_thread(new MarkdownBrowser(this)), m_edit(new QPlainTextEdit(this)),
      m_post(new QPushButton(this)), m_more(new QLabel(this))
{
    setObjectName(QStringLiteral("commentThread"));
    m_thread->setObjectName(QStringLiteral("commentList"));
    m_thread->setFrameShape(QFrame::NoFrame);
    m_edit->setObjectName(QStringLiteral("commentEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 14);
    m_edit->installEventFilter(this);
    m_post->setObjectName(QStringLiteral("commentSubmit"));
    m_post->setEnabled(false);
    m_more->setObjectName(QStringLiteral("commentMore"));
    m_more->hide();
    QPalette muted = m_more->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_more->setPalette(muted);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_post, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_more);
    layout->addWidget(m_thread, 1);
    layout->addLayout(row);
    connect(m_post, &QPushButton::clicked, this, &CommentThread::submit);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
            [this] { m_post->setEnabled(!m_edit->toPlainText().trimmed().isEmpty()); });
    retranslate();
}

void CommentThread::retranslate()
{
    m_post->setText(tr("Comment"));
    m_post->setToolTip(tr("Post the comment (Enter)"));
    m_edit->setPlaceholderText(tr("Add a comment… (Enter posts, Shift+Enter for a new line)"));
    m_edit->setAccessibleName(tr("New comment"));
    m_thread->setAccessibleName(tr("Comments"));
}

void CommentThread::setComments(const QList<Comment> &comments, int total, qint64 now)
{
    const qint64 lastId = comments.isEmpty() ? 0 : comments.last().id;
    if (lastId == m_lastId && total == m_lastCount)
        return;
    m_lastId = lastId;
    m_lastCount = total;
    render(comments, now);
    m_more->setVisible(total > comments.size());
    m_more->setText(tr("Showing the newest %1 of %2 comments").arg(comments.size()).arg(total));
}

void CommentThread::render(const QList<Comment> &comments, qint64 now)
{
    // Each comment: its author and time, then its body as markdown, drawn
    // as the description is (MarkdownStyle).
    const QPalette pal = palette();
    const QString muted = Theme::mutedText(pal).name();
    QScrollBar *bar = m_thread->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    auto *doc = new QTextDocument(m_thread);
    doc->setDefaultFont(m_thread->font());
    QTextCursor cursor(doc);
    if (comments.isEmpty())
        cursor.insertHtml(QStringLiteral("<span style='color:%1'>%2</span>")
                              .arg(muted, tr("No comments yet.").toHtmlEscaped()));
    bool first = true;
    for (const Comment &c : comments) {
        if (!first)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        first = false;
        QTextBlockFormat head;
        head.setTopMargin(comments.first().id == c.id ? 0 : 12);
        cursor.setBlockFormat(head);
        cursor.insertHtml(QStringLiteral("<b>%1</b> <span style='color:%2'>· %3</span>")
                              .arg(VisibleText::oneLine(c.author).toHtmlEscaped(), muted,
                                   RelativeTime::ago(c.createdAt, now).toHtmlEscaped()));
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertMarkdown(VisibleText::lines(c.body.left(kBodyChars)),
                              QTextDocument::MarkdownDialectGitHub);
    }
    MarkdownStyle::apply(doc, pal);
    // The one before goes with it (Qt deletes its own default document).
    QTextDocument *old = m_thread->document();
    const bool ours = old && old->parent() == m_thread;
    m_thread->setDocument(doc);
    if (ours)
        old->deleteLater();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void CommentThread::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A theme switch: draw the thread again in the new colours.
    if (event->type() == QEvent::PaletteChange) {
        m_lastId = -1;
        m_lastCount = -1;
    }
}

QString CommentThread::threadText() const
{
    return m_thread->toPlainText();
}

void CommentThread::clearEditor()
{
    m_edit->clear();
}

void CommentThread::submit()
{
    const QString body = m_edit->toPlainText().trimmed();
    if (!body.isEmpty())
        emit submitRequested(body);
}

bool CommentThread::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CommentThread::reset()
{
    m_lastId = -1;
    m_lastCount = -1;
    m_edit->clear();
    m_thread->clear();
}
