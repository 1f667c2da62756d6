#include "app/VerbGroups.h"

#include "app/VerbTable.h"

void registerAllVerbs(VerbTable &table)
{
    registerTaskVerbs(table);
    registerTriageVerbs(table);
    registerLifecycleVerbs(table);
    registerRoutingVerbs(table);
    registerStreamVerbs(table);
    registerQueryVerbs(table);
    registerAssigneeVerbs(table);
    registerDispatchVerbs(table);
    registerNetVerbs(table);
    registerNotifyVerbs(table);
    registerBoardVerbs(table);
    registerIoVerbs(table);
    registerMaintenanceVerbs(table);
    registerShellVerbs(table);
    // Reading verbs never create a board (a write verb such as create does,
    // as the original's).
    table.markReadOnly({QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("runs"),
                        QStringLiteral("context"), QStringLiteral("stats"), QStringLiteral("tail"),
                        QStringLiteral("watch"), QStringLiteral("notify-list"),
                        QStringLiteral("export"), QStringLiteral("assignees"),
                        QStringLiteral("log"), QStringLiteral("dispatcher-status")});
}
