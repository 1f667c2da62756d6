#pragma once

#include "model/Types.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// A task event as a person reads it: one translated sentence made from the
// event's kind and payload ("Blocked: needs credentials", "Now waits for
// “Design”"), with times in local time. No JSON, no epoch seconds; text from
// workers is shown with its control characters visible.
class EventSentence
{
    Q_DECLARE_TR_FUNCTIONS(EventSentence)
public:
    // Gives a task's title by id ("" when unknown).
    using TitleOf = std::function<QString(const QString &)>;

    static QString text(const Event &event, const TitleOf &titleOf = {});
    // The tooltip: the sentence, the local date and time, and how long ago.
    static QString toolTip(const Event &event, qint64 now, const TitleOf &titleOf = {});
    // A moment in local time: the time alone today, else the date and time.
    static QString when(qint64 epochSeconds, qint64 now);
    // A run's or an event's outcome as a word ("Done", "Crashed").
    static QString outcome(const QString &outcome);
};
