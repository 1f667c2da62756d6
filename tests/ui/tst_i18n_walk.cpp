// German and French everywhere: switches the language, walks the screens
// (board, drawer with every tab, a refusal, create dialog, profiles,
// statistics, help, shortcuts, settings when there is such a window), collects
// every visible text and fails on any English word. The English words are
// made from the .ts file: words of the source strings that no translation
// uses. Also: kernel errors and event names are translated from their codes
// and kinds, and Qt's own strings (key names) are translated.
#include "tests/ui/UiTestSupport.h"

#include "model/KanbanError.h"
#include "model/Types.h"
#include "model/WaitReason.h"
#include "ui/board/MoveController.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/style/MessageText.h"
#include "ui/style/Translations.h"
#include "ui/tray/DispatcherHealth.h"
#include "ui/tray/DispatcherPill.h"
#include "ui/window/BoardStatusBar.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QXmlStreamReader>

namespace {

const QRegularExpression kWord(QStringLiteral("\\p{L}+"));

// Task ids, placeholders, HTML tags and entities, accelerators: not words.
QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    // Task ids, placeholders, numbers and file paths (the log's).
    static const QRegularExpression noise(
        QStringLiteral("\\bt_[0-9a-z]+\\b|%n|%L?\\d+|(?:/[^\\s/]+)+/?"));
    text.replace(noise, QStringLiteral(" "));
    // "P&ause" is "Pause"; "&&" a literal "&".
    return text.replace(QLatin1String("&&"), QStringLiteral(" ")).remove(QLatin1Char('&'));
}

QSet<QString> words(const QString &text)
{
    QSet<QString> out;
    for (auto it = kWord.globalMatch(plain(text)); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (w.size() >= 3)
            out.insert(w);
    }
    return out;
}

// Words of the .ts sources that no translation of that file uses.
QSet<QString> englishWords(const QString &tsFile)
{
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QSet<QString> source, translated;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source.unite(words(xml.readElementText()));
        else if (xml.name() == QLatin1String("translation") ||
                 xml.name() == QLatin1String("numerusform"))
            translated.unite(words(xml.readElementText(QXmlStreamReader::IncludeChildElements)));
    }
    source.subtract(translated);
    return source;
}

struct Seen
{
    QString where;
    QString text;
};

class Collector
{
public:
    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            texts.append({where, text});
    }

    void action(const QString &where, QAction *a)
    {
        if (a->isSeparator() || !a->isVisible())
            return;
        add(where + QStringLiteral(" action ") + a->objectName(), a->text());
        if (a->toolTip() != a->text())
            add(where + QStringLiteral(" tooltip ") + a->objectName(), a->toolTip());
        if (QMenu *m = a->menu()) {
            add(where + QStringLiteral(" menu"), m->title());
            for (QAction *sub : m->actions())
                action(where + QStringLiteral(" › ") + m->title(), sub);
        }
    }

    void header(const QString &where, QHeaderView *h)
    {
        if (!h || !h->model() || h->isHidden())
            return;
        for (int i = 0; i < h->count(); ++i)
            add(where, h->model()->headerData(i, h->orientation()).toString());
    }

    // Every visible text under root: widget texts, tooltips, titles,
    // headers, tabs, menus and actions.
    void widget(QWidget *root)
    {
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : all) {
            if (!w->isVisible())
                continue;
            const QString where = QString::fromLatin1(w->metaObject()->className()) +
                                  QLatin1Char(' ') + w->objectName();
            if (w->isWindow())
                add(where + QStringLiteral(" title"), w->windowTitle());
            add(where + QStringLiteral(" tooltip"), w->toolTip());
            if (auto *l = qobject_cast<QLabel *>(w))
                add(where, l->text());
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(where, b->text());
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                add(where, g->title());
            else if (auto *e = qobject_cast<QLineEdit *>(w))
                add(where + QStringLiteral(" placeholder"), e->placeholderText());
            else if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i) {
                    add(where, t->tabText(i));
                    add(where + QStringLiteral(" tooltip"), t->tabToolTip(i));
                }
            } else if (auto *c = qobject_cast<QComboBox *>(w)) {
                if (!c->isEditable())
                    for (int i = 0; i < c->count(); ++i)
                        add(where, c->itemText(i));
            } else if (auto *h = qobject_cast<QHeaderView *>(w)) {
                header(where, h);
            }
            if (auto *tree = qobject_cast<QTreeWidget *>(w))
                treeItems(where, tree);
            for (QAction *a : w->actions())
                action(where, a);
            if (auto *bar = qobject_cast<QMenuBar *>(w))
                for (QAction *a : bar->actions())
                    action(where, a);
        }
    }

    // Lists the board writes (shortcuts, the drawer's events and runs);
    // the free text of events and runs (summaries, errors) is the tasks'.
    void treeItems(const QString &where, QTreeWidget *tree)
    {
        QList<int> columns;
        const QString name = tree->objectName();
        if (name == QLatin1String("shortcutsTree"))
            columns = {0, 1};
        else if (name == QLatin1String("drawerEvents"))
            columns = {1};
        else if (name == QLatin1String("drawerRuns"))
            columns = {1};
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            for (int c : columns)
                add(where, (*it)->text(c));
    }

    QList<Seen> texts;
};

constexpr const char *kNames[] = {"Zyra", "Quorx", "Brimwold", "Ulmq", "Vexa", "ada", "bob"};

} // namespace

class TestI18nWalk : public QObject
{
    Q_OBJECT

private:
    // The English words among what was seen, as "where: text [word]".
    static QStringList english(const QList<Seen> &seen, const QSet<QString> &list)
    {
        QSet<QString> ignored;
        for (const char *n : kNames)
            ignored.insert(QString::fromLatin1(n).toLower());
        // Proper names and words German and French use as they are.
        for (const char *n : {"qkanban", "hermes", "markdown", "json", "sqlite", "git", "ids"})
            ignored.insert(QString::fromLatin1(n));
        QStringList bad;
        for (const Seen &s : seen) {
            const QSet<QString> ws = words(s.text);
            for (const QString &w : ws) {
                if (list.contains(w) && !ignored.contains(w))
                    bad << QStringLiteral("%1: \"%2\" [%3]").arg(s.where, s.text.left(160), w);
            }
        }
        bad.removeDuplicates();
        return bad;
    }

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void walk_data()
    {
        QTest::addColumn<QString>("lang");
        // Qt's own key names (qtbase_xx.qm) as well as the .ts words.
        QTest::addColumn<QStringList>("qtWords");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("ctrl"), QStringLiteral("shift"),
                                           QStringLiteral("del")};
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("shift"), QStringLiteral("del")};
    }

    void walk()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, qtWords);
        QSet<QString> list = englishWords(QStringLiteral(QK_TS_DIR "/qkanban_%1.ts").arg(lang));
        QVERIFY2(list.size() > 100, qPrintable(QString::number(list.size())));
        QVERIFY(list.contains(QStringLiteral("running")));
        for (const QString &w : qtWords)
            list.insert(w);

        QVERIFY(Translations::install(lang));
        // Qt's own translations (qtbase_xx.qm) are loaded: key names too.
        const QString ctrlShiftDel =
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete).toString(QKeySequence::NativeText);
        QCOMPARE(ctrlShiftDel, lang == QLatin1String("de") ? QStringLiteral("Strg+Umschalt+Entf")
                                                           : QStringLiteral("Ctrl+Maj+Suppr"));
        UiTestBoard tb;
        auto session = tb.openSession();
        Kernel &k = session->kernel();
        const QString parent = tb.create(k, QStringLiteral("Zyra"), QStringLiteral("ada"), 2);
        const QString child =
            tb.create(k, QStringLiteral("Quorx"), QStringLiteral("bob"), 1, {parent});
        tb.create(k, QStringLiteral("Brimwold"), {}, 0, {}, true);
        const QString done = tb.create(k, QStringLiteral("Ulmq"), QStringLiteral("ada"));
        k.moveTask(parent, TaskStatus::Todo);
        k.moveTask(done, TaskStatus::Done, QStringLiteral("Vexa"));
        k.addComment(child, QStringLiteral("ada"), QStringLiteral("Vexa"));
        const QString blocked = tb.create(k, QStringLiteral("Vexa"), QStringLiteral("bob"));
        QVERIFY(k.blockTask(blocked, QStringLiteral("Ulmq")));

        MainWindow w(std::move(session));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.refreshNow();
        Collector seen;
        seen.widget(&w);

        // The drawer, every tab.
        w.openTask(child);
        QTRY_COMPARE(w.drawer()->width(), TaskDrawer::kWidth);
        QTRY_VERIFY(!w.drawer()->bodyView()->isLoading());
        auto *tabs = w.drawer()->findChild<QTabWidget *>(QStringLiteral("drawerTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            seen.widget(w.drawer());
        }

        // A refusal: the child waits on its parent.
        QCOMPARE(w.moves()->moveTasks({child}, TaskStatus::Ready), 0);
        const QString notice = w.boardStatusBar()->notice();
        QVERIFY2(!notice.isEmpty(), "no refusal shown");
        QVERIFY2(notice.contains(QStringLiteral("Zyra")), qPrintable(notice));
        seen.add(QStringLiteral("refusal"), notice);
        seen.widget(w.statusBar());
        if (lang == QLatin1String("de")) {
            tabs->setCurrentIndex(
                tabs->indexOf(w.drawer()->findChild<QWidget *>(QStringLiteral("drawerEvents"))));
            QCoreApplication::processEvents();
            const QImage img = w.grab().toImage();
            QVERIFY(img.save(UiTest::screenshotDir() + QStringLiteral("/board-de.png")));
            // The window kept its size with the message shown.
            QCOMPARE(w.width(), 1400);
        }

        // The dialogs and windows, each as the user opens it.
        const QList<std::function<void()>> opens = {
            [&] { w.showCreateDialog(); }, [&] { w.showProfiles(); },  [&] { w.showStats(); },
            [&] { w.showUserGuide(); },    [&] { w.showShortcuts(); },
        };
        QList<std::function<void()>> all = opens;
        if (auto *settings = w.findChild<QAction *>(QStringLiteral("actionSettings")))
            all << [settings] { settings->trigger(); };
        for (const auto &open : all) {
            const QWidgetList before = QApplication::topLevelWidgets();
            open();
            QCoreApplication::processEvents();
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top->isVisible() && top != &w && !qobject_cast<QMenu *>(top)) {
                    seen.widget(top);
                    if (!before.contains(top) || qobject_cast<QDialog *>(top))
                        top->close();
                }
            }
            QCoreApplication::processEvents();
        }

        const QStringList bad = english(seen.texts, list);
        QVERIFY2(seen.texts.size() > 150, qPrintable(QString::number(seen.texts.size())));
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("\n") + bad.join(QLatin1Char('\n'))));
    }

    // Every error code has its sentence, and none is the English message.
    void errorsFromTheirCodes_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void errorsFromTheirCodes()
    {
        QFETCH(QString, lang);
        const QSet<QString> list =
            englishWords(QStringLiteral(QK_TS_DIR "/qkanban_%1.ts").arg(lang));
        QVERIFY(Translations::install(lang));
        // Titles, except where the code's second argument is a status.
        using C = KanbanError::Code;
        const QList<C> withStatus = {C::CannotComplete, C::CannotBlock, C::NotTodo,
                                     C::ResultNotDone};
        QList<Seen> seen;
        for (int c = 1; c <= int(KanbanError::Code::InvalidName); ++c) {
            const QStringList args = {QStringLiteral("Zyra"),
                                      withStatus.contains(C(c)) ? QStringLiteral("todo")
                                                                : QStringLiteral("Quorx"),
                                      QStringLiteral("Brimwold")};
            const KanbanError e(KanbanError::Code(c), args, QStringLiteral("english message"));
            const QString text = MessageText::error(e);
            QVERIFY2(!text.contains(QStringLiteral("english message")), qPrintable(text));
            seen.append({QStringLiteral("code %1").arg(c), text});
        }
        for (const QString &kind :
             {EventKind::Created, EventKind::Completed, EventKind::Blocked, EventKind::Crashed,
              EventKind::GaveUp, EventKind::Commented, EventKind::ReviewRequested,
              EventKind::Status, EventKind::Spawned, EventKind::Reclaimed}) {
            seen.append({QStringLiteral("event ") + kind, MessageText::eventName(kind)});
            QVERIFY(MessageText::eventName(kind) != kind);
        }
        seen.append({QStringLiteral("person"), MessageText::person(QStringLiteral("user"))});
        const QStringList bad = english(seen, list);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("\n") + bad.join(QLatin1Char('\n'))));
    }

    // The board shows the kernel's refusal translated, by title, while the
    // CLI's English message stays as it was.
    void refusalIsTranslatedNotPassedThrough()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        Kernel &k = session->kernel();
        const QString parent = tb.create(k, QStringLiteral("Zyra"));
        const QString child = tb.create(k, QStringLiteral("Quorx"), {}, 0, {parent});
        k.moveTask(parent, TaskStatus::Todo);
        try {
            k.moveTask(child, TaskStatus::Ready);
            QFAIL("not refused");
        } catch (const KanbanError &e) {
            QCOMPARE(e.code(), KanbanError::Code::WaitingOnParents);
            QVERIFY(e.message().startsWith(QStringLiteral("Cannot move %1 to ready").arg(child)));
            QVERIFY(Translations::install(QStringLiteral("de")));
            const QString de = MessageText::error(e);
            QVERIFY2(de.contains(QStringLiteral("„Quorx“")) &&
                         de.contains(QStringLiteral("„Zyra“")),
                     qPrintable(de));
            QVERIFY2(!de.contains(child), qPrintable(de));
        }
    }

    // Dates in the pill and elsewhere follow the locale, not ISO.
    void timesFollowTheLocale()
    {
        QVERIFY(Translations::install(QStringLiteral("de")));
        const qint64 t = QDateTime(QDate(2026, 12, 7), QTime(14, 32, 5)).toSecsSinceEpoch();
        QCOMPARE(MessageText::time(t), QStringLiteral("14:32"));
        DispatcherHealth h;
        h.state = DispatcherHealth::Alive;
        h.local = true;
        h.mode = QStringLiteral("tray");
        h.lastTick = t;
        const QString details = DispatcherPill::details(h);
        QVERIFY2(!details.contains(QStringLiteral("2026-12-07")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("07.12.")), qPrintable(details));
        QVERIFY2(DispatcherPill::summary(h).contains(QStringLiteral("14:32")),
                 qPrintable(DispatcherPill::summary(h)));
        QVERIFY(Translations::install(QStringLiteral("fr")));
        QCOMPARE(MessageText::time(t), QStringLiteral("14:32"));
    }

    // The lines the Ready cards show (model/WaitReason) are in the catalogue.
    void waitReasonsAreTranslated()
    {
        WaitReason r;
        r.kind = WaitReason::NoProfile;
        r.profile = QStringLiteral("bob");
        QVERIFY(Translations::install(QStringLiteral("de")));
        QCOMPARE(r.text(), QStringLiteral("Kein Profil namens bob"));
        QVERIFY(Translations::install(QStringLiteral("fr")));
        QCOMPARE(r.text(), QStringLiteral("Aucun profil nommé bob"));
    }

    // The check itself: the English board is full of English words.
    void theListCatchesEnglish()
    {
        const QSet<QString> list = englishWords(QStringLiteral(QK_TS_DIR "/qkanban_de.ts"));
        Translations::install(QStringLiteral("en"));
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Collector seen;
        seen.widget(&w);
        const QStringList bad = english(seen.texts, list);
        QVERIFY2(bad.size() > 20, qPrintable(bad.join(QLatin1Char('\n'))));
        QVERIFY(!bad.filter(QStringLiteral("[file]")).isEmpty());
    }
};

QTEST_MAIN(TestI18nWalk)
#include "tst_i18n_walk.moc"
