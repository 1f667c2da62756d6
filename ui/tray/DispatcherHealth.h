#pragma once

#include <QMap>
#include <QString>
#include <QtGlobal>

// What the window says about the board's dispatcher, wherever it runs
// (this process, the tray of another one, or a daemon).
struct DispatcherHealth
{
    enum State { Absent, Alive, Paused, Failing };
    State state = Absent;
    QString mode; // tray | window | daemon | once
    qint64 pid = 0;
    QString host;
    qint64 lastTick = 0; // epoch seconds, 0 = never
    QString lastError;
    bool local = false; // runs in this process
    QString note;       // e.g. "no system tray: the dispatcher runs in this window"
    QMap<QString, QString> pausedProfiles; // profile -> why the dispatcher paused it

    bool operator==(const DispatcherHealth &o) const
    {
        return state == o.state && mode == o.mode && pid == o.pid && host == o.host &&
               lastTick == o.lastTick && lastError == o.lastError && local == o.local &&
               note == o.note && pausedProfiles == o.pausedProfiles;
    }
};
