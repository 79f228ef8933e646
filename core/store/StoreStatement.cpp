#include "StoreStatement.h"

#include "store/Database.h"
#include "store/StoreErrorText.h"
#include "store/StoredJson.h"
#include "store/StoredTime.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStoreStatement, "mlc.store")

namespace mlc {

StoreStatement::StoreStatement(const Database& database, const QString& sql)
    : m_database(database)
    , m_query(database.connection())
{
    // Forward-only: results are read once, and SQLite then need not keep earlier rows in memory.
    m_query.setForwardOnly(true);
    // A failed prepare is reported by exec(), where the caller's sentence is known.
    m_query.prepare(sql);
}

StoreStatement& StoreStatement::bind(const QVariant& value)
{
    m_query.addBindValue(value);
    return *this;
}

StoreStatement& StoreStatement::bindText(const QString& text)
{
    return bind(text.isNull() ? QVariant() : QVariant(text));
}

StoreStatement& StoreStatement::bindTime(const QDateTime& at)
{
    return bind(at.isValid() ? QVariant(StoredTime::toText(at)) : QVariant());
}

StoreStatement& StoreStatement::bindJson(const QJsonObject& object)
{
    return bind(StoredJson::toText(object));
}

StoreStatement& StoreStatement::bindJsonOrNull(const QJsonObject& object)
{
    return object.isEmpty() ? bind(QVariant()) : bindJson(object);
}

bool StoreStatement::exec(const QString& failure, QString* error)
{
    if (m_query.exec())
        return true;
    const QString message = StoreErrorText::describe(failure, QDir::toNativeSeparators(m_database.filePath()),
                                                     m_query.lastError());
    qCWarning(lcStoreStatement).noquote() << message;
    if (error)
        *error = message;
    return false;
}

bool StoreStatement::next()
{
    return m_query.next();
}

QString StoreStatement::text(const QString& column) const
{
    const QVariant value = m_query.value(column);
    return value.isNull() ? QString() : value.toString();
}

QDateTime StoreStatement::time(const QString& column) const
{
    const QVariant value = m_query.value(column);
    return value.isNull() ? QDateTime() : StoredTime::fromText(value.toString());
}

QJsonObject StoreStatement::json(const QString& column) const
{
    return StoredJson::fromText(m_query.value(column).toString());
}

qint64 StoreStatement::number(const QString& column) const
{
    return m_query.value(column).toLongLong();
}

bool StoreStatement::isNull(const QString& column) const
{
    return m_query.value(column).isNull();
}

qint64 StoreStatement::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

int StoreStatement::rowsAffected() const
{
    return m_query.numRowsAffected();
}

} // namespace mlc
