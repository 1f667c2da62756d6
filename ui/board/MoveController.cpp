#include "ui/board/MoveController.h"

#include "dispatcher/TaskCleanup.h"
#include "model/KanbanError.h"
#include "model/MoveRules.h"
#include "model/Types.h"
#include "ui/Guarded.h"
#include "ui/board/MoveRefusalText.h"
#include "ui/board/StatusText.h"
#include "ui/dialogs/Prompt.h"
#include "ui/window/BoardSession.h"

namespace {
constexpr int kHistory = 50;

QString sameOrEmpty(const QStringList &values)
{
    for (const QString &v : values)
        if (v != values.first())
            return {};
    return values.isEmpty() ? QString() : values.first();
}
} // namespace

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
        return tr("Undo move of %1 to %2")
            .arg(MoveRefusalText::title(last.first().title), StatusText::name(last.first().to));
    return tr("Undo move of %n card(s) to %1", nullptr, int(last.size()))
        .arg(StatusText::name(last.first().to));
}

bool MoveController::confirm(const QStringList &ids, const QString &title, const QString &status,
                             const QString &from, QString *note)
{
    const int n = int(ids.size());
    const QString which = n == 1 ? MoveRefusalText::title(title) : tr("%n tasks", nullptr, n);
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
    } else if (status == TaskStatus::Ready && from == TaskStatus::Review) {
        req.title = tr("Send %1 back?").arg(which);
        req.text = tr("The work goes back to its assignee with your reason as a comment.");
        req.acceptText = tr("Send back");
        req.fieldLabel = tr("Reason");
        req.fieldPlaceholder = tr("What needs to change");
        req.fieldRequired = true;
    } else {
        return true;
    }
    const PromptAnswer answer = Prompt::ask(m_dialogParent, req);
    *note = answer.text;
    return answer.accepted;
}

QString MoveController::refusal(const QStringList &ids, const QString &status)
{
    if (!m_session)
        return {};
    QStringList reasons;
    guarded(
        [&] {
            for (const QString &id : ids) {
                const MoveCheck c = MoveRules::check(m_session->kernel(), id, status);
                if (!c.allowed())
                    reasons << MoveRefusalText::text(c);
            }
        },
        [&reasons](const QString &why) { reasons << why; });
    return reasons.join(QLatin1Char(' '));
}

int MoveController::moveTasks(const QStringList &idsIn, const QString &status)
{
    if (!m_session)
        return 0;
    Kernel &kernel = m_session->kernel();
    // Skip cards already there (dropped on their own column); refuse what
    // the rules refuse before asking anything.
    QStringList ids;
    QHash<QString, Task> before;
    QStringList reasons;
    const auto refuse = [this](const QString &why) { emit refused(why); };
    const bool read = guarded(
        [&] {
            for (const QString &id : idsIn) {
                const auto t = kernel.task(id);
                if (!t) {
                    reasons << tr("That task no longer exists.");
                    continue;
                }
                if (t->status == status)
                    continue;
                const MoveCheck c = MoveRules::check(kernel, id, status);
                if (!c.allowed()) {
                    reasons << MoveRefusalText::text(c);
                    continue;
                }
                ids << id;
                before.insert(id, *t);
            }
        },
        refuse);
    if (!read)
        return 0;
    if (ids.isEmpty()) {
        if (!reasons.isEmpty())
            emit refused(reasons.join(QLatin1Char(' ')));
        return 0;
    }
    QStringList froms;
    for (const QString &id : std::as_const(ids))
        froms << before.value(id).status;
    QString note;
    if (!confirm(ids, before.value(ids.first()).title, status, sameOrEmpty(froms), &note)) {
        emit message(tr("Move cancelled"));
        return 0;
    }
    QList<Move> moved;
    for (const QString &id : std::as_const(ids)) {
        const Task &t = before[id];
        const bool ok = guarded(
            [&] { leaveRunning(id, [&] { return kernel.moveTask(id, status, note); }); },
            [&](const QString &why) {
                // Refused since the check (a race): the rules' words if
                // they know why, else the kernel's.
                QString text;
                guarded([&] { text = MoveRefusalText::text(MoveRules::check(kernel, id, status)); },
                        [](const QString &) {});
                reasons << (text.isEmpty() ? why : text);
            });
        if (!ok)
            continue;
        QString landed = status;
        guarded(
            [&] {
                if (const auto now = kernel.task(id))
                    landed = now->status;
            },
            [](const QString &) {});
        moved << Move{id, t.title, t.status, landed, t.result};
    }
    m_session->refresh();
    if (!moved.isEmpty()) {
        m_history << moved;
        while (m_history.size() > kHistory)
            m_history.removeFirst();
        emit undoChanged();
        QStringList landed, movedIds;
        for (const Move &m : std::as_const(moved)) {
            landed << m.to;
            movedIds << m.id;
        }
        const QString where = sameOrEmpty(landed);
        if (moved.size() == 1)
            emit message(
                tr("Moved %1 to %2 (Ctrl+Z undoes)")
                    .arg(MoveRefusalText::title(moved.first().title), StatusText::name(where)));
        else if (!where.isEmpty())
            emit message(tr("Moved %n card(s) to %1 (Ctrl+Z undoes)", nullptr, int(moved.size()))
                             .arg(StatusText::name(where)));
        else
            emit message(tr("Moved %n card(s) (Ctrl+Z undoes)", nullptr, int(moved.size())));
        emit this->moved(movedIds);
    }
    if (!reasons.isEmpty())
        emit refused(reasons.join(QLatin1Char(' ')));
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
    QStringList undone;
    const auto collect = [&reasons](const QString &why) { reasons << why; };
    for (auto it = batch.crbegin(); it != batch.crend(); ++it) {
        const QString title = MoveRefusalText::title(it->title);
        guarded(
            [&] {
                const auto t = kernel.task(it->id);
                if (!t || t->status != it->to) {
                    reasons << tr("%1 has moved on since (now %2)")
                                   .arg(title, t ? StatusText::name(t->status) : tr("deleted"));
                    return;
                }
                if (it->from == TaskStatus::Running) {
                    reasons
                        << tr("%1 was running; only the dispatcher can start it again").arg(title);
                    return;
                }
                const MoveCheck c = MoveRules::check(kernel, it->id, it->from);
                if (!c.allowed()) {
                    reasons << MoveRefusalText::text(c);
                    return;
                }
                if (it->to == TaskStatus::Done) {
                    // The result the task had before it was completed.
                    TaskEdit edit;
                    edit.result = it->formerResult;
                    kernel.editTask(it->id, edit);
                }
                leaveRunning(it->id, [&] { return kernel.moveTask(it->id, it->from); });
                undone << it->id;
            },
            collect);
    }
    m_session->refresh();
    if (!undone.isEmpty()) {
        emit message(tr("Undid the move of %n card(s)", nullptr, int(undone.size())));
        emit moved(undone);
    }
    if (!reasons.isEmpty())
        emit refused(tr("Cannot undo: %1").arg(reasons.join(QStringLiteral("; "))));
    return !undone.isEmpty();
}

void MoveController::leaveRunning(const QString &id, const std::function<TransitionOutcome()> &move)
{
    // The dispatcher's one path out of running: the worker is stopped and
    // the workspace cleaned off the UI thread.
    TaskCleanup::leaveRunning(m_session->board(), id, move, {5000, TaskCleanup::Wait::Background});
}
