#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
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
    QString lastTickReport; // what the last tick did: "Started 2, 3 wait for profile writer"

    bool operator==(const DispatcherHealth &o) const
    {
        return state == o.state && mode == o.mode && pid == o.pid && host == o.host &&
               lastTick == o.lastTick && lastError == o.lastError && local == o.local &&
               note == o.note && pausedProfiles == o.pausedProfiles &&
               lastTickReport == o.lastTickReport;
    }
};

// One board the tray serves: its counts and its dispatcher (tray menu).
struct BoardState
{
    QString slug;
    QString dbPath;
    qint64 running = 0;
    qint64 ready = 0;
    DispatcherHealth::State state = DispatcherHealth::Absent;
    bool local = false; // dispatched by this process
    QString lastError;

    bool operator==(const BoardState &o) const
    {
        return slug == o.slug && dbPath == o.dbPath && running == o.running && ready == o.ready &&
               state == o.state && local == o.local && lastError == o.lastError;
    }
};

Q_DECLARE_METATYPE(QList<BoardState>)
