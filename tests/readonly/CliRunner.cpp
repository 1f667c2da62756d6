#include "tests/readonly/CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

QStringList CliRunner::Result::errLines() const
{
    return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRunner::CliRunner()
{
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"QKANBAN_DB", "QKANBAN_BOARD", "QKANBAN_TASK", "QKANBAN_RUN_ID", "QKANBAN_PROFILE",
          "QKANBAN_CLAIM_LOCK", "QKANBAN_WORKSPACE", "QKANBAN_TENANT", "QKANBAN_BIN"})
        m_env.remove(QString::fromLatin1(name));
    m_env.insert(QStringLiteral("QKANBAN_HOME"), path(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    m_env.insert(QStringLiteral("QKANBAN_CONFIG"),
                 path(QStringLiteral("config/qkanban/qkanban.conf")));
    m_env.insert(QStringLiteral("HOME"), path(QStringLiteral("userhome")));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
}

QString CliRunner::binary()
{
    return QStringLiteral(QKANBAN_BIN);
}

CliRunner::Result CliRunner::run(const QStringList &args, int timeoutMs) const
{
    return start(binary(), QStringList{QStringLiteral("--headless")} + args, m_env, timeoutMs);
}

CliRunner::Result CliRunner::runRaw(const QList<QByteArray> &args, int timeoutMs) const
{
    // exec "$QKANBAN_UNDER_TEST" --headless "$(printf '\101\102')" ...
    QByteArray script = "exec \"$QKANBAN_UNDER_TEST\" --headless";
    for (const QByteArray &arg : args) {
        script += " \"$(printf '";
        for (const char c : arg)
            script += '\\' + QByteArray::number(uchar(c), 8).rightJustified(3, '0');
        script += "')\"";
    }
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("QKANBAN_UNDER_TEST"), binary());
    return start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromLatin1(script)},
                 env, timeoutMs);
}

CliRunner::Result CliRunner::start(const QString &program, const QStringList &args,
                                   const QProcessEnvironment &env, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    Result r;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.elapsedMs = t.elapsed();
    r.finished = true;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.code = r.crashed ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString CliRunner::create(const QString &title, const QStringList &extra) const
{
    const Result r = run(QStringList{QStringLiteral("create"), title} + extra +
                         QStringList{QStringLiteral("--json")});
    if (r.code != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
}

QString CliRunner::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString p = path(name);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return p;
}
