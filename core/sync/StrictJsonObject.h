#pragma once

#include "sync/ProfileError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlc {

// A JSON object read strictly: each getter checks presence and type and records a ProfileError with the
// dotted path of the key when either is wrong, so that a reader can go on and collect every error in one
// pass. A getter returns nothing when the key is absent or wrong; the caller keeps its default then.
class StrictJsonObject
{
    Q_DECLARE_TR_FUNCTIONS(StrictJsonObject)

public:
    enum class Presence
    {
        Required,
        Optional,
    };

    StrictJsonObject(QJsonObject object, QString path, QList<ProfileError>* errors);

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const;
    bool contains(const QString& key) const { return m_object.contains(key); }
    QJsonValue value(const QString& key) const { return m_object.value(key); }
    const QJsonObject& object() const { return m_object; }

    // Records an error for every key not in `knownKeys`, suggesting the known key it most likely meant.
    void rejectUnknownKeys(const QStringList& knownKeys) const;
    void fail(const QString& key, const QString& message) const;
    // Records "missing" for a required key that is absent; true when the key is present.
    bool require(const QString& key, Presence presence, const QString& expectation) const;

    std::optional<QString> string(const QString& key, Presence presence, const QString& expectation) const;
    std::optional<qint64> wholeNumber(const QString& key, Presence presence, qint64 minimum,
                                      qint64 maximum) const;
    std::optional<bool> boolean(const QString& key, Presence presence) const;
    std::optional<QJsonObject> childObject(const QString& key, Presence presence,
                                           const QString& expectation) const;
    std::optional<QJsonArray> childArray(const QString& key, Presence presence,
                                         const QString& expectation) const;

    // How a value is shown after "got": strings quoted (and shortened), numbers and literals as written,
    // objects and arrays by their kind.
    static QString describe(const QJsonValue& value);
    static std::optional<qint64> asWholeNumber(const QJsonValue& value);

private:
    QJsonObject m_object;
    QString m_path;
    QList<ProfileError>* m_errors;
};

} // namespace mlc
