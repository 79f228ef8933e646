#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace mlc {

class Database;

// One write transaction on a Database's connection, for the changes that must land together or not at all
// (DESIGN §3: outbox row + watermark; outbox done + link + audit). BEGIN IMMEDIATE takes the write lock at
// the start, so a second writer waits (busy timeout) at begin() instead of failing halfway through. Whatever
// is not committed is rolled back when the Transaction goes away, so an early return cannot leave half a
// change. Transactions do not nest: SQLite has no nested BEGIN, and silently joining an outer one would let
// an inner commit() look durable when it is not.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // On failure (another transaction already open on this connection, a lock held too long, a read-only
    // file) returns false and puts a sentence for the admin in *error.
    bool begin(QString* error);
    bool commit(QString* error);
    // Undoes everything since begin(); also what the destructor does for an uncommitted transaction.
    void rollback();
    bool isOpen() const;

private:
    bool execute(const QString& statement, QSqlError* error);
    QString failure(const QString& what, const QSqlError& error) const;
    void close();

    Database& m_database;
    bool m_open = false;
};

} // namespace mlc
