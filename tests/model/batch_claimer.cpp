// Test helper for the batch claim race: claims the ids of a file, in an
// order shuffled by a seed, BATCH at a time through Kernel::claimTasks
// (one transaction each), with an optional per-profile cap. Prints each
// id it claimed on a line of its own.
// usage: batch_claimer <db> <ids-file> <seed> <batch> [<profile> <cap>]
#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Kernel.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <random>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 && args.size() != 7)
        return 2;
    QFile f(args.at(2));
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    QStringList ids = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::mt19937 rng(args.at(3).toUInt());
    std::shuffle(ids.begin(), ids.end(), rng);
    const int batch = qMax(1, args.at(4).toInt());
    ClaimCaps caps;
    if (args.size() == 7) {
        caps.profile = args.at(5);
        caps.profileRunning = args.at(6).toLongLong();
    }
    try {
        Board board(BoardPaths::resolve({}, args.at(1)));
        Kernel kernel(board);
        for (qsizetype i = 0; i < ids.size(); i += batch) {
            for (const Task &t : kernel.claimTasks(ids.mid(i, batch), 3600, {}, caps))
                std::printf("%s\n", qPrintable(t.id));
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "batch_claimer: %s\n", e.what());
        return 1;
    }
    return 0;
}
