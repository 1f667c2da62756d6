// Fuzz findings, fixed: the saved inputs replayed through the fuzz harness,
// and one behaviour test per bug.
#include "tests/fuzz/FuzzHarness.h"

#include "app/VerbGroups.h"
#include "app/VerbTable.h"
#include "dispatcher/net/RestRoutes.h"
#include "model/Board.h"
#include "model/Kernel.h"
#include "model/io/BoardIo.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kInputs = QStringLiteral(QKANBAN_FUZZ_INPUTS);
const QString kSeeds = QStringLiteral(QKANBAN_FUZZ_SEEDS);

using Target = QString (*)(const QByteArray &);

Target targetFor(const QString &name)
{
    if (name == QLatin1String("command"))
        return FuzzHarness::command;
    if (name == QLatin1String("import_json"))
        return FuzzHarness::importJson;
    if (name == QLatin1String("import_hermes"))
        return FuzzHarness::importHermes;
    if (name == QLatin1String("rest"))
        return FuzzHarness::rest;
    return nullptr;
}

// One board in its own temporary folder, on a fixed clock.
struct TempBoard
{
    QTemporaryDir dir;
    ManualClock clock{1'800'000'000};
    std::unique_ptr<Board> board;

    TempBoard()
    {
        BoardLocation loc;
        loc.root = dir.path();
        loc.slug = QStringLiteral("default");
        loc.boardDir = dir.path();
        loc.dbPath = dir.filePath(QStringLiteral("board.db"));
        loc.isPinned = true;
        board = std::make_unique<Board>(loc, &clock);
    }
};

RestRequest post(const QString &path, const QByteArray &body)
{
    return RestRequest{QStringLiteral("POST"), path, {}, body};
}

} // namespace

class TestFuzzRegress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FuzzHarness::initialise(); }

    // Every saved input and seed, through the same function libFuzzer calls.
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const QString &base : {kInputs, kSeeds}) {
            for (const QString &target : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QDir dir(base + QLatin1Char('/') + target);
                for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
                    QTest::newRow(
                        qPrintable(QStringLiteral("%1/%2/%3").arg(QDir(base).dirName(), target, f)))
                        << target << dir.filePath(f);
            }
        }
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const Target run = targetFor(target);
        QVERIFY2(run, qPrintable(QStringLiteral("no fuzz target named ") + target));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString problem = run(f.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // fuzz_command: `serve` in the command bar ran an event loop until
    // SIGINT. It now refuses, like `daemon`; --print-token still answers.
    void commandBarRefusesServe()
    {
        VerbTable verbs;
        registerAllVerbs(verbs);
        const QString out = verbs.runCommandLine(QStringLiteral("serve --port 0"));
        QVERIFY2(out.contains(QLatin1String("serve runs in a terminal")), qPrintable(out));
        QVERIFY(verbs.runCommandLine(QStringLiteral("daemon"))
                    .contains(QLatin1String("daemon runs in a terminal")));
        const QString token = verbs.runCommandLine(QStringLiteral("serve --print-token"));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        QVERIFY2(hex.match(token).hasMatch(), qPrintable(token));
    }

    // fuzz_command: `--db NAME` with a name too long for NAME-wal created
    // the file, then retried the WAL switch for the whole busy timeout
    // (30 s). It is now refused at once and nothing is created.
    void dbNameTooLongForWal()
    {
        QTemporaryDir dir;
        const QString name = QString(248, QLatin1Char('x'));
        VerbTable verbs;
        registerAllVerbs(verbs);
        const QString out =
            verbs.runCommandLine(QStringLiteral("--db %1/%2 create x").arg(dir.path(), name));
        QVERIFY2(
            out.contains(QLatin1String("database file name is too long (248 bytes; at most 247)")),
            qPrintable(out));
        QVERIFY(!QFile::exists(dir.filePath(name)));
        // 247 bytes leave room for "-journal": a working board.
        const QString fits = QString(247, QLatin1Char('y'));
        const QString created =
            verbs.runCommandLine(QStringLiteral("--db %1/%2 create fits").arg(dir.path(), fits));
        QVERIFY2(created.startsWith(QLatin1String("Created t_")), qPrintable(created));
    }

    // fuzz_rest: an integer field of 1e300 was cast to qint64 (UB) before
    // its range was checked. Out-of-range and fractional numbers are 400s.
    void restIntegerRange_data()
    {
        QTest::addColumn<QByteArray>("priority");
        QTest::addColumn<int>("status");
        QTest::newRow("1e300") << QByteArray("1e300") << 400;
        QTest::newRow("-1e300") << QByteArray("-1e300") << 400;
        QTest::newRow("1e19") << QByteArray("1e19") << 400;
        QTest::newRow("9.5e15") << QByteArray("9.5e15") << 400;
        QTest::newRow("fraction") << QByteArray("1.5") << 400;
        QTest::newRow("9e15") << QByteArray("9e15") << 201;
        QTest::newRow("-7") << QByteArray("-7") << 201;
    }
    void restIntegerRange()
    {
        QFETCH(QByteArray, priority);
        QFETCH(int, status);
        TempBoard b;
        RestRoutes routes(*b.board);
        const RestReply created = routes.handle(
            post(QStringLiteral("/tasks"), "{\"title\": \"t\", \"priority\": " + priority + "}"));
        QCOMPARE(created.status, status);
        const QJsonObject body = QJsonDocument::fromJson(created.body.dump(0)).object();
        if (status == 400)
            QCOMPARE(body.value(QStringLiteral("error")).toString(),
                     QStringLiteral("priority must be an integer"));
        else
            QCOMPARE(body.value(QStringLiteral("task"))
                         .toObject()
                         .value(QStringLiteral("priority"))
                         .toDouble(),
                     priority.toDouble());
    }

    // fuzz_import_hermes: REAL values beyond qint64 in integer columns were
    // cast (UB). They now count as missing: the column's default applies.
    void hermesOutOfRangeReals()
    {
        TempBoard b;
        const BoardIo::ImportStats stats = BoardIo::importHermes(
            *b.board, kInputs + QStringLiteral("/import_hermes/out-of-range-reals.db"));
        QCOMPARE(stats.tasks, 8);
        Kernel k(*b.board);
        const Task huge = k.requireTask(QStringLiteral("t_a38217c9")); // priority 1e300
        QCOMPARE(huge.priority, 0);
        const Task odd =
            k.requireTask(QStringLiteral("t_ca13b44e")); // created_at 9e99, started_at -1e300
        QCOMPARE(odd.createdAt, b.clock.now());
        QVERIFY(!odd.startedAt.has_value());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegress)
#include "tst_fuzzregress.moc"
