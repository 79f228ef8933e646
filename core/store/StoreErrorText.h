#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace mlc {

// Turns an SQLite failure into a sentence an admin can act on: which file, the likely cause (disk full,
// permission denied, not a database, damaged, locked) and what to do. SQLite's own text is kept at the end
// for support, never given alone.
class StoreErrorText
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrorText)

public:
    // `failure` starts the sentence, e.g. "Cannot open the state database".
    static QString describe(const QString& failure, const QString& databasePath, const QSqlError& error);
    // SQLITE_BUSY or SQLITE_LOCKED: another connection holds a lock the request needs.
    static bool isBusy(const QSqlError& error);

private:
    enum class Cause
    {
        DiskFull,
        AccessDenied,
        NotADatabase,
        Damaged,
        Locked,
        DiskError,
        Other,
    };

    static Cause causeOf(const QSqlError& error);
    static QString explain(Cause cause);
};

} // namespace mlc
