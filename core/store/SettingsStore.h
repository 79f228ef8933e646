#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QSqlError;

namespace mlc {

class Database;

// Named values of the data folder (the profile is stored under "profile"), in the settings table.
// Uses the Database's connection, so it lives on the Database's thread.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(Database& database);

    // No value for a key that is not set; also none, with a sentence in *error, when the read fails.
    std::optional<QByteArray> value(const QString& key, QString* error = nullptr) const;
    bool setValue(const QString& key, const QByteArray& value, QString* error);
    // Removing a key that is not set succeeds.
    bool remove(const QString& key, QString* error);

private:
    QString failure(const QString& what, const QString& key, const QSqlError& error) const;

    Database& m_database;
};

} // namespace mlc
