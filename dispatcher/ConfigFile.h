#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Edits the INI config (BoardPaths::configPath()) line by line, the way a
// person would: only the lines of the changed keys move; comments, blank
// lines, order and unknown keys stay. Values are written in QSettings'
// syntax, so QSettings reads them back. The file is replaced atomically
// (QSaveFile) and keeps its mode; a new file is private (0600), since the
// config holds the profiles' environments.
namespace ConfigFile {

// path "" = BoardPaths::configPath(). False (and *error) when the file
// cannot be written.
bool setValue(const QString &path, const QString &section, const QString &key, const QString &value,
              QString *error = nullptr);
// A list value, as QSettings writes one ("a, b").
bool setList(const QString &path, const QString &section, const QString &key,
             const QStringList &values, QString *error = nullptr);
// Any value QSettings can store (a QByteArray, a bool), in its encoding.
bool setVariant(const QString &path, const QString &section, const QString &key,
                const QVariant &value, QString *error = nullptr);
// True also when there was nothing to remove.
bool removeKey(const QString &path, const QString &section, const QString &key,
               QString *error = nullptr);
// Removes the section with its keys and the comments inside it.
bool removeSection(const QString &path, const QString &section, QString *error = nullptr);

// The unquoted value of key (a list's items joined by ", "); nullopt when
// the key is absent. The last occurrence wins, as with QSettings.
std::optional<QString> value(const QString &path, const QString &section, const QString &key);

} // namespace ConfigFile
