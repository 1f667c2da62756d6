#pragma once

#include "model/ProfilePauses.h"

#include <QString>

#include <optional>

class Board;

// The dispatcher's side of profile pauses (model/ProfilePauses): after a
// counted failure, pause the failing task's profile when its recent
// attempts all failed alike on different tasks.
namespace ProfileGuard {
// threshold: [dispatcher] pause_after (0: never). The new pause, if any;
// its command is the profile's command now, so a changed command lifts it.
std::optional<ProfilePause> afterFailure(Board &board, const QString &taskId, int threshold);
// The text of the tray notification for a new pause.
QString notice(const ProfilePause &pause);
} // namespace ProfileGuard
