// The bad-input matrix: every verb with unknown ids, empty and huge values,
// integer overflow, wrong types, paths that try to leave their folder,
// invalid UTF-8 in arguments and files, and files that are not databases.
// Every case: a non-zero exit (not a signal), exactly one clear error line
// on stderr (argparse usage errors: the usage synopsis, then one
// "error:" line), nothing on stdout, no traceback, and every database
// involved unchanged (bytes, WAL, board folder, data_version).
#include "tests/badinput/BadInputCases.h"
#include "tests/readonly/BoardFiles.h"
#include "tests/readonly/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TstBadInput : public QObject
{
    Q_OBJECT

    CliRunner m_h;
    QHash<QString, QString> m_ids;

    QString expand(const QString &arg) const
    {
        if (arg.startsWith(QLatin1String("@F:")))
            return m_h.path(QStringLiteral("files/") + arg.mid(3));
        if (arg.startsWith(QLatin1String("@BIG:")))
            return QString(arg.mid(5).toInt(), QLatin1Char('x'));
        return m_ids.value(arg, arg);
    }

    // Every database a case names (--db @F:...) besides the board itself.
    QString filesState(const QStringList &args) const
    {
        QString out = BoardFiles::diskState(m_h.dbPath());
        for (const QString &a : args) {
            if (a.startsWith(QLatin1String("@F:"))) {
                const QString p = expand(a);
                out += QStringLiteral("\n%1: %2 wal=%3 shm=%4")
                           .arg(p, BoardFiles::diskState(p))
                           .arg(QFile::exists(p + QStringLiteral("-wal")))
                           .arg(QFile::exists(p + QStringLiteral("-shm")));
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_h.isValid());
        QCOMPARE(
            m_h.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("coder"),
                     QStringLiteral("--command"), QStringLiteral("/bin/true")})
                .code,
            0);
        const QStringList coder{QStringLiteral("--assignee"), QStringLiteral("coder")};
        const QString a = m_h.create(QStringLiteral("Ready"), coder);
        const QString b = m_h.create(QStringLiteral("Waiting"),
                                     coder + QStringList{QStringLiteral("--parent"), a});
        const QString d = m_h.create(QStringLiteral("Done"));
        const QString x = m_h.create(QStringLiteral("Archived"));
        const QString r = m_h.create(QStringLiteral("Running"), coder);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !d.isEmpty() && !x.isEmpty() && !r.isEmpty());
        QCOMPARE(m_h.run({QStringLiteral("complete"), d}).code, 0);
        QCOMPARE(m_h.run({QStringLiteral("archive"), x}).code, 0);
        QCOMPARE(m_h.run({QStringLiteral("claim"), r}).code, 0);
        m_ids = {{QStringLiteral("@A"), a}, {QStringLiteral("@B"), b},
                 {QStringLiteral("@D"), d}, {QStringLiteral("@X"), x},
                 {QStringLiteral("@R"), r}, {QStringLiteral("@U"), QStringLiteral("t_00000000")}};
        BadInputCases::writeFiles(m_h);
    }

    void refusedAndUnchanged_data() { BadInputCases::addRows(); }

    void refusedAndUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        QList<QByteArray> raw;
        QStringList expanded;
        bool needsRaw = false;
        for (const QString &a : args) {
            if (a.startsWith(QLatin1String("@RAW:"))) {
                needsRaw = true;
                raw << QByteArray::fromHex(a.mid(5).toLatin1());
            } else {
                expanded << expand(a);
                raw << expanded.last().toUtf8();
            }
        }
        DbHolder holder(m_h.dbPath());
        QVERIFY(holder.isOpen());
        const qint64 version = holder.dataVersion();
        const QString before = filesState(args);

        const CliRunner::Result r = needsRaw ? m_h.runRaw(raw, 30000) : m_h.run(expanded, 30000);

        QVERIFY2(r.finished, "did not finish within 30 s");
        QVERIFY2(!r.crashed, "ended by a signal");
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, expected %2; stderr: %3")
                                                .arg(r.code)
                                                .arg(code)
                                                .arg(err.left(600))));
        const QStringList lines = r.errLines();
        QVERIFY2(!lines.isEmpty(), "nothing on stderr");
        if (code == 2) {
            QVERIFY2(lines.first().startsWith(QLatin1String("usage: ")), qPrintable(err.left(600)));
            for (qsizetype i = 1; i + 1 < lines.size(); ++i)
                QVERIFY2(lines.at(i).startsWith(QLatin1Char(' ')), qPrintable(err.left(600)));
            QVERIFY2(lines.last().contains(QLatin1String(": error: ")), qPrintable(err.left(600)));
        } else {
            QVERIFY2(
                lines.size() == 1,
                qPrintable(
                    QStringLiteral("%1 lines on stderr: %2").arg(lines.size()).arg(err.left(600))));
            // Exactly one "qkanban: " in front of every error.
            QVERIFY2(lines.first().startsWith(QLatin1String("qkanban: ")) &&
                         !lines.first().mid(9).startsWith(QLatin1String("qkanban")),
                     qPrintable(err.left(600)));
        }
        QVERIFY2(lines.last().contains(expand(fragment)), qPrintable(err.left(600)));
        const bool echoesHuge = args.filter(QStringLiteral("@BIG:")).size() > 0;
        QVERIFY2(lines.last().size() < 400 || echoesHuge, qPrintable(err.left(600)));
        QVERIFY2(r.out.isEmpty(), r.out.left(300).constData());
        for (const char *bad : {"Traceback", "terminate called", "Assertion", "QSql", "QObject",
                                "Segmentation", "Aborted", "SECRET"})
            QVERIFY2(!r.err.contains(bad), qPrintable(err.left(600)));
        QCOMPARE(holder.dataVersion(), version);
        QCOMPARE(filesState(args), before);
    }

    void oneMebibyteBodyIsKept()
    {
        // The largest body --body-file takes is stored whole.
        const auto r = m_h.run(
            {QStringLiteral("create"), QStringLiteral("Big body"), QStringLiteral("--body-file"),
             m_h.path(QStringLiteral("files/body-1mib.txt")), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QString id =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
        const auto shown = m_h.run({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.code, 0);
        const QString body = QJsonDocument::fromJson(shown.out)
                                 .object()
                                 .value(QStringLiteral("task"))
                                 .toObject()
                                 .value(QStringLiteral("body"))
                                 .toString();
        QCOMPARE(body.toUtf8().size(), BadInputCases::kMaxBody);
        QCOMPARE(m_h.run({QStringLiteral("archive"), id}).code, 0);
    }

    void scratchWorkspaceThroughASymlinkIsNotDeleted()
    {
        // A scratch workspace that is a symlink to a folder outside the
        // workspaces root: completing the task must not delete the target.
        const QString outside = m_h.path(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(outside));
        QFile keep(outside + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        const QString id = m_h.create(QStringLiteral("Scratch through a symlink"));
        const QString root = QFileInfo(m_h.dbPath()).absolutePath() + QStringLiteral("/workspaces");
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QFile::link(outside, root + QLatin1Char('/') + id));
        const auto claimed = m_h.run({QStringLiteral("claim"), id});
        QCOMPARE(claimed.code, 0);
        QVERIFY(claimed.out.contains(id.toUtf8()));
        const auto r = m_h.run({QStringLiteral("complete"), id});
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(outside + QStringLiteral("/keep.txt")));
        QVERIFY(QFileInfo(root + QLatin1Char('/') + id).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"
