#pragma once

#include <QCoreApplication>
#include <QString>

// Translated names of the statuses, for column headers and menus. The
// database and --json keep the English keys.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    static QString name(const QString &status);
    // The columns shown on the board, in order (archived last).
    static QStringList boardColumns();
    static QString emptyHint(const QString &status);
};
