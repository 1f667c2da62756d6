#pragma once

#include <QStringList>

class VerbTable;

// What both binaries' main() share: argv decoding and one headless verb
// run under a QCoreApplication (the rest of the command line: TopLevel).
namespace HeadlessMain {

// Arguments are UTF-8; a lossy decode is refused with one line (exit 2).
bool decodeArguments(int argc, char **argv, QStringList &args);
// Removes --headless from args; true when it was there.
bool takeHeadless(QStringList &args);
// Runs one verb from a table filled by registerVerbs.
int run(int argc, char **argv, const QStringList &verbArgs, void (*registerVerbs)(VerbTable &));

} // namespace HeadlessMain
