#include "Transaction.h"

#include "store/Database.h"
#include "store/StoreErrorText.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStoreTransaction, "mlc.store.transaction")

namespace mlc {

Transaction::Transaction(Database& database)
    : m_database(database)
{}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

bool Transaction::begin(QString* error)
{
    if (m_open || m_database.m_inTransaction) {
        // A programming error, not an admin's problem; said plainly so the log shows where it happened.
        *error = tr("A transaction is already open on the state database connection %1; transactions cannot "
                    "be nested. This is a bug in ml-connector; please report it.")
                     .arg(m_database.connectionName());
        qCCritical(lcStoreTransaction).noquote() << *error;
        return false;
    }
    QSqlError sqlError;
    if (!execute(QStringLiteral("BEGIN IMMEDIATE"), &sqlError)) {
        *error = failure(tr("Cannot start a change in the state database"), sqlError);
        qCWarning(lcStoreTransaction).noquote() << *error;
        return false;
    }
    m_open = true;
    m_database.m_inTransaction = true;
    return true;
}

bool Transaction::commit(QString* error)
{
    if (!m_open) {
        *error = tr("There is no open transaction to commit on the state database connection %1. This is a "
                    "bug in ml-connector; please report it.")
                     .arg(m_database.connectionName());
        qCCritical(lcStoreTransaction).noquote() << *error;
        return false;
    }
    QSqlError sqlError;
    if (!execute(QStringLiteral("COMMIT"), &sqlError)) {
        // SQLite may have rolled back already (a full disk) or may still hold the transaction (busy); the
        // destructor's rollback covers both, so the caller only has to report.
        *error = failure(tr("Cannot save a change in the state database"), sqlError);
        qCWarning(lcStoreTransaction).noquote() << *error;
        return false;
    }
    close();
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    QSqlError sqlError;
    // After a full disk or an I/O error SQLite has already rolled back on its own, and ROLLBACK then
    // finds no transaction: the outcome (nothing kept) is the one wanted, so this is no warning.
    if (!execute(QStringLiteral("ROLLBACK"), &sqlError))
        qCInfo(lcStoreTransaction) << "rollback found nothing to undo:" << sqlError.text();
    close();
}

bool Transaction::isOpen() const
{
    return m_open;
}

bool Transaction::execute(const QString& statement, QSqlError* error)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(statement))
        return true;
    *error = query.lastError();
    return false;
}

QString Transaction::failure(const QString& what, const QSqlError& error) const
{
    return StoreErrorText::describe(what, QDir::toNativeSeparators(m_database.filePath()), error);
}

void Transaction::close()
{
    m_open = false;
    m_database.m_inTransaction = false;
}

} // namespace mlc
