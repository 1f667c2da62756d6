// The start-up floor of any qkanban verb on this machine: a process that
// links Qt Core and Sql, opens the board through QSQLITE and reads one
// row, and nothing else. run.sh prints it beside the verbs' figures.
// usage: sqlite_floor DB_FILE
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fputs("usage: sqlite_floor DB_FILE\n", stderr);
        return 2;
    }
    int found = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open()) {
            std::fputs("sqlite_floor: cannot open the board\n", stderr);
            return 1;
        }
        QSqlQuery q(db);
        found = q.exec(QStringLiteral("SELECT id, title FROM tasks LIMIT 1")) && q.next() ? 1 : 0;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    std::printf("%d\n", found);
    return 0;
}
