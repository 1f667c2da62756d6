#include "ui/style/Resources.h"

#include <QtGlobal>

static void initQrc()
{
    Q_INIT_RESOURCE(qkanban);
}

namespace Resources {
void init()
{
    static bool done = false;
    if (!done) {
        initQrc();
        done = true;
    }
}
} // namespace Resources
