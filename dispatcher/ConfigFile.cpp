#include "dispatcher/ConfigFile.h"

#include "model/BoardPaths.h"
#include "model/PrivateFile.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>

namespace {

QString pathOr(const QString &path)
{
    return path.isEmpty() ? BoardPaths::configPath() : path;
}

bool isComment(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1Char(';')) || trimmed.startsWith(QLatin1Char('#'));
}

// "[name]" -> name; nullopt for other lines.
std::optional<QString> sectionOf(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() < 2 || !t.startsWith(QLatin1Char('[')) || !t.endsWith(QLatin1Char(']')))
        return std::nullopt;
    return t.mid(1, t.size() - 2).trimmed();
}

// "key = value" -> key; nullopt for comments, blanks and sections.
std::optional<QString> keyOf(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || isComment(t) || sectionOf(line))
        return std::nullopt;
    const qsizetype eq = t.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    return t.left(eq).trimmed();
}

// QSettings' escaping of one string (see QSettingsPrivate::iniEscapedString).
QString escaped(const QString &value)
{
    QString out;
    bool quotes = false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == ';' || u == ',' || u == '=')
            quotes = true;
        switch (u) {
        case '"':
        case '\\':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (u < 0x20)
                out += QStringLiteral("\\x%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    if (out.startsWith(QLatin1Char('@')))
        out.prepend(QLatin1Char('@'));
    if (quotes || out.startsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char(' ')))
        out = QLatin1Char('"') + out + QLatin1Char('"');
    return out;
}

// The reverse, for value(): quotes dropped, escapes resolved, unquoted
// spaces around commas trimmed.
QString unescaped(const QString &raw)
{
    QStringList items;
    QString cur;
    qsizetype kept = 0; // cur's length up to its last quoted or escaped char
    bool quoted = false;
    const auto finish = [&] {
        while (cur.size() > kept && cur.back().isSpace())
            cur.chop(1);
        items << cur;
        cur.clear();
        kept = 0;
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            kept = cur.size();
        } else if (c == QLatin1Char('\\') && i + 1 < raw.size()) {
            const QChar n = raw.at(++i);
            if (n == QLatin1Char('n'))
                cur += QLatin1Char('\n');
            else if (n == QLatin1Char('t'))
                cur += QLatin1Char('\t');
            else if (n == QLatin1Char('r'))
                cur += QLatin1Char('\r');
            else
                cur += n;
            kept = cur.size();
        } else if (c == QLatin1Char(',') && !quoted) {
            finish();
        } else if (!quoted && c.isSpace() && cur.isEmpty()) {
            continue; // leading space of an item
        } else {
            cur += c;
            if (quoted)
                kept = cur.size();
        }
    }
    finish();
    QString out = items.join(QStringLiteral(", "));
    if (out.startsWith(QStringLiteral("@@")))
        out.remove(0, 1);
    return out;
}

struct Lines
{
    QStringList lines;
    bool endsWithNewline = true;
};

bool load(const QString &path, Lines *out, QString *error)
{
    QFile f(path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(f.readAll());
    if (text.isEmpty())
        return true;
    out->endsWithNewline = text.endsWith(QLatin1Char('\n'));
    out->lines = text.split(QLatin1Char('\n'));
    if (out->endsWithNewline)
        out->lines.removeLast();
    for (QString &l : out->lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    return true;
}

bool save(const QString &path, const Lines &in, QString *error)
{
    if (!PrivateFile::prepare(path, QStringLiteral("profile environments"), error))
        return false;
    QSaveFile f(path); // keeps the mode of the file it replaces
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    QString text = in.lines.join(QLatin1Char('\n'));
    if (!in.lines.isEmpty() && in.endsWithNewline)
        text += QLatin1Char('\n');
    f.write(text.toUtf8());
    if (!f.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// Index of the line holding key in section (the last one), or -1.
qsizetype findKey(const QStringList &lines, const QString &section, const QString &key)
{
    qsizetype found = -1;
    QString current = QStringLiteral("General");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const auto s = sectionOf(lines.at(i)))
            current = *s;
        else if (current == section && keyOf(lines.at(i)) == key)
            found = i;
    }
    return found;
}

// Where a new key of section goes: after the last key line of its last
// block, or -1 when the section is not in the file.
qsizetype insertionPoint(const QStringList &lines, const QString &section)
{
    qsizetype at = -1;
    QString current = QStringLiteral("General");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const auto s = sectionOf(lines.at(i))) {
            current = *s;
            if (current == section)
                at = i + 1;
        } else if (current == section && keyOf(lines.at(i))) {
            at = i + 1;
        }
    }
    return at;
}

bool setRaw(const QString &pathArg, const QString &section, const QString &key, const QString &raw,
            QString *error)
{
    const QString path = pathOr(pathArg);
    Lines l;
    if (!load(path, &l, error))
        return false;
    const QString line = key + QLatin1Char('=') + raw;
    const qsizetype at = findKey(l.lines, section, key);
    if (at >= 0) {
        if (l.lines.at(at) == line)
            return true;
        l.lines[at] = line;
    } else if (const qsizetype ins = insertionPoint(l.lines, section); ins >= 0) {
        l.lines.insert(ins, line);
    } else {
        if (!l.lines.isEmpty() && !l.lines.constLast().trimmed().isEmpty())
            l.lines << QString();
        l.lines << QLatin1Char('[') + section + QLatin1Char(']') << line;
        l.endsWithNewline = true;
    }
    return save(path, l, error);
}

} // namespace

namespace ConfigFile {

bool setValue(const QString &path, const QString &section, const QString &key, const QString &value,
              QString *error)
{
    return setRaw(path, section, key, escaped(value), error);
}

bool setList(const QString &path, const QString &section, const QString &key,
             const QStringList &values, QString *error)
{
    if (values.isEmpty())
        return setRaw(path, section, key, QStringLiteral("@Invalid()"), error);
    if (values.size() == 1)
        return setValue(path, section, key, values.first(), error);
    QStringList parts;
    for (const QString &v : values)
        parts << escaped(v);
    return setRaw(path, section, key, parts.join(QStringLiteral(", ")), error);
}

bool setVariant(const QString &path, const QString &section, const QString &key,
                const QVariant &value, QString *error)
{
    // QSettings encodes it in a scratch file; its line is copied over.
    QTemporaryDir scratch;
    const QString file = scratch.filePath(QStringLiteral("value.ini"));
    {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(QStringLiteral("v/") + key, value);
        s.sync();
    }
    Lines l;
    if (!scratch.isValid() || !load(file, &l, error))
        return false;
    const qsizetype at = findKey(l.lines, QStringLiteral("v"), key);
    if (at < 0) {
        if (error)
            *error = QStringLiteral("cannot encode %1").arg(key);
        return false;
    }
    const QString line = l.lines.at(at);
    return setRaw(path, section, key, line.mid(line.indexOf(QLatin1Char('=')) + 1), error);
}

bool removeKey(const QString &pathArg, const QString &section, const QString &key, QString *error)
{
    const QString path = pathOr(pathArg);
    Lines l;
    if (!load(path, &l, error))
        return false;
    bool changed = false;
    for (qsizetype at; (at = findKey(l.lines, section, key)) >= 0; changed = true)
        l.lines.removeAt(at);
    return !changed || save(path, l, error);
}

bool removeSection(const QString &pathArg, const QString &section, QString *error)
{
    const QString path = pathOr(pathArg);
    Lines l;
    if (!load(path, &l, error))
        return false;
    QStringList &lines = l.lines;
    const auto blank = [&](qsizetype i) { return lines.at(i).trimmed().isEmpty(); };
    const auto comment = [&](qsizetype i) { return isComment(lines.at(i).trimmed()); };
    bool changed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (sectionOf(lines.at(i)) != section)
            continue;
        // The block: its header with the comments right above it, up to the
        // next header without the comments that introduce that one.
        qsizetype start = i;
        while (start > 0 && comment(start - 1))
            --start;
        qsizetype end = i + 1;
        while (end < lines.size() && !sectionOf(lines.at(end)))
            ++end;
        if (end < lines.size()) {
            while (end > i + 1 && comment(end - 1))
                --end;
            while (end > i + 1 && blank(end - 1))
                --end;
        }
        lines.remove(start, end - start);
        // One blank line stays between the neighbours, none at the end.
        if (start > 0 && blank(start - 1) && (start >= lines.size() || blank(start)))
            lines.removeAt(start - 1);
        while (start >= lines.size() && !lines.isEmpty() && blank(lines.size() - 1)) {
            lines.removeLast();
            --start;
        }
        changed = true;
        i = start - 1;
    }
    return !changed || save(path, l, error);
}

std::optional<QString> value(const QString &pathArg, const QString &section, const QString &key)
{
    Lines l;
    if (!load(pathOr(pathArg), &l, nullptr))
        return std::nullopt;
    const qsizetype at = findKey(l.lines, section, key);
    if (at < 0)
        return std::nullopt;
    const QString line = l.lines.at(at);
    return unescaped(line.mid(line.indexOf(QLatin1Char('=')) + 1).trimmed());
}

} // namespace ConfigFile
