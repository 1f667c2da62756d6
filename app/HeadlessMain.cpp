#include "app/HeadlessMain.h"

#include "app/Interrupt.h"
#include "app/VerbTable.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstdio>

bool HeadlessMain::decodeArguments(int argc, char **argv, QStringList &args)
{
    for (int i = 1; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QByteArrayView bytes(argv[i]);
        args << QString(utf8(bytes));
        if (!utf8.hasError())
            continue;
        QByteArray shown;
        for (const char c : bytes)
            shown += (uchar(c) >= 0x20 && uchar(c) < 0x7f)
                         ? QByteArray(1, c)
                         : "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        std::fprintf(stderr,
                     "usage: qkanban --headless [--board SLUG] [--db FILE] <verb> [args]\n"
                     "qkanban: error: argument %d is not valid UTF-8: '%s'\n",
                     i, shown.constData());
        return false;
    }
    return true;
}

bool HeadlessMain::takeHeadless(QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--headless"));
    if (at < 0)
        return false;
    args.removeAt(at);
    return true;
}

int HeadlessMain::run(int argc, char **argv, const QStringList &verbArgs,
                      void (*registerVerbs)(VerbTable &))
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qkanban"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QKANBAN_VERSION));
    Interrupt::install();
    VerbTable table;
    registerVerbs(table);
    return table.runHeadless(verbArgs);
}
