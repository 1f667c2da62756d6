#pragma once

#include <QString>

// The UI's translations (Qt Linguist .qm files embedded under :/i18n).
// The headless face and --json output are never translated.
namespace Translations {
// QKANBAN_LANG, else the system locale's language ("de", "fr", ...).
QString preferredLanguage();
// Replaces the installed translators; "en" or unknown: none. Returns
// true when a qkanban translation was installed.
bool install(const QString &language);
QString installed();
} // namespace Translations
