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
qint64 countOf(const QSqlDatabase& database, const QString& table);

// A full disk without filling one: SQLite may not grow the file past the pages it has now, so the next write
// that needs a new page fails with SQLITE_FULL, exactly as on a full disk. Write more than a page (see
// pageFiller()) to be sure a new one is needed.
bool capFileAtCurrentSize(const QSqlDatabase& database, QString* error);
QString pageFiller();

// A write that fails on purpose inside a transaction: a temporary trigger on this connection only, so the
// rest of the statement sequence runs as in production.
bool failNextWritesTo(const QSqlDatabase& database, const QString& table, QString* error);

} // namespace mlc::test
