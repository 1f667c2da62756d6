// Another process that changes a board, for the live-refresh tests
// (<db>: a SQLite file or a postgresql:// URL):
//   qkui_test_writer <db> create <title> [assignee]
//   qkui_test_writer <db> move <id> <status>
//   qkui_test_writer <db> comment <id> <text>
//   qkui_test_writer <db> title <id> <title>
//   qkui_test_writer <db> priority <id> <n>
//   qkui_test_writer <db> archive <id>
//   qkui_test_writer <db> hold <ms>   (an exclusive write lock; says "locked")
#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 4) {
        std::fputs("usage: qkui_test_writer DB VERB ARGS...\n", stderr);
        return 2;
    }
    try {
        BoardLocation loc;
        loc.dbPath = QFileInfo(a[1]).absoluteFilePath();
        loc.boardDir = QFileInfo(a[1]).absolutePath();
        if (Dialect::isPostgresPath(a[1])) { // a board on PostgreSQL: another host
            loc.dbPath = a[1];
            loc.boardDir = QDir::currentPath();
        }
        loc.slug = QStringLiteral("default");
        loc.isPinned = true;
        Board board(loc);
        Kernel k(board);
        const QString verb = a[2];
        if (verb == QLatin1String("create")) {
            CreateOptions o;
            o.title = a[3];
            o.assignee = a.value(4);
            std::printf("%s\n", qPrintable(k.createTask(o).id));
        } else if (verb == QLatin1String("move") && a.size() > 4) {
            k.moveTask(a[3], a[4]);
        } else if (verb == QLatin1String("comment") && a.size() > 4) {
            k.addComment(a[3], QStringLiteral("worker"), a[4]);
        } else if (verb == QLatin1String("title") && a.size() > 4) {
            TaskEdit e;
            e.title = a[4];
            k.editTask(a[3], e);
        } else if (verb == QLatin1String("priority") && a.size() > 4) {
            TaskEdit e;
            e.priority = a[4].toLongLong();
            k.editTask(a[3], e);
        } else if (verb == QLatin1String("archive") && a.size() > 3) {
            k.archiveTask(a[3]);
        } else if (verb == QLatin1String("hold")) {
            QSqlQuery q(board.db());
            if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
                return 1;
            std::puts("locked");
            std::fflush(stdout);
            QThread::msleep(a[3].toULong());
            q.exec(QStringLiteral("COMMIT"));
        } else {
            std::fputs("unknown verb\n", stderr);
            return 2;
        }
    } catch (const KanbanError &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
