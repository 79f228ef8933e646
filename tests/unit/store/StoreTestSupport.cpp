#include "StoreTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mlc::test {

namespace {

bool isTriggerStatement(const QString& statement)
{
    static const QRegularExpression trigger(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEnd(const QString& statement)
{
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

QString normalisedSql(QString sql)
{
    static const QRegularExpression aroundPunctuation(QStringLiteral("\\s*([(),])\\s*"));
    return sql.simplified().replace(aroundPunctuation, QStringLiteral("\\1"));
}

} // namespace

QByteArray fileSha256(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    const auto finishStatement = [&] {
        if (!current.trimmed().isEmpty())
            statements << current.trimmed();
        current.clear();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = script.indexOf(QStringLiteral("*/"), i + 2);
            i = close < 0 ? script.size() : close + 1;
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A doubled quote inside is an escaped quote, which this loop handles as close-then-reopen.
            const qsizetype close = script.indexOf(c, i + 1);
            const qsizetype end = close < 0 ? script.size() - 1 : close;
            current += script.mid(i, end - i + 1);
            i = end;
        } else if (c == QLatin1Char(';') && !(isTriggerStatement(current) && !endsWithEnd(current))) {
            finishStatement();
        } else {
            current += c;
        }
    }
    finishStatement();
    return statements;
}

bool runSqlScript(const QSqlDatabase& database, const QString& scriptPath, QString* error)
{
    QFile file(scriptPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(scriptPath, file.errorString());
        return false;
    }
    const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
    for (const QString& statement : statements) {
        QSqlQuery query(database);
        if (!query.exec(statement)) {
            *error = QStringLiteral("%1: %2 in: %3").arg(scriptPath, query.lastError().text(), statement);
            return false;
        }
    }
    return true;
}

QStringList schemaOf(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    QStringList objects;
    while (query.next()) {
        objects << QStringLiteral("%1 %2 on %3: %4")
                       .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            normalisedSql(query.value(3).toString()));
    }
    objects.sort();
    return objects;
}

QStringList tableNames(const QSqlDatabase& database)
{
    QStringList names = database.tables(QSql::Tables);
    names.sort();
    return names;
}

QStringList columnNames(const QSqlDatabase& database, const QString& table)
{
    const QSqlRecord record = database.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

QList<QVariantMap> rowsOf(const QSqlDatabase& database, const QString& table)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
    QList<QVariantMap> rows;
    while (query.next()) {
        QVariantMap row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows << row;
    }
    return rows;
}

qint64 countOf(const QSqlDatabase& database, const QString& table)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool capFileAtCurrentSize(const QSqlDatabase& database, QString* error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const qint64 pages = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QString pageFiller()
{
    return QString(64 * 1024, QLatin1Char('x'));
}

bool failNextWritesTo(const QSqlDatabase& database, const QString& table, QString* error)
{
    for (const char* operation : {"INSERT", "UPDATE"}) {
        QSqlQuery query(database);
        const QString statement =
            QStringLiteral("CREATE TEMP TRIGGER fail_%1_%2 BEFORE %3 ON main.%1"
                           " BEGIN SELECT RAISE(ABORT, 'injected failure on %1'); END")
                .arg(table, QString::fromLatin1(operation).toLower(), QString::fromLatin1(operation));
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace mlc::test
