#pragma once

#include "model/Clock.h"
#include "model/Json.h"
#include "model/Types.h"

// The JSON shapes shared by the CLI's --json and the REST API. Field names
// and units (epoch seconds) are the original board's.
namespace TaskJson {
// retry_after is cooldown_until while it lies after `now` (pass the
// board's clock), else null.
Json task(const Task &t, qint64 now = Clock::system()->now());
OptInt retryAfter(const Task &t, qint64 now);
Json comment(const Comment &c);
Json event(const Event &e);
Json run(const Run &r);
Json notifySub(const NotifySub &s);
Json stats(const BoardStats &s);
Json age(const TaskAge &a);
Json opt(const OptInt &v);
Json skills(const std::optional<QStringList> &s); // [] when none
// The names a non-NULL tasks.skills value holds, as Task::skills reads them.
QStringList skillsOfColumn(const QString &text);
// task(t, now) written compact ("," and ":", no blanks) straight into out,
// without its closing brace: the caller may add members, then closes it.
// For big answers (REST GET /board), where Json values cost more than the
// rows.
void appendTaskOpen(QByteArray &out, const Task &t, qint64 now);
} // namespace TaskJson
