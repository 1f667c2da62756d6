#include "tests/readonly/BoardFiles.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <sys/stat.h>

namespace {

QString hashOf(QFile &f)
{
    f.seek(0);
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QString fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? hashOf(f) : QStringLiteral("absent");
}

// Closing any descriptor of a file drops every POSIX lock this process
// holds on it, SQLite's too: a DbHolder of this process would lose its
// shared lock. So a database file is opened once and never closed.
QString databaseHash(const QString &path)
{
    static auto *files = new QHash<QString, QFile *>; // never destroyed: the files stay open
    QFile *&f = (*files)[path];
    struct stat now;
    struct stat held;
    const bool same = f && ::stat(QFile::encodeName(path).constData(), &now) == 0 &&
                      ::fstat(f->handle(), &held) == 0 && now.st_ino == held.st_ino &&
                      now.st_dev == held.st_dev;
    if (!same) {
        auto *opened = new QFile(path);
        if (!opened->open(QIODevice::ReadOnly)) {
            delete opened;
            return QStringLiteral("absent");
        }
        f = opened; // a replaced file's old descriptor stays open (see above)
    }
    return hashOf(*f);
}

} // namespace

namespace BoardFiles {

QString diskState(const QString &dbPath)
{
    const QString wal = dbPath + QStringLiteral("-wal");
    QString out = QStringLiteral("db=%1 wal=%2:%3")
                      .arg(databaseHash(dbPath))
                      .arg(QFileInfo(wal).size())
                      .arg(fileHash(wal));
    const QString dir = QFileInfo(dbPath).absolutePath();
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    QStringList names;
    while (it.hasNext()) {
        const QString name = QDir(dir).relativeFilePath(it.next());
        if (!name.endsWith(QLatin1String("-shm")) && !name.endsWith(QLatin1String("-wal")))
            names << name;
    }
    names.sort();
    return out + QStringLiteral(" files=") + names.join(QLatin1Char(','));
}

} // namespace BoardFiles

DbHolder::DbHolder(const QString &path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("holder-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    m_ok = db.open() && exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
}

DbHolder::~DbHolder()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool DbHolder::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    return q.exec(sql);
}

qint64 DbHolder::dataVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}
