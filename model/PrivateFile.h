#pragma once

#include <QByteArray>
#include <QString>

// Files that hold secrets (the config with profile environments, the API
// token) are the user's alone: mode 0600 from their first byte on.
namespace PrivateFile {

// Before a writer that keeps the mode of an existing file (QSettings,
// QSaveFile) writes path: creates it empty with mode 0600 when missing, or
// tightens a looser mode to 0600 with one note on stderr naming `holds`
// ("qkanban: tightened permissions of PATH to 0600 (it holds HOLDS)").
// Creates the parent folder. False (and *error) when that failed.
bool prepare(const QString &path, const QString &holds, QString *error = nullptr);

// Writes bytes atomically to path (a temporary file created 0600 in the
// same folder, then renamed over it). False (and *error) on failure.
bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace PrivateFile
