#include "SettingsStore.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/StoreErrorText.h"
#include "store/StoredTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStoreSettings, "mlc.store.settings")

namespace mlc {

SettingsStore::SettingsStore(Database& database)
    : m_database(database)
{}

std::optional<QByteArray> SettingsStore::value(const QString& key, QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        const QString message =
            failure(tr("Cannot read the setting \"%1\" from the state database"), key, query.lastError());
        qCWarning(lcStoreSettings).noquote() << message;
        if (error)
            *error = message;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

bool SettingsStore::setValue(const QString& key, const QByteArray& value, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                                 " updated_at = excluded.updated_at"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(StoredTime::toText(m_database.clock().nowUtc()));
    if (query.exec())
        return true;
    const QString message =
        failure(tr("Cannot save the setting \"%1\" in the state database"), key, query.lastError());
    qCWarning(lcStoreSettings).noquote() << message;
    if (error)
        *error = message;
    return false;
}

bool SettingsStore::remove(const QString& key, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec())
        return true;
    const QString message =
        failure(tr("Cannot remove the setting \"%1\" from the state database"), key, query.lastError());
    qCWarning(lcStoreSettings).noquote() << message;
    if (error)
        *error = message;
    return false;
}

QString SettingsStore::failure(const QString& what, const QString& key, const QSqlError& error) const
{
    return StoreErrorText::describe(what.arg(key), QDir::toNativeSeparators(m_database.filePath()), error);
}

} // namespace mlc
