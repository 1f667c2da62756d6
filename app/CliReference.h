#pragma once

#include "app/ArgParser.h"

#include <QList>
#include <QString>

class VerbTable;

// What --help, the man page, docs/cli.md and the completion scripts say
// beside the verb table: the three faces, the top-level options, the
// environment, the files and the exit codes. One list each, so the texts
// cannot disagree.
namespace CliReference {

struct Item
{
    QString name; // "--board SLUG", "QKANBAN_HOME", "0"
    QString help;
};

// The synopsis lines without the program name ("[--board SLUG] [--db PATH]").
QList<Item> faces();
QList<Item> options();
QList<Item> environment();
QList<Item> files();
QList<Item> exitCodes();
QString summary();  // one line: what qkanban is
QString moreInfo(); // where to read more

// `qkanban --help`: every face, the visible verbs, environment, exit codes.
QString usage(const VerbTable &table);
// One argument's help as the man page and cli.md print it: its help, its
// choices, and "May be repeated." for repeatable flags.
QString argumentHelp(const ArgSpec::Arg &arg);
// The version line, "qkanban X.Y.Z".
QString versionLine();

} // namespace CliReference
