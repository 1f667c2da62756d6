#include "app/InputParsers.h"

#include <QDir>
#include <QRegularExpression>

#include <cmath>

namespace InputParsers {

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

bool parseWorkspace(const QString &value, Workspace *out, QString *error)
{
    const QString v = value.trimmed();
    if (v == QLatin1String("scratch") || v == QLatin1String("worktree")) {
        *out = {v, {}};
        return true;
    }
    for (const QString &kind : {QStringLiteral("dir"), QStringLiteral("worktree")}) {
        const QString prefix = kind + QLatin1Char(':');
        if (!v.startsWith(prefix))
            continue;
        const QString path = v.mid(prefix.size()).trimmed();
        if (path.isEmpty()) {
            *error = QStringLiteral("--workspace %1 requires a path after the colon").arg(prefix);
            return false;
        }
        *out = {kind, expandHome(path)};
        return true;
    }
    *error =
        QStringLiteral(
            "unknown --workspace value '%1': use scratch, worktree, worktree:<path>, or dir:<path>")
            .arg(value);
    return false;
}

bool parseDuration(const QString &value, qint64 *seconds, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*([smhd]?)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(value.trimmed());
    if (!m.hasMatch()) {
        *error =
            QStringLiteral("malformed duration '%1': use seconds or a number with s, m, h or d "
                           "(e.g. 300, 90s, 30m, 2h, 1d, 1.5h)")
                .arg(value);
        return false;
    }
    static const QHash<QString, qint64> unit{{QString(), 1},
                                             {QStringLiteral("s"), 1},
                                             {QStringLiteral("m"), 60},
                                             {QStringLiteral("h"), 3600},
                                             {QStringLiteral("d"), 86400}};
    const double s = m.captured(1).toDouble() * double(unit.value(m.captured(2).toLower()));
    if (s < 1) {
        *error = QStringLiteral("duration '%1' must be at least one second").arg(value);
        return false;
    }
    if (!(s <= double(kMaxDurationSeconds))) { // also inf from a huge number
        *error = QStringLiteral("duration '%1' is too long: at most %2 days (%3 seconds)")
                     .arg(value)
                     .arg(kMaxDurationSeconds / 86400)
                     .arg(kMaxDurationSeconds);
        return false;
    }
    *seconds = qint64(std::llround(s));
    return true;
}

QString checkWorkspace(const QString &value)
{
    Workspace ws;
    QString error;
    return parseWorkspace(value, &ws, &error) ? QString() : error;
}

QString checkDuration(const QString &value)
{
    qint64 s = 0;
    QString error;
    return parseDuration(value, &s, &error) ? QString() : error;
}

bool isNone(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("none") || v == QLatin1String("null") || v == QLatin1String("-");
}

QString checkDurationOrNone(const QString &value)
{
    return isNone(value) ? QString() : checkDuration(value);
}

QString checkIntOrNone(const QString &value)
{
    if (isNone(value))
        return {};
    bool ok = false;
    value.trimmed().toLongLong(&ok);
    return ok ? QString() : QStringLiteral("invalid int value: '%1'").arg(value);
}

} // namespace InputParsers
