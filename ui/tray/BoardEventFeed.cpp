#include "ui/tray/BoardEventFeed.h"

#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Dialect.h"
#include "model/Kernel.h"
#include "model/Types.h"
#include "model/VisibleText.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>

BoardEventFeed::BoardEventFeed(Board &board, const QString &label)
    : m_board(board), m_label(label), m_cursor(Kernel(board).latestEventId())
{
}

const QStringList &BoardEventFeed::allKinds()
{
    static const QStringList kinds{EventKind::Completed, EventKind::Blocked, EventKind::GaveUp,
                                   EventKind::Crashed};
    return kinds;
}

QStringList BoardEventFeed::configuredKinds(const QString &configPath)
{
    QSettings ini(configPath.isEmpty() ? BoardPaths::configPath() : configPath,
                  QSettings::IniFormat);
    const QString key = QStringLiteral("notifications/board_events");
    if (!ini.contains(key))
        return {EventKind::Blocked, EventKind::GaveUp, EventKind::Crashed};
    // QSettings reads "a,b" as a list and "a" as a string.
    const QVariant v = ini.value(key);
    const QStringList raw = v.typeId() == QMetaType::QStringList
                                ? v.toStringList()
                                : v.toString().split(QLatin1Char(','));
    QStringList out;
    for (const QString &k : raw) {
        const QString kind = k.trimmed().toLower();
        if (allKinds().contains(kind) && !out.contains(kind))
            out << kind;
    }
    return out;
}

QString BoardEventFeed::text(const QString &kind, const QString &title, const QString &label)
{
    const QString t = VisibleText::oneLine(title);
    QString line;
    if (kind == EventKind::Completed)
        line = QCoreApplication::translate("BoardEventFeed", "Done: %1").arg(t);
    else if (kind == EventKind::Blocked)
        line = QCoreApplication::translate("BoardEventFeed", "Blocked: %1").arg(t);
    else if (kind == EventKind::GaveUp)
        line = QCoreApplication::translate("BoardEventFeed", "Gave up: %1").arg(t);
    else
        line = QCoreApplication::translate("BoardEventFeed", "Worker crashed: %1").arg(t);
    if (!label.isEmpty())
        line = QCoreApplication::translate("BoardEventFeed", "%1 (board %2)")
                   .arg(line, VisibleText::oneLine(label));
    return line;
}

QList<BoardEventFeed::Item> BoardEventFeed::poll(const QStringList &kinds)
{
    if (Dialect::isPostgres(m_board.db())) { // the reader's own connection: all commits count
        const qint64 version = m_board.dataVersion();
        if (version >= 0 && version == m_seenVersion)
            return {};
        m_seenVersion = version;
    }
    Kernel k(m_board);
    const QList<Event> events = k.eventsSince(m_cursor);
    // A failure that gives up is told once, as giving up.
    QSet<QString> gaveUp;
    for (const Event &e : events)
        if (e.kind == EventKind::GaveUp && kinds.contains(e.kind))
            gaveUp.insert(e.taskId);
    QList<Item> out;
    for (const Event &e : events) {
        m_cursor = qMax(m_cursor, e.id);
        if (!kinds.contains(e.kind) || (e.kind == EventKind::Crashed && gaveUp.contains(e.taskId)))
            continue;
        const std::optional<Task> task = k.task(e.taskId);
        out << Item{e.taskId, e.kind, text(e.kind, task ? task->title : e.taskId, m_label)};
    }
    return out;
}
