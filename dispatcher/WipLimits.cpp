#include "dispatcher/WipLimits.h"

#include "dispatcher/ConfigFile.h"
#include "model/BoardPaths.h"
#include "model/Types.h"

#include <QFile>
#include <QStringList>

namespace {

QString pathOr(const QString &configPath)
{
    return configPath.isEmpty() ? BoardPaths::configPath() : configPath;
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// "[name]" -> "name"; "" for any other line.
QString sectionOf(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() > 2 && t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        return t.mid(1, t.size() - 2).trimmed();
    return {};
}

bool isComment(const QString &t)
{
    return t.startsWith(QLatin1Char(';')) || t.startsWith(QLatin1Char('#'));
}

// "key = value" -> key (trimmed); "" for comments and other lines.
QString keyOf(const QString &line, QString *value = nullptr)
{
    const QString t = line.trimmed();
    const qsizetype eq = t.indexOf(QLatin1Char('='));
    if (t.isEmpty() || isComment(t) || eq <= 0)
        return {};
    if (value)
        *value = t.mid(eq + 1).trimmed();
    return t.left(eq).trimmed();
}

// The keys of one section, key -> value.
QMap<QString, QString> sectionValues(const QStringList &lines, const QString &section,
                                     bool *found = nullptr)
{
    QMap<QString, QString> out;
    bool in = false;
    if (found)
        *found = false;
    for (const QString &line : lines) {
        const QString s = sectionOf(line);
        if (!s.isEmpty()) {
            in = s == section;
            if (in && found)
                *found = true;
            continue;
        }
        QString value;
        const QString key = in ? keyOf(line, &value) : QString();
        if (!key.isEmpty())
            out.insert(key.toLower(), value);
    }
    return out;
}

void apply(const QMap<QString, QString> &values, QMap<QString, int> *limits)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!TaskStatus::isValid(it.key()))
            continue;
        bool ok = false;
        const int v = it.value().toInt(&ok);
        if (ok && v > 0)
            limits->insert(it.key(), v);
        else
            limits->remove(it.key());
    }
}

} // namespace

namespace WipLimits {

QString globalSection()
{
    return QStringLiteral("wip_limits");
}

QString boardSection(const QString &slug)
{
    return globalSection() + QLatin1Char('.') + slug;
}

QMap<QString, int> read(const QString &slug, const QString &configPath)
{
    const QStringList lines = readLines(pathOr(configPath));
    QMap<QString, int> limits;
    apply(sectionValues(lines, globalSection()), &limits);
    if (!slug.isEmpty())
        apply(sectionValues(lines, boardSection(slug)), &limits);
    return limits;
}

int limit(const QString &status, const QString &slug, const QString &configPath)
{
    return read(slug, configPath).value(status, 0);
}

bool boardHasOwn(const QString &slug, const QString &configPath)
{
    bool found = false;
    sectionValues(readLines(pathOr(configPath)), boardSection(slug), &found);
    return found && !slug.isEmpty();
}

bool set(const QString &status, int limit, const QString &slug, QString *error,
         const QString &configPath)
{
    if (boardHasOwn(slug, configPath))
        return writeKey(boardSection(slug), status, limit, true, error, configPath);
    return writeKey(globalSection(), status, limit, false, error, configPath);
}

bool writeKey(const QString &section, const QString &status, int limit, bool keepZero,
              QString *error, const QString &configPath)
{
    // ConfigFile edits the one line and keeps every other as it is.
    const QString path = pathOr(configPath);
    if (limit <= 0 && !keepZero)
        return ConfigFile::removeKey(path, section, status, error);
    const QString value = QString::number(qMax(0, limit));
    if (ConfigFile::value(path, section, status) == value)
        return true; // already so: the file is left alone
    return ConfigFile::setValue(path, section, status, value, error);
}

bool removeSection(const QString &section, QString *error, const QString &configPath)
{
    return ConfigFile::removeSection(pathOr(configPath), section, error);
}

} // namespace WipLimits
