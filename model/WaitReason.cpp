#include "model/WaitReason.h"

#include "model/Kernel.h"
#include "model/Types.h"
#include "model/VisibleText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WaitReason", text);
}

} // namespace

QString WaitReason::text() const
{
    const QString p = VisibleText::oneLine(profile);
    switch (kind) {
    case None:
        return {};
    case Parents: {
        QStringList titles;
        for (const QString &t : parentTitles)
            titles << VisibleText::oneLine(t);
        return tr("Waiting on %1").arg(titles.join(QStringLiteral(", ")));
    }
    case Backoff:
        return tr("Retry after %1")
            .arg(QDateTime::fromSecsSinceEpoch(retryAt).toString(QStringLiteral("HH:mm")));
    case Unassigned:
        return tr("No assignee");
    case NoProfile:
        return tr("No profile named %1").arg(p);
    case CommandMissing:
        return tr("Command of %1 is missing").arg(p);
    case ProfilePaused:
        return tr("Profile %1 is paused").arg(p);
    case DispatcherPaused:
        return tr("Dispatcher is paused");
    case CapReached:
        return tr("Cap of %1 running reached").arg(cap);
    case ProfileCapReached:
        return tr("%1 runs its cap of %2").arg(p).arg(cap);
    }
    return {};
}

WaitReason WaitReason::of(const Task &t, const WaitContext &c, const QStringList &openParents)
{
    WaitReason r;
    r.profile = t.assignee;
    if (t.status == TaskStatus::Todo) {
        if (!openParents.isEmpty()) {
            r.kind = Parents;
            r.parentTitles = openParents;
        }
        return r;
    }
    if (t.status != TaskStatus::Ready)
        return r;
    if (t.cooldownUntil && *t.cooldownUntil > c.now) {
        r.kind = Backoff;
        r.retryAt = *t.cooldownUntil;
        return r;
    }
    if (t.assignee.isEmpty()) {
        r.kind = Unassigned;
        return r;
    }
    const auto profile = c.profiles.constFind(t.assignee);
    if (profile == c.profiles.cend()) {
        r.kind = NoProfile;
        return r;
    }
    if (!profile->problem.isEmpty()) {
        r.kind = CommandMissing;
        r.detail = profile->problem;
        return r;
    }
    if (const auto p = c.paused.constFind(t.assignee); p != c.paused.cend()) {
        r.kind = ProfilePaused;
        r.detail = *p;
        return r;
    }
    if (c.dispatcherPaused) {
        r.kind = DispatcherPaused;
        return r;
    }
    if (c.globalCap > 0 && c.running >= c.globalCap) {
        r.kind = CapReached;
        r.cap = c.globalCap;
        return r;
    }
    if (profile->cap > 0 && c.runningBy.value(t.assignee) >= profile->cap) {
        r.kind = ProfileCapReached;
        r.cap = profile->cap;
    }
    return r;
}

QHash<QString, WaitReason> WaitReason::forBoard(Kernel &k, const WaitContext &c)
{
    QHash<QString, WaitReason> out;
    for (const QString &status : {TaskStatus::Ready, TaskStatus::Todo}) {
        ListFilter f;
        f.status = status;
        for (const Task &t : k.listTasks(f)) {
            QStringList parents;
            if (t.status == TaskStatus::Todo) {
                for (const auto &[id, parentStatus] : k.unfinishedParents(t.id)) {
                    const auto p = k.task(id);
                    parents << (p ? p->title : id);
                }
                // Ids are random: by title, so the line reads the same each time.
                parents.sort(Qt::CaseInsensitive);
            }
            const WaitReason r = of(t, c, parents);
            if (r.kind != None)
                out.insert(t.id, r);
        }
    }
    return out;
}
