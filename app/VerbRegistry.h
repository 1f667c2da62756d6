#pragma once

class VerbTable;

// One function per verb group; VerbTable's constructor calls them all.
void registerTaskVerbs(VerbTable &table); // init, create, list, show, assign, edit, link, unlink
void registerLifecycleVerbs(
    VerbTable &table);                     // claim, comment, complete, block, unblock, archive, ...
void registerQueryVerbs(VerbTable &table); // tail, watch, stats, context, runs, gc
void registerBoardVerbs(VerbTable &table); // boards
void registerNotifyVerbs(VerbTable &table);   // notify-subscribe, notify-list, notify-unsubscribe
void registerIoVerbs(VerbTable &table);       // export, import
void registerShellVerbs(VerbTable &table);    // completion
void registerDispatchVerbs(VerbTable &table); // dispatch, daemon, profiles, dispatcher-status, log
void registerNetVerbs(VerbTable &table);      // serve

inline void registerAllVerbs(VerbTable &table)
{
    registerTaskVerbs(table);
    registerLifecycleVerbs(table);
    registerQueryVerbs(table);
    registerDispatchVerbs(table);
    registerNetVerbs(table);
    registerNotifyVerbs(table);
    registerBoardVerbs(table);
    registerIoVerbs(table);
    registerShellVerbs(table);
}
