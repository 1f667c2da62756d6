#include "model/Board.h"

#include "model/Database.h"

Board::Board(const BoardLocation &location, Clock *clock, Entropy *entropy)
    : m_location(location), m_clock(clock), m_entropy(entropy)
{
    m_db = Database::open(location.dbPath);
    m_connection = m_db.connectionName();
}

Board::~Board()
{
    m_db = QSqlDatabase();
    Database::close(m_connection);
}

std::unique_ptr<Board> Board::openResolved(const QString &boardArg, const QString &dbArg,
                                           Clock *clock)
{
    return std::make_unique<Board>(BoardPaths::resolve(boardArg, dbArg), clock);
}

qint64 Board::dataVersion()
{
    return Database::dataVersion(m_db);
}
