#pragma once

#include <QFrame>
#include <QPointer>

class BodyView;
class BoardSession;
class CommentThread;
class DependencyEditor;
class LogView;
class MoveController;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPropertyAnimation;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QTimer;
class QTreeWidget;
class TitleEdit;

// The task drawer on the right of the board: editable title, assignee,
// reviewer, priority and tenant; the body as markdown with an edit mode; parent and
// child chips; and tabs for comments, runs, events and the live log. It
// reloads when the board refreshes, without touching a field being edited.
class TaskDrawer : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kWidth = 470;

    TaskDrawer(BoardSession *session, MoveController *moves, QWidget *parent = nullptr);

    void setSession(BoardSession *session);
    void showTask(const QString &id);
    void closeDrawer();
    bool isOpen() const { return !m_id.isEmpty(); }
    QString taskId() const { return m_id; }
    // Re-reads the task (after the board refreshed).
    void reload();
    void setAssigneeChoices(const QStringList &names);
    QString messageText() const;
    void retranslate();

    BodyView *bodyView() const { return m_body; }
    CommentThread *comments() const { return m_comments; }
    DependencyEditor *dependencies() const { return m_deps; }
    LogView *logView() const { return m_log; }
    // The short "Saved" after an edit went through ("" when not shown).
    QString savedText() const;

signals:
    void openTaskRequested(const QString &id);
    void closed();
    void notice(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void buildUi();
    void styleScrollBars();
    void showMessage(const QString &text, bool error);
    void loadFields();
    void loadLists();
    void applyTitle();
    void applyAssignee();
    void applyReviewer();
    void applyPriority();
    void applyTenant();
    void applyNotify(bool on);
    void loadNotify();
    void showSaved();
    // Everything of the task shown before goes: fields, chips, tabs, scroll.
    void resetForTask();
    QString titleOf(const QString &id);
    void addComment(const QString &body);
    void link(const QString &parentId, const QString &childId);
    void unlink(const QString &parentId, const QString &childId);
    void saveBody(const QString &id, const QString &body);
    void fillMoveMenu();
    void animateTo(int width);
    // Runs a kernel call; shows its error. Returns true when it went through.
    template <typename Fn> bool attempt(Fn fn);

    QPointer<BoardSession> m_session;
    MoveController *m_moves;
    QString m_id;
    QString m_status;
    QLabel *m_idLabel;
    QLabel *m_statusLabel;
    QToolButton *m_moveButton;
    QToolButton *m_close;
    TitleEdit *m_title;
    QLabel *m_message;
    QLabel *m_saved;
    QTimer *m_savedTimer;
    QCheckBox *m_notify;
    class QScrollArea *m_scroll;
    QFormLayout *m_form;
    QComboBox *m_assignee;
    QComboBox *m_reviewer;
    QSpinBox *m_priority;
    QLineEdit *m_tenant;
    QLabel *m_created;
    QLabel *m_workspace;
    QLabel *m_retry; // the next attempt of a task backing off
    QLabel *m_waits; // why a ready task does not start
    QLabel *m_result;
    QLabel *m_depsHeading;
    BodyView *m_body;
    DependencyEditor *m_deps;
    QTabWidget *m_tabs;
    CommentThread *m_comments;
    QTreeWidget *m_runs;
    QTreeWidget *m_events;
    LogView *m_log;
    QPropertyAnimation *m_anim;
    QString m_runsSig;
    QString m_eventsSig;
};
