#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mlc {

class Database;

// One prepared statement on a Database's connection, shared by the stores so each of them says only what it
// stores: values are bound the store's way (times as StoredTime text, JSON as compact text, a null string or
// an invalid time as SQL NULL), and a failure becomes StoreErrorText's sentence for the admin, logged once.
class StoreStatement
{
public:
    StoreStatement(const Database& database, const QString& sql);

    StoreStatement& bind(const QVariant& value);
    StoreStatement& bindText(const QString& text);
    StoreStatement& bindTime(const QDateTime& at);
    StoreStatement& bindJson(const QJsonObject& object);
    // An empty object is stored as NULL, for columns where "nothing" has a meaning of its own.
    StoreStatement& bindJsonOrNull(const QJsonObject& object);

    // `failure` starts the sentence, e.g. "Cannot save the link of vendors 5d11…". *error may be null.
    bool exec(const QString& failure, QString* error);

    bool next();
    QString text(const QString& column) const;
    QDateTime time(const QString& column) const;
    QJsonObject json(const QString& column) const;
    qint64 number(const QString& column) const;
    bool isNull(const QString& column) const;
    qint64 lastInsertId() const;
    int rowsAffected() const;

private:
    const Database& m_database;
    QSqlQuery m_query;
};

} // namespace mlc
