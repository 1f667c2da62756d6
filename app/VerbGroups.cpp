#include "app/VerbGroups.h"

void registerAllVerbs(VerbTable &table)
{
    registerTaskVerbs(table);
    registerLifecycleVerbs(table);
    registerStreamVerbs(table);
    registerQueryVerbs(table);
    registerDispatchVerbs(table);
    registerNetVerbs(table);
    registerNotifyVerbs(table);
    registerBoardVerbs(table);
    registerIoVerbs(table);
    registerShellVerbs(table);
}
