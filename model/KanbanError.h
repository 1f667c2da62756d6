#pragma once

#include <QString>
#include <QStringList>

#include <exception>

// Thrown by the kernel for refused input or refused transitions. The kind
// maps onto exit codes and HTTP statuses (400, 404, 409, 500).
//
// The message is English, for the CLI and the REST API. Errors the board
// can show also carry a stable code and its arguments (task titles, ids,
// statuses), from which ui/style/MessageText builds a translated sentence;
// Code::Unknown falls back to a translated sentence per kind.
class KanbanError : public std::exception
{
public:
    enum Kind { BadInput, NotFound, Conflict, Storage };

    // Stable: append new codes at the end, never renumber.
    enum class Code {
        Unknown = 0,
        NoSuchTask = 1,        // id
        TitleRequired = 2,     //
        RunningDirectly = 3,   // title
        CannotComplete = 4,    // title, status
        CannotBlock = 5,       // title, status
        WaitingOnParents = 6,  // title, parent titles (one per line)
        KeyTaken = 7,          // title, key, holder id
        NotTodo = 8,           // title, status
        SelfLink = 9,          //
        UnknownTasks = 10,     // ids (", ")
        LinkCycle = 11,        // parent title, child title
        LinkChildRunning = 12, // parent title, child title
        OnReviewRun = 13,      // title
        ReasonRequired = 14,   //
        CommentRequired = 15,  //
        UnknownStatus = 16,    // status
        DiskFull = 17,         // path
        Busy = 18,             // seconds
        Damaged = 19,          // path
        DatabaseError = 20,    // detail
        ResultNotDone = 21,    // title, status
        InvalidName = 22,      // the name as typed
    };

    explicit KanbanError(const QString &message, Kind kind = BadInput)
        : m_message(message), m_utf8(message.toUtf8()), m_kind(kind)
    {
    }
    KanbanError(Code code, const QStringList &args, const QString &message, Kind kind = BadInput)
        : m_message(message), m_utf8(message.toUtf8()), m_kind(kind), m_code(code), m_args(args)
    {
    }
    const char *what() const noexcept override { return m_utf8.constData(); }
    QString message() const { return m_message; }
    Kind kind() const { return m_kind; }
    Code code() const { return m_code; }
    QStringList args() const { return m_args; }

private:
    QString m_message;
    QByteArray m_utf8;
    Kind m_kind;
    Code m_code = Code::Unknown;
    QStringList m_args;
};
