#include "ui/dialogs/ProfilesDialog.h"

#include "dispatcher/Profiles.h"
#include "ui/Guarded.h"
#include "ui/style/Icons.h"
#include "ui/style/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QList<ProfilesDialog::Unsaved> g_answers;
int g_questions = 0;
} // namespace

ProfilesDialog::ProfilesDialog(const QString &configPath, QWidget *parent)
    : QDialog(parent), m_configPath(configPath), m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_command(new QLineEdit(this)), m_max(new QSpinBox(this)),
      m_env(new QPlainTextEdit(this)), m_preflight(new QLabel(this)), m_error(new QLabel(this)),
      m_save(new QPushButton(this)), m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Worker profiles"));
    resize(720, 440);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMaximumWidth(200);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. writer"));
    m_command->setObjectName(QStringLiteral("profileCommand"));
    m_command->setPlaceholderText(tr("my-agent --task {task} --workspace {workspace}"));
    QFont mono = m_command->font();
    mono.setFamily(Theme::monospaceFamily());
    m_command->setFont(mono);
    m_max->setObjectName(QStringLiteral("profileMax"));
    m_max->setRange(0, 64);
    m_max->setSpecialValueText(tr("no limit"));
    m_env->setObjectName(QStringLiteral("profileEnv"));
    m_env->setPlaceholderText(tr("KEY=value, one per line"));
    m_env->setFont(mono);
    m_env->setTabChangesFocus(true);
    m_preflight->setObjectName(QStringLiteral("profilePreflight"));
    m_preflight->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, Theme::red());
    m_error->setPalette(red);
    m_error->hide();

    auto *hint =
        new QLabel(tr("Placeholders: {task} {run} {workspace} {profile} {board} {db}. The command "
                      "runs without a shell, in the task's workspace."),
                   this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    hint->setPalette(muted);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(QString(), hint);
    form->addRow(tr("&At most running:"), m_max);
    form->addRow(tr("&Environment:"), m_env);
    form->addRow(QString(), m_preflight);
    m_name->setAccessibleName(tr("Name"));
    m_command->setAccessibleName(tr("Command"));
    m_max->setAccessibleName(tr("At most running"));
    m_env->setAccessibleName(tr("Environment"));

    auto *add = new QPushButton(Icons::get(QStringLiteral("add")), tr("Add"), this);
    add->setObjectName(QStringLiteral("profileAdd"));
    m_remove->setObjectName(QStringLiteral("profileRemove"));
    m_remove->setText(tr("Remove"));
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_save->setText(tr("Save"));
    m_save->setDefault(true);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(add);
    leftButtons->addWidget(m_remove);
    left->addLayout(leftButtons);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_error);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);
    auto *top = new QHBoxLayout;
    top->addLayout(left);
    top->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::saveCurrent);
    connect(m_command, &QLineEdit::textChanged, this, &ProfilesDialog::updatePreflight);
    connect(m_list, &QListWidget::currentTextChanged, this, &ProfilesDialog::onCurrentChanged);
    reload();
}

void ProfilesDialog::reload(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Profile &p : Profiles::list(m_configPath))
        m_list->addItem(p.name);
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentRow(found.isEmpty() ? 0 : m_list->row(found.first()));
    showProfile(m_list->currentItem() ? m_list->currentItem()->text() : QString());
}

void ProfilesDialog::selectProfile(const QString &name)
{
    reload(name);
}

void ProfilesDialog::showProfile(const QString &name)
{
    m_error->hide();
    const auto p = name.isEmpty() ? std::nullopt : Profiles::find(name, m_configPath);
    m_name->setText(p ? p->name : QString());
    m_command->setText(p ? p->command : QString());
    m_max->setValue(p ? p->maxInProgress : 0);
    QStringList env;
    if (p) {
        for (auto it = p->env.cbegin(); it != p->env.cend(); ++it)
            env << it.key() + QLatin1Char('=') + it.value();
    }
    m_env->setPlainText(env.join(QLatin1Char('\n')));
    m_remove->setEnabled(p.has_value());
    m_editing = p ? p->name : QString();
    updatePreflight();
}

void ProfilesDialog::addProfile()
{
    if (!settleUnsaved())
        return;
    m_list->clearSelection();
    m_name->clear();
    m_command->clear();
    m_max->setValue(0);
    m_env->clear();
    m_remove->setEnabled(false);
    m_editing.clear();
    m_name->setFocus();
}

void ProfilesDialog::removeProfile()
{
    if (!m_list->currentItem())
        return;
    const QString name = m_list->currentItem()->text();
    if (guarded([&] { Profiles::remove(name, m_configPath); },
                [this](const QString &error) { showError(error); }))
        reload();
}

bool ProfilesDialog::saveCurrent()
{
    Profile p;
    p.name = m_name->text().trimmed().toLower();
    p.command = m_command->text().trimmed();
    p.maxInProgress = m_max->value();
    // Settings this dialog does not show are kept.
    if (const auto old = Profiles::find(m_editing.isEmpty() ? p.name : m_editing, m_configPath))
        p.heartbeatTimeoutSeconds = old->heartbeatTimeoutSeconds;
    for (const QString &line : m_env->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            showError(tr("Environment lines look like KEY=value: %1").arg(line));
            return false;
        }
        p.env.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    const bool saved = guarded(
        [&] {
            Profiles::save(p, m_configPath);
            // A renamed profile replaces the one that was selected.
            if (!m_editing.isEmpty() && m_editing != p.name)
                Profiles::remove(m_editing, m_configPath);
        },
        [this](const QString &error) { showError(error); });
    if (saved)
        reload(p.name);
    return saved;
}

void ProfilesDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
}

QString ProfilesDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ProfilesDialog::updatePreflight()
{
    if (m_command->text().trimmed().isEmpty()) {
        m_preflight->setText(tr("Without a command, tasks of this profile wait in Ready."));
        return;
    }
    Profile p;
    p.name = m_name->text().trimmed();
    p.command = m_command->text().trimmed();
    const QString why = Profiles::preflight(p);
    m_preflight->setText(why.isEmpty() ? tr("✔ The command can start.") : tr("⚠ %1").arg(why));
}

QString ProfilesDialog::envText() const
{
    QStringList lines;
    for (const QString &line : m_env->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.trimmed();
    return lines.join(QLatin1Char('\n'));
}

bool ProfilesDialog::hasUnsavedChanges() const
{
    const auto p = m_editing.isEmpty() ? std::nullopt : Profiles::find(m_editing, m_configPath);
    if (!p)
        return !m_name->text().trimmed().isEmpty() || !m_command->text().trimmed().isEmpty() ||
               m_max->value() != 0 || !envText().isEmpty();
    QStringList env;
    for (auto it = p->env.cbegin(); it != p->env.cend(); ++it)
        env << (it.key() + QLatin1Char('=') + it.value()).trimmed();
    return m_name->text().trimmed().toLower() != p->name ||
           m_command->text().trimmed() != p->command || m_max->value() != p->maxInProgress ||
           envText() != env.join(QLatin1Char('\n'));
}

void ProfilesDialog::queueUnsavedAnswer(Unsaved answer)
{
    g_answers << answer;
}

int ProfilesDialog::unsavedQuestions()
{
    return g_questions;
}

bool ProfilesDialog::settleUnsaved()
{
    if (!hasUnsavedChanges())
        return true;
    ++g_questions;
    Unsaved answer = Unsaved::Cancel;
    if (!g_answers.isEmpty()) {
        answer = g_answers.takeFirst();
    } else {
        const QString name = m_name->text().trimmed();
        QMessageBox box(QMessageBox::Question, tr("Unsaved profile"),
                        name.isEmpty()
                            ? tr("The profile in the form is not saved.")
                            : tr("The profile %1 has changes that are not saved.").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        const int button = box.exec();
        answer = button == QMessageBox::Save      ? Unsaved::Save
                 : button == QMessageBox::Discard ? Unsaved::Discard
                                                  : Unsaved::Cancel;
    }
    if (answer == Unsaved::Save)
        return saveCurrent();
    return answer == Unsaved::Discard;
}

void ProfilesDialog::onCurrentChanged(const QString &name)
{
    if (settleUnsaved()) {
        if (m_list->currentItem() && m_list->currentItem()->text() == name)
            showProfile(name);
        else
            reload(name); // saving reloaded the list
        return;
    }
    // Cancel: back to the form's profile.
    const QSignalBlocker block(m_list);
    const auto found = m_list->findItems(m_editing, Qt::MatchExactly);
    if (found.isEmpty())
        m_list->setCurrentItem(nullptr);
    else
        m_list->setCurrentItem(found.first());
}

void ProfilesDialog::reject()
{
    if (settleUnsaved())
        QDialog::reject();
}
