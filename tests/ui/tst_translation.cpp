// German and French through Qt Linguist: they load, the window follows a
// language change, every string is translated, and --json never is.
#include "tests/ui/UiTestSupport.h"

#include "app/VerbGroups.h"
#include "app/VerbTable.h"
#include "model/Types.h"
#include "ui/board/StatusText.h"
#include "ui/style/Translations.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QMenuBar>
#include <QXmlStreamReader>

class TestTranslation : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void germanLoads()
    {
        Resources::init();
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/qkanban_de.qm")));
        QVERIFY(Translations::install(QStringLiteral("de")));
        QCOMPARE(Translations::installed(), QStringLiteral("de"));
        QCOMPARE(StatusText::name(TaskStatus::Ready), QStringLiteral("Bereit"));
        QCOMPARE(StatusText::name(TaskStatus::Done), QStringLiteral("Erledigt"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    }

    void windowFollowsTheLanguage()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QVERIFY(Translations::install(QStringLiteral("de")));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionNewTask"))
                    ->text()
                    .contains(QStringLiteral("Neue Aufgabe")));
        QVERIFY(Translations::install(QStringLiteral("fr")));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral(QK_TS_DIR "/qkanban_de.ts");
        QTest::newRow("fr") << QStringLiteral(QK_TS_DIR "/qkanban_fr.ts");
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QString text;
                // Plural forms come as <numerusform> children.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                       !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                }
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                    text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 150, qPrintable(QString::number(messages)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void jsonIsNeverTranslated()
    {
        UiTestBoard tb;
        QVERIFY(Translations::install(QStringLiteral("de")));
        VerbTable table;
        registerAllVerbs(table);
        const QString db = QStringLiteral("--db '%1' ").arg(tb.dbPath);
        table.runCommandLine(db + QStringLiteral("create 'Übersetzt nicht'"));
        const QString json = table.runCommandLine(db + QStringLiteral("list --json"));
        QVERIFY2(json.contains(QStringLiteral("\"status\": \"ready\"")) ||
                     json.contains(QStringLiteral("\"status\":\"ready\"")),
                 qPrintable(json));
        QVERIFY(!json.contains(QStringLiteral("Bereit")));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
