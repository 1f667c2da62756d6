#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class BoardSession;
class QWidget;
struct TransitionOutcome;

// Card moves from the board (drops, menus, keys): asks first for done,
// blocked and archived, calls Kernel::moveTask for each card, reports
// refusals with the kernel's reason, and keeps the moves for Ctrl+Z.
class MoveController : public QObject
{
    Q_OBJECT
public:
    MoveController(BoardSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    void setSession(BoardSession *session);
    // Returns how many cards moved (0 when cancelled or refused).
    int moveTasks(const QStringList &ids, const QString &status);
    bool canUndo() const { return !m_history.isEmpty(); }
    QString undoText() const;
    // Moves the last batch back where it came from.
    bool undo();

signals:
    void message(const QString &text);
    void refused(const QString &reason);
    void undoChanged();

private:
    struct Move
    {
        QString id;
        QString from;
        QString to;
    };
    bool confirm(const QStringList &ids, const QString &status, QString *note);
    void leaveRunning(const QString &id, const std::function<TransitionOutcome()> &move);

    QPointer<BoardSession> m_session;
    QWidget *m_dialogParent;
    QList<QList<Move>> m_history;
};
