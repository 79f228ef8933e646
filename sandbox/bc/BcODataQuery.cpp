#include "BcODataQuery.h"

#include "BcDataSet.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace mlc::sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mlc", text);
}

// Splits on blanks, keeping a quoted literal (with '' as an escaped quote) as one token.
std::optional<QStringList> tokenize(const QString& text)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            current += c;
            if (c == QLatin1Char('\'')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\''))
                    ++i;
                else
                    quoted = false;
            }
        } else if (c.isSpace()) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
        } else {
            quoted = c == QLatin1Char('\'');
            current += c;
        }
    }
    if (quoted)
        return std::nullopt;
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

std::optional<BcODataQuery::Operator> operatorFrom(const QString& token)
{
    using Op = BcODataQuery::Operator;
    static const QList<std::pair<QString, Op>> names{
        {QStringLiteral("eq"), Op::Eq}, {QStringLiteral("ne"), Op::Ne}, {QStringLiteral("gt"), Op::Gt},
        {QStringLiteral("ge"), Op::Ge}, {QStringLiteral("lt"), Op::Lt}, {QStringLiteral("le"), Op::Le}};
    for (const auto& [name, op] : names) {
        if (name == token)
            return op;
    }
    return std::nullopt;
}

bool isFieldName(const QString& token)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    return pattern.match(token).hasMatch();
}

// -1, 0, 1; datetimes compare as instants because their fractional digits vary.
int compareValues(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    const std::optional<QDateTime> left = BcDataSet::parseTimestamp(a.toString());
    const std::optional<QDateTime> right = BcDataSet::parseTimestamp(b.toString());
    if (left && right)
        return *left < *right ? -1 : (*left > *right ? 1 : 0);
    // GUIDs are sent in lower case but BC matches them whatever their case.
    const bool guids = !QUuid::fromString(a.toString()).isNull() && !QUuid::fromString(b.toString()).isNull();
    const int text = a.toString().compare(b.toString(), guids ? Qt::CaseInsensitive : Qt::CaseSensitive);
    return text < 0 ? -1 : (text > 0 ? 1 : 0);
}

} // namespace

std::optional<BcODataQuery> BcODataQuery::parse(const QUrlQuery& query, QString* error)
{
    BcODataQuery result;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key == QStringLiteral("$filter")) {
            if (!result.parseFilter(value, error))
                return std::nullopt;
        } else if (key == QStringLiteral("$select")) {
            for (const QString& field : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                result.m_select.append(field.trimmed());
        } else if (key == QStringLiteral("$orderby")) {
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QStringList words = part.simplified().split(QLatin1Char(' '));
                const bool validDirection =
                    words.size() == 1 || (words.size() == 2 && (words.at(1) == QStringLiteral("asc") ||
                                                                words.at(1) == QStringLiteral("desc")));
                if (!validDirection || !isFieldName(words.at(0))) {
                    *error = tr("The $orderby expression '%1' is not valid.").arg(part);
                    return std::nullopt;
                }
                result.m_orderBy.append(
                    {words.at(0), words.size() == 2 && words.at(1) == QStringLiteral("desc")});
            }
        } else if (key == QStringLiteral("$top") || key == QStringLiteral("$skip")) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < 0) {
                *error = tr("The value '%1' of %2 is not a non-negative integer.").arg(value, key);
                return std::nullopt;
            }
            if (key == QStringLiteral("$top"))
                result.m_top = number;
            else
                result.m_skip = number;
        } else if (key == QStringLiteral("$skiptoken")) {
            result.m_skipToken = value;
        } else if (key == QStringLiteral("$schemaversion") || key == QStringLiteral("company")) {
            continue;
        } else if (key.startsWith(QLatin1Char('$'))) {
            *error = tr("The query option %1 is not supported.").arg(key);
            return std::nullopt;
        }
    }
    return result;
}

bool BcODataQuery::parseFilter(const QString& text, QString* error)
{
    const std::optional<QStringList> tokens = tokenize(text);
    if (!tokens || tokens->isEmpty()) {
        *error = tr("The $filter expression '%1' is not valid.").arg(text);
        return false;
    }
    if (tokens->contains(QStringLiteral("or"))) {
        *error = tr("The 'OR' operator is not supported on distinct fields on an OData filter.");
        return false;
    }
    // field op literal [and field op literal]...
    if ((tokens->size() + 1) % 4 != 0) {
        *error =
            tr("The $filter expression '%1' is not supported. Use comparisons joined with 'and'.").arg(text);
        return false;
    }
    for (qsizetype i = 0; i < tokens->size(); i += 4) {
        const std::optional<Operator> op = operatorFrom(tokens->at(i + 1));
        bool isDateTime = false;
        const std::optional<QJsonValue> literal = parseLiteral(tokens->at(i + 2), &isDateTime);
        const bool joinedByAnd = i + 3 >= tokens->size() || tokens->at(i + 3) == QStringLiteral("and");
        if (!isFieldName(tokens->at(i)) || !op || !literal || !joinedByAnd) {
            *error = tr("The $filter expression '%1' is not supported. Use comparisons joined with 'and'.")
                         .arg(text);
            return false;
        }
        m_conditions.append({tokens->at(i), *op, *literal, isDateTime});
    }
    return true;
}

std::optional<QJsonValue> BcODataQuery::parseLiteral(const QString& token, bool* isDateTime)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (token.size() >= 2 && token.startsWith(QLatin1Char('\'')) && token.endsWith(QLatin1Char('\'')))
        return QJsonValue(token.mid(1, token.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'")));
    if (BcDataSet::parseTimestamp(token)) {
        *isDateTime = true;
        return QJsonValue(token);
    }
    if (date.match(token).hasMatch() || guid.match(token).hasMatch())
        return QJsonValue(token);
    if (number.match(token).hasMatch())
        return QJsonValue(token.toDouble());
    if (token == QStringLiteral("true") || token == QStringLiteral("false"))
        return QJsonValue(token == QStringLiteral("true"));
    return std::nullopt; // a local-time datetime, a function call, parentheses...
}

QStringList BcODataQuery::unknownFields(const QStringList& knownFields) const
{
    QStringList used = m_select;
    for (const Condition& condition : m_conditions)
        used.append(condition.field);
    for (const Ordering& ordering : m_orderBy)
        used.append(ordering.field);
    QStringList unknown;
    for (const QString& field : used) {
        if (!knownFields.contains(field) && !unknown.contains(field))
            unknown.append(field);
    }
    return unknown;
}

bool BcODataQuery::matches(const QJsonObject& record) const
{
    return std::all_of(m_conditions.begin(), m_conditions.end(), [&record](const Condition& condition) {
        return holds(condition, record.value(condition.field));
    });
}

bool BcODataQuery::holds(const Condition& condition, const QJsonValue& value)
{
    if (condition.isDateTime && !BcDataSet::parseTimestamp(value.toString()))
        return false;
    const int order = compareValues(value, condition.literal);
    switch (condition.op) {
    case Operator::Eq:
        return order == 0;
    case Operator::Ne:
        return order != 0;
    case Operator::Gt:
        return order > 0;
    case Operator::Ge:
        return order >= 0;
    case Operator::Lt:
        return order < 0;
    case Operator::Le:
        return order <= 0;
    }
    return false;
}

void BcODataQuery::sort(QList<QJsonObject>& records) const
{
    if (m_orderBy.isEmpty())
        return;
    std::stable_sort(records.begin(), records.end(), [this](const QJsonObject& a, const QJsonObject& b) {
        for (const Ordering& ordering : m_orderBy) {
            const int order = compareValues(a.value(ordering.field), b.value(ordering.field));
            if (order != 0)
                return ordering.descending ? order > 0 : order < 0;
        }
        return false;
    });
}

QJsonObject BcODataQuery::project(const QJsonObject& record) const
{
    if (m_select.isEmpty())
        return record;
    QJsonObject projected{{QStringLiteral("@odata.etag"), record.value(QStringLiteral("@odata.etag"))}};
    for (const QString& field : m_select)
        projected.insert(field, record.value(field));
    return projected;
}

} // namespace mlc::sandbox
