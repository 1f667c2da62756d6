#pragma once

// A board with a month of history for the Statistics window: tasks
// created every day, claimed and completed hours or days later by a few
// assignees (some unassigned), a few blocked. Deterministic: a fixed
// pseudo-random sequence and the test's manual clock, which ends where it
// started.
#include "model/Clock.h"
#include "model/Kernel.h"
#include "model/Types.h"

namespace StatsSeed {

inline void history(Kernel &k, ManualClock &clock, int days = 30)
{
    const qint64 end = clock.now();
    clock.set(end - qint64(days) * 86400);
    quint32 state = 20261207;
    auto rnd = [&state](quint32 n) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % n;
    };
    const QStringList who{QStringLiteral("coder"), QStringLiteral("writer"),
                          QStringLiteral("tester"), QString(), QStringLiteral("coder")};
    QStringList ready, running;
    int made = 0;
    for (int day = 0; day < days; ++day) {
        for (int hour = 0; hour < 24; hour += 3) {
            clock.advance(3 * 3600);
            if (hour == 9 || (hour == 15 && rnd(2) == 0)) {
                CreateOptions o;
                o.title = QStringLiteral("Flow task %1").arg(++made);
                o.assignee = who.at(int(rnd(quint32(who.size()))));
                ready << k.createTask(o).id;
            }
            if (!ready.isEmpty() && rnd(3) == 0) {
                const QString id = ready.takeFirst();
                if (k.claimTask(id))
                    running << id;
            }
            if (!running.isEmpty() && rnd(4) == 0) {
                const QString id = running.takeAt(int(rnd(quint32(running.size()))));
                if (rnd(9) == 0)
                    k.blockTask(id, QStringLiteral("Needs a decision"));
                else
                    k.completeTask(id);
            }
        }
    }
    clock.set(end);
}

} // namespace StatsSeed
