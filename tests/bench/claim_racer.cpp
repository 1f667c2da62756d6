// One claim racer: opens the board, prints "ready", waits for a line on
// stdin (the start gun shared by every racer), then claims each id of the
// file in order through Kernel::claimTask, or with --batch N, N ids at a
// time through Kernel::claimTasks (one transaction each). Prints one JSON
// line: an object with the claims, attempts and elapsed milliseconds. The
// driver checks in the database that every task was claimed exactly once.
// usage: claim_racer DB_FILE IDS_FILE [--batch N]
#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Kernel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int batch = 0;
    if (args.size() == 5 && args.at(3) == QLatin1String("--batch"))
        batch = args.at(4).toInt();
    if ((args.size() != 3 && batch < 1) || args.size() == 4 || args.size() > 5) {
        std::fputs("usage: claim_racer DB_FILE IDS_FILE [--batch N]\n", stderr);
        return 2;
    }
    QFile idsFile(args.at(2));
    if (!idsFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "claim_racer: cannot read %s\n", qPrintable(args.at(2)));
        return 1;
    }
    const QStringList ids =
        QString::fromUtf8(idsFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    try {
        Board board(BoardPaths::resolve({}, args.at(1)));
        Kernel kernel(board);
        kernel.task(ids.value(0)); // warm the connection before the gun
        std::puts("ready");
        std::fflush(stdout);
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 1;
        int claimed = 0;
        QElapsedTimer t;
        t.start();
        if (batch > 0) {
            for (qsizetype i = 0; i < ids.size(); i += batch)
                claimed += int(kernel.claimTasks(ids.mid(i, batch), 3600).size());
        } else {
            for (const QString &id : ids)
                claimed += kernel.claimTask(id, 3600).has_value() ? 1 : 0;
        }
        std::printf("{\"claimed\": %d, \"attempts\": %d, \"elapsed_ms\": %.3f}\n", claimed,
                    int(ids.size()), double(t.nsecsElapsed()) / 1e6);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "claim_racer: %s\n", e.what());
        return 1;
    }
    return 0;
}
