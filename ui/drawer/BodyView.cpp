#include "ui/drawer/BodyView.h"

#include "model/BoardQueries.h"
#include "ui/drawer/MarkdownBrowser.h"
#include "ui/drawer/MarkdownStyle.h"
#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

namespace {
// A document parsed in the worker; deleted unless someone takes it.
struct ParsedDoc
{
    QTextDocument *doc = nullptr;
    ~ParsedDoc()
    {
        if (doc)
            doc->deleteLater();
    }
};

} // namespace

struct BodyView::Result
{
    QString taskId;
    BoardQueries::BodyText body;
    std::shared_ptr<ParsedDoc> parsed; // built in the worker, moved to the UI thread
};

BodyView::BodyView(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_edit(new QPushButton(this)),
      m_save(new QPushButton(this)), m_cancel(new QPushButton(this)), m_pages(new QWidget(this)),
      m_browser(new MarkdownBrowser(this)), m_editor(new QPlainTextEdit(this)),
      m_empty(new QLabel(this)), m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("bodyView"));
    m_browser->setObjectName(QStringLiteral("drawerBody"));
    m_editor->setObjectName(QStringLiteral("drawerBodyEdit"));
    m_edit->setObjectName(QStringLiteral("drawerEditBody"));
    m_save->setObjectName(QStringLiteral("drawerSaveBody"));
    m_cancel->setObjectName(QStringLiteral("drawerCancelBody"));
    m_note->setObjectName(QStringLiteral("drawerBodyNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_note->setPalette(muted);
    m_empty->setPalette(muted);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->viewport()->setAutoFillBackground(false);
    m_editor->setTabChangesFocus(true);
    QFont mono = m_editor->font();
    mono.setFamily(Theme::monospaceFamily());
    m_editor->setFont(mono);
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(m_browser);
    pages->addWidget(m_editor);
    pages->addWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_edit);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    m_save->hide();
    m_cancel->hide();
    m_edit->setFlat(true);
    m_edit->setIcon(Icons::get(QStringLiteral("edit")));
    m_edit->setCursor(Qt::PointingHandCursor);
    QFont hf = m_heading->font();
    hf.setBold(true);
    m_heading->setFont(hf);

    showPage(m_empty);
    connect(m_edit, &QPushButton::clicked, this, &BodyView::startEditing);
    connect(m_cancel, &QPushButton::clicked, this, &BodyView::cancelEditing);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString text = m_editor->toPlainText();
        cancelEditing(); // leave edit mode first, so the reload shows the new text
        emit saveRequested(m_taskId, text);
    });
    retranslate();
}

void BodyView::retranslate()
{
    m_heading->setText(tr("Description"));
    m_edit->setText(tr("Edit"));
    m_edit->setToolTip(tr("Edit the description (markdown)"));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    m_empty->setText(tr("No description."));
    m_browser->setAccessibleName(tr("Description"));
    m_editor->setAccessibleName(tr("Description (markdown)"));
    updateNote();
}

void BodyView::load(const QString &dbPath, const QString &taskId)
{
    if (taskId != m_taskId) {
        // Another task: nothing of the one before stays on screen.
        cancelEditing();
        m_text.clear();
        m_total = 0;
        m_truncated = false;
        updateNote();
        m_browser->clear();
        showPage(nullptr); // until the new body is read
    }
    m_taskId = taskId;
    m_loading = true;
    const quint64 generation = ++m_generation;
    QThread *uiThread = QCoreApplication::instance()->thread();
    const QString known = m_text;
    const QPalette pal = palette();
    auto future = QtConcurrent::run([dbPath, taskId, uiThread, known, pal]() {
        Result r;
        r.taskId = taskId;
        r.body = BoardQueries::readBody(dbPath, taskId, 0);
        if (r.body.found && r.body.text != known && !r.body.text.isEmpty()) {
            auto *doc = new QTextDocument;
            doc->setMarkdown(r.body.text.left(kDisplayChars), QTextDocument::MarkdownDialectGitHub);
            MarkdownStyle::apply(doc, pal);
            doc->moveToThread(uiThread);
            r.parsed = std::make_shared<ParsedDoc>();
            r.parsed->doc = doc;
        }
        return r;
    });
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        present(watcher->result());
        emit loaded();
    });
    watcher->setFuture(future);
}

void BodyView::present(const Result &result)
{
    if (result.taskId != m_taskId || !result.body.found)
        return;
    const bool changed = result.body.text != m_text;
    m_text = result.body.text;
    m_total = result.body.totalChars;
    m_truncated = m_text.size() > kDisplayChars;
    updateNote();
    if (isEditing() || (!changed && m_page))
        return;
    if (m_text.isEmpty()) {
        m_browser->setFixedHeight(m_empty->sizeHint().height());
        showPage(m_empty);
        return;
    }
    if (result.parsed && result.parsed->doc) {
        // The browser owns the parsed document from now on (and deletes
        // the one before, its child too).
        QTextDocument *doc = std::exchange(result.parsed->doc, nullptr);
        doc->setParent(m_browser);
        doc->setDefaultFont(m_browser->font());
        m_browser->setDocument(doc);
    }
    showPage(m_browser);
    fitHeight();
}

void BodyView::fitHeight()
{
    // Short bodies take their own height; long ones scroll in a box.
    const int maxHeight = 380;
    if (m_text.size() > 8000) {
        m_browser->setFixedHeight(maxHeight);
        return;
    }
    QTextDocument *doc = m_browser->document();
    doc->setTextWidth(m_browser->viewport()->width());
    const int h = int(doc->size().height()) + 2 * m_browser->frameWidth() + 6;
    m_browser->setFixedHeight(qBound(48, h, maxHeight));
}

void BodyView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_page == m_browser && !m_text.isEmpty()) {
        MarkdownStyle::apply(m_browser->document(), palette());
        m_browser->viewport()->update();
    }
}

void BodyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_page == m_browser)
        fitHeight();
}

void BodyView::updateNote()
{
    if (m_truncated) {
        m_note->setText(tr("Showing the first %1 KB of %2 KB. Edit shows the whole text.")
                            .arg(kDisplayChars / 1024)
                            .arg((m_total + 1023) / 1024));
        m_note->show();
    } else {
        m_note->hide();
    }
}

bool BodyView::isEditing() const
{
    return m_page == m_editor;
}

void BodyView::startEditing()
{
    if (m_taskId.isEmpty() || isEditing())
        return;
    m_editor->setPlainText(m_text);
    m_editor->setMinimumHeight(220);
    showPage(m_editor);
    m_edit->hide();
    m_save->show();
    m_cancel->show();
    m_editor->setFocus();
}

void BodyView::cancelEditing()
{
    if (!isEditing())
        return;
    m_editor->setMinimumHeight(0);
    showPage(m_text.isEmpty() ? static_cast<QWidget *>(m_empty) : m_browser);
    m_save->hide();
    m_cancel->hide();
    m_edit->show();
}

QString BodyView::renderedText() const
{
    return m_page == m_browser ? m_browser->toPlainText() : QString();
}

void BodyView::showPage(QWidget *page)
{
    // One page at a time: the description, its editor, or "no description".
    m_page = page;
    for (QWidget *w : {static_cast<QWidget *>(m_browser), static_cast<QWidget *>(m_editor),
                       static_cast<QWidget *>(m_empty)})
        w->setVisible(w == page);
}
