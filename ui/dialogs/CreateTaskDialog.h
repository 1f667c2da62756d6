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

// New task: title, description (markdown), assignee, reviewer, priority, tenant,
// an optional parent and the workspace. Enter creates (Shift+Enter is a
// new line in the description), Esc cancels. From the Triage column the
// task is parked in triage.
class CreateTaskDialog : public QDialog
{
    Q_OBJECT
public:
    CreateTaskDialog(BoardSession *session, bool triage, QWidget *parent = nullptr);

    void setAssignees(const QStringList &names);
    QString createdId() const { return m_createdId; }
    QLineEdit *titleEdit() const { return m_title; }
    QString errorText() const;

signals:
    void created(const QString &id);

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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
    QCheckBox *m_triage;
    QLabel *m_error;
    QString m_createdId;
};
