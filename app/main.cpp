// qkanban: picks the face from argv. `--headless <verb>` runs one verb of
// the verb table with a QCoreApplication (no display); otherwise the
// desktop board (or the tray alone with --tray).
#include "Interrupt.h"
#include "VerbTable.h"

#ifdef QKANBAN_WITH_GUI
#include <GuiMain.h>
#endif

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

#include <cstdio>

namespace {

int runHeadless(int argc, char **argv, const QStringList &verbArgs)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qkanban"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QKANBAN_VERSION));
    Interrupt::install();
    VerbTable table;
    return table.runHeadless(verbArgs);
}

int runDesktop(int argc, char **argv, const QStringList &args)
{
#ifdef QKANBAN_WITH_GUI
    Gui::Options opts;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--tray"))
            opts.trayOnly = true;
        else if (a == QLatin1String("--board") && i + 1 < args.size())
            opts.boardArg = args[++i];
        else if (a.startsWith(QLatin1String("--board=")))
            opts.boardArg = a.section(QLatin1Char('='), 1);
        else if (a == QLatin1String("--db") && i + 1 < args.size())
            opts.dbArg = args[++i];
        else if (a.startsWith(QLatin1String("--db=")))
            opts.dbArg = a.section(QLatin1Char('='), 1);
    }
    VerbTable table;
    table.setDefaultGlobals({opts.boardArg, opts.dbArg});
    opts.runCommand = [&table](const QString &line) { return table.runCommandLine(line); };
    return Gui::run(argc, argv, opts);
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    Q_UNUSED(args)
    std::fputs("qkanban: this build has no desktop board; use `qkanban --headless <verb>`\n", stderr);
    return 1;
#endif
}

// Arguments are UTF-8. A lossy decode would store replacement characters
// or open a file other than the one named, so refuse it (exit 2).
bool decodeArguments(int argc, char **argv, QStringList &args)
{
    for (int i = 1; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QByteArrayView bytes(argv[i]);
        args << QString(utf8(bytes));
        if (!utf8.hasError())
            continue;
        QByteArray shown;
        for (const char c : bytes)
            shown += (uchar(c) >= 0x20 && uchar(c) < 0x7f) ? QByteArray(1, c)
                                                          : "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        std::fprintf(stderr,
                     "usage: qkanban --headless [--board SLUG] [--db FILE] <verb> [args]\n"
                     "qkanban: error: argument %d is not valid UTF-8: '%s'\n",
                     i, shown.constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    if (!decodeArguments(argc, argv, args))
        return 2;
    if (args.size() == 1 && (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-V"))) {
        std::printf("qkanban %s\n", QKANBAN_VERSION);
        return 0;
    }
    const qsizetype headless = args.indexOf(QStringLiteral("--headless"));
    if (headless >= 0) {
        args.removeAt(headless);
        return runHeadless(argc, argv, args);
    }
    return runDesktop(argc, argv, args);
}
