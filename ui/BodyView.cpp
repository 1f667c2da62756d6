#include "BodyView.h"

#include "BoardQueries.h"
#include "Icons.h"
#include "MarkdownBrowser.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
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
    : QWidget(parent), m_note(new QLabel(this)), m_edit(new QPushButton(this)), m_save(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_stack(new QStackedWidget(this)), m_browser(new MarkdownBrowser(this)),
      m_editor(new QPlainTextEdit(this)), m_empty(new QLabel(this)), m_heading(new QLabel(this))
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
    m_browser->setMinimumHeight(60);
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(160);
    QFont mono = m_editor->font();
    mono.setFamily(Theme::monospaceFamily());
    m_editor->setFont(mono);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_empty);

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
    layout->addWidget(m_stack, 1);
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

    connect(m_edit, &QPushButton::clicked, this, &BodyView::startEditing);
    connect(m_cancel, &QPushButton::clicked, this, &BodyView::cancelEditing);
    connect(m_save, &QPushButton::clicked, this, [this] {
        emit saveRequested(m_taskId, m_editor->toPlainText());
        m_stack->setCurrentWidget(m_text.isEmpty() ? static_cast<QWidget *>(m_empty) : m_browser);
        m_save->hide();
        m_cancel->hide();
        m_edit->show();
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
        cancelEditing();
        m_text.clear();
        m_total = 0;
        m_browser->clear();
    }
    m_taskId = taskId;
    m_loading = true;
    const quint64 generation = ++m_generation;
    QThread *uiThread = QCoreApplication::instance()->thread();
    const QString known = m_text;
    auto future = QtConcurrent::run([dbPath, taskId, uiThread, known]() {
        Result r;
        r.taskId = taskId;
        r.body = BoardQueries::readBody(dbPath, taskId, 0);
        if (r.body.found && r.body.text != known && !r.body.text.isEmpty()) {
            auto *doc = new QTextDocument;
            doc->setMarkdown(r.body.text.left(kDisplayChars), QTextDocument::MarkdownDialectGitHub);
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

void BodyView::present(const Result &r)
{
    if (r.taskId != m_taskId || !r.body.found)
        return;
    const bool changed = r.body.text != m_text;
    m_text = r.body.text;
    m_total = r.body.totalChars;
    m_truncated = m_text.size() > kDisplayChars;
    updateNote();
    if (isEditing() || !changed)
        return;
    if (m_text.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (r.parsed && r.parsed->doc) {
        // The browser owns the parsed document from now on.
        QTextDocument *old = m_browser->document();
        QTextDocument *doc = std::exchange(r.parsed->doc, nullptr);
        doc->setParent(m_browser);
        doc->setDefaultFont(m_browser->font());
        m_browser->setDocument(doc);
        if (old && old->parent() == m_browser)
            old->deleteLater();
    }
    m_stack->setCurrentWidget(m_browser);
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
    return m_stack->currentWidget() == m_editor;
}

void BodyView::startEditing()
{
    if (m_taskId.isEmpty() || isEditing())
        return;
    m_editor->setPlainText(m_text);
    m_stack->setCurrentWidget(m_editor);
    m_edit->hide();
    m_save->show();
    m_cancel->show();
    m_editor->setFocus();
}

void BodyView::cancelEditing()
{
    if (!isEditing())
        return;
    m_stack->setCurrentWidget(m_text.isEmpty() ? static_cast<QWidget *>(m_empty) : m_browser);
    m_save->hide();
    m_cancel->hide();
    m_edit->show();
}

QString BodyView::renderedText() const
{
    return m_stack->currentWidget() == m_browser ? m_browser->toPlainText() : QString();
}
