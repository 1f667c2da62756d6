#pragma once

#include "model/Types.h"

#include <QVariant>

// Model-private (see KernelPrivate.h): QVariant <-> column values, the one
// copy the model's files share.
namespace SqlValue {

inline QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

inline QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

// NULL for a null QString; "" stays "".
inline QVariant text(const QString &s)
{
    return s.isNull() ? nullText() : QVariant(s);
}

// NULL for an empty QString.
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

inline QVariant optInt(const OptInt &v)
{
    return v ? QVariant(*v) : nullInt();
}

// A column read back: NULL as nullopt.
inline OptInt toOptInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// A column read back: NULL as "".
inline QString toText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace SqlValue
