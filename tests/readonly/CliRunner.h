#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real qkanban binary (--headless) in a private QTemporaryDir:
// QKANBAN_HOME, XDG dirs and QKANBAN_CONFIG all point inside it. Shared by
// tests/readonly and tests/badinput.
class CliRunner
{
public:
    struct Result
    {
        bool finished = false; // false: did not start or timed out
        bool crashed = false;  // ended by a signal
        int code = -1;
        qint64 elapsedMs = 0;
        QByteArray out;
        QByteArray err;
        QStringList errLines() const;
    };

    CliRunner();
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dbPath() const { return path(QStringLiteral("home/boards/default/board.db")); }
    QProcessEnvironment environment() const { return m_env; }

    static QString binary();
    // qkanban --headless <args>, waiting up to timeoutMs for its exit.
    Result run(const QStringList &args, int timeoutMs = 60000) const;
    // The same with raw argument bytes (invalid UTF-8), passed through
    // /bin/sh and printf, since QProcess takes QStrings.
    Result runRaw(const QList<QByteArray> &args, int timeoutMs = 60000) const;
    // create <title> [extra] --json: the new id, or "" on failure.
    QString create(const QString &title, const QStringList &extra = {}) const;
    // Writes a file inside the folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;

private:
    Result start(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                 int timeoutMs) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};
