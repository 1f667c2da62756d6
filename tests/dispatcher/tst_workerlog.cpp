// Worker logs: rotation at spawn, the tail rules, gc by age.
#include "model/WorkerLog.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestWorkerLog : public QObject
{
    Q_OBJECT

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void rotationKeepsOneGeneration()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("logs/t_1.log"));
        QVERIFY(!WorkerLog::prepareForSpawn(log)); // creates folder and file
        QVERIFY(QFile::exists(log));
        const auto open = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                          QFileDevice::ReadOther | QFileDevice::WriteOther;
        QVERIFY((QFile::permissions(log) & open) == 0); // 0600
        writeFile(log, QByteArray(3 * 1024 * 1024, 'a'));
        writeFile(log + QStringLiteral(".1"), "older generation");
        QVERIFY(WorkerLog::prepareForSpawn(log));
        QCOMPARE(QFileInfo(log + QStringLiteral(".1")).size(),
                 qint64(3 * 1024 * 1024)); // old .1 dropped
        QCOMPARE(QFileInfo(log).size(), qint64(0));
        QVERIFY(!QFile::exists(log + QStringLiteral(".2")));
        // Under the limit: appended to, not rotated.
        writeFile(log, QByteArray(1024, 'b'));
        QVERIFY(!WorkerLog::prepareForSpawn(log));
        QCOMPARE(QFileInfo(log).size(), qint64(1024));
    }

    void fullReadAndMissing()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("t.log"));
        QVERIFY(!WorkerLog::read(log).exists);
        writeFile(log, "line 0\nline 1\n");
        const WorkerLog::Content c = WorkerLog::read(log);
        QVERIFY(c.exists);
        QCOMPARE(c.bytes, QByteArray("line 0\nline 1\n"));
        QVERIFY(!c.truncated);
        QCOMPARE(c.sizeBytes, qint64(14));
    }

    void tailDropsPartialFirstLine()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("t.log"));
        QByteArray all;
        for (int i = 0; i < 10; ++i)
            all += "line " + QByteArray::number(i) + " of the worker\n";
        writeFile(log, all);
        const WorkerLog::Content c = WorkerLog::read(log, 30);
        QVERIFY(c.truncated);
        QVERIFY(!c.bytes.contains("line 0"));
        QVERIFY(c.bytes.startsWith("line 9")); // the cut line 8 is dropped
        QCOMPARE(c.bytes, QByteArray("line 9 of the worker\n"));
        // A window that starts exactly on a line keeps that line.
        const WorkerLog::Content exact = WorkerLog::read(log, 21);
        QCOMPARE(exact.bytes, QByteArray("line 9 of the worker\n"));
        // A tail larger than the file is the whole file.
        QCOMPARE(WorkerLog::read(log, 100000).bytes, all);
    }

    void tailOfOneGiantLineKeepsIt()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("t.log"));
        writeFile(log, QByteArray(5000, 'x'));
        const WorkerLog::Content c = WorkerLog::read(log, 100);
        QCOMPARE(c.bytes, QByteArray(100, 'x'));
        QVERIFY(c.truncated);
        QCOMPARE(WorkerLog::dropPartialFirstLine("abc"), QByteArray("abc"));
        QCOMPARE(WorkerLog::dropPartialFirstLine("abc\ndef"), QByteArray("def"));
    }

    void followingReadsWholeLinesOnly()
    {
        // The drawer's log view: a tail, then what was appended since,
        // never half a line (nor half a UTF-8 character) being written.
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("t_1.log"));
        writeFile(log, "one\ntwo\n");
        const WorkerLog::Content first = WorkerLog::read(log, 100);
        QCOMPARE(first.bytes, QByteArray("one\ntwo\n"));
        QCOMPARE(first.end, qint64(8));
        QFile f(log);
        QVERIFY(f.open(QIODevice::Append));
        f.write("thr\xc3");
        f.flush();
        const WorkerLog::Content partial = WorkerLog::readFrom(log, first.end, 100);
        QVERIFY(partial.exists);
        QVERIFY(partial.bytes.isEmpty());
        QCOMPARE(partial.end, first.end); // read on from the same place
        f.write("\xa9"
                "e\nfour");
        f.flush();
        const WorkerLog::Content next = WorkerLog::readFrom(log, partial.end, 100);
        QCOMPARE(QString::fromUtf8(next.bytes), QStringLiteral("thr\u00e9e\n"));
        QCOMPARE(next.end, qint64(15));
        QCOMPARE(next.sizeBytes, qint64(19));
        // At most maxBytes, still cut at a line end.
        QCOMPARE(WorkerLog::readFrom(log, 0, 6).bytes, QByteArray("one\n"));
        QVERIFY(!WorkerLog::readFrom(dir.filePath(QStringLiteral("none.log")), 0, 10).exists);
    }

    void gcRemovesOldLogsOnly()
    {
        QTemporaryDir dir;
        const QString oldLog = dir.filePath(QStringLiteral("t_old.log"));
        const QString oldRotated = dir.filePath(QStringLiteral("t_old.log.1"));
        const QString fresh = dir.filePath(QStringLiteral("t_new.log"));
        const QString other = dir.filePath(QStringLiteral("notes.txt"));
        for (const QString &p : {oldLog, oldRotated, fresh, other})
            writeFile(p, "x\n");
        const QDateTime past = QDateTime::currentDateTime().addDays(-100);
        for (const QString &p : {oldLog, oldRotated, other}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(past, QFileDevice::FileModificationTime));
        }
        const int removed =
            WorkerLog::gcOld(dir.path(), 30 * 86400, QDateTime::currentSecsSinceEpoch());
        QCOMPARE(removed, 2);
        QVERIFY(!QFile::exists(oldLog));
        QVERIFY(!QFile::exists(oldRotated));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(QFile::exists(other));
    }
};

QTEST_GUILESS_MAIN(TestWorkerLog)
#include "tst_workerlog.moc"
