// The assignees verb: who can take work on this board. As the original's
// `assignees`, the union of the configured profiles (ours: the profiles
// of the INI config) and the assignees of the board's non-archived tasks,
// each with its task counts by status.
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "dispatcher/Profiles.h"
#include "model/Json.h"
#include "model/VisibleText.h"

#include <QMap>
#include <QSet>

namespace {

struct Assignee
{
    QString name;
    bool onDisk = false;          // a configured profile
    QMap<QString, qint64> counts; // by status, non-archived tasks
};

QList<Assignee> knownAssignees(Kernel &k)
{
    QMap<QString, Assignee> byName;
    for (const Profile &p : Profiles::list())
        byName[p.name] = Assignee{p.name, true, {}};
    const BoardStats stats = k.boardStats();
    for (auto it = stats.byAssignee.cbegin(); it != stats.byAssignee.cend(); ++it) {
        Assignee &a = byName[it.key()];
        a.name = it.key();
        a.counts = it.value();
    }
    return byName.values(); // sorted by name
}

QString countsText(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? QStringLiteral("(idle)") : parts.join(QStringLiteral(", "));
}

int cmdAssignees(VerbContext &ctx)
{
    const QList<Assignee> list = knownAssignees(ctx.kernel());
    if (ctx.args().flag(QStringLiteral("json"))) {
        Json out = Json::array();
        for (const Assignee &a : list) {
            Json counts = Json::object();
            for (auto it = a.counts.cbegin(); it != a.counts.cend(); ++it)
                counts.set(it.key(), it.value());
            Json o = Json::object();
            o.set(QStringLiteral("name"), a.name);
            o.set(QStringLiteral("on_disk"), a.onDisk);
            o.set(QStringLiteral("counts"), counts);
            out << o;
        }
        ctx.write(out.dump(2) + '\n');
        return 0;
    }
    if (list.isEmpty()) {
        ctx.print(QStringLiteral("(no assignees — add a profile with `qkanban --headless profiles "
                                 "add NAME --command '...'`)"));
        return 0;
    }
    ctx.print(QStringLiteral("%1  %2  COUNTS")
                  .arg(QStringLiteral("NAME").leftJustified(20),
                       QStringLiteral("ON DISK").leftJustified(8)));
    for (const Assignee &a : list)
        ctx.print(VisibleText::oneLine(
            QStringLiteral("%1  %2  %3")
                .arg(a.name.leftJustified(20),
                     (a.onDisk ? QStringLiteral("yes") : QStringLiteral("no")).leftJustified(8),
                     countsText(a.counts))));
    return 0;
}

} // namespace

void registerAssigneeVerbs(VerbTable &table)
{
    table.add({QStringLiteral("assignees"),
               {},
               QStringLiteral("Profiles and assignees in use, with their task counts"),
               ArgSpec(QStringLiteral(
                           "List who can take work: the configured profiles (ON DISK yes) and the "
                           "assignees of non-archived tasks, with their task counts by status."))
                   .flag(QStringLiteral("--json"),
                         QStringLiteral("[{name, on_disk, counts{status: n}}]")),
               cmdAssignees});
}
