#include "model/DispatcherStatus.h"

#include "model/Dialect.h"
#include "model/HostId.h"
#include "model/Sql.h"
#include "model/internal/SqlValue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <csignal>

namespace {

using SqlValue::toOptInt;
using SqlValue::toText;

const QString kCols = QStringLiteral(
    "host, pid, mode, started_at, stopped_at, last_tick_at, interval_seconds, paused, ticks,"
    " last_outcome, last_error, last_error_at, last_counts, totals, nudged_at");

DispatcherInfo infoFromRow(const QSqlQuery &q)
{
    DispatcherInfo d;
    d.host = q.value(0).toString();
    d.pid = q.value(1).toLongLong();
    d.mode = toText(q.value(2));
    d.startedAt = toOptInt(q.value(3));
    d.stoppedAt = toOptInt(q.value(4));
    d.lastTickAt = toOptInt(q.value(5));
    d.intervalSeconds = q.value(6).toLongLong();
    d.paused = q.value(7).toLongLong() != 0;
    d.ticks = q.value(8).toLongLong();
    d.lastOutcome = toText(q.value(9));
    d.lastError = toText(q.value(10));
    d.lastErrorAt = toOptInt(q.value(11));
    d.lastCounts = toText(q.value(12));
    d.totals = toText(q.value(13));
    d.nudgedAt = toOptInt(q.value(14));
    return d;
}

// Adds the numbers of `counts` to `totals` (both JSON object texts).
QString addCounts(const QString &totals, const QString &counts)
{
    QJsonObject sum = QJsonDocument::fromJson(totals.toUtf8()).object();
    const QJsonObject add = QJsonDocument::fromJson(counts.toUtf8()).object();
    for (auto it = add.begin(); it != add.end(); ++it)
        sum.insert(it.key(), sum.value(it.key()).toInteger() + it.value().toInteger());
    return QString::fromUtf8(QJsonDocument(sum).toJson(QJsonDocument::Compact));
}

bool pidAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

DispatcherStatus::DispatcherStatus(Board &board) : m_board(board) {}

QString DispatcherStatus::thisHost()
{
    return HostId::current();
}

bool DispatcherStatus::lockHost()
{
    QSqlDatabase &db = m_board.db();
    const QString sql = Dialect::tryLockHost(db);
    return sql.isEmpty() || Sql::scalar(db, sql, {thisHost()}).toBool();
}

void DispatcherStatus::unlockHost()
{
    QSqlDatabase &db = m_board.db();
    if (const QString sql = Dialect::unlockHost(db); !sql.isEmpty())
        Sql::scalar(db, sql, {thisHost()});
}

void DispatcherStatus::recordStart(qint64 pid, const QString &mode, qint64 intervalSeconds,
                                   bool paused)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const QString host = thisHost();
    Sql::exec(db, QStringLiteral("DELETE FROM dispatcher_status WHERE host = ?"), {host});
    Sql::exec(
        db,
        QStringLiteral(
            "INSERT INTO dispatcher_status(host, pid, mode, started_at, interval_seconds, paused,"
            " ticks, totals) VALUES (?, ?, ?, ?, ?, ?, 0, '{}')"),
        {host, pid, mode, m_board.now(), intervalSeconds, paused ? 1 : 0});
    txn.commit();
}

void DispatcherStatus::recordTick(const QString &outcome, const QString &error, const Json &counts)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const QString host = thisHost();
    const qint64 n = m_board.now();
    const QString countsText = QString::fromUtf8(counts.dump(0));
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT totals FROM dispatcher_status WHERE host = ?"), {host});
    if (!q.next()) {
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO dispatcher_status(host, pid, mode, started_at, ticks, totals)"
                      " VALUES (?, NULL, 'once', ?, 0, '{}')"),
                  {host, n});
    }
    const QString totals = addCounts(q.isValid() ? q.value(0).toString() : QString(), countsText);
    q.finish();
    const bool failed = !error.isEmpty();
    Sql::exec(
        db,
        QStringLiteral(
            "UPDATE dispatcher_status SET last_tick_at = ?, ticks = ticks + 1, last_outcome = ?,"
            " last_counts = ?, totals = ?,"
            " last_error = CASE WHEN ? THEN ? ELSE last_error END,"
            " last_error_at = CASE WHEN ? THEN ? ELSE last_error_at END WHERE host = ?"),
        {n, outcome, countsText, totals, failed, error.left(2000), failed, n, host});
    txn.commit();
}

void DispatcherStatus::recordStop()
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    Sql::exec(db, QStringLiteral("UPDATE dispatcher_status SET stopped_at = ? WHERE host = ?"),
              {m_board.now(), thisHost()});
    txn.commit();
}

void DispatcherStatus::setPaused(bool paused)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    Sql::exec(db, QStringLiteral("UPDATE dispatcher_status SET paused = ? WHERE host = ?"),
              {paused ? 1 : 0, thisHost()});
    txn.commit();
}

void DispatcherStatus::nudge()
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    Sql::exec(db, QStringLiteral("UPDATE dispatcher_status SET nudged_at = ? WHERE host = ?"),
              {m_board.now(), thisHost()});
    txn.commit();
}

QList<DispatcherInfo> DispatcherStatus::all()
{
    QSqlQuery q = Sql::exec(
        m_board.db(),
        QStringLiteral("SELECT %1 FROM dispatcher_status ORDER BY last_tick_at DESC, host")
            .arg(kCols));
    QList<DispatcherInfo> out;
    while (q.next())
        out << infoFromRow(q);
    return out;
}

std::optional<DispatcherInfo> DispatcherStatus::forHost(const QString &host)
{
    QSqlQuery q = Sql::exec(
        m_board.db(), QStringLiteral("SELECT %1 FROM dispatcher_status WHERE host = ?").arg(kCols),
        {host});
    if (!q.next())
        return std::nullopt;
    return infoFromRow(q);
}

bool DispatcherStatus::isAlive(const DispatcherInfo &info, qint64 now)
{
    if (info.stoppedAt || info.pid <= 0)
        return false;
    if (info.host == thisHost())
        return pidAlive(info.pid);
    const qint64 window = qMax<qint64>(3 * info.intervalSeconds, 120);
    return info.lastTickAt && now - *info.lastTickAt <= window;
}

std::optional<DispatcherInfo> DispatcherStatus::liveDispatcher()
{
    for (const DispatcherInfo &d : all()) {
        if (isAlive(d, m_board.now()))
            return d;
    }
    return std::nullopt;
}

QString DispatcherStatus::startHint()
{
    return QStringLiteral("Start a dispatcher so ready tasks get picked up:\n"
                          "  # the desktop board keeps one in the system tray:\n"
                          "  qkanban --tray\n"
                          "  # or in the foreground (Ctrl-C to stop):\n"
                          "  qkanban --headless daemon\n"
                          "  # or as a systemd user unit (persists across logins):\n"
                          "  systemctl --user enable --now qkanban-dispatcher.service\n"
                          "Without a running dispatcher, tasks stay in 'ready' forever.");
}

QString DispatcherStatus::noDispatcherWarning()
{
    if (liveDispatcher())
        return {};
    return QStringLiteral(
               "warning: no dispatcher is running for this board, so the task will wait in "
               "'ready'.\n") +
           startHint();
}
