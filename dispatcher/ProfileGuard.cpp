#include "dispatcher/ProfileGuard.h"

#include "dispatcher/Profiles.h"
#include "model/Kernel.h"

namespace ProfileGuard {

std::optional<ProfilePause> afterFailure(Board &board, const QString &taskId, int threshold)
{
    if (threshold < 1)
        return std::nullopt;
    const auto task = Kernel(board).task(taskId);
    if (!task || task->assignee.isEmpty())
        return std::nullopt;
    const auto profile = Profiles::find(task->assignee);
    return ProfilePauses(board).pauseIfFailing(task->assignee, taskId, threshold,
                                               profile ? profile->command : QString());
}

QString notice(const ProfilePause &pause)
{
    return QStringLiteral("Profile %1 paused: %2").arg(pause.name, pause.reason);
}

} // namespace ProfileGuard
