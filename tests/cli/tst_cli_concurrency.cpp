// Claims are exactly-once across processes: several claimers race on the
// same ready tasks; every task is claimed once, and no process ever sees
// "database is locked".
#include "tests/cli/CliHarness.h"

#include "model/Board.h"
#include "model/Kernel.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TstCliConcurrency : public QObject
{
    Q_OBJECT

    // n ready tasks in a pinned database, through the kernel.
    static QStringList seedReadyTasks(const QString &db, int n)
    {
        auto board = Board::openResolved(QString(), db);
        Kernel k(*board);
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            CreateOptions o;
            o.title = QStringLiteral("race %1").arg(i);
            o.assignee = QStringLiteral("racer");
            ids << k.createTask(o).id;
        }
        return ids;
    }

    // Every id has exactly one run and one claimed event, and is running.
    static void verifyClaimedOnce(const QString &db, const QStringList &ids)
    {
        auto board = Board::openResolved(QString(), db);
        Kernel k(*board);
        for (const QString &id : ids) {
            QCOMPARE(k.requireTask(id).status, TaskStatus::Running);
            QCOMPARE(k.runs(id).size(), 1);
            int claims = 0;
            for (const Event &e : k.events(id))
                claims += e.kind == EventKind::Claimed;
            QCOMPARE(claims, 1);
        }
    }

    static void verifyOutputs(QList<QProcess *> &procs, const QStringList &ids)
    {
        static const QRegularExpression claimedLine(QStringLiteral("^Claimed (t_[0-9a-f]{8})$"),
                                                    QRegularExpression::MultilineOption);
        QMultiHash<QString, int> winners;
        for (int i = 0; i < procs.size(); ++i) {
            const QByteArray err = procs[i]->readAllStandardError();
            QVERIFY2(!err.contains("locked") && !err.contains("busy"), err.constData());
            for (const QByteArray &line : err.split('\n')) {
                if (!line.isEmpty())
                    QVERIFY2(line.startsWith("qkanban: cannot claim t_"), line.constData());
            }
            const QString out = QString::fromUtf8(procs[i]->readAllStandardOutput());
            auto it = claimedLine.globalMatch(out);
            while (it.hasNext())
                winners.insert(it.next().captured(1), i);
        }
        QCOMPARE(winners.size(), ids.size());
        for (const QString &id : ids)
            QCOMPARE(winners.count(id), 1);
    }

private slots:
    void fourClaimersRaceOnFiveHundredTasksAndEachIsClaimedOnce()
    {
        CliHarness h;
        const QString db = h.path(QStringLiteral("race.db"));
        const QStringList ids = seedReadyTasks(db, 500);
        QFile list(h.path(QStringLiteral("ids.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(ids.join(QLatin1Char('\n')).toUtf8());
        list.close();

        QList<QProcess *> procs;
        for (int i = 0; i < 4; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(h.environment());
            p->start(QStringLiteral(QKANBAN_CLAIMER),
                     {db, list.fileName(), QString::number(1000 + i)});
            procs << p;
        }
        for (QProcess *p : procs) {
            QVERIFY(p->waitForFinished(300000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        }
        verifyOutputs(procs, ids);
        verifyClaimedOnce(db, ids);
        qDeleteAll(procs);
    }

    void fourRealCliLoopsRaceOnTheSameTasks()
    {
        CliHarness h;
        const QString db = h.path(QStringLiteral("race.db"));
        const QStringList ids = seedReadyTasks(db, 40);
        QList<QProcess *> procs;
        for (int i = 0; i < 4; ++i) {
            QStringList order = ids;
            std::rotate(order.begin(), order.begin() + i * 10,
                        order.end()); // a different order per loop
            if (i % 2)
                std::reverse(order.begin(), order.end());
            auto *p = new QProcess(this);
            p->setProcessEnvironment(h.environment());
            p->start(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral(
                          "for id in %1; do \"$0\" --headless --db \"$1\" claim \"$id\"; done")
                          .arg(order.join(QLatin1Char(' '))),
                      CliHarness::binary(), db});
            procs << p;
        }
        for (QProcess *p : procs)
            QVERIFY(p->waitForFinished(300000));
        verifyOutputs(procs, ids);
        verifyClaimedOnce(db, ids);
        qDeleteAll(procs);
    }
};

QTEST_GUILESS_MAIN(TstCliConcurrency)
#include "tst_cli_concurrency.moc"
