#pragma once

#include <Json.h>
#include <Types.h>

#include <QByteArray>
#include <QString>

// The original's text and JSON shapes for tasks, events and runs.
namespace TaskFormat {
// "YYYY-MM-DD HH:MM" in local time; "" for 0/unset.
QString timestamp(qint64 epochSeconds);
QString timestamp(const OptInt &epochSeconds);
QString statusIcon(const QString &status);
// "<icon> <id>  <status:8>  <assignee:20>[ [tenant]]  <title>"
QString taskLine(const Task &t);

// The task dict (id, title, body, assignee, status, ...).
Json taskJson(const Task &t);
// Appends the task dict pretty-printed (indent 2) at nesting `depth`,
// byte-identical to taskJson(t) inside a Json::dump(2). For big lists.
void appendTaskJson(QByteArray &out, const Task &t, int depth);

Json commentJson(const Comment &c);
Json eventJson(const Event &e);       // payload parsed
Json runJson(const Run &r);           // metadata parsed
QString eventLine(const Event &e);    // "[ts] kind payload"
QString elapsed(qint64 seconds);      // "Ns", "Nm", "N.Nh"
} // namespace TaskFormat
