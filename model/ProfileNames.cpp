#include "model/ProfileNames.h"

#include "model/KanbanError.h"

#include <QRegularExpression>

namespace ProfileNames {

bool isValid(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    return re.match(name).hasMatch();
}

QString normalised(const QString &value, const QString &role)
{
    const QString name = value.trimmed().toLower();
    if (name.isEmpty() || name == QLatin1String("none") || name == QLatin1String("-") ||
        name == QLatin1String("null"))
        return {};
    if (!isValid(name))
        throw KanbanError(
            KanbanError::Code::InvalidName, {value},
            QStringLiteral("invalid %1 name '%2': use lowercase letters, digits, '.', '_' or '-', "
                           "starting with a letter or digit (or 'none')")
                .arg(role, value));
    return name;
}

} // namespace ProfileNames
