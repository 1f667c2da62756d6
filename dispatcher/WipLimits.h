#pragma once

#include <QMap>
#include <QString>

// Work-in-progress limits per column (INI config, BoardPaths::configPath()):
//   [wip_limits]            keys are statuses (todo, running, ...), the
//                           limit for every board; 0 or absent: none
//   [wip_limits.<slug>]     a board of its own: its keys win (0: none)
// A limit on running also caps the dispatcher of that board.
namespace WipLimits {

QString globalSection();                   // "wip_limits"
QString boardSection(const QString &slug); // "wip_limits.<slug>"

// status -> limit (> 0 only) in effect for the board.
QMap<QString, int> read(const QString &slug, const QString &configPath = {});
// 0 when the status has no limit on that board.
int limit(const QString &status, const QString &slug, const QString &configPath = {});
// Whether the board has a section of its own.
bool boardHasOwn(const QString &slug, const QString &configPath = {});

// Sets the limit in effect for the board (0: none): in the board's own
// section when it has one, else in [wip_limits]. Keeps the file's
// comments. false with *error when the file cannot be written.
bool set(const QString &status, int limit, const QString &slug, QString *error,
         const QString &configPath = {});

// One key of one section, through ConfigFile (limit <= 0 removes the
// key, unless keepZero).
bool writeKey(const QString &section, const QString &status, int limit, bool keepZero,
              QString *error, const QString &configPath = {});
bool removeSection(const QString &section, QString *error, const QString &configPath = {});

} // namespace WipLimits
