#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace mlc::sandbox {

// The OData query options the simulator understands, parsed from a request URL, and their evaluation on
// records. $filter is the subset a syncing client uses: comparisons joined with `and`. Everything else is
// refused with a readable reason, so a client bug shows up as a 400 instead of a silently wrong result.
class BcODataQuery
{
public:
    enum class Operator
    {
        Eq,
        Ne,
        Gt,
        Ge,
        Lt,
        Le,
    };
    struct Condition
    {
        QString field;
        Operator op = Operator::Eq;
        QJsonValue literal;
        bool isDateTime = false;
    };
    struct Ordering
    {
        QString field;
        bool descending = false;
    };

    // Returns nullopt and sets `error` when an option or the filter syntax is not supported.
    static std::optional<BcODataQuery> parse(const QUrlQuery& query, QString* error);

    // Names used by $filter, $select and $orderby that `knownFields` lacks.
    QStringList unknownFields(const QStringList& knownFields) const;
    bool matches(const QJsonObject& record) const;
    void sort(QList<QJsonObject>& records) const;
    QJsonObject project(const QJsonObject& record) const;

    std::optional<int> top() const { return m_top; }
    int skip() const { return m_skip; }
    QString skipToken() const { return m_skipToken; }

private:
    bool parseFilter(const QString& text, QString* error);
    static std::optional<QJsonValue> parseLiteral(const QString& token, bool* isDateTime);
    static bool holds(const Condition& condition, const QJsonValue& value);

    QList<Condition> m_conditions;
    QStringList m_select;
    QList<Ordering> m_orderBy;
    std::optional<int> m_top;
    int m_skip = 0;
    QString m_skipToken;
};

} // namespace mlc::sandbox
