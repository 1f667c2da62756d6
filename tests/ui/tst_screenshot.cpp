// Renders the window with a seeded board of about 30 tasks to PNGs under
// the build folder (1400x900 and 900x700, light and dark, plus the open
// drawer), and checks that text renders with real glyphs, not boxes, and
// that every bundled icon renders (through Qt SVG) in the palette's colour.
#include "tests/ui/UiTestSupport.h"

#include "model/Types.h"
#include "tests/ui/BoardSeed.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/style/Icons.h"
#include "ui/style/Translations.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QFontDatabase>

class TestScreenshot : public QObject
{
    Q_OBJECT

private:
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
            UiTest::screenshotDir() +
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

    void everyIconRenders_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void everyIconRenders()
    {
        QFETCH(QString, theme);
        UiTestBoard tb; // loads the resources
        Theme::apply(Theme::fromString(theme));
        const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
        const QStringList files =
            QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}, QDir::Files);
        QVERIFY(files.size() >= 25);
        for (const QString &file : files) {
            const QString name = file.chopped(4);
            const bool appArt = name.startsWith(QLatin1String("qkanban"));
            if (name == QLatin1String("qkanban"))
                continue; // the installed application icon, not drawn by the board
            const QIcon icon = appArt ? Icons::app(name.mid(8)) : Icons::bundled(name);
            for (const qreal dpr : {1.0, 2.0}) {
                const QPixmap pm = icon.pixmap(QSize(16, 16), dpr);
                // 16 logical pixels, with at least one pixel per device pixel.
                QCOMPARE(pm.deviceIndependentSize(), QSizeF(16, 16));
                QVERIFY(pm.width() >= 16 * dpr);
                const QImage img = pm.toImage();
                int inked = 0;
                int offColour = 0;
                for (int y = 0; y < img.height(); ++y) {
                    for (int x = 0; x < img.width(); ++x) {
                        const QColor c = img.pixelColor(x, y);
                        if (c.alpha() < 100)
                            continue;
                        ++inked;
                        if (qAbs(c.red() - text.red()) + qAbs(c.green() - text.green()) +
                                qAbs(c.blue() - text.blue()) >
                            24)
                            ++offColour;
                    }
                }
                QVERIFY2(inked >= 4 * dpr * dpr, qPrintable(name));
                // A symbolic icon is drawn in the text colour of the theme.
                if (!appArt)
                    QVERIFY2(offColour == 0, qPrintable(name));
            }
        }
        Theme::apply(Theme::Mode::Light);
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
