#pragma once

#include "store/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

class QThread;

namespace mlc {

class Clock;

// Owns one named SQLite connection to the state database of a data folder (the default connection is never
// used). A connection belongs to the thread that opened it: every thread opens its own Database, and
// destroys it on that thread. The Clock must outlive the Database.
//
// Opening for writing creates the folder if needed, refuses a file from a newer ml-connector before
// writing anything, switches to WAL with synchronous=NORMAL, foreign keys and a busy timeout, and applies
// pending migrations. Opening read-only (the GUI's audit browser) writes nothing and expects the file to be
// at the latest schema already.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int busyTimeoutMs = 5000;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static QString fileName();
    static QString filePath(const QString& dataDir);

    // `purpose` names the connection ("engine", "audit-browser", ...). On failure returns null and puts a
    // sentence for the admin in *error.
    static std::unique_ptr<Database> open(const QString& dataDir, const QString& purpose, const Clock& clock,
                                          QString* error);
    // The same with another migration list; tests use it to inject broken migrations.
    static std::unique_ptr<Database> open(const QString& dataDir, const QString& purpose, const Clock& clock,
                                          const std::vector<Migration>& migrations, QString* error);
    static std::unique_ptr<Database> openReadOnly(const QString& dataDir, const QString& purpose,
                                                  const Clock& clock, QString* error);

    QSqlDatabase connection() const;
    QString connectionName() const;
    QString filePath() const;
    const Clock& clock() const;
    bool isReadOnly() const;
    // The applied schema version, or -1 if it cannot be read.
    int schemaVersion() const;
    // Whether a Transaction is open on this connection; stores use it to make a multi-statement change
    // atomic on its own when the caller did not already open one around it.
    bool inTransaction() const;

private:
    friend class Transaction;

    enum class Mode
    {
        ReadWrite,
        ReadOnly,
    };

    Database(const QString& purpose, const QString& filePath, const Clock& clock, Mode mode);

    static bool ensureDataDir(const QString& dataDir, QString* error);
    static QString uniqueConnectionName(const QString& purpose);

    bool openConnection(QString* error);
    bool checkSchemaBeforeWriting(int latestVersion, QString* error);
    bool checkSchemaForReading(int latestVersion, QString* error);
    bool applyPragmas(QString* error);
    bool pragma(const QString& statement, QString* error);
    bool switchToWal(QString* error);
    void warnUnlessWal(const QString& journalMode) const;
    QString openFailure(const QSqlError& error) const;

    QString m_connectionName;
    QString m_filePath;
    const Clock& m_clock;
    Mode m_mode;
    QThread* m_thread;
    QSqlDatabase m_connection;
    bool m_inTransaction = false;
};

} // namespace mlc
