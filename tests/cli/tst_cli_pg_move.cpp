// Moving a board between SQLite and PostgreSQL with the real binary: a
// board built on either backend is exported, imported into SQLite and into
// PostgreSQL (the same board and warnings on both; every task, link,
// comment, event, run and subscription kept; only what names the old
// board's workers is dropped, as on any import), then moved on to SQLite
// and to PostgreSQL again, exactly the same (the export's timestamp aside).
//
// The server: the URL in $QKANBAN_TEST_PG_URL_FILE or $QKANBAN_TEST_PG_URL
// (a role that may create databases; see tests/pg/pg-server.sh); without
// it the test is skipped.
#include "tests/cli/CliHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

namespace {

// The tests' server: the URL in the file $QKANBAN_TEST_PG_URL_FILE names
// (ctest's pg fixture), else $QKANBAN_TEST_PG_URL.
QString testServerUrl()
{
    QFile f(qEnvironmentVariable("QKANBAN_TEST_PG_URL_FILE"));
    if (!f.fileName().isEmpty() && f.open(QIODevice::ReadOnly))
        return QString::fromUtf8(f.readAll()).trimmed();
    return qEnvironmentVariable("QKANBAN_TEST_PG_URL");
}

// Scratch databases on the test server, dropped at the end.
class PgDatabases
{
public:
    PgDatabases() : m_url(testServerUrl()) {}
    ~PgDatabases()
    {
        {
            QSqlDatabase c = admin();
            for (const QString &name : std::as_const(m_created))
                QSqlQuery(c).exec(
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pgmoveadmin"));
    }
    bool isValid() const { return m_url.isValid() && !m_url.host().isEmpty(); }
    // The URL of a new empty database ("" on failure).
    QString create()
    {
        static int n = 0;
        const QString name =
            QStringLiteral("qk_pgio_move_%1_%2").arg(QCoreApplication::applicationPid()).arg(++n);
        QSqlDatabase c = admin();
        // A collation that does not order text as bytes (ICU, PostgreSQL
        // 15+), where the server has one: the export must not depend on it.
        if (!QSqlQuery(c).exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 "
                                              "LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
                                   .arg(name)) &&
            !QSqlQuery(c).exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return {};
        m_created << name;
        QUrl u(m_url);
        u.setPath(QLatin1Char('/') + name);
        return u.toString();
    }

private:
    QSqlDatabase admin() const
    {
        QSqlDatabase c = QSqlDatabase::database(QStringLiteral("pgmoveadmin"));
        if (c.isValid())
            return c;
        c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgmoveadmin"));
        c.setHostName(m_url.host());
        c.setPort(m_url.port(5432));
        c.setUserName(m_url.userName());
        c.setPassword(m_url.password());
        c.setDatabaseName(m_url.path().mid(1));
        c.open();
        return c;
    }

    QUrl m_url;
    QStringList m_created;
};

QJsonObject readExport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.remove(QStringLiteral("exported_at"));
    return o;
}

// "" when equal, else where they first differ.
QString difference(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys)) {
        if (a.value(k) == b.value(k))
            continue;
        if (a.value(k).isArray() && b.value(k).isArray()) {
            const QJsonArray x = a.value(k).toArray(), y = b.value(k).toArray();
            if (x.size() != y.size())
                return QStringLiteral("%1: %2 rows vs %3").arg(k).arg(x.size()).arg(y.size());
            for (qsizetype i = 0; i < x.size(); ++i) {
                if (x.at(i) != y.at(i))
                    return QStringLiteral("%1[%2]: %3\n  vs %4")
                        .arg(k)
                        .arg(i)
                        .arg(QString::fromUtf8(QJsonDocument(x.at(i).toObject()).toJson()),
                             QString::fromUtf8(QJsonDocument(y.at(i).toObject()).toJson()));
            }
        }
        return QStringLiteral("%1: %2 vs %3")
            .arg(k, QString::fromUtf8(QJsonDocument(QJsonArray{a.value(k)}).toJson()),
                 QString::fromUtf8(QJsonDocument(QJsonArray{b.value(k)}).toJson()));
    }
    return {};
}

} // namespace

class TstCliPgMove : public QObject
{
    Q_OBJECT

    PgDatabases *m_pg = nullptr;

    static QString ok(const CliHarness &h, const QStringList &args)
    {
        const auto r = h.run(args);
        if (r.code != 0)
            qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.code == 0 ? r.text() : QStringLiteral("<failed>");
    }

    // A board with a bit of everything, built through the CLI.
    static bool buildBoard(const CliHarness &h, const QStringList &db)
    {
        auto create = [&](const QString &title, const QStringList &extra = {}) {
            return h.create(title, db + extra);
        };
        auto run = [&](const QStringList &args) { return h.run(db + args).code == 0; };
        if (!run({QStringLiteral("init")}))
            return false;
        auto subscribe = [&](const QString &task, const QString &chat) {
            return run({QStringLiteral("notify-subscribe"), task, QStringLiteral("--platform"),
                        QStringLiteral("desktop"), QStringLiteral("--chat-id"), chat});
        };
        const QString a =
            create(QStringLiteral("Parent: ünïcode ✓, 'quotes' \"too\""),
                   {QStringLiteral("--assignee"), QStringLiteral("coder"),
                    QStringLiteral("--priority"), QStringLiteral("3"), QStringLiteral("--body"),
                    QStringLiteral("line one\nline two\t;")});
        const QString b =
            create(QStringLiteral("Child"), {QStringLiteral("--parent"), a,
                                             QStringLiteral("--skill"), QStringLiteral("rust")});
        const QString c = create(QStringLiteral("Grandchild"),
                                 {QStringLiteral("--parent"), b, QStringLiteral("--parent"), a,
                                  QStringLiteral("--tenant"), QStringLiteral("acme"),
                                  QStringLiteral("--idempotency-key"), QStringLiteral("k-1")});
        const QString blocked = create(QStringLiteral("Blocked one"),
                                       {QStringLiteral("--max-retries"), QStringLiteral("2"),
                                        QStringLiteral("--max-runtime"), QStringLiteral("90s")});
        const QString archived = create(QStringLiteral("Archived one"));
        const QString gone = create(QStringLiteral("Deleted one"));
        const QString reclaimed = create(QStringLiteral("Reclaimed once"));
        const QString triage = create(QStringLiteral("An idea"), {QStringLiteral("--triage")});
        const QString empty = create(QStringLiteral("Empty body"),
                                     {QStringLiteral("--body"), QString(),
                                      QStringLiteral("--workspace"), QStringLiteral("dir:/tmp/x")});
        for (const QString &id : {a, b, c, blocked, archived, gone, reclaimed, triage, empty}) {
            if (id.isEmpty())
                return false;
        }
        return run({QStringLiteral("claim"), a}) &&
               run({QStringLiteral("heartbeat"), a, QStringLiteral("--note"),
                    QStringLiteral("half way")}) &&
               run({QStringLiteral("comment"), a, QStringLiteral("working on it"),
                    QStringLiteral("--author"), QStringLiteral("coder")}) &&
               run({QStringLiteral("complete"), a, QStringLiteral("--summary"),
                    QStringLiteral("did it"), QStringLiteral("--metadata"),
                    QStringLiteral("{\"files\": [\"a.cpp\"], \"n\": 2}")}) &&
               run({QStringLiteral("comment"), b, QStringLiteral("first")}) &&
               run({QStringLiteral("comment"), b, QStringLiteral("second, with émoji 🎉")}) &&
               run({QStringLiteral("claim"), blocked}) &&
               run({QStringLiteral("block"), blocked, QStringLiteral("needs"),
                    QStringLiteral("a key")}) &&
               run({QStringLiteral("claim"), reclaimed}) &&
               run({QStringLiteral("reclaim"), reclaimed, QStringLiteral("--reason"),
                    QStringLiteral("host went away")}) &&
               // Chat ids that sort differently as bytes and by a locale.
               subscribe(b, QStringLiteral("me")) && subscribe(b, QStringLiteral("Me")) &&
               subscribe(b, QStringLiteral("_me")) && subscribe(a, QStringLiteral("me")) &&
               run({QStringLiteral("edit"), b, QStringLiteral("--title"),
                    QStringLiteral("Child, renamed")}) &&
               run({QStringLiteral("archive"), archived}) &&
               // Deleting leaves gaps in the id sequences that must survive.
               run({QStringLiteral("comment"), gone, QStringLiteral("soon gone")}) &&
               run({QStringLiteral("claim"), gone}) && run({QStringLiteral("complete"), gone}) &&
               run({QStringLiteral("archive"), gone}) &&
               run({QStringLiteral("archive"), QStringLiteral("--rm"), gone});
    }

    // import FILE into the board at db, then export it to out; returns
    // the import's stderr (its warnings).
    static QByteArray importExport(const CliHarness &h, const QStringList &db, const QString &file,
                                   const QString &out)
    {
        const auto in = h.run(db + QStringList{QStringLiteral("import"), file});
        if (in.code != 0)
            return "import failed: " + in.err;
        const auto ex =
            h.run(db + QStringList{QStringLiteral("export"), QStringLiteral("-o"), out});
        if (ex.code != 0)
            return "export failed: " + ex.err;
        return in.err;
    }

    // An import drops, by design, what names the other board's processes
    // and folders: claim locks and worker fields, scratch workspace paths.
    static QJsonObject withoutDetachedFields(QJsonObject o)
    {
        for (const char *key : {"tasks", "runs"}) {
            QJsonArray rows = o.value(QLatin1String(key)).toArray();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QJsonObject r = rows.at(i).toObject();
                for (const char *f : {"claim_lock", "claim_expires", "worker_pid", "worker_host",
                                      "worker_fingerprint"})
                    r.remove(QLatin1String(f));
                if (r.value(QStringLiteral("workspace_kind")) != QLatin1String("dir"))
                    r.remove(QStringLiteral("workspace_path"));
                rows[i] = r;
            }
            o.insert(QLatin1String(key), rows);
        }
        return o;
    }

    // What an import stamps with its own time: the detached tasks' updated_at,
    // their runs' ended_at, its events' created_at.
    static QJsonObject withoutImportTimes(QJsonObject o)
    {
        const QList<QPair<const char *, const char *>> stamps{
            {"tasks", "updated_at"}, {"runs", "ended_at"}, {"events", "created_at"}};
        QSet<QString> detached;
        for (const QJsonValue &e : o.value(QStringLiteral("events")).toArray()) {
            if (e.toObject()
                    .value(QStringLiteral("payload"))
                    .toString()
                    .contains(QLatin1String("\"imported\"")))
                detached << e.toObject().value(QStringLiteral("task_id")).toString();
        }
        for (const auto &[key, field] : stamps) {
            QJsonArray rows = o.value(QLatin1String(key)).toArray();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QJsonObject r = rows.at(i).toObject();
                const QString task =
                    r.value(QLatin1String(qstrcmp(key, "tasks") == 0 ? "id" : "task_id"))
                        .toString();
                if (detached.contains(task))
                    r.remove(QLatin1String(field));
                rows[i] = r;
            }
            o.insert(QLatin1String(key), rows);
        }
        return o;
    }

private slots:
    void initTestCase()
    {
        m_pg = new PgDatabases;
        if (!m_pg->isValid())
            QSKIP("no PostgreSQL server (QKANBAN_TEST_PG_URL_FILE or QKANBAN_TEST_PG_URL)");
    }
    void cleanupTestCase() { delete m_pg; }

    void movingABoardKeepsEverything_data()
    {
        QTest::addColumn<bool>("fromPostgres");
        QTest::newRow("built on SQLite") << false;
        QTest::newRow("built on PostgreSQL") << true;
    }
    void movingABoardKeepsEverything()
    {
        QFETCH(bool, fromPostgres);
        CliHarness h;
        auto sqlite = [&h](const char *file) {
            return QStringList{QStringLiteral("--db"), h.path(QString::fromLatin1(file))};
        };
        auto postgres = [this]() { return QStringList{QStringLiteral("--db"), m_pg->create()}; };
        const QStringList origin = fromPostgres ? postgres() : sqlite("origin.db");
        QVERIFY(buildBoard(h, origin));
        const QString first = h.path(QStringLiteral("1-origin.json"));
        QCOMPARE(
            h.run(origin + QStringList{QStringLiteral("export"), QStringLiteral("-o"), first}).code,
            0);
        const QJsonObject original = readExport(first);
        QVERIFY(original.value(QStringLiteral("events")).toArray().size() > 10);
        QVERIFY(original.value(QStringLiteral("runs")).toArray().size() >= 3);

        // The same file into SQLite and into PostgreSQL: the same board,
        // the same warnings, and every row of the original.
        const QString refJson = h.path(QStringLiteral("2-sqlite.json"));
        const QByteArray refWarnings = importExport(h, sqlite("ref.db"), first, refJson);
        QVERIFY2(!refWarnings.contains("failed"), refWarnings.constData());
        const QStringList pg = postgres();
        const QString second = h.path(QStringLiteral("2-postgres.json"));
        QCOMPARE(importExport(h, pg, first, second), refWarnings);
        const QJsonObject moved = readExport(second);
        const QString d1 = difference(readExport(refJson), moved);
        QVERIFY2(d1.isEmpty(), qPrintable(d1));
        const QString d2 =
            difference(withoutDetachedFields(original), withoutDetachedFields(moved));
        QVERIFY2(d2.isEmpty(), qPrintable(d2));

        // Then to SQLite and to PostgreSQL again: nothing is left to
        // detach, the board stays exactly the same.
        const QString third = h.path(QStringLiteral("3-sqlite.json"));
        QCOMPARE(importExport(h, sqlite("back.db"), second, third), QByteArray());
        const QString d3 = difference(moved, readExport(third));
        QVERIFY2(d3.isEmpty(), qPrintable(d3));
        const QStringList pgAgain = postgres();
        const QString fourth = h.path(QStringLiteral("4-postgres.json"));
        QCOMPARE(importExport(h, pgAgain, third, fourth), QByteArray());
        const QString d4 = difference(moved, readExport(fourth));
        QVERIFY2(d4.isEmpty(), qPrintable(d4));

        // The moved board keeps working: new ids come after the sequences.
        const qint64 lastComment = moved.value(QStringLiteral("sequences"))
                                       .toObject()
                                       .value(QStringLiteral("task_comments"))
                                       .toInteger();
        const QString parent = moved.value(QStringLiteral("tasks"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QVERIFY(!h.create(QStringLiteral("after the move"), pgAgain).isEmpty());
        QCOMPARE(
            h.run(pgAgain + QStringList{QStringLiteral("comment"), parent, QStringLiteral("new")})
                .code,
            0);
        const QString fifth = h.path(QStringLiteral("5-postgres.json"));
        QCOMPARE(h.run(pgAgain + QStringList{QStringLiteral("export"), QStringLiteral("-o"), fifth})
                     .code,
                 0);
        const QJsonArray comments = readExport(fifth).value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.last().toObject().value(QStringLiteral("id")).toInteger(),
                 lastComment + 1);
    }

    // A Hermes kanban.db imports into PostgreSQL as into SQLite (only the
    // time of the import's own events differs).
    void hermesImportIsTheSameOnBothBackends()
    {
        CliHarness h;
        const QString hermes = QStringLiteral(QKANBAN_HERMES_FIXTURE);
        const QStringList sqlite{QStringLiteral("--db"), h.path(QStringLiteral("hermes.db"))};
        const QStringList pg{QStringLiteral("--db"), m_pg->create()};
        QList<QJsonObject> exports;
        QList<QByteArray> warnings;
        for (const QStringList &db : {sqlite, pg}) {
            const auto in = h.run(db + QStringList{QStringLiteral("import"),
                                                   QStringLiteral("--from-hermes"), hermes});
            QVERIFY2(in.code == 0, in.err.constData());
            warnings << in.err;
            const QString out = h.path(QStringLiteral("hermes-%1.json").arg(exports.size()));
            QCOMPARE(
                h.run(db + QStringList{QStringLiteral("export"), QStringLiteral("-o"), out}).code,
                0);
            exports << withoutImportTimes(readExport(out));
        }
        QCOMPARE(warnings.at(1), warnings.at(0));
        QVERIFY(exports.at(0).value(QStringLiteral("tasks")).toArray().size() > 0);
        const QString d = difference(exports.at(0), exports.at(1));
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }

    // Import needs an empty board on PostgreSQL too, and changes nothing
    // when it refuses.
    void importIntoANonEmptyPostgresBoardIsRefused()
    {
        CliHarness h;
        const QString url = m_pg->create();
        const QStringList pg{QStringLiteral("--db"), url};
        QCOMPARE(h.run(pg + QStringList{QStringLiteral("init")}).code, 0);
        QVERIFY(!h.create(QStringLiteral("already here"), pg).isEmpty());
        const QString file = h.path(QStringLiteral("one.json"));
        QCOMPARE(h.run(pg + QStringList{QStringLiteral("export"), QStringLiteral("-o"), file}).code,
                 0);
        const QByteArray before = h.snapshot(pg);
        const auto r = h.run(pg + QStringList{QStringLiteral("import"), file});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errText().contains(QStringLiteral("empty board")), qPrintable(r.errText()));
        QCOMPARE(h.snapshot(pg), before);
    }
};

QTEST_GUILESS_MAIN(TstCliPgMove)
#include "tst_cli_pg_move.moc"
