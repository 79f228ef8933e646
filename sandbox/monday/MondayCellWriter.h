#pragma once

#include "GraphQLError.h"
#include "MondayBoard.h"
#include "MondayCellValue.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace mlc::sandbox {

class MondayBoardStore;

// What monday makes of one column's write value (monday.md §5.2), checked the way monday checks it: a text
// column takes a string, numbers a numeric string, a status or dropdown label must exist unless labels may
// be created, dates are YYYY-MM-DD, connect-boards item ids must exist on a connected board. The result is
// the cell as monday reads it back (built by MondayCellValue), or monday's error in the 2025-01+ format.
// Nothing is stored here: the mutation stores every cell only once all of them were accepted.
class MondayCellWriter
{
    Q_DECLARE_TR_FUNCTIONS(MondayCellWriter)

public:
    struct Written
    {
        MondayCellValue cell;
        // The column's settings with labels added by create_labels_if_missing, to store with the cell.
        std::optional<QJsonObject> newSettings;
    };

    MondayCellWriter(const MondayBoardStore& store, const QDateTime& now, bool createLabelsIfMissing);

    // One entry of `column_values` (create_item, change_multiple_column_values) or change_column_value's
    // `value`, already parsed from its JSON string.
    std::optional<Written> fromJson(const MondayColumn& column, const QJsonValue& value,
                                    GraphQLError* error) const;
    // change_simple_column_value's `value`: a plain string (null or "" clears).
    std::optional<Written> fromSimple(const MondayColumn& column, const QJsonValue& value,
                                      GraphQLError* error) const;

    static GraphQLError columnValueError(const MondayColumn& column, const QString& reason);

private:
    std::optional<Written> text(const MondayColumn& column, const QJsonValue& value,
                                GraphQLError* error) const;
    std::optional<Written> longText(const MondayColumn& column, const QJsonValue& value,
                                    GraphQLError* error) const;
    std::optional<Written> numbers(const MondayColumn& column, const QJsonValue& value,
                                   GraphQLError* error) const;
    std::optional<Written> status(const MondayColumn& column, const QJsonValue& value,
                                  GraphQLError* error) const;
    std::optional<Written> date(const MondayColumn& column, const QJsonValue& value,
                                GraphQLError* error) const;
    std::optional<Written> dropdown(const MondayColumn& column, const QJsonValue& value,
                                    GraphQLError* error) const;
    std::optional<Written> boardRelation(const MondayColumn& column, const QJsonValue& value,
                                         GraphQLError* error) const;
    std::optional<Written> email(const MondayColumn& column, const QJsonValue& value,
                                 GraphQLError* error) const;
    std::optional<Written> phone(const MondayColumn& column, const QJsonValue& value,
                                 GraphQLError* error) const;
    std::optional<Written> link(const MondayColumn& column, const QJsonValue& value,
                                GraphQLError* error) const;
    std::optional<Written> checkbox(const MondayColumn& column, const QJsonValue& value,
                                    GraphQLError* error) const;
    static QJsonValue simpleToJson(const QString& type, const QString& text);

    const MondayBoardStore& m_store;
    QDateTime m_now;
    bool m_createLabels = false;
};

} // namespace mlc::sandbox
