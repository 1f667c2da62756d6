#include "ui/drawer/TaskDrawer.h"

#include "dispatcher/Profiles.h"
#include "model/BoardQueries.h"
#include "model/TaskTableModel.h"
#include "model/Types.h"
#include "ui/Guarded.h"
#include "ui/board/CardDelegate.h"
#include "ui/board/MoveController.h"
#include "ui/board/StatusText.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/CommentThread.h"
#include "ui/drawer/DependencyEditor.h"
#include "ui/drawer/LogView.h"
#include "ui/style/Icons.h"
#include "ui/style/MessageText.h"
#include "ui/style/RelativeTime.h"
#include "ui/style/ScrollBarStyle.h"
#include "ui/style/Theme.h"
#include "ui/window/BoardSession.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPropertyAnimation>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
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

// A payload object as "key: value, key: value".
QString jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QStringLiteral("—");
    }
}

QString payloadText(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), jsonValueText(it.value()).left(120));
    return parts.isEmpty() ? json.left(200) : parts.join(QStringLiteral(", "));
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

    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(m_idLabel);
    head->addWidget(m_statusLabel);
    head->addStretch(1);
    head->addWidget(m_moveButton);
    head->addWidget(m_close);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("drawerTitle"));
    m_title->setFrame(false);
    QFont tf = font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    connect(m_title, &QLineEdit::editingFinished, this, &TaskDrawer::applyTitle);

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
    m_created = new QLabel(top);
    m_created->setObjectName(QStringLiteral("drawerCreated"));
    m_workspace = new QLabel(top);
    m_workspace->setObjectName(QStringLiteral("drawerWorkspace"));
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workspace->setWordWrap(true);
    m_retry = new QLabel(top);
    m_retry->setObjectName(QStringLiteral("drawerRetry"));
    m_retry->setWordWrap(true);
    m_result = new QLabel(top);
    m_result->setObjectName(QStringLiteral("drawerResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_priority->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_priority->setMinimumWidth(90);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_assignee, m_reviewer, m_priority, m_tenant, m_created, m_workspace, m_retry,
             m_result}) {
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
        t->setUniformRowHeights(true);
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
    label(m_created, tr("Created:"));
    label(m_workspace, tr("Workspace:"));
    label(m_retry, tr("Retry:"));
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
        {tr("#"), tr("Outcome"), tr("Profile"), tr("Started"), tr("Elapsed"), tr("Summary")});
    m_events->setHeaderLabels({tr("When"), tr("Event"), tr("Details")});
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
    m_id = id;
    if (other) {
        m_message->hide();
        m_runsSig.clear();
        m_eventsSig.clear();
        m_title->clearFocus();
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
    m_result->setText(t->result);
    m_form->setRowVisible(m_result, !t->result.isEmpty());
    setWindowTitle(t->title);
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
            const QString outcome =
                r.endedAt ? (r.outcome.isEmpty() ? r.status : r.outcome) : tr("active");
            const qint64 end = r.endedAt.value_or(now);
            const QString outcomeText = r.endedAt ? MessageText::eventName(outcome) : outcome;
            auto *item =
                new QTreeWidgetItem(m_runs, {QString::number(i + 1), outcomeText, r.profile,
                                             RelativeTime::ago(r.startedAt, now),
                                             CardDelegate::formatDuration(end - r.startedAt),
                                             r.error.isEmpty() ? r.summary : r.error});
            item->setForeground(1, outcomeColor(r.endedAt ? outcome : QString()));
            item->setToolTip(5, r.error.isEmpty() ? r.summary : r.error);
            item->setToolTip(3, RelativeTime::dateTime(r.startedAt));
        }
        for (int c = 0; c < 5; ++c)
            m_runs->resizeColumnToContents(c);
    }

    const QList<Event> events = BoardQueries::lastEvents(db, m_id, kEventsShown);
    const QString esig = events.isEmpty() ? QString() : QString::number(events.first().id);
    if (esig != m_eventsSig) {
        m_eventsSig = esig;
        m_events->clear();
        for (const Event &e : events) {
            auto *item = new QTreeWidgetItem(m_events, {RelativeTime::ago(e.createdAt, now),
                                                        MessageText::eventName(e.kind),
                                                        payloadText(e.payload)});
            item->setToolTip(0, RelativeTime::dateTime(e.createdAt));
            item->setToolTip(2, e.payload);
        }
        m_events->resizeColumnToContents(0);
        m_events->resizeColumnToContents(1);
    }
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

void TaskDrawer::applyTitle()
{
    const QString title = m_title->text().trimmed();
    if (m_id.isEmpty() || title == m_title->toolTip())
        return;
    TaskEdit e;
    e.title = title;
    const QString id = m_id;
    if (!attempt([&](Kernel &k) { k.editTask(id, e); }))
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
    attempt([&](Kernel &k) { k.assignTask(id, name); });
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
    if (!attempt([&](Kernel &k) {
            TaskEdit e;
            e.reviewer = Profiles::checkedName(typed, QStringLiteral("reviewer"));
            k.editTask(id, e);
        }))
        m_reviewer->setEditText(t->reviewer);
}

void TaskDrawer::applyPriority()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    TaskEdit e;
    e.priority = m_priority->value();
    attempt([&](Kernel &k) { k.editTask(id, e); });
}

void TaskDrawer::applyTenant()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    TaskEdit e;
    e.tenant = m_tenant->text().trimmed();
    attempt([&](Kernel &k) { k.editTask(id, e); });
}

void TaskDrawer::saveBody(const QString &id, const QString &body)
{
    if (id != m_id)
        return;
    TaskEdit e;
    e.body = body;
    attempt([&](Kernel &k) { k.editTask(id, e); });
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
        emit notice(tr("Linked %1 → %2").arg(parentId, childId), false);
}

void TaskDrawer::unlink(const QString &parentId, const QString &childId)
{
    if (attempt([&](Kernel &k) { k.unlinkTasks(parentId, childId); }))
        emit notice(tr("Removed the link %1 → %2").arg(parentId, childId), false);
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
