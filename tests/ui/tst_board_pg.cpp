// The board window's live refresh on PostgreSQL (issue 15): a change
// another host commits reaches the board's model within a second, through
// the board's LISTEN/NOTIFY, with no poll timer. Skipped without a server
// ($QKANBAN_TEST_PG_URL_FILE).
#include "model/Database.h"
#include "model/PgUrl.h"
#include "model/Sql.h"
#include "tests/model/PgScratchDb.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/tray/BoardEventFeed.h"
#include "ui/window/MainWindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>

class TestBoardPg : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_pg = std::make_unique<PgScratchDb>(QStringLiteral("board"));
        if (!m_pg->isValid())
            QSKIP(qPrintable(m_pg->skipReason()));
        m_tb = std::make_unique<UiTestBoard>();
        m_tb->dbPath = m_pg->url();
        Database::setCreatesSchema(true); // as `init` does
        m_session = m_tb->openSession();
        Database::setCreatesSchema(false);
        m_session->setPollInterval(3600 * 1000); // were it polling: once an hour
    }

    void cleanup()
    {
        m_session.reset();
        m_tb.reset();
        m_pg.reset();
    }

    void anotherHostsChangesReachTheModelWithinASecond()
    {
        TaskTableModel *model = m_session->model();
        QAbstractItemModelTester tester(model);
        const int before = m_session->refreshCount();
        const QString id = write({QStringLiteral("create"), QStringLiteral("From host A")});
        QVERIFY(!id.isEmpty());
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(id) >= 0, 1000);
        QVERIFY(t.elapsed() < 1000);
        QCOMPARE(m_session->refreshCount(), before + 1); // one commit, one re-read

        write({QStringLiteral("move"), id, QStringLiteral("blocked")});
        t.restart();
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOfId(id), 0).data(TaskTableModel::StatusRole).toString(),
            QStringLiteral("blocked"), 1000);
        QCOMPARE(m_session->refreshCount(), before + 2);
    }

    void ownWritesDoNotRefreshAgain()
    {
        // The board refreshes after its own writes itself; their
        // notifications (from its own session) do not re-read it.
        const int before = m_session->refreshCount();
        m_tb->create(m_session->kernel(), QStringLiteral("mine"));
        m_session->refresh();
        const QString theirs = write({QStringLiteral("create"), QStringLiteral("theirs")});
        // Notifications come in commit order: once theirs is in, ours was
        // read (and skipped) before it.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->model()->rowOfId(theirs) >= 0, 1000);
        QCOMPARE(m_session->refreshCount(), before + 2);
    }

    void trayEventFeedReadsOnlyAfterAChange()
    {
        // The tray's reader of board events: its own connection.
        Board reader(m_session->board().location());
        BoardEventFeed feed(reader);
        QVERIFY(feed.poll(BoardEventFeed::allKinds()).isEmpty());
        const QString id = write({QStringLiteral("create"), QStringLiteral("will block")});
        write({QStringLiteral("move"), id, QStringLiteral("blocked")});
        QList<BoardEventFeed::Item> items;
        // (QTRY evaluates its condition once more at the end: it collects.)
        QTRY_VERIFY_WITH_TIMEOUT((items += feed.poll(BoardEventFeed::allKinds()), !items.isEmpty()),
                                 1000);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().taskId, id);
        QCOMPARE(items.first().kind, EventKind::Blocked);
        // No change since: the poll reads nothing (no statement at all).
        const qint64 pid =
            Sql::scalar(reader.db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        const auto lastStatement = [&] {
            return Sql::scalar(m_session->board().db(),
                               QStringLiteral("SELECT state_change FROM pg_stat_activity"
                                              " WHERE pid = ?"),
                               {pid})
                .toString();
        };
        const QString before = lastStatement();
        for (int i = 0; i < 5; ++i)
            QVERIFY(feed.poll(BoardEventFeed::allKinds()).isEmpty());
        QCOMPARE(lastStatement(), before);
    }

    void windowNeverShowsThePassword()
    {
        // The status bar, its tooltip, the title and the About box name
        // the board by its URL without the password.
        const QString password = PgUrl::parse(m_pg->url()).password;
        QVERIFY(!password.isEmpty());
        MainWindow w(std::move(m_session));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *path = w.findChild<QLabel *>(QStringLiteral("dbPathLabel"));
        QVERIFY(path);
        const QString shown = path->toolTip();
        QVERIFY2(shown.contains(PgUrl::parse(m_pg->url()).dbName), qPrintable(shown));
        for (const QString &text : {path->text(), shown, path->accessibleName(), w.windowTitle()})
            QVERIFY2(!text.contains(password), qPrintable(text));
    }

private:
    // qkui_test_writer on the board: another host's process. Its output.
    QString write(const QStringList &args)
    {
        QProcess writer;
        writer.start(QStringLiteral(QK_UI_WRITER), QStringList{m_pg->url()} + args);
        if (!writer.waitForFinished(10000) || writer.exitCode() != 0) {
            qWarning("writer failed: %s", writer.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(writer.readAllStandardOutput()).trimmed();
    }

    std::unique_ptr<PgScratchDb> m_pg;
    std::unique_ptr<UiTestBoard> m_tb;
    std::unique_ptr<BoardSession> m_session;
};

QTEST_MAIN(TestBoardPg)
#include "tst_board_pg.moc"
