#include "Migrator.h"

#include "common/Clock.h"
#include "store/StoreErrorText.h"
#include "store/StoredTime.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStoreMigrator, "mlc.store.migrator")

namespace mlc {

namespace {

const QString createVersionTable =
    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                   " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");

std::optional<qint64> singleNumber(const QSqlDatabase& connection, const QString& statement, QSqlError* error)
{
    QSqlQuery query(connection);
    if (!query.exec(statement) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace

Migrator::Migrator(const QSqlDatabase& connection, const Clock& clock, std::vector<Migration> migrations)
    : m_connection(connection)
    , m_clock(clock)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

std::optional<Migrator::Inspection> Migrator::inspect(const QSqlDatabase& connection, QSqlError* error)
{
    QSqlError ignored;
    QSqlError* sink = error ? error : &ignored;
    // One statement sees one snapshot: asked separately, another connection could finish its migration
    // between "no version table" and "some tables", and the file would look foreign.
    QSqlQuery tables(connection);
    if (!tables.exec(QStringLiteral("SELECT"
                                    " (SELECT count(*) FROM sqlite_master"
                                    "  WHERE type = 'table' AND name = 'schema_migrations'),"
                                    " (SELECT count(*) FROM sqlite_master WHERE type = 'table')")) ||
        !tables.next()) {
        *sink = tables.lastError();
        return std::nullopt;
    }
    Inspection inspection;
    if (tables.value(0).toInt() == 0) {
        inspection.hasOtherTables = tables.value(1).toInt() > 0;
        return inspection;
    }
    // The table never goes away once it exists, so reading the version separately is safe.
    const auto version = singleNumber(
        connection, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), sink);
    if (!version)
        return std::nullopt;
    inspection.version = static_cast<int>(*version);
    return inspection;
}

QString Migrator::newerVersionMessage(int foundVersion, int latestVersion)
{
    return tr("This data folder was written by a newer version of ml-connector (schema %1; this version "
              "understands up to %2). Install the newer version, or use another --data-dir.")
        .arg(foundVersion)
        .arg(latestVersion);
}

bool Migrator::migrate(QString* error)
{
    QSqlError readError;
    const auto before = inspect(m_connection, &readError);
    if (!before) {
        *error = failedUpgradeMessage(readError);
        return false;
    }
    // The common case, an up-to-date file, takes no write lock at all.
    if (before->version == latestVersion())
        return true;
    if (before->version > latestVersion()) {
        *error = newerVersionMessage(before->version, latestVersion());
        return false;
    }

    QSqlError beginError;
    if (!execute(QStringLiteral("BEGIN IMMEDIATE"), &beginError)) {
        *error = failedUpgradeMessage(beginError);
        return false;
    }
    if (!applyPendingInTransaction(error)) {
        QSqlError rollbackError;
        if (!execute(QStringLiteral("ROLLBACK"), &rollbackError))
            qCWarning(lcStoreMigrator) << "rollback after a failed upgrade failed:" << rollbackError.text();
        return false;
    }
    return true;
}

bool Migrator::applyPendingInTransaction(QString* error)
{
    QSqlError sqlError;
    if (!execute(createVersionTable, &sqlError)) {
        *error = failedUpgradeMessage(sqlError);
        return false;
    }
    // Read again under the write lock: another connection may have upgraded the file in the meantime.
    const auto current = inspect(m_connection, &sqlError);
    if (!current) {
        *error = failedUpgradeMessage(sqlError);
        return false;
    }
    if (current->version > latestVersion()) {
        *error = newerVersionMessage(current->version, latestVersion());
        return false;
    }
    for (const Migration& migration : m_migrations) {
        if (migration.version <= current->version)
            continue;
        if (!apply(migration, &sqlError)) {
            *error = failedMigrationMessage(migration, sqlError);
            return false;
        }
        qCInfo(lcStoreMigrator) << "applied schema migration" << migration.version << migration.description;
    }
    if (!execute(QStringLiteral("COMMIT"), &sqlError)) {
        *error = failedUpgradeMessage(sqlError);
        return false;
    }
    return true;
}

bool Migrator::apply(const Migration& migration, QSqlError* error)
{
    for (const QString& statement : migration.statements) {
        if (!execute(statement, error))
            return false;
    }
    QSqlQuery record(m_connection);
    record.prepare(
        QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.description);
    record.addBindValue(StoredTime::toText(m_clock.nowUtc()));
    if (!record.exec()) {
        *error = record.lastError();
        return false;
    }
    return true;
}

bool Migrator::execute(const QString& statement, QSqlError* error)
{
    QSqlQuery query(m_connection);
    if (query.exec(statement))
        return true;
    *error = query.lastError();
    return false;
}

QString Migrator::failedMigrationMessage(const Migration& migration, const QSqlError& error) const
{
    return StoreErrorText::describe(
        tr("Cannot upgrade to schema %1 (%2), so nothing was changed in the state "
           "database")
            .arg(migration.version)
            .arg(migration.description),
        m_connection.databaseName(), error);
}

QString Migrator::failedUpgradeMessage(const QSqlError& error) const
{
    return StoreErrorText::describe(tr("Cannot upgrade the state database"), m_connection.databaseName(),
                                    error);
}

} // namespace mlc
