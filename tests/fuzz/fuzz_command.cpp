// libFuzzer target: the command bar's verb strings (VerbTable::runCommandLine), a few lines per
// input.
#include "tests/fuzz/FuzzMain.h"

QKANBAN_FUZZ_TARGET(FuzzHarness::command)
