#include "ui/style/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_language;

void drop(QTranslator *&t)
{
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t;
        t = nullptr;
    }
}
} // namespace

namespace Translations {

QString preferredLanguage()
{
    const QString env = qEnvironmentVariable("QKANBAN_LANG").trimmed();
    if (!env.isEmpty())
        return env.left(2).toLower();
    return QLocale::system().name().left(2).toLower();
}

bool install(const QString &language)
{
    drop(g_app);
    drop(g_qt);
    g_language.clear();
    QString lang = language.left(2).toLower();
    auto *app = new QTranslator;
    const bool translated = !lang.isEmpty() && lang != QLatin1String("en") &&
                            lang != QLatin1String("c") &&
                            app->load(QStringLiteral(":/i18n/qkanban_%1.qm").arg(lang));
    // English (and any language we lack) still gets its plural forms.
    if (!translated) {
        lang = QStringLiteral("en");
        if (!app->load(QStringLiteral(":/i18n/qkanban_en.qm"))) {
            delete app;
            return false;
        }
    }
    g_app = app;
    QCoreApplication::installTranslator(g_app);
    if (!translated) {
        QLocale::setDefault(QLocale::system());
        return false;
    }
    // Qt's own strings (standard buttons), when the system has them.
    auto *qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qt = qt;
        QCoreApplication::installTranslator(g_qt);
    } else {
        delete qt;
    }
    g_language = lang;
    QLocale::setDefault(QLocale(lang));
    return true;
}

QString installed()
{
    return g_language;
}

} // namespace Translations
