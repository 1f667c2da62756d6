// The board follows another process's change by its rows (issue 16): the
// changed card alone is re-read (no full re-read, no column reset), added
// and removed tasks appear and disappear in place, and the selection and
// every column's scroll position stay.
#include "tests/ui/WindowFixture.h"

#include "model/Types.h"
#include "ui/board/CardText.h"
#include "ui/window/MainWindow.h"

#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>

class TestBoardLive : public WindowFixture
{
    Q_OBJECT

    // Runs the test writer (another process) and returns its output.
    QString write(const QStringList &args)
    {
        QProcess writer;
        writer.start(QStringLiteral(QK_UI_WRITER), QStringList{m_tb->dbPath} + args);
        [&] {
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitCode(), 0);
        }();
        return QString::fromUtf8(writer.readAllStandardOutput()).trimmed();
    }

    CardListView *viewOf(const QString &status) { return window().board()->column(status)->view(); }

    QModelIndex cardOf(const QString &id)
    {
        for (BoardColumn *c : window().board()->columns()) {
            const QModelIndex i = c->proxy()->indexOfId(id);
            if (i.isValid())
                return i;
        }
        return {};
    }

private slots:
    void init() { m_tb = std::make_unique<UiTestBoard>(); }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
    }

    void anotherProcessChangesOneCard()
    {
        MainWindow &w = window();
        QStringList ids;
        for (int i = 0; i < 60; ++i)
            ids << m_tb->create(*k, QStringLiteral("Ready task number %1").arg(i));
        w.session()->reload();
        CardListView *ready = viewOf(TaskStatus::Ready);
        QTRY_VERIFY(ready->verticalScrollBar()->maximum() > 0);
        const QString picked = ids.at(30);
        QVERIFY(w.board()->selectId(picked));
        ready->verticalScrollBar()->setValue(ready->verticalScrollBar()->maximum() / 2);
        const int scroll = ready->verticalScrollBar()->value();
        const int reloads = w.session()->reloadCount();
        TaskTableModel *model = w.session()->model();
        QSignalSpy resets(ready->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const auto keptSelectionAndScroll = [&] {
            QCOMPARE(w.board()->selectedIds(), QStringList{picked});
            QCOMPARE(ready->verticalScrollBar()->value(), scroll);
            QCOMPARE(w.session()->reloadCount(), reloads); // never every row
            QCOMPARE(resets.count(), 0);
        };

        // A comment: that card's count, and no other row, changes.
        const QString commented = ids.at(5);
        write({QStringLiteral("comment"), commented, QStringLiteral("from a worker")});
        QTRY_COMPARE(cardOf(commented).data(TaskTableModel::CommentCountRole).toInt(), 1);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto from = args.at(0).value<QModelIndex>(), to = args.at(1).value<QModelIndex>();
            QCOMPARE(from.row(), model->rowOfId(commented));
            QCOMPARE(to.row(), from.row());
        }
        keptSelectionAndScroll();

        // A new title, on the card and in what a screen reader hears.
        const QString retitled = ids.at(7);
        write({QStringLiteral("title"), retitled, QStringLiteral("Renamed by the CLI")});
        QTRY_COMPARE(cardOf(retitled).data(TaskTableModel::TitleRole).toString(),
                     QStringLiteral("Renamed by the CLI"));
        QVERIFY(CardText::accessibleName(cardOf(retitled)).contains(QStringLiteral("Renamed")));
        keptSelectionAndScroll();

        // An added task appears in its place (the order a full read gives),
        // a raised priority moves a card up, a removed one disappears.
        const QString created = write({QStringLiteral("create"), QStringLiteral("From the CLI")});
        QTRY_VERIFY(UiTest::columnIds(w.board(), TaskStatus::Ready).contains(created));
        keptSelectionAndScroll();
        write({QStringLiteral("priority"), ids.at(40), QStringLiteral("3")});
        QTRY_COMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).value(0), ids.at(40));
        keptSelectionAndScroll();
        const QString removed = ids.at(12);
        write({QStringLiteral("archive"), removed});
        QTRY_VERIFY(!UiTest::columnIds(w.board(), TaskStatus::Ready).contains(removed));
        QVERIFY(!cardOf(removed).isValid());
        QCOMPARE(model->rowOfId(removed), -1);
        keptSelectionAndScroll();
        const QStringList followed = UiTest::columnIds(w.board(), TaskStatus::Ready);
        QCOMPARE(followed.size(), 60); // 60 + 1 created - 1 archived
        QCOMPARE(model->liveRows(), 60);

        // The selected card moved by another process: selected there.
        write({QStringLiteral("move"), picked, QStringLiteral("review")});
        QTRY_VERIFY(UiTest::columnIds(w.board(), TaskStatus::Review).contains(picked));
        QCOMPARE(w.board()->selectedIds(), QStringList{picked});
        QCOMPARE(w.session()->reloadCount(), reloads);

        // What it followed is what a full read shows.
        QStringList before = followed;
        before.removeAll(picked);
        w.session()->reload();
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready), before);
        QCOMPARE(cardOf(commented).data(TaskTableModel::CommentCountRole).toInt(), 1);
        QCOMPARE(w.board()->selectedIds(), QStringList{picked});
    }

    void aChangeWithoutAnEventReadsEverything()
    {
        // Rows the events cannot explain (here: a row removed behind the
        // kernel's back) are noticed and the board is read whole.
        MainWindow &w = window();
        const QString a = m_tb->create(*k, QStringLiteral("Stays"));
        const QString b = m_tb->create(*k, QStringLiteral("Goes"));
        w.session()->reload();
        const int reloads = w.session()->reloadCount();
        QSqlQuery q(w.session()->board().db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM tasks WHERE id = '%1'").arg(b)));
        w.session()->refresh();
        QCOMPARE(w.session()->reloadCount(), reloads + 1);
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready), QStringList{a});
    }
};

QTEST_MAIN(TestBoardLive)
#include "tst_board_live.moc"
