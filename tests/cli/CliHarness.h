#pragma once

#include "tests/common/TestBackend.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real qkanban binary (--headless) against a private home: a
// QTemporaryDir that holds QKANBAN_HOME, XDG_CONFIG_HOME and the config.
class CliHarness
{
public:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const;
        QString text() const { return QString::fromUtf8(out); }
        QString errText() const { return QString::fromUtf8(err); }
        QStringList errLines() const;
    };

    CliHarness();
    bool isValid() const { return m_dir.isValid(); }
    QString home() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString binary();
    QProcessEnvironment environment() const { return m_env; }
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }
    // Points this process (Board::openResolved) at the harness's board:
    // its QKANBAN_HOME and QKANBAN_DB (unset on SQLite), no QKANBAN_BOARD.
    void useInThisProcess() const;

    // qkanban --headless <args>
    Result run(const QStringList &args, const QByteArray &stdinData = {}) const;
    // create <title> [extra] --json, returning the new id ("" on failure).
    QString create(const QString &title, const QStringList &extra = {}) const;
    // Everything the board holds (export without its timestamp) plus the
    // file bytes of a pinned database: equal snapshots = unchanged board.
    QByteArray snapshot(const QStringList &globals = {}) const;

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};
