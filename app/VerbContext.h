#pragma once

#include "app/ArgParser.h"
#include "app/OutputSink.h"

#include "model/Board.h"
#include "model/Kernel.h"
#include "model/Types.h"

#include <QString>

#include <memory>
#include <stdexcept>

class DataVersionWatcher;

// Thrown by a handler for input the parser could not check (flags that
// conflict, a value of the wrong shape): usage line + message, exit 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// --board / --db, given before or after the verb.
struct GlobalOptions
{
    QString boardArg;
    QString dbArg;
};

// Everything one verb run needs: its parsed arguments, where its output
// goes, the board (opened on first use), the environment, and whether a
// live verb may keep going.
class VerbContext
{
public:
    VerbContext(const QString &verb, const ParsedArgs &args, OutputSink &sink,
                const GlobalOptions &globals, bool live);
    ~VerbContext();

    QString verb() const { return m_verb; }
    const ParsedArgs &args() const { return m_args; }
    const GlobalOptions &globals() const { return m_globals; }

    // Output. print() adds the newline and shows every control character
    // but '\n' as an escape (VisibleText::lines): human output never
    // steers the terminal. printErr() does the same and starts the message
    // with "qkanban: " exactly once. write() sends bytes as they are (JSON,
    // export, completion, a worker's log).
    void print(const QString &line = {});
    void printErr(const QString &line);
    void write(const QByteArray &bytes);
    void writeErr(const QByteArray &bytes);
    // The lines printErr() writes for `message`.
    static QString errorLines(const QString &message);
    // A person reads stdout (a terminal, or the command bar).
    bool outputIsInteractive() const { return m_sink.isInteractive(); }

    // The board of --board/--db/environment, opened (and initialised) on
    // first use. Throws KanbanError.
    Board &board();
    Kernel &kernel();
    bool boardOpen() const { return m_board != nullptr; }

    // Environment.
    static QString env(const char *name);
    // $QKANBAN_PROFILE, else "user".
    static QString profileAuthor();
    // True inside a worker ($QKANBAN_TASK set).
    static bool insideWorker();
    // $QKANBAN_RUN_ID as a run id for worker verbs; nullopt when unset.
    static OptInt expectedRunId();

    // Live verbs: headless runs may follow; the command bar prints what
    // exists now and returns.
    bool isLive() const { return m_live; }
    bool interrupted() const;
    // Nobody reads stdout any more (the pipe's reader exited).
    bool outputClosed() const { return m_sink.outputClosed(); }
    // Waits up to `seconds`, processing events. False when interrupted,
    // when stdout is closed (or not live): the caller stops.
    bool wait(double seconds);
    // The same, and returns early (true) when `changes` says another
    // connection committed: a live verb follows the board without polling.
    bool wait(double seconds, DataVersionWatcher *changes);

    [[noreturn]] static void usageError(const QString &message) { throw UsageError(message); }

private:
    QString m_verb;
    const ParsedArgs &m_args;
    OutputSink &m_sink;
    GlobalOptions m_globals;
    bool m_live;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<Kernel> m_kernel;
};
