#pragma once

#include <QDialog>
#include <QPointer>

class BoardSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

// New task: title, description (markdown), assignee, reviewer, priority, tenant,
// an optional parent and the workspace. Enter in a one-line field or
// Ctrl+Enter anywhere creates (Enter is a new line in the description),
// Esc cancels. From the Triage column the task is parked in triage.
// "Notify me" subscribes the desktop user to the new task.
class CreateTaskDialog : public QDialog
{
    Q_OBJECT
public:
    CreateTaskDialog(BoardSession *session, bool triage, QWidget *parent = nullptr);

    void setAssignees(const QStringList &names);
    QString createdId() const { return m_createdId; }
    QLineEdit *titleEdit() const { return m_title; }
    QString errorText() const;
    // Why the "Notify me" subscription failed ("" when it did not).
    QString notifyError() const { return m_notifyError; }

signals:
    void created(const QString &id);

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void chooseFolder();

    QPointer<BoardSession> m_session;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QComboBox *m_assignee;
    QComboBox *m_reviewer;
    QSpinBox *m_priority;
    QLineEdit *m_tenant;
    QComboBox *m_parent;
    QComboBox *m_workspace;
    QLineEdit *m_path;
    QToolButton *m_browse;
    QCheckBox *m_triage;
    QCheckBox *m_notify;
    QLabel *m_error;
    QString m_createdId;
    QString m_notifyError;
};
