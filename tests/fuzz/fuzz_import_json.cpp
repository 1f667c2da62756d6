// libFuzzer target: BoardIo::importJson into an empty board.
#include "tests/fuzz/FuzzMain.h"

QKANBAN_FUZZ_TARGET(FuzzHarness::importJson)
