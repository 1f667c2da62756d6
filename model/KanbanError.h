#pragma once

#include <QString>

#include <exception>

// Thrown by the kernel for refused input or refused transitions. The kind
// maps onto exit codes and HTTP statuses (400, 404, 409, 500).
class KanbanError : public std::exception
{
public:
    enum Kind { BadInput, NotFound, Conflict, Storage };

    explicit KanbanError(const QString &message, Kind kind = BadInput)
        : m_message(message), m_utf8(message.toUtf8()), m_kind(kind)
    {
    }
    const char *what() const noexcept override { return m_utf8.constData(); }
    QString message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    QByteArray m_utf8;
    Kind m_kind;
};
