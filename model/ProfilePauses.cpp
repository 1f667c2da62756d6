#include "model/ProfilePauses.h"

#include "model/Json.h"
#include "model/Sql.h"
#include "model/Types.h"
#include "model/internal/KernelPrivate.h"
#include "model/internal/SqlValue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace {

// Run outcomes that are counted failures (a run that tripped the breaker
// closes as gave_up).
const QStringList &failureOutcomes()
{
    static const QStringList kinds{EventKind::SpawnFailed, EventKind::Crashed, EventKind::TimedOut,
                                   EventKind::ProtocolViolation, EventKind::GaveUp};
    return kinds;
}

ProfilePause pauseFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), SqlValue::toText(q.value(2)),
            q.value(3).toLongLong()};
}

const QString kColumns = QStringLiteral("name, reason, command, paused_at");

} // namespace

ProfilePauses::ProfilePauses(Board &board) : m_board(board) {}

QList<ProfilePause> ProfilePauses::list()
{
    QSqlQuery q = Sql::exec(
        m_board.db(), QStringLiteral("SELECT %1 FROM profile_pauses ORDER BY name").arg(kColumns));
    QList<ProfilePause> out;
    while (q.next())
        out << pauseFromRow(q);
    return out;
}

std::optional<ProfilePause> ProfilePauses::find(const QString &name)
{
    QSqlQuery q = Sql::exec(
        m_board.db(), QStringLiteral("SELECT %1 FROM profile_pauses WHERE name = ?").arg(kColumns),
        {name});
    if (!q.next())
        return std::nullopt;
    return pauseFromRow(q);
}

QString ProfilePauses::normaliseError(const QString &error)
{
    static const QRegularExpression output(QStringLiteral("\\s*Worker's last output:.*$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression path(QStringLiteral("(?:~|\\.{1,2})?/[^\\s'\":,;()\\[\\]]*"));
    static const QRegularExpression taskId(QStringLiteral("\\bt_[0-9a-f]{8}\\b"));
    static const QRegularExpression hex(QStringLiteral("\\b(?=[0-9a-f-]*[0-9])[0-9a-f-]{8,}\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)?"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString s = error;
    s.remove(output);
    s.replace(path, QStringLiteral("<path>"));
    s.replace(taskId, QStringLiteral("<id>"));
    s.replace(hex, QStringLiteral("<id>"));
    s.replace(number, QStringLiteral("N"));
    s.replace(spaces, QStringLiteral(" "));
    return s.trimmed().toLower();
}

std::optional<ProfilePause> ProfilePauses::pauseIfFailing(const QString &profile,
                                                          const QString &taskId, int threshold,
                                                          const QString &command)
{
    if (profile.isEmpty() || threshold < 1)
        return std::nullopt;
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM profile_pauses WHERE name = ?"), {profile})
            .isValid())
        return std::nullopt;
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT task_id, outcome, error FROM task_runs"
                                           " WHERE profile = ? AND ended_at IS NOT NULL"
                                           " ORDER BY ended_at DESC, id DESC LIMIT ?"),
                            {profile, threshold});
    QStringList tasks; // newest first
    QString shape, newestError;
    while (q.next()) {
        if (!failureOutcomes().contains(q.value(1).toString()))
            return std::nullopt;
        const QString error = q.value(2).toString();
        const QString normalised = normaliseError(error);
        if (tasks.isEmpty()) {
            shape = normalised;
            newestError = error;
        } else if (normalised != shape) {
            return std::nullopt;
        }
        tasks << q.value(0).toString();
    }
    if (tasks.size() < threshold || QSet<QString>(tasks.begin(), tasks.end()).size() < threshold)
        return std::nullopt;
    ProfilePause pause{profile,
                       QStringLiteral("the last %1 attempts failed on %1 different tasks with the "
                                      "same error: %2")
                           .arg(threshold)
                           .arg(newestError.section(QLatin1Char('\n'), 0, 0).left(300)),
                       command, m_board.now()};
    Sql::exec(
        db,
        QStringLiteral(
            "INSERT INTO profile_pauses(name, reason, command, paused_at) VALUES (?, ?, ?, ?)"),
        {pause.name, pause.reason, SqlValue::textOrNull(command), pause.pausedAt});
    Json list = Json::array();
    for (auto it = tasks.crbegin(); it != tasks.crend(); ++it)
        list << *it;
    Json payload = Json::object();
    payload.set(QStringLiteral("profile"), profile);
    payload.set(QStringLiteral("reason"), pause.reason);
    payload.set(QStringLiteral("tasks"), list);
    KernelPrivate::appendEvent(m_board, taskId, EventKind::ProfilePaused, payload);
    txn.commit();
    return pause;
}

bool ProfilePauses::resume(const QString &name, const QString &reason)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto pause = find(name);
    if (!pause)
        return false;
    Sql::exec(db, QStringLiteral("DELETE FROM profile_pauses WHERE name = ?"), {name});
    // The task whose failure paused it: the newest profile_paused event of
    // this profile since the pause.
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT task_id, payload FROM task_events"
                                           " WHERE kind = ? AND created_at >= ? ORDER BY id DESC"),
                            {EventKind::ProfilePaused, pause->pausedAt});
    QString taskId;
    while (taskId.isEmpty() && q.next()) {
        const QJsonObject p = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (p.value(QStringLiteral("profile")).toString() == name)
            taskId = q.value(0).toString();
    }
    if (!taskId.isEmpty()) {
        Json payload = Json::object();
        payload.set(QStringLiteral("profile"), name);
        payload.set(QStringLiteral("reason"), reason);
        payload.set(QStringLiteral("paused_at"), pause->pausedAt);
        KernelPrivate::appendEvent(m_board, taskId, EventKind::ProfileResumed, payload);
    }
    txn.commit();
    return true;
}
