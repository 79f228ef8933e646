#include "RawConnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace mlc::test {

namespace {

QString uniqueName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("tst-raw-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

RawConnection::RawConnection(const QString& filePath)
    : m_name(uniqueName())
    , m_database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
{
    m_database.setDatabaseName(filePath);
    if (!m_database.open())
        m_lastError = m_database.lastError().text();
}

RawConnection::~RawConnection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::database() const
{
    return m_database;
}

bool RawConnection::isOpen() const
{
    return m_database.isOpen();
}

bool RawConnection::exec(const QString& statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QVariant RawConnection::scalar(const QString& statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement) && query.next())
        return query.value(0);
    m_lastError = query.lastError().text();
    return {};
}

QString RawConnection::lastError() const
{
    return m_lastError;
}

} // namespace mlc::test
