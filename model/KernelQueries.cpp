// Kernel: read-only queries built on the others (no writes here).
#include "model/Kernel.h"

QList<Task> Kernel::listTasks(const ListFilter &filter)
{
    QList<Task> out;
    forEachTask(filter, [&out](const Task &t) { out << t; });
    return out;
}
