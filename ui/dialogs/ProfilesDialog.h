#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Worker profiles (the assignee names the dispatcher can start): each
// has a command template, a concurrency cap and extra environment. Saved
// in the same config file the `profiles` verb uses.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(const QString &configPath, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Saves the form; false (and the reason shown) when it is refused.
    bool saveCurrent();
    QString errorText() const;
    void selectProfile(const QString &name);

private:
    void showError(const QString &error);
    void reload(const QString &select = {});
    void showProfile(const QString &name);
    void addProfile();
    void removeProfile();
    void updatePreflight();

    QString m_configPath;
    QString m_editing; // the saved name of the profile in the form
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_command;
    QSpinBox *m_max;
    QPlainTextEdit *m_env;
    QLabel *m_preflight;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_remove;
};
