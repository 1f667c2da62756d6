// libFuzzer target: RestRoutes::handle with fuzzed method, path, query and body.
#include "tests/fuzz/FuzzMain.h"

QKANBAN_FUZZ_TARGET(FuzzHarness::rest)
