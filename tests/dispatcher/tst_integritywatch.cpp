// The daemon's page check (IntegrityWatch): at start, then once a day by
// the injected clock; a damaged board is remembered beside the database
// and every writer refuses until a check passes.
#include "dispatcher/IntegrityWatch.h"
#include "model/Board.h"
#include "model/Database.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "tests/model/KernelFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

void fill(const BoardLocation &loc, ManualClock &clock, int n)
{
    Board b(loc, &clock);
    Kernel k(b);
    for (int i = 0; i < n; ++i) {
        CreateOptions o;
        o.title = QStringLiteral("task %1").arg(i);
        o.body = QString(600, QLatin1Char('a' + i % 26));
        k.createTask(o);
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray corrupted(QByteArray bytes)
{
    const qsizetype page = (bytes.size() / 4096 / 2) * 4096;
    for (qsizetype i = 0; i < 4096; ++i)
        bytes[page + i] = char((i * 131 + 7) % 251);
    return bytes;
}

} // namespace

class TestIntegrityWatch : public QObject
{
    Q_OBJECT

private slots:
    void checksAtStartAndDailyByTheClock()
    {
        QK_SKIP_ON_PG("corrupts and checks the pages of the board file");
        QTemporaryDir dir;
        const BoardLocation loc = testLocation(dir.path());
        ManualClock clock;
        fill(loc, clock, 120);
        const QByteArray good = readAll(loc.dbPath);
        QVERIFY(good.size() > 16 * 4096);

        IntegrityWatch watch(loc.dbPath, &clock);
        QSignalSpy failed(&watch, &IntegrityWatch::failed);
        QVERIFY(watch.checkNow());
        QVERIFY(!QFile::exists(Database::damagedMarkerPath(loc.dbPath)));

        // The pages go bad; nothing is checked until a day has passed.
        QVERIFY(writeAll(loc.dbPath, corrupted(good)));
        clock.advance(IntegrityWatch::kIntervalSeconds - 60);
        QVERIFY(!watch.poll());
        QCOMPARE(failed.size(), 0);
        clock.advance(60);
        QVERIFY(watch.poll());
        QCOMPARE(failed.size(), 1);
        const QString line = failed.first().first().toString();
        QVERIFY2(line.startsWith(
                     QStringLiteral("the board %1 failed its integrity check (").arg(loc.dbPath)),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("qkanban --headless check")), qPrintable(line));
        QVERIFY(QFile::exists(Database::damagedMarkerPath(loc.dbPath)));
        // Not again within the day.
        clock.advance(3600);
        QVERIFY(!watch.poll());

        // Writers refuse while the marker is there: one stat, before SQL.
        QVERIFY(writeAll(loc.dbPath, good));
        {
            Board b(loc, &clock);
            Kernel k(b);
            CreateOptions o;
            o.title = QStringLiteral("refused");
            try {
                k.createTask(o);
                QFAIL("a write on a board that failed its check went through");
            } catch (const KanbanError &e) {
                QVERIFY2(e.message().contains(QLatin1String("failed its integrity check and "
                                                            "refuses writes")),
                         qPrintable(e.message()));
            }
        }

        // The next daily check passes and lifts the refusal.
        clock.advance(IntegrityWatch::kIntervalSeconds);
        QVERIFY(watch.poll());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!QFile::exists(Database::damagedMarkerPath(loc.dbPath)));
        Board b(loc, &clock);
        Kernel k(b);
        CreateOptions o;
        o.title = QStringLiteral("accepted");
        k.createTask(o);
    }
};

QTEST_GUILESS_MAIN(TestIntegrityWatch)
#include "tst_integritywatch.moc"
