// Bad input on PostgreSQL, with the real binary: an unreachable server, a
// wrong password, a database without the schema and a server of an
// unsupported version each give one line on stderr and exit 1, write
// nothing, and never show the password. The password may come from the
// URL, PGPASSWORD or ~/.pgpass; workers the dispatcher starts never carry
// it in their arguments.
//
// The server: the URL in $QKANBAN_TEST_PG_URL_FILE or $QKANBAN_TEST_PG_URL
// (a role that may create databases; see tests/pg/pg-server.sh). Without it only the cases that
// need no real server run (unreachable, unsupported version).
#include "tests/cli/CliHarness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

const QString kSecret = QStringLiteral("Pw-s3cret-9f1d");

// A loopback port nobody listens on: the kernel picks a free one.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

// The test server, and scratch databases on it (dropped at the end).
class PgServer
{
public:
    PgServer() : m_url(testServerUrl()) {}
    ~PgServer()
    {
        for (const QString &name : std::as_const(m_created))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        QSqlDatabase::removeDatabase(QStringLiteral("pgadmin"));
    }
    bool isValid() const { return m_url.isValid() && !m_url.host().isEmpty(); }
    QString user() const { return m_url.userName(); }
    QString password() const { return m_url.password(); }
    QString host() const { return m_url.host(); }
    int port() const { return m_url.port(5432); }

    // A new empty database; "" on failure.
    QString createDatabase()
    {
        static int n = 0;
        const QString name =
            QStringLiteral("qk_pgio_bad_%1_%2").arg(QCoreApplication::applicationPid()).arg(++n);
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return {};
        m_created << name;
        return name;
    }
    // postgresql://user[:password]@host:port/db
    QString url(const QString &db, const QString &password) const
    {
        QUrl u(m_url);
        u.setPassword(password.isEmpty() ? QString() : password);
        u.setPath(QLatin1Char('/') + db);
        return u.toString();
    }
    // The tables of the public schema of db, sorted.
    QStringList tables(const QString &db)
    {
        QStringList out;
        {
            QSqlDatabase c = connect(QStringLiteral("pgtables"), db);
            if (!c.isOpen())
                out << QStringLiteral("<cannot connect: %1>").arg(c.lastError().text());
            QSqlQuery q(c);
            if (c.isOpen())
                q.exec(QStringLiteral("SELECT relname FROM pg_class c JOIN pg_namespace n ON "
                                      "n.oid = c.relnamespace WHERE n.nspname = 'public' "
                                      "ORDER BY relname"));
            while (q.next())
                out << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pgtables"));
        return out;
    }

private:
    QSqlDatabase connect(const QString &name, const QString &db) const
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(host());
        c.setPort(port());
        c.setUserName(user());
        c.setPassword(password());
        c.setDatabaseName(db);
        c.open();
        return c;
    }
    bool admin(const QString &sql)
    {
        QSqlDatabase c = QSqlDatabase::database(QStringLiteral("pgadmin"));
        if (!c.isValid())
            c = connect(QStringLiteral("pgadmin"), m_url.path().mid(1));
        QSqlQuery q(c);
        return q.exec(sql);
    }

    QUrl m_url;
    QStringList m_created;
};

// The fake PostgreSQL 9.4 server of tests/pg, logging what it receives.
class FakeOldServer
{
public:
    bool start(const QString &logPath)
    {
        m_log = logPath;
        m_p.start(QStringLiteral("python3"),
                  {QStringLiteral(QKANBAN_FAKE_OLD_PG), QStringLiteral("--log"), logPath});
        if (!m_p.waitForStarted(10000))
            return false;
        while (!m_p.canReadLine() && m_p.waitForReadyRead(10000)) {
        }
        m_port = m_p.readLine().trimmed().toInt();
        return m_port > 0;
    }
    ~FakeOldServer()
    {
        m_p.kill();
        m_p.waitForFinished();
    }
    int port() const { return m_port; }
    // Statements that would write, from the log.
    QStringList writes() const
    {
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression write(
            QStringLiteral("^(PREPARE \\S+ AS )?(CREATE|INSERT|UPDATE|DELETE|ALTER|DROP|TRUNCATE|"
                           "COPY|GRANT|COMMENT)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (write.match(QString::fromUtf8(line)).hasMatch())
                out << QString::fromUtf8(line);
        }
        return out;
    }

private:
    QProcess m_p;
    QString m_log;
    int m_port = 0;
};

// Database files anywhere in the harness's folders (nothing may be created).
QStringList databaseFiles(const CliHarness &h)
{
    QStringList out;
    QDirIterator it(h.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (f.endsWith(QLatin1String(".db")) || f.contains(QLatin1String(".db-")))
            out << f;
    }
    return out;
}

// Verbs that open the board; none may create the schema but init/import.
void addVerbRows()
{
    QTest::addColumn<QStringList>("args");
    const QString unknown = QStringLiteral("t_00000000");
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("create") << QStringList{QStringLiteral("create"), QStringLiteral("x")};
    QTest::newRow("show") << QStringList{QStringLiteral("show"), unknown};
    QTest::newRow("comment") << QStringList{QStringLiteral("comment"), unknown,
                                            QStringLiteral("x")};
    QTest::newRow("claim") << QStringList{QStringLiteral("claim"), unknown};
    QTest::newRow("export") << QStringList{QStringLiteral("export")};
    QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
    QTest::newRow("gc") << QStringList{QStringLiteral("gc")};
}

} // namespace

class TstCliPgBadInput : public QObject
{
    Q_OBJECT

    PgServer *m_pg = nullptr;

    // One line, "qkanban: ...", exit 1, nothing on stdout, no password.
    static void checkRefusal(const CliHarness::Result &r, const QStringList &fragments,
                             const QStringList &secrets)
    {
        QVERIFY2(r.code == 1,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.errText())));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.errText()));
        QVERIFY2(r.errText().startsWith(QStringLiteral("qkanban: ")), qPrintable(r.errText()));
        for (const QString &f : fragments)
            QVERIFY2(r.errText().contains(f, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(f, r.errText())));
        for (const QString &s : secrets) {
            QVERIFY2(!r.errText().contains(s), qPrintable(r.errText()));
            QVERIFY(!r.text().contains(s));
        }
    }

    void needServer()
    {
        if (!m_pg->isValid())
            QSKIP("no PostgreSQL server (QKANBAN_TEST_PG_URL_FILE or QKANBAN_TEST_PG_URL)");
    }

private slots:
    void initTestCase() { m_pg = new PgServer; }
    void cleanupTestCase() { delete m_pg; }

    // "qkanban: cannot reach PostgreSQL at 127.0.0.1:<port>: Connection refused"
    void unreachableServer_data()
    {
        addVerbRows();
        QTest::newRow("init") << QStringList{QStringLiteral("init")};
    }
    void unreachableServer()
    {
        QFETCH(QStringList, args);
        CliHarness h;
        const int port = closedPort();
        const QString url =
            QStringLiteral("postgresql://qkanban:%1@127.0.0.1:%2/qk").arg(kSecret).arg(port);
        checkRefusal(h.run(QStringList{QStringLiteral("--db"), url} + args),
                     {QString::number(port), QStringLiteral("refused")}, {kSecret});
        if (QTest::currentTestFailed())
            return;
        // The same through QKANBAN_DB.
        h.setEnv(QStringLiteral("QKANBAN_DB"), url);
        checkRefusal(h.run(args), {QString::number(port)}, {kSecret});
        QCOMPARE(databaseFiles(h), QStringList());
    }

    // "qkanban: PostgreSQL refused the login of qkanban@<host>:<port>/<db>: wrong password or
    // no access (password authentication failed for user \"qkanban\")"
    void wrongPassword_data() { unreachableServer_data(); }
    void wrongPassword()
    {
        needServer();
        QFETCH(QStringList, args);
        CliHarness h;
        const QString db = m_pg->createDatabase();
        QVERIFY(!db.isEmpty());
        const QString url = m_pg->url(db, kSecret);
        checkRefusal(h.run(QStringList{QStringLiteral("--db"), url} + args),
                     {QStringLiteral("password authentication failed")},
                     {kSecret, m_pg->password()});
        QCOMPARE(m_pg->tables(db), QStringList());
        QCOMPARE(databaseFiles(h), QStringList());
    }

    // "qkanban: PostgreSQL database qkanban@<host>:<port>/<db> holds no qkanban board; create
    // one with `qkanban --headless --db postgresql://qkanban@<host>:<port>/<db> init`"
    void databaseWithoutSchema_data() { addVerbRows(); }
    void databaseWithoutSchema()
    {
        needServer();
        QFETCH(QStringList, args);
        CliHarness h;
        const QString db = m_pg->createDatabase();
        QVERIFY(!db.isEmpty());
        checkRefusal(
            h.run(QStringList{QStringLiteral("--db"), m_pg->url(db, m_pg->password())} + args),
            {QStringLiteral("init")}, {m_pg->password()});
        QCOMPARE(m_pg->tables(db), QStringList());
        QCOMPARE(databaseFiles(h), QStringList());
    }

    // "qkanban: PostgreSQL at <host>:<port> has no database '<db>'; create it first
    // (createdb <db>)"
    void missingDatabase()
    {
        needServer();
        CliHarness h;
        const QString db =
            QStringLiteral("qk_pgio_never_created_%1").arg(QCoreApplication::applicationPid());
        for (const QString &verb : {QStringLiteral("init"), QStringLiteral("list")}) {
            checkRefusal(h.run({QStringLiteral("--db"), m_pg->url(db, m_pg->password()), verb}),
                         {QStringLiteral("no database '%1'").arg(db)}, {m_pg->password()});
        }
        QVERIFY(m_pg->tables(db).value(0).startsWith(QStringLiteral("<cannot connect")));
    }

    // The counterpart: init creates the schema in an empty database.
    void initCreatesTheSchemaInAnEmptyDatabase()
    {
        needServer();
        CliHarness h;
        const QString db = m_pg->createDatabase();
        const QString url = m_pg->url(db, m_pg->password());
        const auto r = h.run({QStringLiteral("--db"), url, QStringLiteral("init")});
        QVERIFY2(r.code == 0, qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(m_pg->password()));
        QVERIFY(!r.text().contains(m_pg->password()));
        QVERIFY(m_pg->tables(db).contains(QStringLiteral("tasks")));
        QCOMPARE(h.run({QStringLiteral("--db"), url, QStringLiteral("list")}).code, 0);
    }

    // "qkanban: PostgreSQL 9.4 at 127.0.0.1:<port> is too old: qkanban needs PostgreSQL 12 or
    // newer"
    void unsupportedServerVersion_data() { unreachableServer_data(); }
    void unsupportedServerVersion()
    {
        QFETCH(QStringList, args);
        CliHarness h;
        FakeOldServer fake;
        QVERIFY(fake.start(h.path(QStringLiteral("fake.log"))));
        const QString url =
            QStringLiteral("postgresql://qkanban:%1@127.0.0.1:%2/qk").arg(kSecret).arg(fake.port());
        checkRefusal(h.run(QStringList{QStringLiteral("--db"), url} + args),
                     {QStringLiteral("9.4"), QStringLiteral("too old")}, {kSecret});
        QCOMPARE(fake.writes(), QStringList());
        QCOMPARE(databaseFiles(h), QStringList());
    }

    // A password with URL escapes shows in neither form, and a malformed
    // URL is refused without it too.
    void escapedPasswordNeverShows()
    {
        CliHarness h;
        FakeOldServer fake;
        QVERIFY(fake.start(h.path(QStringLiteral("fake.log"))));
        const QString encoded = QStringLiteral("s3c%40r%3Aet%2F"),
                      decoded = QStringLiteral("s3c@r:et/");
        const QStringList urls{
            QStringLiteral("postgresql://qkanban:%1@127.0.0.1:%2/qk")
                .arg(encoded)
                .arg(closedPort()),
            QStringLiteral("postgresql://qkanban:%1@127.0.0.1:%2/qk").arg(encoded).arg(fake.port()),
            QStringLiteral("postgresql://qkanban:%1@127.0.0.1:%2/").arg(encoded).arg(fake.port()),
            QStringLiteral("postgresql://qkanban:%1@127.0.0.1:%2/qk?frob=1")
                .arg(encoded)
                .arg(fake.port())};
        for (const QString &url : urls) {
            const auto r = h.run({QStringLiteral("--db"), url, QStringLiteral("list")});
            checkRefusal(r, {}, {encoded, decoded, QStringLiteral("s3c")});
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(fake.writes(), QStringList());
    }

    // libpq's own sources of the password, when the URL has none.
    void passwordFromPgpasswordOrPgpass_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("PGPASSWORD") << QStringLiteral("env");
        QTest::newRow("~/.pgpass") << QStringLiteral("pgpass");
    }
    void passwordFromPgpasswordOrPgpass()
    {
        needServer();
        QFETCH(QString, source);
        CliHarness h;
        const QString db = m_pg->createDatabase();
        if (source == QLatin1String("env")) {
            h.setEnv(QStringLiteral("PGPASSWORD"), m_pg->password());
        } else {
            const QString home = h.environment().value(QStringLiteral("HOME"));
            QVERIFY(QDir().mkpath(home));
            QFile pgpass(home + QStringLiteral("/.pgpass"));
            QVERIFY(pgpass.open(QIODevice::WriteOnly));
            pgpass.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                             .arg(m_pg->host())
                             .arg(m_pg->port())
                             .arg(db, m_pg->user(), m_pg->password())
                             .toUtf8());
            pgpass.close();
            QVERIFY(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        const QString url = m_pg->url(db, {});
        QVERIFY(!url.contains(m_pg->password()));
        const auto init = h.run({QStringLiteral("--db"), url, QStringLiteral("init")});
        QVERIFY2(init.code == 0, qPrintable(init.errText()));
        const QString id =
            h.create(QStringLiteral("via libpq's password"), {QStringLiteral("--db"), url});
        QVERIFY(!id.isEmpty());
        const auto list = h.run({QStringLiteral("--db"), url, QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.text().contains(id));
        QVERIFY(!list.errText().contains(m_pg->password()));
    }

    // No password anywhere: libpq's reason, one line.
    void noPasswordAnywhere()
    {
        needServer();
        CliHarness h;
        const QString db = m_pg->createDatabase();
        checkRefusal(h.run({QStringLiteral("--db"), m_pg->url(db, {}), QStringLiteral("list")}),
                     {QStringLiteral("password")}, {m_pg->password()});
        QCOMPARE(m_pg->tables(db), QStringList());
    }

    // The worker the dispatcher starts records its own arguments and its
    // parent's (the dispatcher, given the URL in QKANBAN_DB): the password
    // is in neither, even with {db} in the command.
    void workersNeverCarryThePasswordInTheirArguments()
    {
        needServer();
        CliHarness h;
        const QString db = m_pg->createDatabase();
        const QString url = m_pg->url(db, m_pg->password());
        h.setEnv(QStringLiteral("QKANBAN_DB"), url); // not in our own arguments either
        QCOMPARE(h.run({QStringLiteral("init")}).code, 0);
        const QString argsFile = h.path(QStringLiteral("args.txt"));
        const QString command =
            QStringLiteral("sh -c 'for p in $$ $PPID; do tr \"\\000\" \" \" < /proc/$p/cmdline; "
                           "echo; done > \"$0.tmp\" && mv \"$0.tmp\" \"$0\"; "
                           "\"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\"' %1 {db}")
                .arg(argsFile);
        QCOMPARE(h.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("coder"),
                        QStringLiteral("--command"), command})
                     .code,
                 0);
        const QString id = h.create(QStringLiteral("look around"),
                                    {QStringLiteral("--assignee"), QStringLiteral("coder")});
        QVERIFY(!id.isEmpty());
        const auto d = h.run({QStringLiteral("dispatch")});
        QVERIFY2(d.code == 0, qPrintable(d.errText()));
        QVERIFY(!d.errText().contains(m_pg->password()));
        QVERIFY(!d.text().contains(m_pg->password()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(argsFile), 30000);
        QFile f(argsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY2(lines.value(0).startsWith("sh -c "), lines.value(0).constData());
        QVERIFY2(lines.value(1).contains("dispatch"), lines.value(1).constData());
        QVERIFY2(!lines.value(1).contains(m_pg->password().toUtf8()), lines.value(1).constData());
        QVERIFY2(!lines.value(0).contains(m_pg->password().toUtf8()), lines.value(0).constData());
    }
};

QTEST_GUILESS_MAIN(TstCliPgBadInput)
#include "tst_cli_pg_badinput.moc"
