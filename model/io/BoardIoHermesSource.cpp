#include "model/io/BoardIoHermesSource.h"

#include "model/KanbanError.h"
#include "model/Sql.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

[[noreturn]] void bad(const QString &message)
{
    throw KanbanError(message, KanbanError::BadInput);
}

} // namespace

HermesSource::HermesSource(const QString &path) : m_path(path)
{
    try {
        open();
    } catch (...) {
        release(); // no destructor runs for a constructor that throws
        throw;
    }
}

void HermesSource::open()
{
    const QString &path = m_path;
    checkFile();
    static QAtomicInt counter;
    m_name = QStringLiteral("qkanban-hermes-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
    if (m_walAtRest && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        // A read-only WAL reader needs a -shm file it cannot create here.
        // No -wal file and an unwritable folder mean no writer either, so
        // the main file is complete and cannot change: read it as is.
        m_db.setDatabaseName(
            QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()) +
            QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        m_db.setDatabaseName(path);
    }
    m_db.setConnectOptions(options);
    if (!m_db.open())
        bad(QStringLiteral("cannot open %1 read-only: %2").arg(path, m_db.lastError().text()));
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA query_only = 1"));
    checkIntegrity();
    if (!hasTable(QStringLiteral("tasks")))
        bad(QStringLiteral(
                "%1 is an SQLite database but not a Hermes Kanban board (it has no tasks table)")
                .arg(path));
    const QStringList cols = columns(QStringLiteral("tasks"));
    for (const char *required : {"id", "title", "status"}) {
        if (!cols.contains(QString::fromLatin1(required)))
            bad(QStringLiteral("%1 is not a Hermes Kanban board: its tasks table has no %2 column")
                    .arg(path, QString::fromLatin1(required)));
    }
}

HermesSource::~HermesSource()
{
    release();
}

void HermesSource::release()
{
    if (m_name.isEmpty())
        return;
    Sql::forgetConnection(m_name);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool HermesSource::hasTable(const QString &name)
{
    return Sql::scalar(
               m_db,
               QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
               {name})
        .isValid();
}

QStringList HermesSource::columns(const QString &table)
{
    if (!m_columns.contains(table)) {
        QStringList out;
        QSqlQuery q = Sql::exec(m_db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (q.next())
            out << q.value(1).toString();
        m_columns.insert(table, out);
    }
    return m_columns.value(table);
}

QList<HermesSource::Row> HermesSource::rows(const QString &table, const QList<QStringList> &wanted,
                                            const QString &orderBy)
{
    const QStringList have = columns(table);
    QStringList exprs;
    for (const QStringList &aliases : wanted) {
        QString expr = QStringLiteral("NULL");
        for (const QString &a : aliases) {
            if (have.contains(a)) {
                expr = QLatin1Char('"') + a + QLatin1Char('"');
                break;
            }
        }
        exprs << expr;
    }
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                                      .arg(exprs.join(QStringLiteral(", ")), table, orderBy));
    QList<Row> out;
    while (q.next()) {
        Row r;
        for (int i = 0; i < wanted.size(); ++i)
            r.insert(wanted.at(i).first(), q.value(i));
        out << r;
    }
    return out;
}

void HermesSource::checkFile()
{
    const QFileInfo fi(m_path);
    if (m_path.isEmpty())
        bad(QStringLiteral("no Hermes database given"));
    if (!fi.exists())
        bad(QStringLiteral("no such file: %1").arg(m_path));
    if (fi.isDir())
        bad(QStringLiteral("%1 is a directory, not a Hermes kanban.db").arg(m_path));
    if (fi.size() == 0)
        bad(QStringLiteral("%1 is empty, not a Hermes Kanban database").arg(m_path));
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        bad(QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString()));
    const QByteArray header = f.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        bad(QStringLiteral("%1 is not a Hermes Kanban database: not an SQLite file").arg(m_path));
    if (fi.size() < 512)
        bad(QStringLiteral("%1 is damaged: truncated to %2 bytes").arg(m_path).arg(fi.size()));
    // Byte 18 is 2 in WAL mode.
    m_walAtRest = header.at(18) == 2 && !QFileInfo::exists(m_path + QStringLiteral("-wal"));
}

void HermesSource::checkIntegrity()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        bad(QStringLiteral("%1 is damaged or unreadable: %2").arg(m_path, q.lastError().text()));
    const QString first = q.next() ? q.value(0).toString() : QStringLiteral("no answer");
    if (first != QLatin1String("ok"))
        bad(QStringLiteral("%1 is damaged: %2").arg(m_path, first));
}
