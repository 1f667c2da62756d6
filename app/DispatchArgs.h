#pragma once

#include "dispatcher/Dispatcher.h"
#include "model/BoardPaths.h"

class ArgSpec;
class ParsedArgs;
class VerbContext;

// Shared by dispatch and daemon: --max and --failure-limit, and the board
// the dispatcher opens (its connection is the only one of the process).
DispatchOptions dispatchOptionsFrom(const ParsedArgs &a);
// Adds --max and --failure-limit, which dispatchOptionsFrom reads.
ArgSpec &withDispatchLimits(ArgSpec &spec);
BoardLocation dispatchLocation(VerbContext &ctx);
