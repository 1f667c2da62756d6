#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The four fuzz targets as plain functions, shared by the libFuzzer
// executables (tests/fuzz) and the replay tests (tests/fuzzregress).
// Each returns "" when the input was handled well, else the invariant it
// broke; crashes and sanitizer reports end the process on their own.
namespace FuzzHarness {

// Once per process, after the QCoreApplication: a private home under
// QDir::tempPath() (HOME, QKANBAN_HOME, config, cwd all inside it) and
// the template boards.
void initialise();

// Lines of verb strings through VerbTable::runCommandLine, on a board
// reset to the seeded template for each input.
QString command(const QByteArray &data);
// BoardIo::importJson into an empty board; a success must round-trip.
QString importJson(const QByteArray &data);
// The input as a Hermes kanban.db for BoardIo::importHermes.
QString importHermes(const QByteArray &data);
// Raw HTTP bytes of one client through RequestGate (the REST server's
// front: line, headers, Host, token, lengths), then each accepted request
// with its body through RestRoutes::handle on the seeded template board
// (token "f0" x 32, Host localhost or 127.0.0.1[:8787]).
QString rest(const QByteArray &data);

// The ids of the seeded template board (stable across runs).
QStringList seededIds();

} // namespace FuzzHarness
