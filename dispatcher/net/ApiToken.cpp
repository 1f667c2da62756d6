#include "dispatcher/net/ApiToken.h"

#include "model/KanbanError.h"
#include "model/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace ApiToken {

QString path(const QString &root)
{
    return root + QStringLiteral("/api-token");
}

QString loadOrCreate(const QString &root)
{
    const QString file = path(root);
    QFile in(file);
    if (in.open(QIODevice::ReadOnly)) {
        PrivateFile::prepare(file, QStringLiteral("the REST API's bearer token"));
        const QString token = QString::fromLatin1(in.readAll()).trimmed();
        if (token.size() >= 32)
            return token;
    }
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token = QString::fromLatin1(raw.toHex());
    // Created 0600: no moment at which another user could open it.
    QString error;
    if (!PrivateFile::write(file, token.toLatin1() + '\n', &error))
        throw KanbanError(QStringLiteral("cannot write %1").arg(error), KanbanError::Storage);
    return token;
}

bool matches(const QString &expected, const QByteArray &header)
{
    // The scheme is case-insensitive (RFC 9110 §11.1): Bearer, bearer, BEARER.
    static const QByteArray scheme("bearer");
    if (expected.isEmpty() || header.size() <= scheme.size() ||
        header.left(scheme.size()).toLower() != scheme ||
        (header.at(scheme.size()) != ' ' && header.at(scheme.size()) != '\t'))
        return false;
    const QByteArray given = header.mid(scheme.size()).trimmed();
    const QByteArray want = expected.toLatin1();
    // Constant time over the expected length.
    unsigned diff = unsigned(given.size() ^ want.size());
    for (int i = 0; i < want.size(); ++i)
        diff |= unsigned(uchar(want.at(i)) ^ uchar(i < given.size() ? given.at(i) : 0));
    return diff == 0;
}

} // namespace ApiToken
