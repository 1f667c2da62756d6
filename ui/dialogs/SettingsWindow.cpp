#include "ui/dialogs/SettingsWindow.h"

#include "dispatcher/ConfigFile.h"
#include "dispatcher/Profiles.h"
#include "model/BoardPaths.h"
#include "ui/dialogs/WipLimitsPage.h"
#include "ui/window/Autostart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString kDispatcher = QStringLiteral("dispatcher");
const QString kNotifications = QStringLiteral("notifications");
const QString kBoardEvents = QStringLiteral("board_events");
const QStringList kEventKinds = {QStringLiteral("completed"), QStringLiteral("blocked"),
                                 QStringLiteral("gave_up"), QStringLiteral("crashed")};

} // namespace

SettingsWindow::SettingsWindow(const QString &configPath, QWidget *parent)
    : QDialog(parent), m_configPath(configPath.isEmpty() ? BoardPaths::configPath() : configPath),
      m_pages(new QTabWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsWindow"));
    setWindowTitle(tr("Settings"));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->addTab(dispatcherPage(), tr("&Dispatcher"));
    m_pages->addTab(appearancePage(), tr("&Appearance"));
    m_pages->addTab(notificationsPage(), tr("&Notifications"));
    addWipPage();
    // Wide enough for every tab: none hides behind scroll arrows.
    m_pages->tabBar()->setUsesScrollButtons(false);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, Theme::red());
    m_error->setPalette(red);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsWindow::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsWindow::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsWindow::apply);
    // Every tab readable at once, none behind scroll arrows.
    setMinimumWidth(qMax(520, m_pages->tabBar()->sizeHint().width() + 48));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

QSpinBox *SettingsWindow::spin(const char *name, int min, int max, const QString &suffix)
{
    auto *s = new QSpinBox(this);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    return s;
}

QWidget *SettingsWindow::dispatcherPage()
{
    auto *page = new QWidget(this);
    const QString seconds = tr(" s");
    m_interval = spin("settingsInterval", 1, 86400, seconds);
    m_interval->setToolTip(tr("How often the dispatcher looks for ready tasks (it also looks "
                              "within a second of any change)"));
    m_maxTotal = spin("settingsMaxTotal", 0, 256);
    m_maxTotal->setSpecialValueText(
        tr("automatic (%1)").arg(DispatcherSettings::memoryDerivedCap()));
    m_maxTotal->setToolTip(tr("Workers running at once on this computer, all profiles together"));
    m_maxPerProfile = spin("settingsMaxPerProfile", 0, 256);
    m_maxPerProfile->setSpecialValueText(tr("no limit"));
    m_maxPerProfile->setToolTip(
        tr("Workers of one profile running at once (a profile's own limit wins)"));
    m_failureLimit = spin("settingsFailureLimit", 1, 100);
    m_failureLimit->setToolTip(tr("Failed attempts before a task gives up"));
    m_claimTtl = spin("settingsClaimTtl", 60, 7 * 86400, seconds);
    m_claimTtl->setToolTip(tr("How long a claim holds without its worker renewing it"));
    m_heartbeat = spin("settingsHeartbeat", 60, 7 * 86400, seconds);
    m_heartbeat->setToolTip(tr("A worker silent this long is stopped"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Check &every:"), m_interval);
    form->addRow(tr("At most &running:"), m_maxTotal);
    form->addRow(tr("At most running per &profile:"), m_maxPerProfile);
    form->addRow(tr("&Give up after failures:"), m_failureLimit);
    form->addRow(tr("&Claim expires after:"), m_claimTtl);
    form->addRow(tr("Stop a &silent worker after:"), m_heartbeat);
    for (QSpinBox *s :
         {m_interval, m_maxTotal, m_maxPerProfile, m_failureLimit, m_claimTtl, m_heartbeat}) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(s)))
            s->setAccessibleName(l->text().remove(QLatin1Char('&')).chopped(1));
    }
    return page;
}

QWidget *SettingsWindow::appearancePage()
{
    auto *page = new QWidget(this);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Follow the system"), Theme::toString(Theme::Mode::System));
    m_theme->addItem(tr("Light"), Theme::toString(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), Theme::toString(Theme::Mode::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    // Previewed at once; Cancel goes back.
    connect(m_theme, &QComboBox::activated, this,
            [this] { Theme::apply(Theme::fromString(m_theme->currentData().toString())); });
    m_autostart = new QCheckBox(tr("Start qkanban in the tray when I log in"), page);
    m_autostart->setObjectName(QStringLiteral("settingsAutostart"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_autostart);
    return page;
}

QWidget *SettingsWindow::notificationsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Show a desktop notification when any task of the board:"), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QStringList labels = {tr("completes"), tr("blocks"), tr("gives up"), tr("crashes")};
    for (qsizetype i = 0; i < kEventKinds.size(); ++i) {
        auto *box = new QCheckBox(labels.at(i), page);
        box->setObjectName(QStringLiteral("settingsNotify_") + kEventKinds.at(i));
        layout->addWidget(box);
        m_events.insert(kEventKinds.at(i), box);
    }
    auto *note =
        new QLabel(tr("Tasks created with \"Notify me\" tell you about all four, whatever is "
                      "chosen here."),
                   page);
    note->setWordWrap(true);
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    note->setPalette(muted);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

void SettingsWindow::addWipPage()
{
    m_wip = new WipLimitsPage(this);
    m_wip->setObjectName(QStringLiteral("settingsWip"));
    m_wip->setConfigPath(m_configPath);
    m_wip->load();
    m_pages->addTab(m_wip, tr("&WIP limits"));
}

void SettingsWindow::setBoard(const QString &slug)
{
    m_wip->setBoard(slug);
    m_wip->load();
}

QStringList SettingsWindow::defaultBoardEvents()
{
    return {QStringLiteral("blocked"), QStringLiteral("gave_up"), QStringLiteral("crashed")};
}

void SettingsWindow::load()
{
    const DispatcherSettings d = Profiles::settings(m_configPath);
    m_interval->setValue(d.intervalSeconds);
    m_maxTotal->setValue(d.maxInProgress.value_or(0));
    m_maxPerProfile->setValue(d.maxInProgressPerProfile.value_or(0));
    m_failureLimit->setValue(d.failureLimit);
    m_claimTtl->setValue(int(qMin<qint64>(d.claimTtlSeconds, m_claimTtl->maximum())));
    m_heartbeat->setValue(int(qMin<qint64>(d.heartbeatTimeoutSeconds, m_heartbeat->maximum())));
    m_loaded = {{QStringLiteral("interval"), m_interval->value()},
                {QStringLiteral("max_in_progress"), m_maxTotal->value()},
                {QStringLiteral("max_in_progress_per_profile"), m_maxPerProfile->value()},
                {QStringLiteral("failure_limit"), m_failureLimit->value()},
                {QStringLiteral("claim_ttl"), m_claimTtl->value()},
                {QStringLiteral("heartbeat_timeout"), m_heartbeat->value()}};
    m_loadedTheme = Theme::current();
    m_theme->setCurrentIndex(m_theme->findData(Theme::toString(m_loadedTheme)));
    m_autostart->setChecked(Autostart::isEnabled());
    const auto events = ConfigFile::value(m_configPath, kNotifications, kBoardEvents);
    m_loadedEvents.clear();
    if (events) {
        for (const QString &e : events->split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_loadedEvents << e.trimmed();
    } else {
        m_loadedEvents = defaultBoardEvents();
    }
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it)
        it.value()->setChecked(m_loadedEvents.contains(it.key()));
}

// One [section] key: written when it changed; unset (0 for "automatic")
// removes it.
bool SettingsWindow::write(const QString &section, const QString &key, int value, int unset,
                           int loaded)
{
    if (value == loaded)
        return true;
    QString error;
    const bool ok = value == unset ? ConfigFile::removeKey(m_configPath, section, key, &error)
                                   : ConfigFile::setValue(m_configPath, section, key,
                                                          QString::number(value), &error);
    if (!ok) {
        m_error->setText(tr("Could not save the settings: %1").arg(error));
        m_error->show();
    }
    return ok;
}

bool SettingsWindow::apply()
{
    m_error->hide();
    const QList<std::pair<QString, QSpinBox *>> keys = {
        {QStringLiteral("interval"), m_interval},
        {QStringLiteral("max_in_progress"), m_maxTotal},
        {QStringLiteral("max_in_progress_per_profile"), m_maxPerProfile},
        {QStringLiteral("failure_limit"), m_failureLimit},
        {QStringLiteral("claim_ttl"), m_claimTtl},
        {QStringLiteral("heartbeat_timeout"), m_heartbeat}};
    for (const auto &[key, box] : keys) {
        // 0 means "not set" only where the box says so in words.
        const int unset = box->specialValueText().isEmpty() ? -1 : 0;
        if (!write(kDispatcher, key, box->value(), unset, m_loaded.value(key)))
            return false;
        m_loaded[key] = box->value();
    }
    const Theme::Mode mode = Theme::fromString(m_theme->currentData().toString());
    if (mode != Theme::current())
        Theme::apply(mode);
    if (mode != m_loadedTheme ||
        !ConfigFile::value(m_configPath, QStringLiteral("gui"), QStringLiteral("theme"))) {
        QString error;
        if (!ConfigFile::setValue(m_configPath, QStringLiteral("gui"), QStringLiteral("theme"),
                                  Theme::toString(mode), &error)) {
            m_error->setText(tr("Could not save the settings: %1").arg(error));
            m_error->show();
            return false;
        }
        m_loadedTheme = mode;
    }
    if (m_autostart->isChecked() != Autostart::isEnabled()) {
        QString error;
        if (!Autostart::setEnabled(m_autostart->isChecked(), &error)) {
            m_error->setText(tr("Could not change starting at login: %1").arg(error));
            m_error->show();
            return false;
        }
    }
    QStringList events;
    for (const QString &kind : kEventKinds) {
        if (m_events.value(kind)->isChecked())
            events << kind;
    }
    if (events != m_loadedEvents) {
        QString error;
        // "blocked, crashed": a list to QSettings, plain to a person.
        if (!ConfigFile::setList(m_configPath, kNotifications, kBoardEvents,
                                 events.isEmpty() ? QStringList{QStringLiteral("none")} : events,
                                 &error)) {
            m_error->setText(tr("Could not save the settings: %1").arg(error));
            m_error->show();
            return false;
        }
        m_loadedEvents = events;
    }
    QString wipError;
    if (!m_wip->save(&wipError)) {
        m_error->setText(tr("Could not save the settings: %1").arg(wipError));
        m_error->show();
        return false;
    }
    emit applied();
    return true;
}

QString SettingsWindow::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SettingsWindow::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsWindow::reject()
{
    // A theme previewed but not applied goes back.
    if (Theme::current() != m_loadedTheme)
        Theme::apply(m_loadedTheme);
    QDialog::reject();
}
