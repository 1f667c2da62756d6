#include "ui/dialogs/HelpWindow.h"

#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextTable>
#include <QToolBar>
#include <QVBoxLayout>

// The guide's .qrc is compiled into the static qkui library; register it
// (Q_INIT_RESOURCE may not be used inside a namespace).
static void initGuideResource()
{
    Q_INIT_RESOURCE(guide);
}

namespace {

QString readPage(const QUrl &url)
{
    QFile f(QLatin1Char(':') + url.path());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool pageExists(const QUrl &url)
{
    return url.scheme() == QLatin1String("qrc") && QFile::exists(QLatin1Char(':') + url.path());
}

// The text of the first "# " line of a markdown page.
QString firstHeading(const QString &markdown)
{
    static const QRegularExpression re(QStringLiteral("^#\\s+(.+)$"),
                                       QRegularExpression::MultilineOption);
    return re.match(markdown).captured(1).trimmed();
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QMainWindow(parent, Qt::Window), m_browser(new QTextBrowser(this)),
      m_contents(new QListWidget(this)), m_note(new QLabel(this))
{
    initGuideResource();
    setObjectName(QStringLiteral("helpWindow"));
    setWindowIcon(Icons::app());

    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("helpToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), QString());
    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), QString());
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    m_home = bar->addAction(Icons::get(QStringLiteral("board")), QString());
    m_home->setObjectName(QStringLiteral("helpHome"));
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_close = new QAction(this);
    m_close->setObjectName(QStringLiteral("helpClose"));
    m_close->setShortcuts({QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)});
    addAction(m_close);
    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_home, &QAction::triggered, this, [this] { showPage(indexUrl()); });
    connect(m_close, &QAction::triggered, this, &QWidget::close);

    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setFrameShape(QFrame::NoFrame);
    m_contents->setSpacing(3);
    m_contents->setTextElideMode(Qt::ElideRight);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setOpenLinks(false);
    m_note->setObjectName(QStringLiteral("helpNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(12, 6, 12, 6);
    m_note->hide();

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_note);
    pageLayout->addWidget(m_browser, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("helpSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_contents);
    split->addWidget(page);
    split->setStretchFactor(1, 1);
    split->setSizes({270, 730});
    setCentralWidget(split);
    resize(1000, 720);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::pageLoaded);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toUrl() != currentPage())
            showPage(item->data(Qt::UserRole).toUrl());
    });

    retranslate();
    fillContents();
    showPage(indexUrl());
}

QUrl HelpWindow::indexUrl()
{
    return QUrl(QStringLiteral("qrc:/docs/guide/index.md"));
}

QUrl HelpWindow::currentPage() const
{
    return m_page;
}

QString HelpWindow::pageHeading() const
{
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            return b.text();
    }
    return {};
}

void HelpWindow::showPage(const QUrl &url)
{
    const QUrl target = currentPage().isEmpty() ? url : currentPage().resolved(url);
    QUrl page = target;
    page.setFragment(QString());
    if (!pageExists(page)) {
        m_note->setText(tr("“%1” is not part of the guide in this build.").arg(url.toString()));
        m_note->show();
        return;
    }
    m_note->hide();
    if (page != currentPage())
        m_browser->setSource(page, QTextDocument::MarkdownResource);
    if (target.hasFragment())
        m_browser->scrollToAnchor(target.fragment());
}

void HelpWindow::followLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (scheme.isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    showPage(url);
}

void HelpWindow::pageLoaded(const QUrl &page)
{
    m_page = page;
    QTextDocument *doc = m_browser->document();
    doc->setDocumentMargin(20);
    // Fenced code on a tinted background, as in the task drawer.
    const QColor code =
        Theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.06);
    // Headings get room above them, also after a code block.
    QTextCursor cursor(doc);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        if (f.headingLevel() > 1) {
            f.setTopMargin(18);
            f.setBottomMargin(6);
        } else if (f.hasProperty(QTextFormat::BlockCodeFence) || f.nonBreakableLines()) {
            f.setBackground(code);
        } else {
            continue;
        }
        cursor.setPosition(b.position());
        cursor.setBlockFormat(f);
    }
    // Tables: single thin rules and some padding; the header row shaded.
    const QColor rule =
        Theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.25);
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat tf = table->format();
        tf.setBorderCollapse(true);
        tf.setBorder(1);
        tf.setBorderBrush(rule);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setCellSpacing(0);
        tf.setCellPadding(4);
        tf.setTopMargin(4);
        tf.setBottomMargin(8);
        table->setFormat(tf);
        for (int col = 0; col < table->columns(); ++col) {
            QTextTableCell cell = table->cellAt(0, col);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(code);
            cell.setFormat(cf);
        }
    }
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(Qt::UserRole).toUrl() == currentPage()) {
            const QSignalBlocker block(m_contents);
            m_contents->setCurrentRow(row);
        }
    }
    retranslate();
}

void HelpWindow::fillContents()
{
    // The index page first, then every guide page it links to, in order.
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)#\\s]+\\.md)(#[^)]*)?\\)"));
    QList<QUrl> pages{indexUrl()};
    auto it = link.globalMatch(readPage(indexUrl()));
    while (it.hasNext()) {
        const QUrl page = indexUrl().resolved(QUrl(it.next().captured(1)));
        if (!pages.contains(page) && pageExists(page))
            pages << page;
    }
    m_contents->clear();
    for (const QUrl &page : std::as_const(pages)) {
        QString title = firstHeading(readPage(page));
        if (title.isEmpty())
            title = page.fileName();
        auto *item = new QListWidgetItem(title, m_contents);
        item->setData(Qt::UserRole, page);
        item->setToolTip(title);
    }
}

void HelpWindow::retranslate()
{
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(
        tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_home->setText(tr("Contents"));
    m_home->setToolTip(tr("The guide's first page (%1)")
                           .arg(m_home->shortcut().toString(QKeySequence::NativeText)));
    m_close->setText(tr("Close"));
    m_contents->setAccessibleName(tr("Guide contents"));
    m_browser->setAccessibleName(tr("Guide page"));
    const QString heading = pageHeading();
    setWindowTitle(heading.isEmpty() || currentPage() == indexUrl()
                       ? tr("User Guide — qkanban")
                       : tr("%1 — qkanban User Guide").arg(heading));
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}
