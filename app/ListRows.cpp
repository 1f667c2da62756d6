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

const QList<QByteArray> &memberPrefixes(int pad)
{
    const auto build = [](int spaces) {
        QList<QByteArray> out;
        for (const char *k : kJsonKeys) {
            QByteArray p;
            JsonOut json(p);
            json.key(k, qsizetype(qstrlen(k)), spaces, out.isEmpty());
            json.finish();
            out << p;
        }
        return out;
    };
    static const QList<QByteArray> list = build(4); // list --json: depth 1
    if (pad == 4)
        return list;
    thread_local int otherPad = -1;
    thread_local QList<QByteArray> other;
    if (otherPad != pad) {
        other = build(pad);
        otherPad = pad;
    }
    return other;
}

} // namespace ListRows
