// Two connections to one board in one process (the desktop app: board,
// tray dispatcher, notifier) must not lose writes when other processes
// come and go. Opening the second connection once closed a descriptor of
// the file, which drops every SQLite lock of the process.
#include "model/Board.h"
#include "model/Kernel.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

CreateOptions titled(const QString &title)
{
    CreateOptions o;
    o.title = title;
    return o;
}

BoardLocation locationOf(const QString &dbPath)
{
    const QFileInfo fi(dbPath);
    return BoardLocation{fi.absolutePath(), QStringLiteral("default"), fi.absoluteFilePath(),
                         fi.absolutePath()};
}

// Helper mode: another process opens the board, adds one task, closes.
int helperMain()
{
    Board board(locationOf(qEnvironmentVariable("QK_LOCK_HELPER_DB")));
    Kernel(board).createTask(titled(QStringLiteral("from another process")));
    return 0;
}

} // namespace

class TestSharedLocks : public QObject
{
    Q_OBJECT

    int runHelper(const QString &db)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QK_LOCK_HELPER_DB"), db);
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {});
        if (!p.waitForFinished(30000))
            return -1;
        return p.exitCode();
    }

private Q_SLOTS:
    void secondConnectionKeepsTheProcessLocks()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("board.db"));
        Board first(locationOf(db));
        Kernel k1(first);
        k1.createTask(titled(QStringLiteral("one")));
        {
            Board second(locationOf(db)); // the tray dispatcher's connection
            Kernel(second).listTasks();
            QCOMPARE(runHelper(db), 0); // another process comes and goes
            k1.createTask(titled(QStringLiteral("two")));
            QCOMPARE(runHelper(db), 0);
        }
        k1.createTask(titled(QStringLiteral("three")));
        QCOMPARE(runHelper(db), 0);
        // A fresh process and this one see the same six tasks.
        Board reader(locationOf(db));
        QCOMPARE(Kernel(reader).listTasks().size(), 6);
        QCOMPARE(k1.listTasks().size(), 6);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QK_LOCK_HELPER_DB")) {
        QCoreApplication app(argc, argv);
        return helperMain();
    }
    QCoreApplication app(argc, argv);
    TestSharedLocks t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_sharedlocks.moc"
