// Test helper for the claim race: claims every id of a file, in an order
// shuffled by a seed, each through the verb table's `claim` verb (the
// code path of `qkanban --headless claim`).
// usage: qkanban_claimer <db> <ids-file> <seed>
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <random>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    QFile f(args[2]);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    QStringList ids = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::mt19937 rng(args[3].toUInt());
    std::shuffle(ids.begin(), ids.end(), rng);
    VerbTable table;
    registerAllVerbs(table);
    int claimed = 0;
    for (const QString &id : ids) {
        if (table.runHeadless({QStringLiteral("--db"), args[1], QStringLiteral("claim"), id}) == 0)
            ++claimed;
    }
    return claimed > 0 ? 0 : 1;
}
