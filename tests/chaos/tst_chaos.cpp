// Chaos: real daemons and workers SIGKILLed at random moments, then run to
// the end; the board must hold every invariant (BoardAudit). 100 trials by
// default; each prints its seed.
//   QKANBAN_CHAOS_SEED=S     replay one trial
//   QKANBAN_CHAOS_TRIALS=N   run N trials (seeds 1..N)
//   QKANBAN_CHAOS_KEEP=1     keep each trial's folder (board, daemon.log)
#include "tests/chaos/BoardAudit.h"
#include "tests/chaos/ChaosTrial.h"

#include <QTemporaryDir>
#include <QtTest>

class TstChaos : public QObject
{
    Q_OBJECT

private slots:
    void trial_data()
    {
        QTest::addColumn<quint32>("seed");
        bool one = false;
        const quint32 seed = qEnvironmentVariable("QKANBAN_CHAOS_SEED").toUInt(&one);
        if (one) {
            QTest::addRow("seed %u", seed) << seed;
            return;
        }
        bool given = false;
        int trials = qEnvironmentVariable("QKANBAN_CHAOS_TRIALS").toInt(&given);
        if (!given || trials < 1)
            trials = 100;
        for (quint32 s = 1; s <= quint32(trials); ++s)
            QTest::addRow("seed %u", s) << s;
    }

    void trial()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("QKANBAN_CHAOS_KEEP"));
        qInfo("chaos seed %u (replay: QKANBAN_CHAOS_SEED=%u) in %s", seed, seed,
              qPrintable(dir.path()));
        ChaosTrial t(seed, dir.path());
        t.prepare();
        const bool ran = t.run();
        const QString actions = t.actions().join(QStringLiteral("; "));
        QVERIFY2(ran, qPrintable(QStringLiteral("seed %1: %2\nactions: %3\ndaemon log (tail):\n%4")
                                     .arg(seed)
                                     .arg(t.why(), actions, t.daemonLog())));
        const QStringList problems = BoardAudit::allDone(t.dbPath(), ChaosTrial::kTasks);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("seed %1: %2\nactions: %3")
                                .arg(seed)
                                .arg(problems.join(QLatin1Char('\n')), actions)));
        qInfo("seed %u ok: %s", seed, qPrintable(actions));
    }
};

QTEST_GUILESS_MAIN(TstChaos)
#include "tst_chaos.moc"
