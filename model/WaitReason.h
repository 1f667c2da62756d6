#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class Kernel;
struct Task;

// What the dispatcher knows that the board does not: its profiles, their
// pauses and caps, and how many tasks run. Filled by the dispatcher side
// (Dispatcher::waitContext); model/ reads no config file.
struct WaitContext
{
    struct ProfileState
    {
        QString problem; // why its command cannot start ("" when it can)
        int cap = 0;     // its own cap of running tasks; 0: none
    };
    QHash<QString, ProfileState> profiles; // the configured ones, by name
    QHash<QString, QString> paused;        // profile -> why it was paused
    int globalCap = 0;                     // 0: none
    qint64 running = 0;
    QHash<QString, qint64> runningBy; // profile -> its running tasks
    qint64 now = 0;                   // epoch seconds
    bool dispatcherPaused = false;
};

// Why a ready task does not start (or a todo task waits), in the order the
// dispatcher checks: retry backoff, no assignee, no profile of that name,
// its command missing, the profile paused, the caps reached. A todo task
// waits on its open parents.
struct WaitReason
{
    enum Kind {
        None,
        Parents,
        Backoff,
        Unassigned,
        NoProfile,
        CommandMissing,
        ProfilePaused,
        DispatcherPaused,
        CapReached,
        ProfileCapReached,
    };
    Kind kind = None;
    QString profile;
    QString detail;           // the command's problem, the pause's reason
    qint64 retryAt = 0;       // Backoff: epoch seconds
    int cap = 0;              // CapReached, ProfileCapReached
    QStringList parentTitles; // Parents

    // A short translated line that fits a card ("" for None), e.g. "No
    // profile named writer", "Retry after 14:32", "Waiting on Design".
    QString text() const;

    // The reason of one task. openParents: titles of its unfinished parents.
    static WaitReason of(const Task &task, const WaitContext &context,
                         const QStringList &openParents = {});
    // Every ready or todo task of the board with a reason, by id.
    static QHash<QString, WaitReason> forBoard(Kernel &kernel, const WaitContext &context);
};
