#include "tests/cli/CliHarness.h"

#include <QJsonObject>
#include <QProcess>

QJsonDocument CliHarness::Result::json() const
{
    return QJsonDocument::fromJson(out);
}

QStringList CliHarness::Result::errLines() const
{
    return errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliHarness::CliHarness()
{
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"QKANBAN_DB", "QKANBAN_BOARD", "QKANBAN_TASK", "QKANBAN_RUN_ID", "QKANBAN_PROFILE",
          "QKANBAN_CLAIM_LOCK", "QKANBAN_WORKSPACE", "QKANBAN_TENANT"})
        m_env.remove(QString::fromLatin1(name));
    m_env.insert(QStringLiteral("QKANBAN_HOME"), m_dir.filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("QKANBAN_CONFIG"),
                 m_dir.filePath(QStringLiteral("config/qkanban/qkanban.conf")));
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("userhome")));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    // On PostgreSQL the default board is a new database that QKANBAN_DB pins.
    if (TestBackend::isPostgres())
        m_env.insert(QStringLiteral("QKANBAN_DB"), TestBackend::freshDatabaseUrl());
}

void CliHarness::useInThisProcess() const
{
    qputenv("QKANBAN_HOME", m_env.value(QStringLiteral("QKANBAN_HOME")).toUtf8());
    if (m_env.contains(QStringLiteral("QKANBAN_DB")))
        qputenv("QKANBAN_DB", m_env.value(QStringLiteral("QKANBAN_DB")).toUtf8());
    else
        qunsetenv("QKANBAN_DB");
    qunsetenv("QKANBAN_BOARD");
}

QString CliHarness::binary()
{
    return QStringLiteral(QKANBAN_BIN);
}

CliHarness::Result CliHarness::run(const QStringList &args, const QByteArray &stdinData) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(binary(), QStringList{QStringLiteral("--headless")} + args);
    Result r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString CliHarness::create(const QString &title, const QStringList &extra) const
{
    const Result r = run(QStringList{QStringLiteral("create"), title} + extra +
                         QStringList{QStringLiteral("--json")});
    if (r.code != 0)
        return {};
    return r.json().object().value(QStringLiteral("id")).toString();
}

QByteArray CliHarness::snapshot(const QStringList &globals) const
{
    const Result r = run(globals + QStringList{QStringLiteral("export")});
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    o.remove(QStringLiteral("exported_at"));
    const Result list =
        run(globals + QStringList{QStringLiteral("list"), QStringLiteral("--archived"),
                                  QStringLiteral("--json")});
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n' + list.out + r.err + list.err;
}
