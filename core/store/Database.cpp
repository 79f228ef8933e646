#include "Database.h"

#include "store/Migrator.h"
#include "store/SchemaMigrations.h"
#include "store/StoreErrorText.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <mutex>

Q_LOGGING_CATEGORY(lcStoreDatabase, "mlc.store.database")

namespace mlc {

namespace {

// The nearest part of `path` that exists, to tell the admin where creating the folder stopped.
QFileInfo nearestExisting(const QString& path)
{
    QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    while (!info.exists() && !info.isRoot()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info;
}

// Qt 6.4's driver plugin loading and SQLite's own initialisation race when two threads open their first
// connections at once (helgrind flags both; a stress test once ended in a corrupted heap). Creating, opening
// and removing connections is rare, so doing it one thread at a time costs nothing; queries stay parallel.
std::mutex& connectionSetupMutex()
{
    static std::mutex mutex;
    return mutex;
}

QSqlDatabase addSqliteConnection(const QString& name)
{
    const std::lock_guard<std::mutex> lock(connectionSetupMutex());
    return QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
}

} // namespace

Database::Database(const QString& purpose, const QString& filePath, const Clock& clock, Mode mode)
    : m_connectionName(uniqueConnectionName(purpose))
    , m_filePath(filePath)
    , m_clock(clock)
    , m_mode(mode)
    , m_thread(QThread::currentThread())
    , m_connection(addSqliteConnection(m_connectionName))
{}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "destroyed on another thread than it was opened");
    const std::lock_guard<std::mutex> lock(connectionSetupMutex());
    m_connection.close();
    // removeDatabase needs every handle to the connection released first, our own included.
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::fileName()
{
    return QStringLiteral("ml-connector.sqlite3");
}

QString Database::filePath(const QString& dataDir)
{
    return QDir(dataDir).absoluteFilePath(fileName());
}

std::unique_ptr<Database> Database::open(const QString& dataDir, const QString& purpose, const Clock& clock,
                                         QString* error)
{
    return open(dataDir, purpose, clock, SchemaMigrations::all(), error);
}

std::unique_ptr<Database> Database::open(const QString& dataDir, const QString& purpose, const Clock& clock,
                                         const std::vector<Migration>& migrations, QString* error)
{
    if (!ensureDataDir(dataDir, error))
        return nullptr;
    std::unique_ptr<Database> database(new Database(purpose, filePath(dataDir), clock, Mode::ReadWrite));
    Migrator migrator(database->m_connection, clock, migrations);
    // Order matters: nothing may be written (not even the switch to WAL) before the version check passed.
    if (!database->openConnection(error) ||
        !database->checkSchemaBeforeWriting(migrator.latestVersion(), error) ||
        !database->applyPragmas(error) || !migrator.migrate(error)) {
        return nullptr;
    }
    qCInfo(lcStoreDatabase) << "opened" << database->m_filePath << "as" << database->m_connectionName
                            << "at schema" << database->schemaVersion();
    return database;
}

std::unique_ptr<Database> Database::openReadOnly(const QString& dataDir, const QString& purpose,
                                                 const Clock& clock, QString* error)
{
    const QString path = filePath(dataDir);
    if (!QFileInfo::exists(path)) {
        *error = tr("There is no ml-connector state database in %1 yet (%2 is missing). Run a sync first, or "
                    "pass --data-dir to use another folder.")
                     .arg(QDir::toNativeSeparators(dataDir), fileName());
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(purpose, path, clock, Mode::ReadOnly));
    if (!database->openConnection(error) ||
        !database->checkSchemaForReading(SchemaMigrations::latestVersion(), error) ||
        !database->applyPragmas(error)) {
        return nullptr;
    }
    qCInfo(lcStoreDatabase) << "opened" << path << "read-only as" << database->m_connectionName;
    return database;
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database", "a connection is used on another thread");
    return m_connection;
}

QString Database::connectionName() const
{
    return m_connectionName;
}

QString Database::filePath() const
{
    return m_filePath;
}

const Clock& Database::clock() const
{
    return m_clock;
}

bool Database::isReadOnly() const
{
    return m_mode == Mode::ReadOnly;
}

bool Database::inTransaction() const
{
    return m_inTransaction;
}

int Database::schemaVersion() const
{
    const auto inspection = Migrator::inspect(m_connection, nullptr);
    return inspection ? inspection->version : -1;
}

bool Database::ensureDataDir(const QString& dataDir, QString* error)
{
    if (dataDir.isEmpty()) {
        *error = tr("No data folder was given. Pass --data-dir with the folder that holds the state.");
        return false;
    }
    const QFileInfo info(dataDir);
    if (info.isDir())
        return true;
    const QString shown = QDir::toNativeSeparators(dataDir);
    if (info.exists()) {
        *error =
            tr("The data folder %1 is a file, not a folder. Move the file away, or pass --data-dir to use "
               "another folder.")
                .arg(shown);
        return false;
    }
    if (QDir().mkpath(dataDir))
        return true;
    const QFileInfo blocker = nearestExisting(dataDir);
    if (blocker.exists() && !blocker.isDir()) {
        *error = tr("Cannot create the data folder %1: %2 is a file, not a folder. Pass --data-dir to use "
                    "another folder.")
                     .arg(shown, QDir::toNativeSeparators(blocker.absoluteFilePath()));
    } else {
        *error =
            tr("Cannot create the data folder %1: permission denied or read-only file system in %2. Give "
               "the user running ml-connector write access there, or pass --data-dir to use another folder.")
                .arg(shown, QDir::toNativeSeparators(blocker.absoluteFilePath()));
    }
    return false;
}

QString Database::uniqueConnectionName(const QString& purpose)
{
    // The thread is part of the name so a log line tells whose connection it was; the counter keeps two
    // connections of one purpose on one thread apart (addDatabase would silently replace the first).
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mlc-%1-%2-%3")
        .arg(purpose, QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16))
        .arg(counter.fetchAndAddRelaxed(1));
}

bool Database::openConnection(QString* error)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (m_mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_connection.setConnectOptions(options);
    m_connection.setDatabaseName(m_filePath);
    const std::lock_guard<std::mutex> lock(connectionSetupMutex());
    if (m_connection.open())
        return true;
    *error = openFailure(m_connection.lastError());
    return false;
}

bool Database::checkSchemaBeforeWriting(int latestVersion, QString* error)
{
    QSqlError sqlError;
    const auto inspection = Migrator::inspect(m_connection, &sqlError);
    if (!inspection) {
        *error = openFailure(sqlError);
        return false;
    }
    if (inspection->version > latestVersion) {
        *error = Migrator::newerVersionMessage(inspection->version, latestVersion);
        return false;
    }
    if (inspection->version == 0 && inspection->hasOtherTables) {
        *error =
            tr("%1 is a database that ml-connector did not create. Move it away, or pass --data-dir to use "
               "another folder.")
                .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    return true;
}

bool Database::checkSchemaForReading(int latestVersion, QString* error)
{
    if (!checkSchemaBeforeWriting(latestVersion, error))
        return false;
    const int version = schemaVersion();
    if (version == latestVersion)
        return true;
    *error = tr("The state database %1 is at schema %2 and needs the upgrade to schema %3 first. Start "
                "ml-connector or ml-connector-cli once with this data folder; it upgrades the database.")
                 .arg(QDir::toNativeSeparators(m_filePath))
                 .arg(version)
                 .arg(latestVersion);
    return false;
}

bool Database::applyPragmas(QString* error)
{
    if (!pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), error))
        return false;
    if (m_mode == Mode::ReadOnly)
        return pragma(QStringLiteral("PRAGMA query_only = ON"), error);
    return switchToWal(error) && pragma(QStringLiteral("PRAGMA synchronous = NORMAL"), error) &&
           pragma(QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

bool Database::pragma(const QString& statement, QString* error)
{
    QSqlQuery query(m_connection);
    if (query.exec(statement))
        return true;
    *error = openFailure(query.lastError());
    return false;
}

bool Database::switchToWal(QString* error)
{
    // Switching needs an exclusive lock for which SQLite does not call its busy handler, so two processes
    // creating the same new file at once would fail here; the loser retries until the winner is done.
    constexpr int pauseMs = 10;
    for (int waitedMs = 0;; waitedMs += pauseMs) {
        QSqlQuery query(m_connection);
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()) {
            warnUnlessWal(query.value(0).toString());
            return true;
        }
        if (!StoreErrorText::isBusy(query.lastError()) || waitedMs >= busyTimeoutMs) {
            *error = openFailure(query.lastError());
            return false;
        }
        QThread::msleep(pauseMs);
    }
}

void Database::warnUnlessWal(const QString& journalMode) const
{
    // SQLite keeps the old mode where WAL is impossible (some network file systems); the store still works,
    // only readers then wait for the writer.
    if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStoreDatabase) << "WAL is not available for" << m_filePath << "- journal mode stays"
                                   << journalMode;
}

QString Database::openFailure(const QSqlError& error) const
{
    return StoreErrorText::describe(tr("Cannot open the state database"),
                                    QDir::toNativeSeparators(m_filePath), error);
}

} // namespace mlc
