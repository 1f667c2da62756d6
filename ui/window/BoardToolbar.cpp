#include "ui/window/BoardToolbar.h"

#include "ui/board/CardText.h"
#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QAction>
#include <QActionEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QWhatsThis>

namespace {
const QString kNewBoard = QStringLiteral("\x01new");
const char *const kAutoTip = "qkAutoToolTip";  // the tooltip this toolbar wrote
const char *const kAutoBase = "qkAutoTipBase"; // its words ("": the action's text)

void fillCombo(QComboBox *box, const QString &allText, const QStringList &names,
               const QString &extraText, const QString &extraData)
{
    const QString keep = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText, QString());
    if (!extraText.isEmpty())
        box->addItem(extraText, extraData);
    for (const QString &n : names)
        box->addItem(n, n);
    const int at = box->findData(keep);
    box->setCurrentIndex(at < 0 ? 0 : at);
}
} // namespace

BoardToolbar::BoardToolbar(QWidget *parent)
    : QToolBar(parent), m_boards(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_assignee(new QComboBox(this)), m_tenant(new QComboBox(this)),
      m_archived(new QCheckBox(this)), m_debounce(new QTimer(this)), m_spacer(new QWidget(this)),
      m_clearFilters(new QAction(this)), m_legend(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainToolbar"));
    setMovable(false);
    setFloatable(false);
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setContentsMargins(6, 2, 6, 2);

    m_boards->setObjectName(QStringLiteral("boardSwitcher"));
    m_boards->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_boards->setMinimumContentsLength(8);
    m_search->setObjectName(QStringLiteral("filterEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(280);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenant->setObjectName(QStringLiteral("tenantFilter"));
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_archived->setObjectName(QStringLiteral("showArchived"));
    m_spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    addWidget(m_boards);
    addSeparator();
    addWidget(m_search);
    addWidget(m_assignee);
    addWidget(m_tenant);
    m_clearFilters->setObjectName(QStringLiteral("actionClearFilters"));
    m_clearFilters->setIcon(Icons::get(QStringLiteral("close")));
    m_clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_clearFilters->setShortcutContext(Qt::WindowShortcut);
    m_clearFilters->setEnabled(false);
    connect(m_clearFilters, &QAction::triggered, this, &BoardToolbar::clearFilters);
    addAction(m_clearFilters);
    addWidget(m_archived);
    m_legend->setObjectName(QStringLiteral("legendButton"));
    m_legend->setText(QStringLiteral("?"));
    m_legend->setAutoRaise(true);
    connect(m_legend, &QToolButton::clicked, this, [this] {
        QWhatsThis::showText(m_legend->mapToGlobal(QPoint(0, m_legend->height())),
                             CardText::legend(), m_legend);
    });
    addWidget(m_legend);
    addSeparator();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &BoardToolbar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_assignee, &QComboBox::currentIndexChanged, this, &BoardToolbar::emitFilter);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &BoardToolbar::emitFilter);
    connect(m_archived, &QCheckBox::toggled, this, &BoardToolbar::showArchivedChanged);
    connect(m_boards, &QComboBox::activated, this, [this](int i) {
        const QString slug = m_boards->itemData(i).toString();
        if (slug == kNewBoard)
            emit newBoardRequested();
        else if (!slug.isEmpty())
            emit boardChosen(slug);
    });
    retranslate();
    setAssignees({});
    setTenants({});
}

void BoardToolbar::retranslate()
{
    setWindowTitle(tr("Board toolbar"));
    m_boards->setToolTip(tr("Switch board"));
    m_boards->setAccessibleName(tr("Board"));
    m_search->setPlaceholderText(tr("Filter cards  ( / )"));
    m_search->setAccessibleName(tr("Filter cards"));
    m_search->setToolTip(tr("Filter by title, id, assignee, tenant or text (press / to focus)"));
    m_assignee->setAccessibleName(tr("Assignee filter"));
    m_assignee->setToolTip(tr("Show the cards of one assignee"));
    m_tenant->setAccessibleName(tr("Tenant filter"));
    m_tenant->setToolTip(tr("Show the cards of one tenant"));
    m_archived->setText(tr("Show archived"));
    m_archived->setAccessibleName(tr("Show archived"));
    m_archived->setToolTip(tr("Show the Archived column, at the right end of the board"));
    m_clearFilters->setText(tr("Clear filters"));
    m_legend->setToolTip(CardText::legend());
    m_legend->setAccessibleName(tr("What the card colours mean"));
    styleArchived();
    if (m_assignee->count() > 0) {
        m_assignee->setItemText(0, tr("All assignees"));
        if (m_assignee->count() > 1)
            m_assignee->setItemText(1, tr("Unassigned"));
    }
    if (m_tenant->count() > 0)
        m_tenant->setItemText(0, tr("All tenants"));
}

BoardFilter BoardToolbar::filter() const
{
    return {m_search->text().trimmed(), m_assignee->currentData().toString(),
            m_tenant->currentData().toString()};
}

void BoardToolbar::emitFilter()
{
    const BoardFilter f = filter();
    m_clearFilters->setEnabled(!f.isEmpty());
    emit filterChanged(f);
}

void BoardToolbar::clearFilters()
{
    {
        const QSignalBlocker b1(m_search), b2(m_assignee), b3(m_tenant);
        m_search->clear();
        m_assignee->setCurrentIndex(0);
        m_tenant->setCurrentIndex(0);
    }
    m_debounce->stop();
    emitFilter();
}

void BoardToolbar::actionEvent(QActionEvent *event)
{
    QToolBar::actionEvent(event);
    if (event->type() == QEvent::ActionRemoved)
        return;
    QAction *a = event->action();
    const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
    if (shortcut.isEmpty() || a->isSeparator())
        return;
    // "Tooltip (shortcut)": the tooltip someone set keeps its words, else
    // the action's text (and follows it).
    const QString current = a->toolTip();
    QString base;
    if (current == a->property(kAutoTip).toString())
        base = a->property(kAutoBase).toString();
    else if (current != a->iconText())
        base = current;
    const QString tip = tr("%1 (%2)").arg(base.isEmpty() ? a->iconText() : base, shortcut);
    if (tip == current)
        return;
    a->setProperty(kAutoTip, tip);
    a->setProperty(kAutoBase, base);
    a->setToolTip(tip);
}

void BoardToolbar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleArchived();
}

void BoardToolbar::styleArchived()
{
    // In dark mode the style's box is dark on dark: fill it lighter so it
    // shows, checked or not; the icon says what it is.
    m_archived->setIcon(Icons::get(QStringLiteral("archive")));
    const QPalette window = palette();
    QPalette p = window;
    if (Theme::isDark(window))
        p.setColor(QPalette::Base, Theme::mix(window.color(QPalette::Window),
                                              window.color(QPalette::WindowText), 0.22));
    m_archived->setPalette(p);
}

bool BoardToolbar::showArchived() const
{
    return m_archived->isChecked();
}

void BoardToolbar::setShowArchived(bool show)
{
    m_archived->setChecked(show);
}

void BoardToolbar::setAssignees(const QStringList &names)
{
    fillCombo(m_assignee, tr("All assignees"), names, tr("Unassigned"), BoardFilter::unassigned());
}

void BoardToolbar::setTenants(const QStringList &names)
{
    fillCombo(m_tenant, tr("All tenants"), names, {}, {});
}

void BoardToolbar::setBoards(const QStringList &slugs, const QString &current,
                             const QString &pinnedLabel)
{
    const QSignalBlocker block(m_boards);
    m_boards->clear();
    if (!pinnedLabel.isEmpty()) {
        m_boards->addItem(Icons::get(QStringLiteral("board")), pinnedLabel, QString());
        m_boards->setEnabled(false);
        return;
    }
    m_boards->setEnabled(true);
    for (const QString &s : slugs)
        m_boards->addItem(Icons::get(QStringLiteral("board")), s, s);
    m_boards->insertSeparator(m_boards->count());
    m_boards->addItem(tr("New board…"), kNewBoard);
    m_boards->setCurrentIndex(qMax(0, m_boards->findData(current)));
}

void BoardToolbar::addSpacer()
{
    addWidget(m_spacer);
}

void BoardToolbar::resizeEvent(QResizeEvent *event)
{
    // Narrow windows: icons only, a shorter search field.
    const bool compact = width() < 1180;
    setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    m_search->setMinimumWidth(compact ? 120 : 180);
    QToolBar::resizeEvent(event);
}
