// libFuzzer target: BoardIo::importHermes on the input written as a kanban.db file.
#include "tests/fuzz/FuzzMain.h"

QKANBAN_FUZZ_TARGET(FuzzHarness::importHermes)
