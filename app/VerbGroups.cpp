#include "app/VerbGroups.h"

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
}
