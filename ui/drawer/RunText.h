#pragma once

#include "model/Types.h"

#include <QCoreApplication>
#include <QString>

// A run of the drawer's Runs tab in words: its outcome, how long it really
// ran and what it said. A run whose worker vanished (reclaimed, or a claim
// that ran out) ran until its last sign of life, not until someone noticed.
class RunText
{
    Q_DECLARE_TR_FUNCTIONS(RunText)
public:
    // The raw outcome ("completed", "reclaimed", "" while running).
    static QString outcomeKey(const Run &run, qint64 now);
    static QString outcome(const Run &run, qint64 now);
    static QString duration(const Run &run, qint64 now);
    static QString summary(const Run &run, qint64 now);
    static QString toolTip(const Run &run, qint64 now);
    // True when the worker is gone: reclaimed, or its claim ran out.
    static bool abandoned(const Run &run, qint64 now);
};
