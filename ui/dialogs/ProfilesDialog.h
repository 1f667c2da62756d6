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
// in the same config file the `profiles` verb uses. A form with changes
// that are not saved is not dropped without asking (Save, Discard, Cancel).
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
    // The form differs from the saved profile (or holds a new one).
    bool hasUnsavedChanges() const;

    enum class Unsaved { Save, Discard, Cancel };
    // Tests: the answer to the next "unsaved profile" question (a seam, as
    // Prompt::queueAnswer), and how often it was asked.
    static void queueUnsavedAnswer(Unsaved answer);
    static int unsavedQuestions();

public slots:
    void reject() override;

private:
    void showError(const QString &error);
    void reload(const QString &select = {});
    void showProfile(const QString &name);
    void addProfile();
    void removeProfile();
    void updatePreflight();
    // Asks what to do with unsaved changes; false: stay on this form.
    bool settleUnsaved();
    void onCurrentChanged(const QString &name);
    QString envText() const;

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
