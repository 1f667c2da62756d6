#include "app/ListRows.h"

namespace ListRows {

const char *statusIcon(QByteArrayView status)
{
    static const struct
    {
        const char *status;
        const char *icon;
    } icons[] = {{"triage", "?"},       {"todo", "\u25fb"},    {"ready", "\u25b6"},
                 {"running", "\u25cf"}, {"blocked", "\u2298"}, {"review", "\u25c6"},
                 {"done", "\u2713"},    {"archived", "\u2014"}};
    for (const auto &i : icons) {
        if (status == QByteArrayView(i.status))
            return i.icon;
    }
    return "?";
}

} // namespace ListRows
