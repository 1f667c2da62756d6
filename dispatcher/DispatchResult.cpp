#include "dispatcher/DispatchResult.h"

#include "model/Types.h"

namespace {

Json list(const QStringList &items)
{
    Json a = Json::array();
    for (const QString &s : items)
        a << Json(s);
    return a;
}

// A JSON string as appendJsonString writes it: plain ASCII copied as it
// is, anything else through appendJsonString itself.
void appendText(QByteArray &out, const QString &s)
{
    const QChar *c = s.constData();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = c[i].unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            appendJsonString(out, s);
            return;
        }
    }
    out.append('"');
    const qsizetype at = out.size();
    out.resize(at + n);
    char *d = out.data() + at;
    for (qsizetype i = 0; i < n; ++i)
        d[i] = char(c[i].unicode());
    out.append('"');
}

void appendList(QByteArray &out, const char *key, const QStringList &items)
{
    out.append(",\n  \"").append(key).append("\": ");
    if (items.isEmpty()) {
        out.append("[]");
        return;
    }
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        out.append(i ? ",\n    " : "\n    ");
        appendText(out, items.at(i));
    }
    out.append("\n  ]");
}

} // namespace

bool DispatchResult::didWork() const
{
    return reclaimed > 0 || extended > 0 || !crashed.isEmpty() || !timedOut.isEmpty() ||
           !autoBlocked.isEmpty() || promoted > 0 || !spawned.isEmpty() || !rateLimited.isEmpty() ||
           !spawnFailed.isEmpty() || !pausedProfiles.isEmpty();
}

Json DispatchResult::toJson() const
{
    Json o = Json::object();
    o.set(EventKind::Reclaimed, reclaimed);
    o.set(EventKind::Crashed, list(crashed));
    o.set(EventKind::TimedOut, list(timedOut));
    o.set(QStringLiteral("auto_blocked"), list(autoBlocked));
    o.set(EventKind::Promoted, promoted);
    Json spawnedJson = Json::array();
    for (const SpawnedTask &s : spawned) {
        Json item = Json::object();
        item.set(QStringLiteral("task_id"), s.taskId);
        item.set(QStringLiteral("assignee"), s.assignee);
        item.set(QStringLiteral("workspace"), s.workspace);
        spawnedJson << item;
    }
    o.set(EventKind::Spawned, spawnedJson);
    o.set(EventKind::SkippedUnassigned, list(skippedUnassigned));
    o.set(EventKind::SkippedUnconfigured, list(skippedUnconfigured));
    o.set(QStringLiteral("skipped_paused"), list(skippedPaused));
    if (skippedLocked)
        o.set(QStringLiteral("skipped_locked"), true);
    return o;
}

QByteArray DispatchResult::jsonBytes() const
{
    const DispatchResult &r = *this;
    QByteArray out;
    out.reserve(256 + r.spawned.size() * 96 +
                (r.skippedUnassigned.size() + r.skippedUnconfigured.size() +
                 r.skippedPaused.size() + r.crashed.size() + r.timedOut.size() +
                 r.autoBlocked.size()) *
                    20);
    out.append("{\n  \"reclaimed\": ").append(QByteArray::number(r.reclaimed));
    appendList(out, "crashed", r.crashed);
    appendList(out, "timed_out", r.timedOut);
    appendList(out, "auto_blocked", r.autoBlocked);
    out.append(",\n  \"promoted\": ").append(QByteArray::number(r.promoted));
    out.append(",\n  \"spawned\": ");
    if (r.spawned.isEmpty()) {
        out.append("[]");
    } else {
        out.append('[');
        for (qsizetype i = 0; i < r.spawned.size(); ++i) {
            const SpawnedTask &s = r.spawned.at(i);
            out.append(i ? ",\n    {\n      \"task_id\": " : "\n    {\n      \"task_id\": ");
            appendText(out, s.taskId);
            out.append(",\n      \"assignee\": ");
            appendText(out, s.assignee);
            out.append(",\n      \"workspace\": ");
            appendText(out, s.workspace);
            out.append("\n    }");
        }
        out.append("\n  ]");
    }
    appendList(out, "skipped_unassigned", r.skippedUnassigned);
    appendList(out, "skipped_unconfigured", r.skippedUnconfigured);
    appendList(out, "skipped_paused", r.skippedPaused);
    if (r.skippedLocked)
        out.append(",\n  \"skipped_locked\": true");
    out.append("\n}\n");
    return out;
}

QString DispatchResult::toText() const
{
    // Another dispatcher owns the board: no tick ran, so one line says so.
    if (skippedLocked)
        return QStringLiteral("Skipped: another dispatcher (pid %1) holds this board; it was "
                              "asked to tick now.")
            .arg(lockHolderPid > 0 ? QString::number(lockHolderPid) : QStringLiteral("unknown"));
    QStringList lines;
    lines << QStringLiteral("Reclaimed: %1").arg(reclaimed);
    lines << QStringLiteral("Crashed: %1").arg(crashed.size());
    if (!crashed.isEmpty())
        lines << QStringLiteral("  ") + crashed.join(QStringLiteral(", "));
    lines << QStringLiteral("Timed out: %1").arg(timedOut.size());
    if (!timedOut.isEmpty())
        lines << QStringLiteral("  ") + timedOut.join(QStringLiteral(", "));
    lines << QStringLiteral("Auto-blocked: %1").arg(autoBlocked.size());
    if (!autoBlocked.isEmpty())
        lines << QStringLiteral("  ") + autoBlocked.join(QStringLiteral(", "));
    lines << QStringLiteral("Promoted: %1").arg(promoted);
    lines << QStringLiteral("Spawned: %1").arg(spawned.size());
    for (const SpawnedTask &s : spawned)
        lines << QStringLiteral(" - %1 -> %2 @ %3%4")
                     .arg(s.taskId, s.assignee,
                          s.workspace.isEmpty() ? QStringLiteral("-") : s.workspace,
                          dryRun ? QStringLiteral(" (dry)") : QString());
    if (!skippedUnassigned.isEmpty())
        lines << QStringLiteral("Skipped (unassigned): ") +
                     skippedUnassigned.join(QStringLiteral(", "));
    if (!skippedUnconfigured.isEmpty())
        lines << QStringLiteral("Skipped (unconfigured): ") +
                     skippedUnconfigured.join(QStringLiteral(", "));
    if (!skippedPaused.isEmpty())
        lines << QStringLiteral("Skipped (profile paused): ") +
                     skippedPaused.join(QStringLiteral(", "));
    if (!pausedProfiles.isEmpty())
        lines << QStringLiteral("Paused profiles: ") + pausedProfiles.join(QStringLiteral(", "));
    if (!error.isEmpty())
        lines << QStringLiteral("Error: ") + error;
    return lines.join(QLatin1Char('\n'));
}

QString DispatchResult::summaryLine() const
{
    return QStringLiteral(
               "reclaimed=%1 crashed=%2 timed_out=%3 promoted=%4 spawned=%5 auto_blocked=%6")
        .arg(reclaimed)
        .arg(crashed.size())
        .arg(timedOut.size())
        .arg(promoted)
        .arg(spawned.size())
        .arg(autoBlocked.size());
}

Json DispatchResult::counts() const
{
    Json o = Json::object();
    o.set(EventKind::Reclaimed, reclaimed);
    o.set(QStringLiteral("extended"), extended);
    o.set(EventKind::Crashed, qint64(crashed.size()));
    o.set(EventKind::TimedOut, qint64(timedOut.size()));
    o.set(QStringLiteral("auto_blocked"), qint64(autoBlocked.size()));
    o.set(EventKind::Promoted, promoted);
    o.set(EventKind::Spawned, qint64(spawned.size()));
    o.set(EventKind::RateLimited, qint64(rateLimited.size()));
    o.set(EventKind::SkippedUnassigned, qint64(skippedUnassigned.size()));
    o.set(EventKind::SkippedUnconfigured, qint64(skippedUnconfigured.size()));
    o.set(QStringLiteral("skipped_paused"), qint64(skippedPaused.size()));
    o.set(EventKind::ProfilePaused, qint64(pausedProfiles.size()));
    return o;
}
