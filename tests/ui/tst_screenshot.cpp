// Renders the window with a seeded board of about 30 tasks to PNGs under
// the build folder (1400x900 and 900x700, light and dark, plus the open
// drawer), and checks that text renders with real glyphs, not boxes.
#include "tests/ui/UiTestSupport.h"

#include "tests/ui/BoardSeed.h"
#include "ui/drawer/BodyView.h"
#include "ui/window/MainWindow.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/style/Translations.h"
#include "model/Types.h"

#include <QDir>
#include <QFontDatabase>

class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    static QString outDir()
    {
        QString dir = qEnvironmentVariable("QKANBAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(QK_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        return dir;
    }

    static void assertGlyphs(const QFont &font, const QString &text)
    {
        const QFontMetrics fm(font);
        for (const QChar c : text) {
            if (c.isSpace() || c.category() == QChar::Punctuation_Dash)
                continue;
            QVERIFY2(
                fm.inFont(c),
                qPrintable(QStringLiteral("no glyph for '%1' in %2").arg(c).arg(font.family())));
        }
    }

private slots:
    void renders_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("drawer");
        QTest::addColumn<QString>("language");
        const QString en = QStringLiteral("en");
        QTest::newRow("1400x900-light")
            << QStringLiteral("light") << QSize(1400, 900) << false << en;
        QTest::newRow("1400x900-dark") << QStringLiteral("dark") << QSize(1400, 900) << false << en;
        QTest::newRow("900x700-light") << QStringLiteral("light") << QSize(900, 700) << false << en;
        QTest::newRow("900x700-dark") << QStringLiteral("dark") << QSize(900, 700) << false << en;
        QTest::newRow("1400x900-light-drawer")
            << QStringLiteral("light") << QSize(1400, 900) << true << en;
        QTest::newRow("1400x900-dark-drawer")
            << QStringLiteral("dark") << QSize(1400, 900) << true << en;
        QTest::newRow("1400x900-light-drawer-de")
            << QStringLiteral("light") << QSize(1400, 900) << true << QStringLiteral("de");
    }

    void renders()
    {
        QFETCH(QString, theme);
        QFETCH(QSize, size);
        QFETCH(bool, drawer);
        QFETCH(QString, language);
        Translations::install(language);
        Theme::apply(Theme::fromString(theme));
        UiTestBoard tb;
        auto session = tb.openSession();
        const QString focus = BoardSeed::seed(session->kernel(), tb.clock);
        MainWindow w(std::move(session));
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.refreshNow();
        QCOMPARE(w.session()->model()->rowCount(), 30); // and one archived, hidden
        if (drawer) {
            w.openTask(focus);
            QTRY_COMPARE(w.drawer()->width(), TaskDrawer::kWidth);
            QTRY_VERIFY(!w.drawer()->bodyView()->isLoading());
        }
        QCoreApplication::processEvents();
        const QImage img = w.grab().toImage();
        QCOMPARE(img.size(), size * img.devicePixelRatio());
        const QString path =
            outDir() +
            QStringLiteral("/board-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(img.save(path));
        qInfo() << "wrote" << path;

        // Real glyphs for what the board shows.
        assertGlyphs(w.font(),
                     QStringLiteral("Triage Todo Ready Running Blocked Review Done 0123456789"));
        const TaskTableModel *m = w.session()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            assertGlyphs(w.font(), m->index(r, 0).data(TaskTableModel::TitleRole).toString());
        QFont mono(Theme::monospaceFamily());
        assertGlyphs(mono, QStringLiteral("t_0123456789abcdef"));
        // Not a uniform picture: the window has drawn something.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY(colours.size() > 50);
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
