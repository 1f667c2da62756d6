// libFuzzer target: BoardIo::importHermes on the input written as a kanban.db file.
#include "FuzzMain.h"

QKANBAN_FUZZ_TARGET(FuzzHarness::importHermes)
