#include "ui/board/MoveController.h"

#include "dispatcher/TaskCleanup.h"
#include "model/KanbanError.h"
#include "model/Types.h"
#include "ui/Guarded.h"
#include "ui/board/StatusText.h"
#include "ui/dialogs/Prompt.h"
#include "ui/window/BoardSession.h"

namespace {
constexpr int kHistory = 50;
}

MoveController::MoveController(BoardSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent)
{
}

void MoveController::setSession(BoardSession *session)
{
    m_session = session;
    m_history.clear();
    emit undoChanged();
}

QString MoveController::undoText() const
{
    if (m_history.isEmpty())
        return tr("Undo");
    const auto &last = m_history.last();
    if (last.size() == 1)
        return tr("Undo move of %1 to %2").arg(last.first().id, StatusText::name(last.first().to));
    return tr("Undo move of %n card(s) to %1", nullptr, int(last.size()))
        .arg(StatusText::name(last.first().to));
}

bool MoveController::confirm(const QStringList &ids, const QString &status, QString *note)
{
    const int n = int(ids.size());
    const QString which = n == 1 ? ids.first() : tr("%n tasks", nullptr, n);
    PromptRequest req;
    if (status == TaskStatus::Done) {
        req.title = tr("Complete %1?").arg(which);
        req.text =
            tr("Done tasks release their children. A worker still running on them is stopped.");
        req.acceptText = tr("Complete");
        req.fieldLabel = tr("Result (optional)");
        req.fieldPlaceholder = tr("What was done");
    } else if (status == TaskStatus::Blocked) {
        req.title = tr("Block %1?").arg(which);
        req.text = tr("Blocked tasks wait for a person to unblock them.");
        req.acceptText = tr("Block");
        req.fieldLabel = tr("Reason");
        req.fieldPlaceholder = tr("Why it cannot go on");
    } else if (status == TaskStatus::Archived) {
        req.title = tr("Archive %1?").arg(which);
        req.text = tr("Archived tasks leave the board (View → Show archived brings them back). "
                      "A running worker is stopped.");
        req.acceptText = tr("Archive");
        req.destructive = true;
    } else {
        return true;
    }
    const PromptAnswer answer = Prompt::ask(m_dialogParent, req);
    *note = answer.text;
    return answer.accepted;
}

int MoveController::moveTasks(const QStringList &idsIn, const QString &status)
{
    if (!m_session)
        return 0;
    Kernel &kernel = m_session->kernel();
    // Skip cards already there (dropped on their own column).
    QStringList ids;
    QHash<QString, QString> from;
    const auto refuse = [this](const QString &why) { emit refused(why); };
    const bool read = guarded(
        [&] {
            for (const QString &id : idsIn) {
                const auto t = kernel.task(id);
                if (!t) {
                    emit refused(tr("No such task: %1").arg(id));
                    continue;
                }
                if (t->status != status) {
                    ids << id;
                    from.insert(id, t->status);
                }
            }
        },
        refuse);
    if (!read || ids.isEmpty())
        return 0;
    QString note;
    if (!confirm(ids, status, &note)) {
        emit message(tr("Move cancelled"));
        return 0;
    }
    QList<Move> moved;
    QStringList reasons;
    const auto collect = [&reasons](const QString &why) { reasons << why; };
    for (const QString &id : std::as_const(ids)) {
        guarded(
            [&] {
                leaveRunning(id, [&] { return kernel.moveTask(id, status, note); });
                moved << Move{id, from.value(id), status};
            },
            collect);
    }
    m_session->refresh();
    if (!moved.isEmpty()) {
        m_history << moved;
        while (m_history.size() > kHistory)
            m_history.removeFirst();
        emit undoChanged();
        emit message(moved.size() == 1
                         ? tr("Moved %1 to %2 (Ctrl+Z undoes)")
                               .arg(moved.first().id, StatusText::name(status))
                         : tr("Moved %n card(s) to %1 (Ctrl+Z undoes)", nullptr, int(moved.size()))
                               .arg(StatusText::name(status)));
    }
    if (!reasons.isEmpty())
        emit refused(reasons.join(QStringLiteral("; ")));
    return int(moved.size());
}

bool MoveController::undo()
{
    if (!m_session || m_history.isEmpty())
        return false;
    const QList<Move> batch = m_history.takeLast();
    emit undoChanged();
    Kernel &kernel = m_session->kernel();
    QStringList reasons;
    int undone = 0;
    const auto collect = [&reasons](const QString &why) { reasons << why; };
    for (auto it = batch.crbegin(); it != batch.crend(); ++it) {
        guarded(
            [&] {
                const auto t = kernel.task(it->id);
                if (!t || t->status != it->to) {
                    reasons << tr("%1 has moved on since (now %2)")
                                   .arg(it->id, t ? StatusText::name(t->status) : tr("deleted"));
                    return;
                }
                if (it->from == TaskStatus::Running) {
                    reasons
                        << tr("%1 was running; only the dispatcher can start it again").arg(it->id);
                    return;
                }
                leaveRunning(it->id, [&] { return kernel.moveTask(it->id, it->from); });
                ++undone;
            },
            collect);
    }
    m_session->refresh();
    if (undone > 0)
        emit message(tr("Undid the move of %n card(s)", nullptr, undone));
    if (!reasons.isEmpty())
        emit refused(tr("Cannot undo: %1").arg(reasons.join(QStringLiteral("; "))));
    return undone > 0;
}

void MoveController::leaveRunning(const QString &id, const std::function<TransitionOutcome()> &move)
{
    // The dispatcher's one path out of running: the worker is stopped and
    // the workspace cleaned off the UI thread.
    TaskCleanup::leaveRunning(m_session->board(), id, move, {5000, TaskCleanup::Wait::Background});
}
