#include "app/TaskFormat.h"

#include "app/JsonOut.h"
#include "app/ListRows.h"

#include "model/VisibleText.h"

#include <QDateTime>

namespace TaskFormat {

QString timestamp(qint64 t)
{
    if (t == 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString timestamp(const OptInt &t)
{
    return t ? timestamp(*t) : QString();
}

QString statusIcon(const QString &status)
{
    static const QHash<QString, QString> icons{
        {TaskStatus::Triage, QStringLiteral("?")},  {TaskStatus::Todo, QStringLiteral("◻")},
        {TaskStatus::Ready, QStringLiteral("▶")},   {TaskStatus::Running, QStringLiteral("●")},
        {TaskStatus::Blocked, QStringLiteral("⊘")}, {TaskStatus::Review, QStringLiteral("◆")},
        {TaskStatus::Done, QStringLiteral("✓")},    {TaskStatus::Archived, QStringLiteral("—")},
    };
    return icons.value(status, QStringLiteral("?"));
}

QString taskLine(const Task &t)
{
    // "%1 %2  %3  %4%5  %6%7" of icon, id, status:8, assignee:20, tenant,
    // title, reviewer; built in one allocation (list prints one per task).
    static const QString unassigned = QStringLiteral("(unassigned)");
    const QString &assignee = t.assignee.isEmpty() ? unassigned : t.assignee;
    QString line;
    line.reserve(48 + t.id.size() + t.tenant.size() + t.title.size() + t.reviewer.size() +
                 assignee.size());
    line += statusIcon(t.status);
    line += QLatin1Char(' ');
    line += t.id;
    line += QLatin1String("  ");
    line += t.status;
    if (t.status.size() < 8)
        line.resize(line.size() + 8 - t.status.size(), QLatin1Char(' '));
    line += QLatin1String("  ");
    line += assignee;
    if (assignee.size() < 20)
        line.resize(line.size() + 20 - assignee.size(), QLatin1Char(' '));
    if (!t.tenant.isEmpty()) {
        line += QLatin1String(" [");
        line += t.tenant;
        line += QLatin1Char(']');
    }
    line += QLatin1String("  ");
    line += t.title;
    if (!t.reviewer.isEmpty()) {
        line += QLatin1String("  (review: ");
        line += t.reviewer;
        line += QLatin1Char(')');
    }
    // One task, one row: a title cannot print rows of its own. Most rows
    // have nothing to escape (printable ASCII never is): returned as built.
    for (const QChar c : std::as_const(line)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 || u >= 0x7f) && VisibleText::isHidden(u))
            return VisibleText::oneLine(line);
    }
    return line;
}

void appendTaskJson(JsonOut &out, const Task &t, int depth, qint64 now)
{
    ListRows::appendJson(out, ListRows::TaskAsRow{t}, depth, now);
}

void appendTaskJson(QByteArray &out, const Task &t, int depth, qint64 now)
{
    JsonOut json(out);
    appendTaskJson(json, t, depth, now);
}

QString eventLine(const Event &e)
{
    const QString payload = e.payload.isEmpty() ? QString() : QLatin1Char(' ') + e.payload;
    return VisibleText::oneLine(
        QStringLiteral("[%1] %2%3").arg(timestamp(e.createdAt), e.kind, payload));
}

QString commentLines(const Comment &c)
{
    QString body = VisibleText::lines(c.body);
    body.replace(QLatin1Char('\n'), QStringLiteral("\n      "));
    return QStringLiteral("  [%1] %2: ")
               .arg(timestamp(c.createdAt), VisibleText::oneLine(c.author)) +
           body;
}

QString firstLine(const QString &text)
{
    return VisibleText::oneLine(text.section(QLatin1Char('\n'), 0, 0));
}

QString countdown(qint64 s)
{
    s = qMax<qint64>(0, s);
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60);
}

QString elapsed(qint64 s)
{
    s = qMax<qint64>(0, s);
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m").arg(s / 60);
    return QStringLiteral("%1h").arg(double(s) / 3600.0, 0, 'f', 1);
}

} // namespace TaskFormat
