#include "VerbRegistry.h"
#include "VerbTable.h"
void registerLifecycleVerbs(VerbTable &) {}
void registerQueryVerbs(VerbTable &) {}
void registerBoardVerbs(VerbTable &) {}
void registerNotifyVerbs(VerbTable &) {}
void registerIoVerbs(VerbTable &) {}
void registerShellVerbs(VerbTable &) {}
