#pragma once

// Shared set-up for the board window's tests: a temporary qkanban home
// and config, a board database, a manual clock, and small helpers.
#include "model/Kernel.h"
#include "model/TaskTableModel.h"
#include "ui/board/BoardColumn.h"
#include "ui/board/BoardView.h"
#include "ui/board/CardListView.h"
#include "ui/board/ColumnFilterProxy.h"
#include "ui/board/ColumnHeader.h"
#include "ui/style/Resources.h"
#include "ui/style/Theme.h"
#include "ui/window/BoardSession.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class UiTestBoard
{
public:
    explicit UiTestBoard(qint64 start = 1'800'000'000) : clock(start)
    {
        Resources::init();
        Q_ASSERT(dir.isValid());
        qputenv("QKANBAN_HOME", dir.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("QKANBAN_CONFIG",
                dir.filePath(QStringLiteral("config/qkanban/qkanban.conf")).toUtf8());
        qunsetenv("QKANBAN_DB");
        qunsetenv("QKANBAN_BOARD");
        dbPath = dir.filePath(QStringLiteral("board.db"));
    }

    std::unique_ptr<BoardSession> openSession()
    {
        auto s = std::make_unique<BoardSession>(QString(), dbPath, &clock);
        s->setPollInterval(50);
        return s;
    }

    // The default board under the temporary home, opened by slug (not a
    // pinned database), so the board switcher is live.
    std::unique_ptr<BoardSession> openBoardBySlug()
    {
        return std::make_unique<BoardSession>(QString(), QString(), &clock);
    }

    QString create(Kernel &k, const QString &title, const QString &assignee = {},
                   qint64 priority = 0, const QStringList &parents = {}, bool triage = false,
                   const QString &tenant = {})
    {
        CreateOptions o;
        o.title = title;
        o.assignee = assignee;
        o.priority = priority;
        o.parents = parents;
        o.triage = triage;
        o.tenant = tenant;
        return k.createTask(o).id;
    }

    QTemporaryDir dir;
    ManualClock clock;
    QString dbPath;
};

namespace UiTest {

inline QStringList columnIds(BoardView *board, const QString &status)
{
    QStringList ids;
    ColumnFilterProxy *p = board->column(status)->proxy();
    for (int r = 0; r < p->rowCount(); ++r)
        ids << p->index(r, 0).data(TaskTableModel::IdRole).toString();
    return ids;
}

inline QString statusOf(Kernel &k, const QString &id)
{
    const auto t = k.task(id);
    return t ? t->status : QString();
}

// Where the suites save their screenshots (QKANBAN_SCREENSHOT_DIR or the
// build's screenshots/), created if missing.
inline QString screenshotDir()
{
    QString dir = qEnvironmentVariable("QKANBAN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(QK_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

} // namespace UiTest
