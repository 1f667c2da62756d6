#pragma once

#include "model/Clock.h"
#include "model/Json.h"
#include "model/Types.h"

#include <QByteArray>

class JsonOut;
#include <QString>

// The original's text and JSON shapes for tasks, events and runs.
namespace TaskFormat {
// "YYYY-MM-DD HH:MM" in local time; "" for 0/unset.
QString timestamp(qint64 epochSeconds);
QString timestamp(const OptInt &epochSeconds);
QString statusIcon(const QString &status);
// "<icon> <id>  <status:8>  <assignee:20>[ [tenant]]  <title>", one line
// (VisibleText::oneLine: control characters shown as escapes).
QString taskLine(const Task &t);

// Appends the task dict pretty-printed (indent 2) at nesting `depth`,
// byte-identical to TaskJson::task(t, now) inside a Json::dump(2). For big
// lists, where building Json values would cost more than the query.
void appendTaskJson(QByteArray &out, const Task &t, int depth, qint64 now = Clock::system()->now());
void appendTaskJson(JsonOut &out, const Task &t, int depth, qint64 now = Clock::system()->now());

QString eventLine(const Event &e); // "[ts] kind payload", one line
// "  [ts] author: body": the body's own lines kept, each further line
// indented under it, so a comment cannot pass for the next comment.
QString commentLines(const Comment &c);
// The first line of a summary or an error, one line.
QString firstLine(const QString &text);
QString elapsed(qint64 seconds);   // "Ns", "Nm", "N.Nh"
QString countdown(qint64 seconds); // "40s", "1m 40s", "2h 5m"
} // namespace TaskFormat
