// The create dialog: Enter in the description is a new line and Ctrl+Enter
// creates (defect 2); its layout (defect 14); "Notify me" (defect 9). The
// New board dialog checks the name as it is typed (defect 13).
#include "tests/ui/UiTestSupport.h"

#include "ui/dialogs/CreateTaskDialog.h"
#include "ui/dialogs/NewBoardDialog.h"
#include "ui/window/MainWindow.h"

#include "model/BoardPaths.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

class TestCreateDialog : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        auto *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

private slots:
    void enterInTheDescriptionIsANewLine()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        CreateTaskDialog d(session.get(), false);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(d.titleEdit(), QStringLiteral("Write the notes"));
        auto *body = child<QPlainTextEdit>(&d, "createBody");
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("first line"));
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, QStringLiteral("second line"));
        QTest::keyClick(body, Qt::Key_Enter);
        QTest::keyClicks(body, QStringLiteral("third"));
        QVERIFY(d.isVisible());
        QVERIFY(session->kernel().listTasks().isEmpty());
        QCOMPARE(body->toPlainText(), QStringLiteral("first line\nsecond line\nthird"));
        QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!d.isVisible());
        const QList<Task> tasks = session->kernel().listTasks();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().body, QStringLiteral("first line\nsecond line\nthird"));
    }

    void ctrlEnterCreatesFromAnyField()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        CreateTaskDialog d(session.get(), false);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(d.titleEdit(), QStringLiteral("From the tenant field"));
        auto *tenant = child<QLineEdit>(&d, "createTenant");
        tenant->setFocus();
        QTest::keyClick(tenant, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!d.isVisible());
        QCOMPARE(session->kernel().listTasks().size(), 1);
    }

    void theLayoutReadsWell()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        CreateTaskDialog d(session.get(), false);
        d.setAssignees({QStringLiteral("alice"), QStringLiteral("bob")});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        // No label shows a literal "&": each mnemonic has its buddy.
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (label->isVisibleTo(&d) && label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        // The Assignee and Reviewer fields fill the column, as the title does.
        const int column = d.titleEdit()->width();
        for (const char *name : {"createAssignee", "createReviewer"}) {
            auto *combo = child<QComboBox>(&d, name);
            QVERIFY2(combo->width() >= column * 9 / 10,
                     qPrintable(
                         QStringLiteral("%1: %2 of %3").arg(name).arg(combo->width()).arg(column)));
        }
        // An empty board: no Parent field that can only stay empty.
        QVERIFY(!child<QComboBox>(&d, "createParent")->isVisibleTo(&d));
        // "Existing folder" has a folder picker.
        auto *workspace = child<QComboBox>(&d, "createWorkspace");
        auto *browse = child<QToolButton>(&d, "createBrowse");
        QVERIFY(browse->isVisibleTo(&d));
        QVERIFY(!browse->isEnabled());
        workspace->setCurrentIndex(workspace->findData(QStringLiteral("dir")));
        QVERIFY(browse->isEnabled());
        QVERIFY(child<QLineEdit>(&d, "createPath")->isEnabled());
        // The width does not jump with a long error.
        const int width = d.width();
        QCOMPARE(d.minimumWidth(), d.maximumWidth());
        QTest::keyClicks(d.titleEdit(), QStringLiteral("Bad reviewer"));
        child<QComboBox>(&d, "createReviewer")
            ->setEditText(QString(40, QLatin1Char('x')) + QStringLiteral(" y"));
        d.accept();
        QVERIFY(!d.errorText().isEmpty());
        QCOMPARE(d.width(), width);
    }

    void theParentFieldShowsOnABoardWithTasks()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        tb.create(session->kernel(), QStringLiteral("Existing"));
        session->refresh();
        CreateTaskDialog d(session.get(), false);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(child<QComboBox>(&d, "createParent")->isVisibleTo(&d));
    }

    void notifyMeSubscribesTheDesktopUser()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        CreateTaskDialog d(session.get(), false);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClicks(d.titleEdit(), QStringLiteral("Tell me"));
        auto *notify = child<QCheckBox>(&d, "createNotify");
        QVERIFY(!notify->isChecked());
        notify->setChecked(true);
        d.accept();
        QVERIFY(!d.createdId().isEmpty());
        QCOMPARE(d.notifyError(), QString());
        const QList<NotifySub> subs = session->kernel().notifySubs(d.createdId());
        QCOMPARE(subs.size(), 1);
        QCOMPARE(subs.first().platform, QStringLiteral("desktop"));
        // Unchecked: no subscription.
        CreateTaskDialog other(session.get(), false);
        QTest::keyClicks(other.titleEdit(), QStringLiteral("Quiet"));
        other.accept();
        QVERIFY(session->kernel().notifySubs(other.createdId()).isEmpty());
    }

    void newBoardChecksTheNameAsItIsTyped()
    {
        UiTestBoard tb;
        QStringList asked;
        QString refuse;
        NewBoardDialog d(BoardPaths::root(), [&](const QString &slug) {
            asked << slug;
            return refuse;
        });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.createButton()->isEnabled());
        QTest::keyClicks(d.nameEdit(), QStringLiteral("My Board"));
        QVERIFY(!d.createButton()->isEnabled());
        QVERIFY2(d.hintText().contains(QStringLiteral("capital")), qPrintable(d.hintText()));
        auto *suggest = child<QPushButton>(&d, "newBoardSuggest");
        QVERIFY(suggest->isVisible());
        QVERIFY(suggest->text().contains(QStringLiteral("my-board")));
        // Enter on an invalid name neither creates nor closes.
        QTest::keyClick(d.nameEdit(), Qt::Key_Return);
        QVERIFY(d.isVisible());
        QVERIFY(asked.isEmpty());
        suggest->click();
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("my-board"));
        QVERIFY(d.createButton()->isEnabled());
        // A refusal keeps the dialog open with the reason.
        refuse = QStringLiteral("disk full");
        QTest::keyClick(d.nameEdit(), Qt::Key_Return);
        QVERIFY(d.isVisible());
        QCOMPARE(d.errorText(), QStringLiteral("disk full"));
        refuse.clear();
        QTest::keyClick(d.nameEdit(), Qt::Key_Return);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(asked, QStringList({QStringLiteral("my-board"), QStringLiteral("my-board")}));
        QCOMPARE(NewBoardDialog::suggestion(QStringLiteral("  _Über Project!! 2 ")),
                 QStringLiteral("ber-project-2"));
    }

    void newBoardFromTheWindowRefusesAnExistingName()
    {
        UiTestBoard tb;
        MainWindow w(tb.openBoardBySlug());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QAction *>(QStringLiteral("actionNewBoard"))->trigger();
        auto *d = w.findChild<NewBoardDialog *>();
        QVERIFY(d);
        d->nameEdit()->setText(QStringLiteral("default"));
        QVERIFY(!d->createButton()->isEnabled());
        QVERIFY(d->hintText().contains(QStringLiteral("already")));
        d->nameEdit()->setText(QStringLiteral("My Board"));
        d->accept();
        QVERIFY(d->isVisible());
        d->nameEdit()->setText(QStringLiteral("my-board"));
        d->accept();
        QTRY_COMPARE(w.session()->board().slug(), QStringLiteral("my-board"));
    }
};

QTEST_MAIN(TestCreateDialog)
#include "tst_createdialog.moc"
