#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mlc::test {

// Helpers shared by the store's tests: what a file holds, byte for byte and table by table.

QByteArray fileSha256(const QString& filePath);

// Splits an SQL script into statements the way the sqlite3 shell would (quotes, comments, trigger bodies),
// since Qt's SQLite driver runs one statement per exec.
QStringList splitSqlScript(const QString& script);
bool runSqlScript(const QSqlDatabase& database, const QString& scriptPath, QString* error);

// Every schema object as "type name on table: sql", whitespace-normalised and sorted, so two databases can be
// compared for having the same schema whatever the statements' layout was.
QStringList schemaOf(const QSqlDatabase& database);
QStringList tableNames(const QSqlDatabase& database);
QStringList columnNames(const QSqlDatabase& database, const QString& table);
QList<QVariantMap> rowsOf(const QSqlDatabase& database, const QString& table);

} // namespace mlc::test
