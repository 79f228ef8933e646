#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace mlc {

// One error monday reported, in whichever of its formats (legacy top-level fields up to 2024-07, the
// GraphQL `errors` array from 2024-10; monday.md §2.1), read into one shape.
struct MondayError
{
    QString code;       // extensions.code or the legacy error_code, e.g. "ColumnValueException"
    QString message;    // monday's message, as sent
    int statusCode = 0; // extensions.status_code or the legacy status_code; 0 when absent
    std::optional<int> retryInSeconds;
    QString requestId; // extensions.request_id on the error itself, when given
    QJsonValue path;   // the GraphQL path of the field that failed, e.g. ["create_item"]; undefined if none
    QJsonObject errorData; // extensions.error_data, e.g. {"column_type": "color"}

    // The root field the error belongs to, e.g. "create_item"; empty when the error names no path.
    QString rootField() const;
};

} // namespace mlc
