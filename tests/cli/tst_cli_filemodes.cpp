// Files that hold secrets are the user's alone: the config (profiles and
// their --env values, e.g. API keys) and the REST API token are created
// 0600 even under umask 0, and a config left 0644 is tightened on the next
// write, with one note on stderr.
#include "tests/cli/CliHarness.h"

#include <QFile>
#include <QtTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString configOf(const CliHarness &h)
{
    return h.environment().value(QStringLiteral("QKANBAN_CONFIG"));
}

QStringList addProfile(const QString &name)
{
    return {QStringLiteral("profiles"),      QStringLiteral("add"),  name,
            QStringLiteral("--command"),     QStringLiteral("true"), QStringLiteral("--env"),
            QStringLiteral("API_KEY=s3cret")};
}

QString tightenedNote(const QString &path)
{
    return QStringLiteral("qkanban: tightened permissions of %1 to 0600 (it holds profile "
                          "environments)")
        .arg(path);
}

} // namespace

class TstCliFileModes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The children inherit it: nothing may rely on a friendly umask.
        ::umask(0);
    }

    void aNewConfigIsCreatedPrivate()
    {
        CliHarness h;
        const auto r = h.run(addProfile(QStringLiteral("coder")));
        QCOMPARE(r.code, 0);
        QCOMPARE(modeOf(configOf(h)), 0600);
        QVERIFY(!r.errText().contains(QLatin1String("tightened")));
        QVERIFY(h.run({QStringLiteral("profiles"), QStringLiteral("list")})
                    .text()
                    .contains(QLatin1String("coder")));
    }

    void aLooseConfigIsTightenedOnTheNextWriteWithOneNote()
    {
        CliHarness h;
        const QString config = configOf(h);
        QVERIFY(QDir().mkpath(QFileInfo(config).absolutePath()));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profile.old]\ncommand=true\nenv=TOKEN=abc\n");
        f.close();
        QVERIFY(::chmod(QFile::encodeName(config).constData(), 0644) == 0);

        // Reading leaves it alone.
        auto r = h.run({QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QCOMPARE(modeOf(config), 0644);
        QVERIFY(r.err.isEmpty());

        r = h.run(addProfile(QStringLiteral("coder")));
        QCOMPARE(r.code, 0);
        QCOMPARE(modeOf(config), 0600);
        QCOMPARE(r.errLines().count(tightenedNote(config)), 1);
        QCOMPARE(r.errLines().size(), 1);

        r = h.run(addProfile(QStringLiteral("reviewer")));
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(modeOf(config), 0600);
        const QString list = h.run({QStringLiteral("profiles"), QStringLiteral("list")}).text();
        for (const char *name : {"old", "coder", "reviewer"})
            QVERIFY2(list.contains(QLatin1String(name)), name);
    }

    void removingAProfileAlsoTightens()
    {
        CliHarness h;
        QCOMPARE(h.run(addProfile(QStringLiteral("coder"))).code, 0);
        const QString config = configOf(h);
        QVERIFY(::chmod(QFile::encodeName(config).constData(), 0664) == 0);
        const auto r =
            h.run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("coder")});
        QCOMPARE(r.code, 0);
        QCOMPARE(modeOf(config), 0600);
        QCOMPARE(r.errLines(), QStringList{tightenedNote(config)});
    }

    void theApiTokenIsCreatedPrivate()
    {
        CliHarness h;
        const auto r = h.run({QStringLiteral("serve"), QStringLiteral("--print-token")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text().trimmed().size(), 64);
        const QString token = h.path(QStringLiteral("home/api-token"));
        QCOMPARE(modeOf(token), 0600);
        // The same token next time, from the same file.
        QCOMPARE(h.run({QStringLiteral("serve"), QStringLiteral("--print-token")}).out, r.out);
        QCOMPARE(QDir(h.path(QStringLiteral("home")))
                     .entryList({QStringLiteral("api-token*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("api-token")});
    }
};

QTEST_GUILESS_MAIN(TstCliFileModes)
#include "tst_cli_filemodes.moc"
