// The dispatcher verbs (dispatch, daemon, profiles, dispatcher-status,
// log) are registered here by the dispatcher's owner; this file starts
// empty so the table links before they land.
#include "VerbRegistry.h"
#include "VerbTable.h"

void registerDispatchVerbs(VerbTable &)
{
}
