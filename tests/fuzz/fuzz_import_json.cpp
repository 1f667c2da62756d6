// libFuzzer target: BoardIo::importJson into an empty board.
#include "FuzzMain.h"

QKANBAN_FUZZ_TARGET(FuzzHarness::importJson)
