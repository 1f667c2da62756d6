// libFuzzer target: RestRoutes::handle with fuzzed method, path, query and body.
#include "FuzzMain.h"

QKANBAN_FUZZ_TARGET(FuzzHarness::rest)
