#pragma once

class VerbTable;

// The verb groups, one registration function each (defined beside their
// verbs). main() fills its table with registerAllVerbs(); VerbTable itself
// knows none of them.
void registerTaskVerbs(VerbTable &table); // init, create, list, show, assign, edit, link, unlink
void registerLifecycleVerbs(VerbTable &table); // claim, comment, complete, block, archive, ...
void registerRoutingVerbs(VerbTable &table);   // reassign, promote
void registerStreamVerbs(VerbTable &table);    // tail, watch
void registerQueryVerbs(VerbTable &table);     // stats, context, runs, gc
void registerBoardVerbs(VerbTable &table);     // boards
void registerNotifyVerbs(VerbTable &table);    // notify-subscribe, notify-list, notify-unsubscribe
void registerIoVerbs(VerbTable &table);        // export, import
void registerShellVerbs(VerbTable &table);     // completion
void registerDispatchVerbs(VerbTable &table);  // dispatch, daemon, profiles, dispatcher-status, log
void registerNetVerbs(VerbTable &table);       // serve
void registerTriageVerbs(VerbTable &table);    // specify
void registerAssigneeVerbs(VerbTable &table);  // assignees
void registerMaintenanceVerbs(VerbTable &table); // check, backup

// Every group, in the order --help lists them.
void registerAllVerbs(VerbTable &table);
