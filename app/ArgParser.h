#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The arguments one verb accepts, described the way argparse does:
// positionals (nargs 1, ?, *, +), options with a value, repeatable
// options, options taking one or more values, and flags.
class ArgSpec
{
public:
    enum class Nargs { One, Optional, ZeroOrMore, OneOrMore };
    enum class Type { String, Int, Float };
    enum class Action { Store, Flag, Append };
    // Returns an error message for a bad value, or an empty string.
    using Check = std::function<QString(const QString &)>;

    struct Arg
    {
        QStringList names; // options: "--verbose", "-v"; positionals: "task_id"
        QString dest;      // the key in ParsedArgs
        QString metavar;
        QString help;
        bool positional = false;
        Action action = Action::Store;
        Nargs nargs = Nargs::One;
        bool required = false;
        Type type = Type::String;
        QStringList choices;
        QString defaultValue;
        Check check;
    };

    ArgSpec() = default;
    explicit ArgSpec(const QString &description) : m_description(description) {}

    ArgSpec &positional(const QString &name, const QString &help = {}, Nargs nargs = Nargs::One);
    // names: comma separated, e.g. "--verbose,-v".
    ArgSpec &option(const QString &names, const QString &help = {}, const QString &metavar = {});
    ArgSpec &flag(const QString &names, const QString &help = {});
    ArgSpec &repeatable(const QString &names, const QString &help = {},
                        const QString &metavar = {});

    // Modifiers of the argument added last.
    ArgSpec &required();
    ArgSpec &integer();
    ArgSpec &number();
    ArgSpec &choices(const QStringList &values);
    ArgSpec &defaultsTo(const QString &value);
    ArgSpec &nargs(Nargs n);
    ArgSpec &check(Check fn);

    const QList<Arg> &args() const { return m_args; }
    QString description() const { return m_description; }

private:
    Arg &last();

    QString m_description;
    QList<Arg> m_args;
};

// What a parse produced. Values are stored as text by dest.
class ParsedArgs
{
public:
    bool isSet(const QString &dest) const { return m_values.contains(dest); }
    bool flag(const QString &dest) const { return m_flags.contains(dest); }
    QString value(const QString &dest, const QString &fallback = {}) const;
    QStringList values(const QString &dest) const { return m_values.value(dest); }
    qint64 integer(const QString &dest, qint64 fallback = 0) const;
    double number(const QString &dest, double fallback = 0) const;

    void setValues(const QString &dest, const QStringList &values)
    {
        m_values.insert(dest, values);
    }
    void appendValue(const QString &dest, const QString &value) { m_values[dest].append(value); }
    void setFlag(const QString &dest) { m_flags.insert(dest, true); }

private:
    QHash<QString, QStringList> m_values;
    QHash<QString, bool> m_flags;
};

class ArgParser
{
public:
    struct Result
    {
        enum Status { Ok, Help, Error } status = Ok;
        ParsedArgs args;
        QString message; // the error message (status Error)
    };

    ArgParser(const QString &prog, const ArgSpec &spec) : m_prog(prog), m_spec(spec) {}

    Result parse(const QStringList &tokens) const;
    QString usage() const; // "usage: <prog> [-h] ..."
    // The arguments on one line, "[-h] [--opt X] pos" (man page, docs).
    QString synopsis() const;
    // How one argument is written: "--assignee ASSIGNEE", "-v, --verbose".
    static QString invocation(const ArgSpec::Arg &arg);
    QString help() const; // usage, description, arguments
    // "usage: ...\n<prog>: error: <message>"
    QString errorText(const QString &message) const;
    QString prog() const { return m_prog; }

private:
    const ArgSpec::Arg *findOption(const QString &name, QString *error) const;
    QString convert(const ArgSpec::Arg &arg, const QString &value) const;
    QString distribute(const QStringList &positionals, ParsedArgs &out) const;
    QStringList synopsisParts() const;

    QString m_prog;
    ArgSpec m_spec;
};

// True for tokens argparse would treat as an option string.
bool looksLikeOption(const QString &token);
