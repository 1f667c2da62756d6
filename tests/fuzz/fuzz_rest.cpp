// libFuzzer target: raw HTTP bytes through RequestGate (the REST server's
// front), then each accepted request through RestRoutes::handle.
#include "tests/fuzz/FuzzMain.h"

QKANBAN_FUZZ_TARGET(FuzzHarness::rest)
