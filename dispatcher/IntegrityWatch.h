#pragma once

#include "model/Clock.h"
#include "model/Integrity.h"

#include <QObject>
#include <QString>
#include <QTimer>

// The daemon's page check: SQLite's quick_check of the board at start and
// again once a day by the injected clock (a timer polls; poll() is the
// tests' way in). A failing board is remembered beside the database, so
// every writer refuses until a check passes (Database::refuseIfDamaged).
class IntegrityWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kIntervalSeconds = 24 * 60 * 60;

    IntegrityWatch(const QString &dbPath, Clock *clock, QObject *parent = nullptr);

    // Checks now; false when the board failed (failed() is emitted too).
    bool checkNow();
    // Polls every pollMs; a check runs when a day has passed since the last.
    void start(int pollMs = 10 * 60 * 1000);
    void stop() { m_timer.stop(); }
    // Checks when due; true when it checked.
    bool poll();
    const IntegrityReport &lastReport() const { return m_last; }

signals:
    // The one line to show: what failed and what to do.
    void failed(const QString &line);

private:
    QString m_dbPath;
    Clock *m_clock;
    QTimer m_timer;
    qint64 m_lastCheck = 0;
    IntegrityReport m_last;
};
