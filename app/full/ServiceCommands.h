#pragma once

class VerbContext;

// The bodies of the verbs that need Qt Network (see ServiceVerbs.h).
namespace ServiceCommands {

int serve(VerbContext &ctx);
int daemon(VerbContext &ctx);
// Makes this process's verb tables run serve and daemon in process.
void install();

} // namespace ServiceCommands
