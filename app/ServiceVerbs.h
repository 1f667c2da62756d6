#pragma once

// serve and daemon need Qt Network and HttpServer, which the lean
// `qkanban` binary does not link (start-up time of every worker verb).
// Their arguments and help live here; their bodies live in qkservices
// (app/full). qkanban-full installs the bodies; the lean binary instead
// re-executes qkanban-full with the same argv (same pid).
class VerbContext;
struct Verb;

namespace ServiceVerbs {

using Handler = int (*)(VerbContext &);
struct Handlers
{
    Handler serve = nullptr;
    Handler daemon = nullptr;
};

void install(const Handlers &handlers);
// The lean binary: run these verbs by exec'ing qkanban-full with argv.
void forwardWith(char **argv);

Verb daemonVerb();
Verb serveVerb();

} // namespace ServiceVerbs
