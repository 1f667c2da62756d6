#pragma once

#include <QStringList>

class QMimeData;

// The drag payload between columns: task ids under a private MIME type
// (one id per line), plus the ids as plain text for other programs.
namespace CardMime {
QString type();
QMimeData *create(const QStringList &ids);
QStringList ids(const QMimeData *data);
bool has(const QMimeData *data);
} // namespace CardMime
