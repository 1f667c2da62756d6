#pragma once

#include <QDialog>
#include <QMap>

#include "ui/style/Theme.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QWidget;
class WipLimitsPage;

// Settings (Edit → Settings…, Ctrl+,): what otherwise needs the config file
// edited by hand. The dispatcher's interval, caps, failure limit, claim
// TTL and heartbeat timeout; the theme (light, dark, follow the system,
// previewed live); start at login; which board events notify; the WIP
// limits of the columns (WipLimitsPage). Apply and
// OK write only what changed, through ConfigFile (the user's comments
// stay), and emit applied() so the dispatcher re-reads its options.
class SettingsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsWindow(const QString &configPath = {}, QWidget *parent = nullptr);

    // The board shown (for pages with per-board values).
    void setBoard(const QString &slug);
    // Writes the changes; false (and the reason shown) on failure.
    bool apply();
    QString errorText() const;
    QTabWidget *pages() const { return m_pages; }

    // [notifications] board_events when the config does not say.
    static QStringList defaultBoardEvents();

signals:
    void applied();

public slots:
    void accept() override;
    void reject() override;

private:
    QWidget *dispatcherPage();
    QWidget *appearancePage();
    QWidget *notificationsPage();
    void addWipPage();
    void load();
    QSpinBox *spin(const char *name, int min, int max, const QString &suffix = {});
    bool write(const QString &section, const QString &key, int value, int unset, int loaded);

    QString m_configPath;
    QTabWidget *m_pages;
    QSpinBox *m_interval;
    QSpinBox *m_maxTotal;
    QSpinBox *m_maxPerProfile;
    QSpinBox *m_failureLimit;
    QSpinBox *m_claimTtl;
    QSpinBox *m_heartbeat;
    QComboBox *m_theme;
    QCheckBox *m_autostart;
    QMap<QString, QCheckBox *> m_events;
    QLabel *m_error;
    QMap<QString, int> m_loaded; // key -> value shown when loaded
    QStringList m_loadedEvents;
    Theme::Mode m_loadedTheme = Theme::Mode::System;
    WipLimitsPage *m_wip = nullptr;
};
