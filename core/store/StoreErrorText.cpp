#include "StoreErrorText.h"

#include <QCoreApplication>

namespace mlc {

namespace {

// SQLite primary result codes (sqlite3.h); extended codes carry them in the low byte.
enum SqliteCode
{
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26,
};

} // namespace

QString StoreErrorText::describe(const QString& failure, const QString& databasePath, const QSqlError& error)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    if (detail.isEmpty())
        detail = tr("no details");
    return tr("%1 %2: %3 (SQLite: %4)").arg(failure, databasePath, explain(causeOf(error)), detail);
}

bool StoreErrorText::isBusy(const QSqlError& error)
{
    return causeOf(error) == Cause::Locked;
}

StoreErrorText::Cause StoreErrorText::causeOf(const QSqlError& error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    if (!isNumber)
        return Cause::Other;
    switch (code) {
    case SqliteFull:
        return Cause::DiskFull;
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteCantOpen:
    case SqliteAuth:
        return Cause::AccessDenied;
    case SqliteNotADb:
        return Cause::NotADatabase;
    case SqliteCorrupt:
        return Cause::Damaged;
    case SqliteBusy:
    case SqliteLocked:
        return Cause::Locked;
    case SqliteIoErr:
        return Cause::DiskError;
    default:
        return Cause::Other;
    }
}

QString StoreErrorText::explain(Cause cause)
{
    switch (cause) {
    case Cause::DiskFull:
        return tr("the disk is full. Free some space, then start ml-connector again.");
    case Cause::AccessDenied:
        return tr("permission denied or read-only file system. Give the user running ml-connector read and "
                  "write access to the file and its folder, or pass --data-dir to use another folder.");
    case Cause::NotADatabase:
        return tr("the file is not a database. Move it away (ml-connector then starts with an empty state), "
                  "or pass --data-dir to use another folder.");
    case Cause::Damaged:
        return tr("the database file is damaged. Restore it from a backup, or move it away to start with an "
                  "empty state.");
    case Cause::Locked:
        return tr("another program kept the database locked. Close any tool that has the file open, then try "
                  "again.");
    case Cause::DiskError:
        return tr("the disk reported an error. Check the disk and its file system, then try again.");
    case Cause::Other:
        break;
    }
    return tr("an unexpected database error occurred. If it happens again, move the file away or pass "
              "--data-dir to use another folder.");
}

} // namespace mlc
