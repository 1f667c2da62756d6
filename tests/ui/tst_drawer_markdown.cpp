// Markdown in the drawer: comments are rendered as the description is, and
// tables and block quotes are drawn with borders, padding, a shaded header
// and a quote bar, in the light and the dark theme.
#include "tests/ui/WindowFixture.h"

#include "model/Types.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/CommentThread.h"
#include "ui/drawer/MarkdownBrowser.h"
#include "ui/drawer/MarkdownStyle.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/window/MainWindow.h"

#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {
const QString kTable = QStringLiteral("| Mode | Writes/s |\n"
                                      "|:-----|---------:|\n"
                                      "| WAL | 50000 |\n"
                                      "| DELETE | 3300 |\n");
const QString kQuote = QStringLiteral("> Measured on the staging box,\n> five runs each.\n");

QTextTable *firstTable(QTextDocument *doc)
{
    for (QTextFrame *f : doc->rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f))
            return t;
    return nullptr;
}

QTextBlock firstQuote(QTextDocument *doc)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0)
            return b;
    return {};
}
} // namespace

class TestDrawerMarkdown : public WindowFixture
{
    Q_OBJECT

private:
    // A table: borders that collapse, padding, a shaded header row, and
    // the columns' alignment kept.
    static void verifyTable(QTextTable *table, const QPalette &pal, bool dark)
    {
        QVERIFY(table);
        const QTextTableFormat f = table->format();
        QVERIFY(f.border() >= 1);
        QVERIFY(f.borderCollapse());
        QCOMPARE(f.borderStyle(), QTextFrameFormat::BorderStyle_Solid);
        QCOMPARE(f.borderBrush().color(), Theme::cardBorder(pal));
        QVERIFY(f.cellPadding() >= 4);
        QCOMPARE(f.cellSpacing(), 0);
        const QBrush header = table->cellAt(0, 0).format().background();
        QVERIFY(header.style() != Qt::NoBrush);
        QCOMPARE(dark, header.color().lightness() < 128);
        QVERIFY(header.color() != pal.color(QPalette::Base));
        QCOMPARE(table->cellAt(1, 0).format().background().style(), Qt::NoBrush);
        QVERIFY(table->cellAt(1, 1).firstCursorPosition().blockFormat().alignment() &
                Qt::AlignRight);
    }

    // A quote: indented on a tint, its text readable, and a bar drawn.
    static void verifyQuote(MarkdownBrowser *browser, bool dark)
    {
        QTextDocument *doc = browser->document();
        const QTextBlock quote = firstQuote(doc);
        QVERIFY(quote.isValid());
        const QTextBlockFormat bf = quote.blockFormat();
        QCOMPARE(int(bf.leftMargin()), MarkdownStyle::kQuoteIndent);
        QVERIFY(bf.background().style() != Qt::NoBrush);
        const QColor text = quote.begin().fragment().charFormat().foreground().color();
        QCOMPARE(dark, text.lightness() > 128);
        const QList<QRect> bars = browser->quoteBars();
        QVERIFY(!bars.isEmpty());
        // The bar is there on screen: darker (light theme) or lighter (dark)
        // than the quote's background beside it.
        const QImage img = browser->viewport()->grab().toImage();
        const qreal dpr = img.devicePixelRatio();
        const QRect bar = bars.first();
        const QPoint on = QPoint(bar.center().x(), bar.center().y()) * dpr;
        const QPoint beside = QPoint(bar.right() + 40, bar.center().y()) * dpr;
        QVERIFY(img.rect().contains(on) && img.rect().contains(beside));
        const int barL = QColor(img.pixel(on)).lightness();
        const int bgL = QColor(img.pixel(beside)).lightness();
        QVERIFY2(qAbs(barL - bgL) >= 20, qPrintable(QStringLiteral("%1 vs %2").arg(barL).arg(bgL)));
    }

private slots:
    void init() { m_tb = std::make_unique<UiTestBoard>(); }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
        Theme::apply(Theme::Mode::Light);
    }

    void descriptionTablesAndQuotes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void descriptionTablesAndQuotes()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
        window();
        CreateOptions o;
        o.title = QStringLiteral("Compare journal modes");
        o.body = QStringLiteral("Numbers:\n\n") + kTable + QStringLiteral("\n") + kQuote;
        const QString id = k->createTask(o).id;
        TaskDrawer *d = openLoadedDrawer(id);
        QTRY_VERIFY(d->bodyView()->renderedText().contains(QStringLiteral("DELETE")));
        MarkdownBrowser *browser = d->bodyView()->browser();
        QCOMPARE(dark, browser->palette().color(QPalette::Base).lightness() < 128);
        verifyTable(firstTable(browser->document()), browser->palette(), dark);
        verifyQuote(browser, dark);
    }

    void aThemeSwitchRestyles()
    {
        QTextDocument doc;
        doc.setMarkdown(kTable + QStringLiteral("\n") + kQuote,
                        QTextDocument::MarkdownDialectGitHub);
        Theme::apply(Theme::Mode::Light);
        const QPalette light = QApplication::palette();
        MarkdownStyle::apply(&doc, light);
        verifyTable(firstTable(&doc), light, false);
        Theme::apply(Theme::Mode::Dark);
        const QPalette dark = QApplication::palette();
        MarkdownStyle::apply(&doc, dark);
        verifyTable(firstTable(&doc), dark, true);
        QVERIFY(firstQuote(&doc).blockFormat().background().color().lightness() < 128);
    }

    void commentsAreMarkdown()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Discuss"));
        k->addComment(id, QStringLiteral("alice"),
                      QStringLiteral("**Agreed**, with `fsync` on.\n\n") + kQuote +
                          QStringLiteral("\n") + kTable);
        k->addComment(id, QStringLiteral("bob"), QStringLiteral("- one\n- two"));
        TaskDrawer *d = openLoadedDrawer(id);
        CommentThread *thread = d->comments();
        d->findChild<QTabWidget *>(QStringLiteral("drawerTabs"))->setCurrentWidget(thread);
        QTRY_VERIFY(thread->threadText().contains(QStringLiteral("Agreed")));
        const QString text = thread->threadText();
        QVERIFY2(!text.contains(QStringLiteral("**")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("`")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("|")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("> ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("alice")) && text.contains(QStringLiteral("bob")));
        // Bold is bold, code is monospace.
        QTextDocument *doc = thread->thread()->document();
        bool bold = false;
        bool mono = false;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                bold = bold || (f.text() == QStringLiteral("Agreed") &&
                                f.charFormat().fontWeight() >= QFont::Bold);
                mono = mono || (f.text() == QStringLiteral("fsync") &&
                                (f.charFormat().fontFixedPitch() ||
                                 f.charFormat().fontFamilies().toStringList().contains(
                                     QStringLiteral("monospace"))));
            }
        }
        QVERIFY(bold);
        QVERIFY(mono);
        verifyTable(firstTable(doc), thread->palette(), false);
        QTRY_VERIFY(!thread->thread()->quoteBars().isEmpty());
        QVERIFY(doc->toPlainText().contains(QStringLiteral("two")));
    }
};

QTEST_MAIN(TestDrawerMarkdown)
#include "tst_drawer_markdown.moc"
