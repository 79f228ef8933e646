#include "StrictJsonObject.h"

#include "sync/JsonPath.h"
#include "sync/JsonTextWriter.h"
#include "sync/ProfileRules.h"

#include <QCoreApplication>

#include <cmath>
#include <utility>

namespace mlc {

namespace {

constexpr qsizetype kLongestQuotedString = 60;

QString jsonQuoted(const QString& text)
{
    return QString::fromUtf8(JsonTextWriter::encodeScalar(text));
}

} // namespace

StrictJsonObject::StrictJsonObject(QJsonObject object, QString path, QList<ProfileError>* errors)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errors(errors)
{}

QString StrictJsonObject::pathOf(const QString& key) const
{
    return JsonPath::key(m_path, key);
}

void StrictJsonObject::rejectUnknownKeys(const QStringList& knownKeys) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (knownKeys.contains(it.key()))
            continue;
        const QString suggestion = ProfileRules::closestMatch(it.key(), knownKeys);
        const QString message =
            suggestion.isEmpty()
                ? tr("unknown key; expected one of %1").arg(knownKeys.join(QStringLiteral(", ")))
                : tr("unknown key; did you mean \"%1\"?").arg(suggestion);
        fail(it.key(), message);
    }
}

void StrictJsonObject::fail(const QString& key, const QString& message) const
{
    m_errors->append(ProfileError{pathOf(key), message});
}

bool StrictJsonObject::require(const QString& key, Presence presence, const QString& expectation) const
{
    if (m_object.contains(key))
        return true;
    if (presence == Presence::Required)
        fail(key, tr("required value is missing; expected %1").arg(expectation));
    return false;
}

std::optional<QString> StrictJsonObject::string(const QString& key, Presence presence,
                                                const QString& expectation) const
{
    if (!require(key, presence, expectation))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, tr("expected a string (%1), got %2").arg(expectation, describe(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> StrictJsonObject::wholeNumber(const QString& key, Presence presence, qint64 minimum,
                                                    qint64 maximum) const
{
    const QString expectation = tr("a whole number from %1 to %2").arg(minimum).arg(maximum);
    if (!require(key, presence, expectation))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const std::optional<qint64> number = asWholeNumber(value);
    if (!number || *number < minimum || *number > maximum) {
        fail(key, tr("expected %1, got %2").arg(expectation, describe(value)));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> StrictJsonObject::boolean(const QString& key, Presence presence) const
{
    const QString expectation = tr("true or false");
    if (!require(key, presence, expectation))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(key, tr("expected %1, got %2").arg(expectation, describe(value)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonObject> StrictJsonObject::childObject(const QString& key, Presence presence,
                                                         const QString& expectation) const
{
    if (!require(key, presence, expectation))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key, tr("expected %1, got %2").arg(expectation, describe(value)));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> StrictJsonObject::childArray(const QString& key, Presence presence,
                                                       const QString& expectation) const
{
    if (!require(key, presence, expectation))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, tr("expected %1, got %2").arg(expectation, describe(value)));
        return std::nullopt;
    }
    return value.toArray();
}

QString StrictJsonObject::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        if (const std::optional<qint64> whole = asWholeNumber(value))
            return QString::number(*whole);
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.isEmpty())
            return tr("an empty string");
        if (text.size() > kLongestQuotedString)
            return jsonQuoted(text.left(kLongestQuotedString) + QStringLiteral("..."));
        return jsonQuoted(text);
    }
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

std::optional<qint64> StrictJsonObject::asWholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Beyond 2^53 a double no longer tells whole numbers apart; no profile number comes near that.
    constexpr double kLargestExact = 9007199254740992.0;
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > kLargestExact)
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace mlc
