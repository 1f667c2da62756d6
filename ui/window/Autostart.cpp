#include "ui/window/Autostart.h"

#include "ui/style/Resources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const QString kTemplate = QStringLiteral("qkanban/autostart/qkanban.desktop");

QString templatePath()
{
    const QString installed =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, kTemplate);
    if (!installed.isEmpty())
        return installed;
    Resources::init();
    return QStringLiteral(":/autostart/qkanban.desktop");
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

namespace Autostart {

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/qkanban.desktop");
}

bool isEnabled()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
}

bool setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        return fail(error, QObject::tr("Cannot remove %1").arg(path));
    }
    QFile source(templatePath());
    if (!source.open(QIODevice::ReadOnly))
        return fail(error, QObject::tr("Cannot read %1").arg(source.fileName()));
    const QByteArray entry = source.readAll();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(error, QObject::tr("Cannot create %1").arg(QFileInfo(path).absolutePath()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(entry) != entry.size() || !out.commit())
        return fail(error, QObject::tr("Cannot write %1: %2").arg(path, out.errorString()));
    return true;
}

} // namespace Autostart
