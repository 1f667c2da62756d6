#include "ui/board/CardMime.h"

#include <QMimeData>
#include <QRegularExpression>

namespace CardMime {

QString type()
{
    return QStringLiteral("application/x-qkanban-task-ids");
}

QMimeData *create(const QStringList &ids)
{
    auto *data = new QMimeData;
    data->setData(type(), ids.join(QLatin1Char('\n')).toUtf8());
    data->setText(ids.join(QLatin1Char(' ')));
    return data;
}

QStringList ids(const QMimeData *data)
{
    if (!has(data))
        return {};
    static const QRegularExpression idRe(QStringLiteral("^t_[0-9a-f]{8}$"));
    QStringList out;
    const QStringList lines = QString::fromUtf8(data->data(type())).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString id = line.trimmed();
        if (idRe.match(id).hasMatch() && !out.contains(id))
            out << id;
    }
    return out;
}

bool has(const QMimeData *data)
{
    return data && data->hasFormat(type());
}

} // namespace CardMime
