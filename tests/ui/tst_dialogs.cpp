// Create dialog, statistics, profiles, the board switcher and the single
// instance.
#include "tests/ui/UiTestSupport.h"

#include "dispatcher/Profiles.h"
#include "model/BoardPaths.h"
#include "model/Types.h"
#include "ui/board/ColumnHeader.h"
#include "ui/dialogs/CreateTaskDialog.h"
#include "ui/dialogs/NewBoardDialog.h"
#include "ui/dialogs/ProfilesDialog.h"
#include "ui/dialogs/Prompt.h"
#include "ui/dialogs/StatsDialog.h"
#include "ui/window/BoardToolbar.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SingleInstance.h"

#include "ui/drawer/TaskDrawer.h"
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>

#include <thread>

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompt::clear(); }

    void createDialogSetsTheReviewer()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Kernel &k = w.session()->kernel();
        w.showCreateDialog();
        auto *dialog = w.findChild<CreateTaskDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Fix the parser"));
        auto *reviewer = dialog->findChild<QComboBox *>(QStringLiteral("createReviewer"));
        QVERIFY(reviewer);
        // A bad name keeps the dialog open and says why; nothing is created.
        reviewer->setEditText(QStringLiteral("two words"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("is not a valid name")),
                 qPrintable(dialog->errorText()));
        QVERIFY(k.listTasks().isEmpty());
        reviewer->setEditText(QStringLiteral("Critic"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
        QTRY_VERIFY(!w.findChild<CreateTaskDialog *>());
        const QList<Task> tasks = k.listTasks();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().reviewer, QStringLiteral("critic"));
    }

    void createDialogEnterCreatesEscCancels()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Kernel &k = w.session()->kernel();

        w.showCreateDialog();
        auto *dialog = w.findChild<CreateTaskDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Plan the week"));
        dialog->findChild<QComboBox *>(QStringLiteral("createAssignee"))
            ->setEditText(QStringLiteral("Alice"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
        QTRY_VERIFY(!w.findChild<CreateTaskDialog *>());
        QList<Task> tasks = k.listTasks();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().title, QStringLiteral("Plan the week"));
        QCOMPARE(tasks.first().assignee, QStringLiteral("alice"));
        QCOMPARE(tasks.first().status, TaskStatus::Ready);
        QCOMPARE(w.board()->selectedIds(), QStringList{tasks.first().id});

        // Esc cancels: nothing is created.
        w.showCreateDialog();
        dialog = w.findChild<CreateTaskDialog *>();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Never mind"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!w.findChild<CreateTaskDialog *>());
        QCOMPARE(k.listTasks().size(), 1);

        // From the Triage column's "+": parked in triage; a parent makes it todo.
        w.findChild<QToolButton *>(QStringLiteral("add_triage"))->click();
        dialog = w.findChild<CreateTaskDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Rough idea"));
        auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("createBody"));
        QTest::keyClicks(body, QStringLiteral("first line"));
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, QStringLiteral("second line"));
        QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!w.findChild<CreateTaskDialog *>());
        const QList<Task> triage = k.listTasks(ListFilter{{}, TaskStatus::Triage, {}, false, {}});
        QCOMPARE(triage.size(), 1);
        QCOMPARE(triage.first().body, QStringLiteral("first line\nsecond line"));

        w.showCreateDialog();
        dialog = w.findChild<CreateTaskDialog *>();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Follow-up"));
        dialog->findChild<QComboBox *>(QStringLiteral("createParent"))
            ->setEditText(triage.first().id);
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
        QTRY_VERIFY(!w.findChild<CreateTaskDialog *>());
        QCOMPARE(k.listTasks(ListFilter{{}, TaskStatus::Todo, {}, false, {}}).size(), 1);

        // A refused create keeps the dialog open and says why.
        w.showCreateDialog();
        dialog = w.findChild<CreateTaskDialog *>();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Bad parent"));
        dialog->findChild<QComboBox *>(QStringLiteral("createParent"))
            ->setEditText(QStringLiteral("t_00000000"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
        QVERIFY(w.findChild<CreateTaskDialog *>());
        QVERIFY(dialog->errorText().contains(QStringLiteral("t_00000000")));
        dialog->reject();
    }

    void statsShowCountsAndTheOldestReadyTask()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        Kernel &k = w.session()->kernel();
        const QString first = tb.create(k, QStringLiteral("Oldest"), QStringLiteral("alice"));
        tb.clock.advance(600);
        tb.create(k, QStringLiteral("Newer"), QStringLiteral("bob"));
        const QString run = tb.create(k, QStringLiteral("Running"), QStringLiteral("alice"));
        k.moveTask(run, TaskStatus::Review);
        tb.clock.advance(3000);
        w.refreshNow();
        w.findChild<QAction *>(QStringLiteral("actionStats"))->trigger();
        auto *stats = w.findChild<StatsDialog *>();
        QVERIFY(stats && stats->isVisible());
        QCOMPARE(stats->statusCount(TaskStatus::Ready), 2);
        QCOMPARE(stats->statusCount(TaskStatus::Review), 1);
        QVERIFY2(stats->oldestReadyText().contains(first), qPrintable(stats->oldestReadyText()));
        QVERIFY(stats->oldestReadyText().contains(QStringLiteral("1h 00m")));
        auto *table = stats->findChild<QTableWidget *>(QStringLiteral("statsAssignees"));
        QCOMPARE(table->rowCount(), 2);
        // Live: a new ready task shows up.
        tb.create(k, QStringLiteral("Third"));
        w.refreshNow();
        QCOMPARE(stats->statusCount(TaskStatus::Ready), 3);
        stats->findChild<QPushButton *>(QStringLiteral("statsOpenOldest"))->click();
        QCOMPARE(w.drawer()->taskId(), first);
    }

    void profilesDialogSavesToTheConfig()
    {
        UiTestBoard tb;
        const QString config = BoardPaths::configPath();
        ProfilesDialog dialog(config);
        dialog.findChild<QPushButton *>(QStringLiteral("profileAdd"))->click();
        dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))
            ->setText(QStringLiteral("writer"));
        dialog.findChild<QLineEdit *>(QStringLiteral("profileCommand"))
            ->setText(QStringLiteral("/bin/echo {task}"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("profileEnv"))
            ->setPlainText(QStringLiteral("MODE=fast"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("profilePreflight"))
                    ->text()
                    .contains(QStringLiteral("✔")));
        QVERIFY(dialog.saveCurrent());
        auto p = Profiles::find(QStringLiteral("writer"), config);
        QVERIFY(p);
        QCOMPARE(p->command, QStringLiteral("/bin/echo {task}"));
        QCOMPARE(p->env.value(QStringLiteral("MODE")), QStringLiteral("fast"));
        QCOMPARE(dialog.list()->count(), 1);
        // A bad name is refused with the reason.
        dialog.findChild<QPushButton *>(QStringLiteral("profileAdd"))->click();
        dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))
            ->setText(QStringLiteral("Bad Name!"));
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.selectProfile(QStringLiteral("writer"));
        dialog.findChild<QPushButton *>(QStringLiteral("profileRemove"))->click();
        QVERIFY(!Profiles::find(QStringLiteral("writer"), config));
    }

    void boardSwitcherCreatesAndSwitches()
    {
        UiTestBoard tb;
        MainWindow w(tb.openBoardBySlug());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        tb.create(w.session()->kernel(), QStringLiteral("On default"));
        w.refreshNow();
        auto *boards = w.findChild<QComboBox *>(QStringLiteral("boardSwitcher"));
        QVERIFY(boards->isEnabled());
        QCOMPARE(boards->currentText(), QStringLiteral("default"));
        QSignalSpy switched(&w, &MainWindow::boardSwitched);
        w.findChild<QAction *>(QStringLiteral("actionNewBoard"))->trigger();
        auto *newBoard = w.findChild<NewBoardDialog *>();
        QVERIFY(newBoard);
        newBoard->nameEdit()->setText(QStringLiteral("side-project"));
        newBoard->createButton()->click();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(w.session()->board().slug(), QStringLiteral("side-project"));
        QCOMPARE(w.session()->model()->rowCount(), 0);
        QVERIFY(boards->findData(QStringLiteral("side-project")) >= 0);
        QCOMPARE(boards->currentData().toString(), QStringLiteral("side-project"));
        // Back to default through the combo.
        boards->setCurrentIndex(boards->findData(QStringLiteral("default")));
        emit boards->activated(boards->currentIndex());
        QCOMPARE(w.session()->board().slug(), QStringLiteral("default"));
        QCOMPARE(w.session()->model()->rowCount(), 1);
        // A bad slug is refused.
        QTRY_VERIFY(!w.findChild<NewBoardDialog *>());
        w.findChild<QAction *>(QStringLiteral("actionNewBoard"))->trigger();
        newBoard = w.findChild<NewBoardDialog *>();
        newBoard->nameEdit()->setText(QStringLiteral("Not A Slug"));
        QVERIFY(!newBoard->createButton()->isEnabled());
        newBoard->accept();
        QVERIFY(newBoard->isVisible());
        newBoard->reject();
        QCOMPARE(w.session()->board().slug(), QStringLiteral("default"));
    }

    void secondInstanceRaisesTheFirst()
    {
        UiTestBoard tb;
        const QString key = tb.dir.path();
        SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        SingleInstance second(key);
        QVERIFY(!second.listen());
        bool answered = false;
        std::thread client([&] { answered = second.sendRaise(QStringLiteral("side")); });
        QTRY_COMPARE(raised.count(), 1);
        client.join();
        QVERIFY(answered);
        QCOMPARE(raised.first().first().toString(), QStringLiteral("side"));
    }

    void theInstanceSocketLivesInTheRuntimeDir()
    {
        UiTestBoard tb;
        QTemporaryDir runtime;
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        {
            SingleInstance first(tb.dir.path());
            QVERIFY(first.listen());
            const QStringList sockets = QDir(runtime.path()).entryList(QDir::System);
            QCOMPARE(sockets.size(), 1);
            QVERIFY(sockets.first().startsWith(QLatin1String("qkanban-")));
            QCOMPARE(SingleInstance::serverName(tb.dir.path()), runtime.filePath(sockets.first()));
        }
        // Unset: a plain name, which QLocalServer puts in the temporary folder.
        qunsetenv("XDG_RUNTIME_DIR");
        QVERIFY(!SingleInstance::serverName(tb.dir.path()).contains(QLatin1Char('/')));
        if (!saved.isEmpty())
            qputenv("XDG_RUNTIME_DIR", saved);
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
