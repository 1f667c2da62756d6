// The task drawer: fields, comments, links (and cycle errors), the
// markdown body with its edit mode, and bounded, off-thread body and log.
#include "tests/ui/WindowFixture.h"

#include "model/Types.h"
#include "ui/board/MoveController.h"
#include "ui/dialogs/Prompt.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/CommentThread.h"
#include "ui/drawer/DependencyChip.h"
#include "ui/drawer/DependencyEditor.h"
#include "ui/drawer/LogView.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/drawer/TitleEdit.h"
#include "ui/style/MessageText.h"
#include "ui/window/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

class TestDrawer : public WindowFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tb = std::make_unique<UiTestBoard>();
        Prompt::clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
    }

    void showsAndEditsFields()
    {
        window();
        const QString id =
            m_tb->create(*k, QStringLiteral("Draft the plan"), QStringLiteral("alice"), 2);
        TaskDrawer *d = openDrawer(id);
        QVERIFY(d->isOpen());
        auto *title = d->findChild<TitleEdit *>(QStringLiteral("drawerTitle"));
        QCOMPARE(title->text(), QStringLiteral("Draft the plan"));
        QCOMPARE(d->findChild<QSpinBox *>(QStringLiteral("drawerPriority"))->value(), 2);
        title->setText(QStringLiteral("Draft the final plan"));
        emit title->editingFinished();
        QCOMPARE(k->task(id)->title, QStringLiteral("Draft the final plan"));
        auto *tenant = d->findChild<QLineEdit *>(QStringLiteral("drawerTenant"));
        tenant->setText(QStringLiteral("acme"));
        emit tenant->editingFinished();
        QCOMPARE(k->task(id)->tenant, QStringLiteral("acme"));
        // An empty title is refused, with the reason.
        title->setText(QStringLiteral("   "));
        emit title->editingFinished();
        QCOMPARE(k->task(id)->title, QStringLiteral("Draft the final plan"));
        QVERIFY(d->messageText().contains(QStringLiteral("title")));
    }

    void showsAndEditsTheReviewer()
    {
        window();
        CreateOptions o;
        o.title = QStringLiteral("Fix the parser");
        o.assignee = QStringLiteral("coder");
        o.reviewer = QStringLiteral("critic");
        const QString id = k->createTask(o).id;
        TaskDrawer *d = openDrawer(id);
        auto *reviewer = d->findChild<QComboBox *>(QStringLiteral("drawerReviewer"));
        QVERIFY(reviewer);
        QCOMPARE(reviewer->currentText(), QStringLiteral("critic"));
        reviewer->setEditText(QStringLiteral("Lint"));
        emit reviewer->lineEdit()->editingFinished();
        QCOMPARE(k->task(id)->reviewer, QStringLiteral("lint"));
        // A name that cannot be a profile is refused, with the reason.
        reviewer->setEditText(QStringLiteral("not a name"));
        emit reviewer->lineEdit()->editingFinished();
        QCOMPARE(k->task(id)->reviewer, QStringLiteral("lint"));
        QVERIFY2(d->messageText().contains(QStringLiteral("is not a valid name")),
                 qPrintable(d->messageText()));
        QCOMPARE(reviewer->currentText(), QStringLiteral("lint"));
        // Empty: a person reviews.
        reviewer->setEditText(QString());
        emit reviewer->lineEdit()->editingFinished();
        QVERIFY(k->task(id)->reviewer.isEmpty());
    }

    void addsAComment()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Discuss"));
        TaskDrawer *d = openDrawer(id);
        QPlainTextEdit *edit = d->comments()->editor();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Looks good to me"));
        QTest::keyClick(edit, Qt::Key_Return);
        const QList<Comment> comments = k->comments(id);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().body, QStringLiteral("Looks good to me"));
        QVERIFY(edit->toPlainText().isEmpty());
        QTRY_VERIFY(d->comments()->threadText().contains(QStringLiteral("Looks good to me")));
        // The card shows the count.
        const QModelIndex card =
            m_window->board()->column(TaskStatus::Ready)->proxy()->indexOfId(id);
        QCOMPARE(card.data(TaskTableModel::CommentCountRole).toInt(), 1);
    }

    void addsAndRemovesLinks()
    {
        window();
        const QString a = m_tb->create(*k, QStringLiteral("Design"));
        const QString b = m_tb->create(*k, QStringLiteral("Build"));
        TaskDrawer *d = openDrawer(b);
        QLineEdit *addParent = d->dependencies()->addParentEdit();
        d->findChild<QToolButton *>(QStringLiteral("add_parent"))->click();
        QVERIFY(addParent->isVisible());
        addParent->setText(a);
        QTest::keyClick(addParent, Qt::Key_Return);
        QCOMPARE(k->parentIds(b), QStringList{a});
        QCOMPARE(UiTest::statusOf(*k, b), TaskStatus::Todo); // waits for its new parent
        QTRY_VERIFY(d->findChild<DependencyChip *>(QStringLiteral("chip_") + a));

        // The other way round would be a cycle: refused and shown.
        d->findChild<QToolButton *>(QStringLiteral("add_child"))->click();
        QLineEdit *addChild = d->dependencies()->addChildEdit();
        addChild->setText(a);
        QTest::keyClick(addChild, Qt::Key_Return);
        QVERIFY(k->childIds(b).isEmpty());
        QVERIFY2(d->messageText().contains(QStringLiteral("wait on each other")),
                 qPrintable(d->messageText()));

        // A chip opens its task.
        auto *chip = d->findChild<DependencyChip *>(QStringLiteral("chip_") + a);
        QTest::mouseClick(chip, Qt::LeftButton, {}, QPoint(20, chip->height() / 2));
        QCOMPARE(d->taskId(), a);
        QTRY_VERIFY(d->findChild<DependencyChip *>(QStringLiteral("chip_") + b));
        // × removes the link.
        d->findChild<QToolButton *>(QStringLiteral("unlink_") + b)->click();
        QVERIFY(k->childIds(a).isEmpty());
    }

    void bodyRendersMarkdownAndEdits()
    {
        window();
        CreateOptions o;
        o.title = QStringLiteral("Spec");
        o.body = QStringLiteral("# Heading\n\nSome **bold** words and a list:\n\n- one\n- two\n");
        const QString id = k->createTask(o).id;
        TaskDrawer *d = openDrawer(id);
        BodyView *body = d->bodyView();
        QTRY_VERIFY(!body->isLoading());
        QTRY_VERIFY(body->renderedText().contains(QStringLiteral("Heading")));
        QVERIFY(!body->renderedText().contains(QStringLiteral("**")));
        body->findChild<QPushButton *>(QStringLiteral("drawerEditBody"))->click();
        QVERIFY(body->isEditing());
        auto *editor = body->findChild<QPlainTextEdit *>(QStringLiteral("drawerBodyEdit"));
        QCOMPARE(editor->toPlainText(), o.body);
        editor->setPlainText(QStringLiteral("Rewritten _body_"));
        body->findChild<QPushButton *>(QStringLiteral("drawerSaveBody"))->click();
        QCOMPARE(k->task(id)->body, QStringLiteral("Rewritten _body_"));
        QTRY_VERIFY(body->renderedText().contains(QStringLiteral("Rewritten body")));
    }

    void longBodyIsBoundedAndOffThread()
    {
        window();
        QString big;
        for (int i = 0; big.size() < 300 * 1024; ++i)
            big += QStringLiteral("Paragraph %1 with **some** text to render.\n\n").arg(i);
        CreateOptions o;
        o.title = QStringLiteral("Huge");
        o.body = big;
        const QString id = k->createTask(o).id;
        m_window->refreshNow();
        QElapsedTimer t;
        t.start();
        m_window->openTask(id);
        // Opening returns at once; the parse happens in a worker.
        QVERIFY2(t.elapsed() < 400, qPrintable(QString::number(t.elapsed())));
        BodyView *body = m_window->drawer()->bodyView();
        QTRY_VERIFY_WITH_TIMEOUT(!body->isLoading(), 10000);
        QTRY_VERIFY(!body->renderedText().isEmpty());
        QVERIFY(body->renderedText().size() <= BodyView::kDisplayChars);
        auto *note = body->findChild<QLabel *>(QStringLiteral("drawerBodyNote"));
        QVERIFY(note->isVisibleTo(body));
        // The card itself carries only an excerpt.
        const QModelIndex card =
            m_window->board()->column(TaskStatus::Ready)->proxy()->indexOfId(id);
        QCOMPARE(card.data(TaskTableModel::ExcerptRole).toString().size(),
                 TaskTableModel::kExcerptChars);
    }

    void logTailIsBoundedAndFollows()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Chatty worker"));
        const QString path = m_window->session()->board().location().logPath(id);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 10000; ++i)
            f.write(
                QStringLiteral("line %1: the worker is doing something useful\n").arg(i).toUtf8());
        f.flush();
        TaskDrawer *d = openDrawer(id);
        auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("drawerTabs"));
        QElapsedTimer t;
        t.start();
        tabs->setCurrentWidget(d->logView());
        QVERIFY2(t.elapsed() < 400, qPrintable(QString::number(t.elapsed())));
        LogView *log = d->logView();
        QTRY_VERIFY(!log->isLoading() && !log->text().isEmpty());
        QVERIFY(log->isTruncated());
        QVERIFY(log->text().size() <= LogView::kTailBytes);
        QVERIFY(log->text().endsWith(
            QStringLiteral("line 9999: the worker is doing something useful")));
        QVERIFY(log->text().startsWith(QStringLiteral("line ")));
        QVERIFY(log->infoText().contains(path));
        // It follows the file as it grows.
        f.write("a fresh line\n");
        f.flush();
        QTRY_VERIFY_WITH_TIMEOUT(log->text().endsWith(QStringLiteral("a fresh line")), 3000);
    }

    void updatesLive()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Watched"), QStringLiteral("alice"));
        TaskDrawer *d = openDrawer(id);
        k->addComment(id, QStringLiteral("worker"), QStringLiteral("progress report"));
        // A write of this connection: the window refreshes after its own
        // writes; here we stand in for another process with pollNow.
        m_window->refreshNow();
        QTRY_VERIFY(d->comments()->threadText().contains(QStringLiteral("progress report")));
        auto *events = d->findChild<QTreeWidget *>(QStringLiteral("drawerEvents"));
        QTRY_COMPARE(events->topLevelItem(0)->text(1), QStringLiteral("worker commented."));
        QVERIFY(k->claimTask(id));
        m_window->refreshNow();
        auto *runs = d->findChild<QTreeWidget *>(QStringLiteral("drawerRuns"));
        QCOMPARE(runs->topLevelItemCount(), 1);
        QCOMPARE(runs->topLevelItem(0)->text(2), QStringLiteral("alice"));
    }
};

QTEST_MAIN(TestDrawer)
#include "tst_drawer.moc"
