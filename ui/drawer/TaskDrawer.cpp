#include "ui/drawer/TaskDrawer.h"

#include "dispatcher/Profiles.h"
#include "model/BoardQueries.h"
#include "model/TaskTableModel.h"
#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/Guarded.h"
#include "ui/board/CardDelegate.h"
#include "ui/board/MoveController.h"
#include "ui/board/StatusText.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/CommentThread.h"
#include "ui/drawer/DependencyEditor.h"
#include "ui/drawer/EventSentence.h"
#include "ui/drawer/LogView.h"
#include "ui/drawer/RunText.h"
#include "ui/drawer/TitleEdit.h"
#include "ui/style/Icons.h"
#include "ui/style/MessageText.h"
#include "ui/style/RelativeTime.h"
#include "ui/style/ScrollBarStyle.h"
#include "ui/style/Theme.h"
#include "ui/window/BoardSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPropertyAnimation>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kEventsShown = 50;
constexpr int kRunsShown = 50;

QString commentAuthor()
{
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? QStringLiteral("user") : user;
}

QColor outcomeColor(const QString &outcome)
{
    if (outcome.isEmpty() || outcome == QLatin1String("active") ||
        outcome == QLatin1String("running"))
        return Theme::green();
    if (outcome == EventKind::Completed || outcome == QLatin1String("review"))
        return QColor(0x4a, 0x8c, 0xd1);
    if (outcome == EventKind::Reclaimed || outcome == EventKind::RateLimited)
        return Theme::amber().darker(115);
    return Theme::red();
}

// The rows of a tree as high as their last column's wrapped text (the
// last column stretches to the viewport's edge).
void fitRows(QTreeWidget *tree)
{
    const int column = tree->columnCount() - 1;
    if (column < 0 || !tree->viewport()->width())
        return;
    int others = 0;
    for (int c = 0; c < column; ++c)
        others += tree->header()->sectionSize(c);
    const int width = tree->viewport()->width() - others - 8;
    if (width <= 20)
        return;
    const QFontMetrics fm(tree->font());
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        const int h =
            fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item->text(column))
                .height() +
            4;
        if (item->sizeHint(column).height() != h)
            item->setSizeHint(column, QSize(width, h));
    }
}

} // namespace

TaskDrawer::TaskDrawer(BoardSession *session, MoveController *moves, QWidget *parent)
    : QFrame(parent), m_session(session), m_moves(moves)
{
    setObjectName(QStringLiteral("taskDrawer"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    buildUi();
    setMaximumWidth(0);
    setMinimumWidth(0);
    hide();
}

void TaskDrawer::buildUi()
{
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);

    m_idLabel = new QLabel(this);
    m_idLabel->setObjectName(QStringLiteral("drawerId"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = font();
    mono.setFamily(Theme::monospaceFamily());
    m_idLabel->setFont(mono);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("drawerStatus"));
    m_moveButton = new QToolButton(this);
    m_moveButton->setObjectName(QStringLiteral("drawerMoveButton"));
    m_moveButton->setPopupMode(QToolButton::InstantPopup);
    m_moveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moveButton->setMenu(new QMenu(m_moveButton));
    connect(m_moveButton->menu(), &QMenu::aboutToShow, this, &TaskDrawer::fillMoveMenu);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("drawerClose"));
    m_close->setIcon(Icons::get(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &TaskDrawer::closeDrawer);

    // "Saved" for a moment after an edit went through.
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("drawerSaved"));
    {
        QPalette pal = m_saved->palette();
        pal.setColor(QPalette::WindowText, Theme::green().darker(115));
        m_saved->setPalette(pal);
    }
    m_saved->hide();
    m_savedTimer = new QTimer(this);
    m_savedTimer->setSingleShot(true);
    m_savedTimer->setInterval(2000);
    connect(m_savedTimer, &QTimer::timeout, m_saved, &QLabel::hide);

    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(m_idLabel);
    head->addWidget(m_statusLabel);
    head->addWidget(m_saved);
    head->addStretch(1);
    head->addWidget(m_moveButton);
    head->addWidget(m_close);

    m_title = new TitleEdit(this);
    m_title->setObjectName(QStringLiteral("drawerTitle"));
    QFont tf = font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    connect(m_title, &TitleEdit::editingFinished, this, &TaskDrawer::applyTitle);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("drawerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // The fields.
    auto *top = new QWidget(this);
    top->setObjectName(QStringLiteral("drawerTop"));
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(6);
    m_assignee = new QComboBox(top);
    m_assignee->setObjectName(QStringLiteral("drawerAssignee"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    connect(m_assignee, &QComboBox::activated, this, &TaskDrawer::applyAssignee);
    connect(m_assignee->lineEdit(), &QLineEdit::editingFinished, this, &TaskDrawer::applyAssignee);
    m_reviewer = new QComboBox(top);
    m_reviewer->setObjectName(QStringLiteral("drawerReviewer"));
    m_reviewer->setEditable(true);
    m_reviewer->setInsertPolicy(QComboBox::NoInsert);
    connect(m_reviewer, &QComboBox::activated, this, &TaskDrawer::applyReviewer);
    connect(m_reviewer->lineEdit(), &QLineEdit::editingFinished, this, &TaskDrawer::applyReviewer);
    m_priority = new QSpinBox(top);
    m_priority->setObjectName(QStringLiteral("drawerPriority"));
    m_priority->setRange(-999, 999);
    connect(m_priority, &QSpinBox::editingFinished, this, &TaskDrawer::applyPriority);
    m_tenant = new QLineEdit(top);
    m_tenant->setObjectName(QStringLiteral("drawerTenant"));
    m_tenant->setClearButtonEnabled(true);
    connect(m_tenant, &QLineEdit::editingFinished, this, &TaskDrawer::applyTenant);
    m_notify = new QCheckBox(top);
    m_notify->setObjectName(QStringLiteral("drawerNotify"));
    connect(m_notify, &QCheckBox::clicked, this, &TaskDrawer::applyNotify);
    m_created = new QLabel(top);
    m_created->setObjectName(QStringLiteral("drawerCreated"));
    m_workspace = new QLabel(top);
    m_workspace->setObjectName(QStringLiteral("drawerWorkspace"));
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workspace->setWordWrap(true);
    m_retry = new QLabel(top);
    m_retry->setObjectName(QStringLiteral("drawerRetry"));
    m_retry->setWordWrap(true);
    m_waits = new QLabel(top);
    m_waits->setObjectName(QStringLiteral("drawerWaits"));
    m_waits->setWordWrap(true);
    m_waits->setTextFormat(Qt::PlainText);
    m_result = new QLabel(top);
    m_result->setObjectName(QStringLiteral("drawerResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_priority->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_priority->setMinimumWidth(90);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_assignee, m_reviewer, m_priority, m_tenant, m_notify,
                                          m_created, m_workspace, m_retry, m_waits, m_result}) {
        auto *label = new QLabel(top);
        QPalette muted = label->palette();
        muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
        label->setPalette(muted);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }

    m_body = new BodyView(top);
    connect(m_body, &BodyView::saveRequested, this, &TaskDrawer::saveBody);
    m_depsHeading = new QLabel(top);
    QFont hf = m_depsHeading->font();
    hf.setBold(true);
    m_depsHeading->setFont(hf);
    m_deps = new DependencyEditor(top);
    connect(m_deps, &DependencyEditor::openRequested, this, &TaskDrawer::openTaskRequested);
    connect(m_deps, &DependencyEditor::linkRequested, this, &TaskDrawer::link);
    connect(m_deps, &DependencyEditor::unlinkRequested, this, &TaskDrawer::unlink);

    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 4, 8, 8);
    topLayout->setSpacing(10);
    topLayout->addLayout(m_form);
    topLayout->addWidget(m_body);
    topLayout->addWidget(m_depsHeading);
    topLayout->addWidget(m_deps);
    topLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("drawerScroll"));
    scroll->setWidget(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The tabs.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("drawerTabs"));
    m_tabs->setDocumentMode(true);
    m_comments = new CommentThread(m_tabs);
    connect(m_comments, &CommentThread::submitRequested, this, &TaskDrawer::addComment);
    m_runs = new QTreeWidget(m_tabs);
    m_runs->setObjectName(QStringLiteral("drawerRuns"));
    m_events = new QTreeWidget(m_tabs);
    m_events->setObjectName(QStringLiteral("drawerEvents"));
    for (QTreeWidget *t : {m_runs, m_events}) {
        t->setRootIsDecorated(false);
        // Sentences wrap rather than end in "…" (the tooltip has them too).
        t->setUniformRowHeights(false);
        t->setWordWrap(true);
        t->setTextElideMode(Qt::ElideNone);
        // Row heights follow the width the sentences wrap in.
        t->viewport()->installEventFilter(this);
        t->setAlternatingRowColors(true);
        t->setFrameShape(QFrame::NoFrame);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->header()->setStretchLastSection(true);
    }
    m_log = new LogView(m_tabs);
    m_tabs->addTab(m_comments, QString());
    m_tabs->addTab(m_runs, QString());
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_log, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int i) { m_log->setActive(isOpen() && m_tabs->widget(i) == m_log); });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("drawerSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(head);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    // Esc closes the drawer wherever the focus is in the window.
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &TaskDrawer::closeDrawer);
    esc->setObjectName(QStringLiteral("drawerEscape"));
    esc->setContext(Qt::WindowShortcut);

    m_anim = new QPropertyAnimation(this, "maximumWidth", this);
    m_anim->setDuration(180);
    m_anim->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_anim, &QPropertyAnimation::finished, this, [this] {
        if (maximumWidth() == 0)
            hide();
    });
    retranslate();
    styleScrollBars();
}

void TaskDrawer::retranslate()
{
    setAccessibleName(tr("Task details"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close the task details"));
    m_moveButton->setText(tr("Move to"));
    // Room between the text and the menu arrow (the style puts them edge to edge).
    m_moveButton->setMinimumWidth(m_moveButton->sizeHint().width() + 20);
    m_moveButton->setToolTip(tr("Move this task to another column"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Title"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
        field->setAccessibleName(text.chopped(1));
    };
    label(m_assignee, tr("Assignee:"));
    label(m_reviewer, tr("Reviewer:"));
    label(m_priority, tr("Priority:"));
    label(m_tenant, tr("Tenant:"));
    label(m_notify, tr("Notify:"));
    m_notify->setText(tr("Notify me when it is done, blocked or fails"));
    m_notify->setToolTip(tr("A desktop notification when this task finishes, blocks, gives up "
                            "or its worker crashes"));
    m_saved->setText(tr("✓ Saved"));
    label(m_created, tr("Created:"));
    label(m_workspace, tr("Workspace:"));
    label(m_retry, tr("Retry:"));
    label(m_waits, tr("Waits:"));
    label(m_result, tr("Result:"));
    m_assignee->lineEdit()->setPlaceholderText(tr("unassigned"));
    m_reviewer->lineEdit()->setPlaceholderText(tr("a person"));
    m_reviewer->setToolTip(
        tr("The profile the dispatcher starts when the task asks for review; empty: a person "
           "reviews"));
    m_tenant->setPlaceholderText(tr("none"));
    m_depsHeading->setText(tr("Dependencies"));
    m_tabs->setTabText(0, tr("Comments"));
    m_tabs->setTabText(1, tr("Runs"));
    m_tabs->setTabText(2, tr("Events"));
    m_tabs->setTabText(3, tr("Log"));
    m_runs->setHeaderLabels(
        {tr("#"), tr("Outcome"), tr("Profile"), tr("Started"), tr("Ran for"), tr("Summary")});
    m_events->setHeaderLabels({tr("When"), tr("What happened")});
    m_runs->setAccessibleName(tr("Runs"));
    m_events->setAccessibleName(tr("Events"));
    m_body->retranslate();
    m_deps->retranslate();
    m_comments->retranslate();
    m_log->retranslate();
}

void TaskDrawer::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setPen(Theme::cardBorder(palette()));
    p.drawLine(0, 0, 0, height());
}

bool TaskDrawer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (QTreeWidget *t : {m_runs, m_events})
            if (watched == t->viewport())
                fitRows(t);
    }
    return QFrame::eventFilter(watched, event);
}

void TaskDrawer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        styleScrollBars();
    QFrame::changeEvent(event);
}

void TaskDrawer::styleScrollBars()
{
    for (QAbstractScrollArea *area : findChildren<QAbstractScrollArea *>())
        ScrollBarStyle::applyTo(area);
}

void TaskDrawer::setSession(BoardSession *session)
{
    m_session = session;
    closeDrawer();
}

void TaskDrawer::showTask(const QString &id)
{
    if (!m_session || id.isEmpty())
        return;
    const bool other = id != m_id;
    if (other) {
        // An edit under way ends first, and saves to the task it was for.
        QWidget *focus = QApplication::focusWidget();
        if (focus && isAncestorOf(focus))
            focus->clearFocus();
        m_id = id;
        resetForTask();
    }
    reload();
    if (m_id.isEmpty())
        return;
    m_log->setPath(m_session->board().location().logPath(m_id));
    m_log->setActive(m_tabs->currentWidget() == m_log);
    if (!isVisible() || maximumWidth() < kWidth) {
        show();
        animateTo(kWidth);
    }
}

void TaskDrawer::resetForTask()
{
    m_message->clear();
    m_message->hide();
    m_savedTimer->stop();
    m_saved->hide();
    m_runsSig.clear();
    m_eventsSig.clear();
    m_runs->clear();
    m_events->clear();
    m_comments->reset();
    m_title->setText(QString());
    m_title->setToolTip(QString());
    m_scroll->verticalScrollBar()->setValue(0);
}

void TaskDrawer::animateTo(int width)
{
    m_anim->stop();
    setMinimumWidth(0);
    m_anim->setStartValue(maximumWidth());
    m_anim->setEndValue(width);
    if (width > 0)
        connect(
            m_anim, &QPropertyAnimation::finished, this,
            [this] { setMinimumWidth(maximumWidth()); }, Qt::SingleShotConnection);
    m_anim->start();
}

void TaskDrawer::closeDrawer()
{
    if (m_id.isEmpty() && !isVisible())
        return;
    m_body->cancelEditing();
    m_log->setActive(false);
    m_id.clear();
    animateTo(0);
    emit closed();
}

void TaskDrawer::reload()
{
    if (!m_session || m_id.isEmpty())
        return;
    guarded(
        [this] {
            loadFields();
            if (!m_id.isEmpty())
                loadLists();
        },
        [this](const QString &error) { showMessage(error, true); });
}

void TaskDrawer::loadFields()
{
    qint64 bodyChars = 0;
    const auto t = BoardQueries::taskHead(m_session->board().db(), m_id, &bodyChars);
    if (!t) {
        emit notice(tr("%1 no longer exists").arg(m_id), true);
        closeDrawer();
        return;
    }
    m_status = t->status;
    m_idLabel->setText(t->id);
    m_statusLabel->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                               .arg(Theme::statusColor(t->status).name(),
                                    StatusText::name(t->status).toHtmlEscaped()));
    if (!m_title->hasFocus())
        m_title->setText(t->title);
    m_title->setToolTip(t->title);
    if (!m_assignee->hasFocus() && !m_assignee->lineEdit()->hasFocus())
        m_assignee->setEditText(t->assignee);
    if (!m_reviewer->hasFocus() && !m_reviewer->lineEdit()->hasFocus())
        m_reviewer->setEditText(t->reviewer);
    if (!m_priority->hasFocus())
        m_priority->setValue(int(t->priority));
    if (!m_tenant->hasFocus())
        m_tenant->setText(t->tenant);
    const qint64 now = m_session->clock()->now();
    m_created->setText(MessageText::createdBy(RelativeTime::ago(t->createdAt, now), t->createdBy));
    m_created->setToolTip(RelativeTime::dateTime(t->createdAt));
    QString ws = MessageText::workspaceKind(t->workspaceKind);
    if (!t->workspacePath.isEmpty())
        ws += QStringLiteral(": ") + t->workspacePath;
    if (!t->branchName.isEmpty())
        ws += QStringLiteral(" (%1)").arg(t->branchName);
    m_workspace->setText(ws);
    // A failed (or rate-limited) task waiting for its next attempt.
    const bool waits =
        t->status == TaskStatus::Ready && t->cooldownUntil && *t->cooldownUntil > now;
    if (waits)
        m_retry->setText(tr("at %1 (in %2)")
                             .arg(MessageText::time(*t->cooldownUntil),
                                  CardDelegate::formatCountdown(*t->cooldownUntil - now)));
    m_retry->setToolTip(t->lastFailureError);
    m_form->setRowVisible(m_retry, waits);
    // Why it does not start (the dispatcher's WaitReason, through the model).
    QString why;
    if (auto *model = m_session->model(); model && !waits) {
        const int row = model->rowOfId(m_id);
        if (row >= 0)
            why = model->index(row, 0).data(TaskTableModel::WaitReasonRole).toString();
    }
    m_waits->setText(why);
    m_form->setRowVisible(m_waits, !why.isEmpty());
    m_result->setText(t->result);
    m_form->setRowVisible(m_result, !t->result.isEmpty());
    setWindowTitle(t->title);
    loadNotify();
    if (!m_body->isEditing())
        m_body->load(m_session->board().dbPath(), m_id);
}

void TaskDrawer::loadLists()
{
    auto &db = m_session->board().db(); // read-only queries of model/BoardQueries
    Kernel &k = m_session->kernel();
    m_deps->setTask(m_id, BoardQueries::refs(db, k.parentIds(m_id)),
                    BoardQueries::refs(db, k.childIds(m_id)));
    if (auto *model = m_session->model()) {
        QStringList candidates;
        candidates.reserve(model->rowCount());
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!model->isLive(r))
                continue;
            const QModelIndex i = model->index(r, 0);
            const QString id = i.data(TaskTableModel::IdRole).toString();
            if (id != m_id)
                candidates << id + QStringLiteral(" — ") +
                                  i.data(TaskTableModel::TitleRole).toString().simplified();
        }
        m_deps->setCandidates(candidates);
    }
    const qint64 now = m_session->clock()->now();
    int total = 0;
    m_comments->setComments(BoardQueries::lastComments(db, m_id, CommentThread::kShown, &total),
                            total, now);

    const QList<Run> runs = k.runs(m_id);
    QString sig;
    bool active = false;
    for (const Run &r : runs) {
        sig += QStringLiteral("%1:%2:%3;").arg(r.id).arg(r.outcome).arg(r.endedAt.value_or(0));
        active = active || !r.endedAt;
    }
    if (sig != m_runsSig || active) {
        m_runsSig = sig;
        m_runs->clear();
        for (qsizetype i = runs.size() - 1, shown = 0; i >= 0 && shown < kRunsShown; --i, ++shown) {
            const Run &r = runs[i];
            auto *item = new QTreeWidgetItem(
                m_runs, {QString::number(i + 1), RunText::outcome(r, now),
                         VisibleText::oneLine(r.profile), EventSentence::when(r.startedAt, now),
                         RunText::duration(r, now), RunText::summary(r, now)});
            item->setForeground(1, outcomeColor(RunText::outcomeKey(r, now)));
            const QString tip = RunText::toolTip(r, now);
            for (int c = 0; c < m_runs->columnCount(); ++c)
                item->setToolTip(c, tip);
        }
        for (int c = 0; c < 5; ++c)
            m_runs->resizeColumnToContents(c);
        fitRows(m_runs);
    }

    const QList<Event> events = BoardQueries::lastEvents(db, m_id, kEventsShown);
    const QString esig = events.isEmpty() ? QString() : QString::number(events.first().id);
    if (esig != m_eventsSig) {
        m_eventsSig = esig;
        m_events->clear();
        const EventSentence::TitleOf title = [this](const QString &id) { return titleOf(id); };
        for (const Event &e : events) {
            auto *item = new QTreeWidgetItem(
                m_events, {EventSentence::when(e.createdAt, now), EventSentence::text(e, title)});
            const QString tip = EventSentence::toolTip(e, now, title);
            item->setToolTip(0, tip);
            item->setToolTip(1, tip);
        }
        m_events->resizeColumnToContents(0);
        fitRows(m_events);
    }
}

QString TaskDrawer::titleOf(const QString &id)
{
    if (id.isEmpty() || !m_session)
        return {};
    const QList<BoardQueries::TaskRef> refs = BoardQueries::refs(m_session->board().db(), {id});
    return refs.isEmpty() ? QString() : VisibleText::oneLine(refs.first().title);
}

void TaskDrawer::setAssigneeChoices(const QStringList &names)
{
    const QString text = m_assignee->currentText();
    const QSignalBlocker block(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(QString());
    m_assignee->addItems(names);
    m_assignee->setEditText(text);
    const QString reviewer = m_reviewer->currentText();
    const QSignalBlocker blockReviewer(m_reviewer);
    m_reviewer->clear();
    m_reviewer->addItem(QString());
    m_reviewer->addItems(names);
    m_reviewer->setEditText(reviewer);
}

void TaskDrawer::showMessage(const QString &text, bool error)
{
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
                 error ? Theme::red() : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (error)
        emit notice(text, true);
}

QString TaskDrawer::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

template <typename Fn> bool TaskDrawer::attempt(Fn fn)
{
    if (!m_session || m_id.isEmpty())
        return false;
    return guarded(
        [&] {
            fn(m_session->kernel());
            m_message->hide();
            m_session->refresh();
        },
        [this](const QString &error) { showMessage(error, true); });
}

void TaskDrawer::showSaved()
{
    m_saved->show();
    m_savedTimer->start();
}

QString TaskDrawer::savedText() const
{
    return m_saved->isVisibleTo(this) ? m_saved->text() : QString();
}

void TaskDrawer::applyTitle()
{
    const QString title = m_title->text().trimmed();
    if (m_id.isEmpty() || title == m_title->toolTip())
        return;
    TaskEdit e;
    e.title = title;
    const QString id = m_id;
    if (attempt([&](Kernel &k) { k.editTask(id, e); }))
        showSaved();
    else
        m_title->setText(m_title->toolTip());
}

void TaskDrawer::applyAssignee()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    const QString name = m_assignee->currentText().trimmed();
    std::optional<Task> t;
    if (!guarded([&] { t = m_session->kernel().task(id); },
                 [this](const QString &error) { showMessage(error, true); }) ||
        !t || t->assignee == name.toLower())
        return;
    if (attempt([&](Kernel &k) { k.assignTask(id, name); }))
        showSaved();
}

void TaskDrawer::applyReviewer()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    const QString typed = m_reviewer->currentText();
    std::optional<Task> t;
    if (!guarded([&] { t = m_session->kernel().task(id); },
                 [this](const QString &error) { showMessage(error, true); }) ||
        !t || t->reviewer == typed.trimmed().toLower())
        return;
    if (attempt([&](Kernel &k) {
            TaskEdit e;
            e.reviewer = Profiles::checkedName(typed, QStringLiteral("reviewer"));
            k.editTask(id, e);
        }))
        showSaved();
    else
        m_reviewer->setEditText(t->reviewer);
}

void TaskDrawer::applyPriority()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    const int priority = m_priority->value();
    std::optional<Task> t;
    if (!guarded([&] { t = m_session->kernel().task(id); },
                 [this](const QString &error) { showMessage(error, true); }) ||
        !t || t->priority == priority)
        return;
    TaskEdit e;
    e.priority = priority;
    if (attempt([&](Kernel &k) { k.editTask(id, e); }))
        showSaved();
}

void TaskDrawer::applyTenant()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    const QString tenant = m_tenant->text().trimmed();
    std::optional<Task> t;
    if (!guarded([&] { t = m_session->kernel().task(id); },
                 [this](const QString &error) { showMessage(error, true); }) ||
        !t || t->tenant == tenant)
        return;
    TaskEdit e;
    e.tenant = tenant;
    if (attempt([&](Kernel &k) { k.editTask(id, e); }))
        showSaved();
}

namespace {
const QString kDesktop = QStringLiteral("desktop");
} // namespace

void TaskDrawer::loadNotify()
{
    bool on = false;
    for (const NotifySub &sub : m_session->kernel().notifySubs(m_id))
        on = on || sub.platform == kDesktop;
    const QSignalBlocker block(m_notify);
    m_notify->setChecked(on);
}

void TaskDrawer::applyNotify(bool on)
{
    // The desktop user's subscription, as `notify-subscribe --platform
    // desktop` makes it; off removes every desktop one of the task.
    const QString id = m_id;
    const bool ok = attempt([&](Kernel &k) {
        if (on) {
            NotifySub sub;
            sub.taskId = id;
            sub.platform = kDesktop;
            sub.chatId = kDesktop;
            k.addNotifySub(sub);
            return;
        }
        for (const NotifySub &sub : k.notifySubs(id))
            if (sub.platform == kDesktop)
                k.removeNotifySub(id, sub.platform, sub.chatId, sub.threadId);
    });
    if (ok)
        showSaved();
    else if (m_session && !m_id.isEmpty())
        loadNotify();
}

void TaskDrawer::saveBody(const QString &id, const QString &body)
{
    if (id != m_id)
        return;
    TaskEdit e;
    e.body = body;
    if (attempt([&](Kernel &k) { k.editTask(id, e); }))
        showSaved();
}

void TaskDrawer::addComment(const QString &body)
{
    const QString id = m_id;
    if (attempt([&](Kernel &k) { k.addComment(id, commentAuthor(), body); }))
        m_comments->clearEditor();
}

void TaskDrawer::link(const QString &parentId, const QString &childId)
{
    if (attempt([&](Kernel &k) { k.linkTasks(parentId, childId); }))
        emit notice(tr("“%1” now waits for “%2”").arg(titleOf(childId), titleOf(parentId)), false);
}

void TaskDrawer::unlink(const QString &parentId, const QString &childId)
{
    if (!m_session || m_id.isEmpty() || (parentId != m_id && childId != m_id))
        return;
    // Only a link that is there: a chip left over from before reports nothing.
    bool linked = false;
    if (!guarded([&] { linked = m_session->kernel().parentIds(childId).contains(parentId); },
                 [this](const QString &error) { showMessage(error, true); }))
        return;
    if (!linked) {
        reload();
        return;
    }
    const QString child = titleOf(childId);
    const QString parent = titleOf(parentId);
    if (attempt([&](Kernel &k) { k.unlinkTasks(parentId, childId); }))
        emit notice(tr("“%1” no longer waits for “%2”").arg(child, parent), false);
}

void TaskDrawer::fillMoveMenu()
{
    QMenu *menu = m_moveButton->menu();
    menu->clear();
    for (const QString &s : StatusText::boardColumns()) {
        if (s == m_status || s == QLatin1String("running"))
            continue;
        QAction *a = menu->addAction(StatusText::name(s));
        a->setObjectName(QStringLiteral("drawerMoveTo_") + s);
        const QString id = m_id;
        connect(a, &QAction::triggered, this, [this, id, s] { m_moves->moveTasks({id}, s); });
    }
}
