// The dispatcher thread's board counts: read again when another connection
// commits, not on every 2 s poll of an idle board.
#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"
#include "model/Kernel.h"
#include "ui/tray/BoardStatsCache.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

BoardLocation testLocation(const QString &dir)
{
    BoardLocation loc;
    loc.root = dir;
    loc.slug = QStringLiteral("default");
    loc.dbPath = dir + QStringLiteral("/board.db");
    loc.boardDir = dir;
    loc.isPinned = true;
    return loc;
}

bool same(const BoardStats &a, const BoardStats &b)
{
    return a.byStatus == b.byStatus && a.byAssignee == b.byAssignee &&
           a.oldestReadyAgeSeconds == b.oldestReadyAgeSeconds && a.now == b.now;
}

} // namespace

class TestBoardStatsCache : public QObject
{
    Q_OBJECT
private slots:
    void anotherConnectionsWriteIsCountedAtOnce()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Board window(testLocation(dir.path()), &clock);
        Board other(testLocation(dir.path()), &clock);
        BoardStatsCache cache;
        QCOMPARE(cache.read(window, clock).byStatus.value(TaskStatus::Ready), 0);
        CreateOptions o;
        o.title = QStringLiteral("from the CLI");
        Kernel(other).createTask(o);
        QCOMPARE(cache.read(window, clock).byStatus.value(TaskStatus::Ready), 1);
        Kernel(other).createTask(o);
        const BoardStats s = cache.read(window, clock);
        QCOMPARE(s.byStatus.value(TaskStatus::Ready), 2);
        QVERIFY(same(s, Kernel(window).boardStats()));
    }

    void oldestReadyAgeFollowsTheClockBetweenReads()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Board window(testLocation(dir.path()), &clock);
        Board other(testLocation(dir.path()), &clock);
        CreateOptions o;
        o.title = QStringLiteral("waits");
        Kernel(other).createTask(o);
        BoardStatsCache cache;
        QCOMPARE(cache.read(window, clock).oldestReadyAgeSeconds, OptInt(0));
        clock.advance(90);
        const BoardStats s = cache.read(window, clock);
        QCOMPARE(s.oldestReadyAgeSeconds, OptInt(90));
        QCOMPARE(s.now, clock.now());
        QVERIFY(same(s, Kernel(window).boardStats()));
    }

    void anotherBoardIsNeverAnsweredFromTheCache()
    {
        QTemporaryDir a, b;
        ManualClock clock;
        Board first(testLocation(a.path()), &clock);
        Board second(testLocation(b.path()), &clock);
        CreateOptions o;
        o.title = QStringLiteral("only on the second");
        Kernel(second).createTask(o);
        BoardStatsCache cache;
        QCOMPARE(cache.read(first, clock).byStatus.value(TaskStatus::Ready), 0);
        QCOMPARE(cache.read(second, clock).byStatus.value(TaskStatus::Ready), 1);
    }
};

QTEST_GUILESS_MAIN(TestBoardStatsCache)
#include "tst_boardstatscache.moc"
