#pragma once

#include "app/ArgParser.h"
#include "app/VerbContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One headless verb: its name, aliases, one-line help, arguments and
// handler. The handler returns the exit code (0 ok, 1 failed, 2 usage);
// KanbanError becomes "qkanban: <message>" and exit 1, UsageError exit 2.
struct Verb
{
    QString name;
    QStringList aliases;
    QString help;
    ArgSpec spec;
    std::function<int(VerbContext &)> handler;
    bool needsBoard = true; // open (and initialise) the database first
    bool hidden = false;    // left out of help, man page and completion (__complete)
    bool readOnly = false;  // only reads: a board that does not exist is refused, not created
};

// The one verb table behind both callers: `qkanban --headless <verb>` and
// the GUI's command bar (runCommandLine).
class VerbTable
{
public:
    void add(Verb verb);
    // Verbs that only read the board: on a board that does not exist they
    // say "no board at PATH" instead of creating one (a typo in --db
    // leaves no file and no folder behind).
    void markReadOnly(const QStringList &names);
    const Verb *find(const QString &nameOrAlias) const;
    const QList<Verb> &verbs() const { return m_verbs; }
    // A one-verb process (the lean CLI): the verbs that scan the board
    // (list, stats, export, dispatch) read it through a memory map; the
    // point reads of the others would pay its page faults.
    static void setMapsScans(bool maps);

    // Runs argv (everything after --headless). live: tail/watch may follow
    // until interrupted.
    int run(const QStringList &args, OutputSink &sink, bool live);
    // Headless: streams to stdout/stderr; returns the exit code.
    int runHeadless(const QStringList &args);
    // The command bar: tokenises with POSIX shell quoting, runs in-process
    // and returns "out\nerr", or "(no output)". Never exits the process.
    QString runCommandLine(const QString &line);
    // --board/--db used by runCommandLine unless the line gives its own.
    void setDefaultGlobals(const GlobalOptions &globals) { m_defaults = globals; }

    QString overview() const;    // the full verb list (--help)
    QString curatedHelp() const; // short help for the command bar

private:
    int runVerb(const Verb &verb, const QStringList &args, const GlobalOptions &globals,
                OutputSink &sink, bool live, bool commandBar);

    QList<Verb> m_verbs;
    GlobalOptions m_defaults;
};
