#include "ui/tray/TickReport.h"

#include "model/VisibleText.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TickReport", text);
}

// "1 waits" / "3 wait": no plural forms needed in the catalogue.
QString count(int n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

} // namespace

namespace TickReport {

QString text(const DispatchResult &r, const QHash<QString, WaitReason> &reasons)
{
    if (!r.error.isEmpty())
        return tr("The dispatcher failed: %1").arg(VisibleText::oneLine(r.error));
    QStringList parts;
    const int started = int(r.spawned.size());
    if (started > 0)
        parts << tr("Started %1").arg(started);
    // Counts by what they wait for, in a stable order.
    QMap<QString, int> byProfile;
    int unassigned = 0, cap = 0, backoff = 0;
    bool paused = r.paused;
    for (const WaitReason &w : reasons) {
        switch (w.kind) {
        case WaitReason::NoProfile:
        case WaitReason::CommandMissing:
        case WaitReason::ProfilePaused:
        case WaitReason::ProfileCapReached:
            ++byProfile[w.profile];
            break;
        case WaitReason::Unassigned:
            ++unassigned;
            break;
        case WaitReason::CapReached:
            ++cap;
            break;
        case WaitReason::Backoff:
            ++backoff;
            break;
        case WaitReason::DispatcherPaused:
            paused = true;
            break;
        default:
            break;
        }
    }
    if (paused)
        parts << tr("the dispatcher is paused");
    for (auto it = byProfile.cbegin(); it != byProfile.cend(); ++it)
        parts << count(it.value(), QT_TRANSLATE_NOOP("TickReport", "1 waits for profile %2"),
                       QT_TRANSLATE_NOOP("TickReport", "%1 wait for profile %2"))
                     .arg(VisibleText::oneLine(it.key()));
    if (unassigned > 0)
        parts << count(unassigned, QT_TRANSLATE_NOOP("TickReport", "1 waits for an assignee"),
                       QT_TRANSLATE_NOOP("TickReport", "%1 wait for an assignee"));
    if (cap > 0)
        parts << count(cap, QT_TRANSLATE_NOOP("TickReport", "1 waits for the cap"),
                       QT_TRANSLATE_NOOP("TickReport", "%1 wait for the cap"));
    if (backoff > 0)
        parts << count(backoff, QT_TRANSLATE_NOOP("TickReport", "1 retries later"),
                       QT_TRANSLATE_NOOP("TickReport", "%1 retry later"));
    if (parts.isEmpty())
        return tr("Nothing to start");
    QString out = parts.join(QStringLiteral(", "));
    out[0] = out[0].toUpper();
    return out;
}

} // namespace TickReport
