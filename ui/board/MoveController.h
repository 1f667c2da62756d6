#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class BoardSession;
class QWidget;
struct TransitionOutcome;

// Card moves from the board (drops, menus, keys): checks the move rules
// first (MoveRules::check: a refusal is said before any question), asks
// for done, blocked, archived and review -> ready, calls Kernel::moveTask
// for each card, says where each card really landed, and keeps the moves
// (and a completed task's former result) for Ctrl+Z.
class MoveController : public QObject
{
    Q_OBJECT
public:
    MoveController(BoardSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    void setSession(BoardSession *session);
    // Returns how many cards moved (0 when cancelled or refused).
    int moveTasks(const QStringList &ids, const QString &status);
    // Why dropping these cards on `status` would be refused; empty when
    // every card may go there (or is there already). Writes nothing.
    QString refusal(const QStringList &ids, const QString &status);
    bool canUndo() const { return !m_history.isEmpty(); }
    QString undoText() const;
    // Moves the last batch back where it came from.
    bool undo();

signals:
    void message(const QString &text);
    void refused(const QString &reason);
    void undoChanged();
    // Cards that moved (or moved back), for the board to keep them selected.
    void moved(const QStringList &ids);

private:
    struct Move
    {
        QString id;
        QString title;
        QString from;
        QString to; // where the card landed (triage -> todo may land in ready)
        QString formerResult;
    };
    bool confirm(const QStringList &ids, const QString &title, const QString &status,
                 const QString &from, QString *note);
    void leaveRunning(const QString &id, const std::function<TransitionOutcome()> &move);

    QPointer<BoardSession> m_session;
    QWidget *m_dialogParent;
    QList<QList<Move>> m_history;
};
