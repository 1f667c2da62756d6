#include "ui/dialogs/CreateTaskDialog.h"

#include "dispatcher/Profiles.h"
#include "model/TaskTableModel.h"
#include "ui/Guarded.h"
#include "ui/style/Theme.h"
#include "ui/window/BoardSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

CreateTaskDialog::CreateTaskDialog(BoardSession *session, bool triage, QWidget *parent)
    : QDialog(parent), m_session(session), m_title(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_assignee(new QComboBox(this)),
      m_reviewer(new QComboBox(this)), m_priority(new QSpinBox(this)),
      m_tenant(new QLineEdit(this)), m_parent(new QComboBox(this)),
      m_workspace(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_browse(new QToolButton(this)), m_triage(new QCheckBox(this)), m_notify(new QCheckBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("createTaskDialog"));
    setWindowTitle(tr("New task"));
    // One width whatever the fields hold or the messages say.
    setFixedWidth(qMax(560, fontMetrics().averageCharWidth() * 74));
    m_title->setObjectName(QStringLiteral("createTitle"));
    m_title->setPlaceholderText(tr("What needs doing"));
    m_body->setObjectName(QStringLiteral("createBody"));
    m_body->setPlaceholderText(tr("Details, in markdown (optional)"));
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 6 + 14);
    m_body->installEventFilter(this);
    m_assignee->setObjectName(QStringLiteral("createAssignee"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->lineEdit()->setPlaceholderText(tr("unassigned"));
    // Editable combos size to their (empty) items: make them fill the column.
    for (QComboBox *combo : {m_assignee, m_reviewer, m_parent}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_reviewer->setObjectName(QStringLiteral("createReviewer"));
    m_reviewer->setEditable(true);
    m_reviewer->setInsertPolicy(QComboBox::NoInsert);
    m_reviewer->lineEdit()->setPlaceholderText(tr("a person"));
    m_reviewer->setToolTip(
        tr("The profile the dispatcher starts when the task asks for review; empty: a person "
           "reviews"));
    m_priority->setObjectName(QStringLiteral("createPriority"));
    m_priority->setRange(-999, 999);
    m_priority->setToolTip(tr("Higher runs first"));
    m_tenant->setObjectName(QStringLiteral("createTenant"));
    m_tenant->setPlaceholderText(tr("none"));
    m_parent->setObjectName(QStringLiteral("createParent"));
    m_parent->setEditable(true);
    m_parent->setInsertPolicy(QComboBox::NoInsert);
    m_parent->addItem(QString(), QString());
    m_parent->lineEdit()->setPlaceholderText(tr("none"));
    if (session && session->model()) {
        const TaskTableModel *model = session->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!model->isLive(r))
                continue;
            const QModelIndex i = model->index(r, 0);
            const QString id = i.data(TaskTableModel::IdRole).toString();
            m_parent->addItem(id + QStringLiteral(" — ") +
                                  i.data(TaskTableModel::TitleRole).toString().simplified(),
                              id);
        }
    }
    m_parent->completer()->setFilterMode(Qt::MatchContains);
    m_parent->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_workspace->setObjectName(QStringLiteral("createWorkspace"));
    m_workspace->addItem(tr("Scratch folder"), QStringLiteral("scratch"));
    m_workspace->addItem(tr("Git worktree"), QStringLiteral("worktree"));
    m_workspace->addItem(tr("Existing folder"), QStringLiteral("dir"));
    m_path->setObjectName(QStringLiteral("createPath"));
    m_path->setPlaceholderText(tr("Absolute path"));
    m_path->setEnabled(false);
    m_browse->setObjectName(QStringLiteral("createBrowse"));
    m_browse->setText(tr("Choose…"));
    m_browse->setToolTip(tr("Choose the folder"));
    m_browse->setAccessibleName(tr("Choose the folder"));
    m_browse->setEnabled(false);
    connect(m_browse, &QToolButton::clicked, this, &CreateTaskDialog::chooseFolder);
    connect(m_workspace, &QComboBox::currentIndexChanged, this, [this] {
        const bool path = m_workspace->currentData().toString() != QLatin1String("scratch");
        m_path->setEnabled(path);
        m_browse->setEnabled(path);
    });
    m_triage->setObjectName(QStringLiteral("createTriage"));
    m_triage->setText(tr("Park in Triage (rough idea, not ready to start)"));
    m_triage->setChecked(triage);
    m_notify->setObjectName(QStringLiteral("createNotify"));
    m_notify->setText(tr("Noti&fy me when it finishes, blocks or fails"));
    m_notify->setToolTip(tr("A desktop notification when the task completes, blocks, gives up "
                            "or crashes"));
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, Theme::red());
    m_error->setPalette(pal);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_body);
    form->addRow(tr("&Assignee:"), m_assignee);
    form->addRow(tr("Re&viewer:"), m_reviewer);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Te&nant:"), m_tenant);
    form->addRow(tr("Pa&rent:"), m_parent);
    // No task to be the parent of this one: no field that can only be empty.
    form->setRowVisible(m_parent, m_parent->count() > 1);
    auto *ws = new QHBoxLayout;
    ws->addWidget(m_workspace);
    ws->addWidget(m_path, 1);
    ws->addWidget(m_browse);
    // A label for a row holding a layout gets no buddy by itself, and then
    // shows its "&" as text.
    auto *wsLabel = new QLabel(tr("&Workspace:"), this);
    wsLabel->setBuddy(m_workspace);
    form->addRow(wsLabel, ws);
    form->addRow(QString(), m_triage);
    form->addRow(QString(), m_notify);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    create->setToolTip(tr("Create the task (Ctrl+Enter)"));
    create->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this,
            [create](const QString &t) { create->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateTaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_body, m_assignee, m_reviewer, m_priority,
                                          m_tenant, m_parent, m_workspace, m_path}) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(w)))
            w->setAccessibleName(l->text().remove(QLatin1Char('&')).chopped(1));
    }
    m_workspace->setAccessibleName(tr("Workspace"));
    m_path->setAccessibleName(tr("Workspace path"));
    m_title->setFocus();
}

void CreateTaskDialog::setAssignees(const QStringList &names)
{
    m_assignee->clear();
    m_assignee->addItem(QString());
    m_assignee->addItems(names);
    m_reviewer->clear();
    m_reviewer->addItem(QString());
    m_reviewer->addItems(names);
}

QString CreateTaskDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void CreateTaskDialog::accept()
{
    if (!m_session || m_title->text().trimmed().isEmpty())
        return;
    CreateOptions o;
    o.title = m_title->text();
    o.body = m_body->toPlainText();
    o.assignee = m_assignee->currentText();
    o.priority = m_priority->value();
    o.tenant = m_tenant->text();
    o.triage = m_triage->isChecked();
    o.workspaceKind = m_workspace->currentData().toString();
    o.workspacePath = o.workspaceKind == QLatin1String("scratch") ? QString() : m_path->text();
    const QString user = qEnvironmentVariable("USER").trimmed();
    o.createdBy = user.isEmpty() ? QStringLiteral("user") : user;
    QString parent = m_parent->currentData().toString();
    if (m_parent->currentText() != m_parent->itemText(m_parent->currentIndex()) || parent.isEmpty())
        parent = m_parent->currentText().section(QLatin1Char(' '), 0, 0).trimmed();
    if (!parent.isEmpty())
        o.parents << parent;
    const bool added = guarded(
        [&] {
            o.reviewer =
                Profiles::checkedName(m_reviewer->currentText(), QStringLiteral("reviewer"));
            m_createdId = m_session->kernel().createTask(o).id;
        },
        [this](const QString &error) {
            m_error->setText(error);
            m_error->show();
        });
    if (!added)
        return;
    if (m_notify->isChecked()) {
        // Subscribed like `notify-subscribe --platform desktop`: the notifier
        // of the tray or the daemon delivers it.
        NotifySub sub;
        sub.taskId = m_createdId;
        sub.platform = QStringLiteral("desktop");
        sub.chatId = o.createdBy;
        guarded([&] { m_session->kernel().addNotifySub(sub); },
                [this](const QString &error) { m_notifyError = error; });
    }
    m_session->refresh();
    emit created(m_createdId);
    QDialog::accept();
}

bool CreateTaskDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The description is multi-line: Enter is a new line there, Ctrl+Enter
    // creates.
    if (watched == m_body && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CreateTaskDialog::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CreateTaskDialog::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Workspace folder"), m_path->text().trimmed());
    if (!dir.isEmpty())
        m_path->setText(dir);
}
