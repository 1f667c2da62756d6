#include "app/TopLevel.h"

#include "app/CliReference.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include <cstdio>

namespace {

// QApplication's own options that take a value, and the one that does not.
const QStringList kQtValueOptions{
    QStringLiteral("-platform"),        QStringLiteral("-style"),
    QStringLiteral("-stylesheet"),      QStringLiteral("-display"),
    QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
    QStringLiteral("-session")};

TopLevel::Parsed failure(const QString &message)
{
    TopLevel::Parsed p;
    p.action = TopLevel::Parsed::Error;
    p.message = QStringLiteral("qkanban: ") + message + QStringLiteral("; see 'qkanban --help'");
    return p;
}

// --name VALUE or --name=VALUE at args[i]; advances i past the value.
bool takeValue(const QStringList &args, qsizetype &i, const QString &name, QString &value,
               bool &missing)
{
    const QString &a = args[i];
    if (a.startsWith(name + QLatin1Char('='))) {
        value = a.mid(name.size() + 1);
        missing = value.isEmpty();
        return true;
    }
    if (a != name)
        return false;
    missing = i + 1 >= args.size() || args[i + 1].startsWith(QLatin1Char('-'));
    if (!missing)
        value = args[++i];
    return true;
}

} // namespace

namespace TopLevel {

Parsed parse(const QStringList &args)
{
    Parsed p;
    if (args.contains(QStringLiteral("--headless"))) {
        p.action = Parsed::Headless;
        return p;
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        bool missing = false;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            p.action = Parsed::Help;
            return p;
        }
        if (a == QLatin1String("--version") || a == QLatin1String("-V") ||
            a == QLatin1String("-v")) {
            p.action = Parsed::Version;
            return p;
        }
        if (a == QLatin1String("--tray")) {
            p.tray = true;
        } else if (takeValue(args, i, QStringLiteral("--board"), p.board, missing) ||
                   takeValue(args, i, QStringLiteral("--db"), p.db, missing)) {
            if (missing)
                return failure(QStringLiteral("option '%1' needs a value")
                                   .arg(a.section(QLatin1Char('='), 0, 0)));
        } else if (kQtValueOptions.contains(a)) {
            if (i + 1 >= args.size())
                return failure(QStringLiteral("option '%1' needs a value").arg(a));
            p.qtPlatform = p.qtPlatform || a == QLatin1String("-platform");
            ++i;
        } else if (a == QLatin1String("-reverse")) {
            continue;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return failure(QStringLiteral("unknown option '%1'").arg(a));
        } else {
            return failure(QStringLiteral("unexpected argument '%1' (verbs run with 'qkanban "
                                          "--headless %1')")
                               .arg(a));
        }
    }
    return p;
}

int handle(const Parsed &parsed)
{
    switch (parsed.action) {
    case Parsed::Help: {
        VerbTable table;
        registerAllVerbs(table);
        std::fputs(CliReference::usage(table).toLocal8Bit().constData(), stdout);
        return 0;
    }
    case Parsed::Version:
        std::printf("%s\n", CliReference::versionLine().toLocal8Bit().constData());
        return 0;
    case Parsed::Error:
        std::fprintf(stderr, "%s\n", parsed.message.toLocal8Bit().constData());
        return 2;
    case Parsed::Desktop:
    case Parsed::Headless:
        break;
    }
    return -1;
}

bool checkDisplay(const Parsed &parsed)
{
    if (parsed.qtPlatform || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    std::fprintf(stderr, "qkanban: no display found (DISPLAY and WAYLAND_DISPLAY are unset); use "
                         "'qkanban --headless VERB' for the command line\n");
    return false;
}

} // namespace TopLevel
