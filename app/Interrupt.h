#pragma once

// SIGINT/SIGTERM for live verbs (tail, watch, daemon): the handler sets a
// flag and writes to a self-pipe, so an event loop can wake up at once.
namespace Interrupt {
void install(); // idempotent
bool requested();
void reset();
int wakeFd();     // read end of the self-pipe, -1 before install()
int lastSignal(); // the signal that arrived, 0 when none
// SIGPIPE no longer kills the process: a write to a pipe nobody reads
// fails with EPIPE instead (streams end quietly). A caught signal is reset
// to its default by exec, so child processes are not affected.
void catchBrokenPipe();
} // namespace Interrupt
