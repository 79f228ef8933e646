#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mlc {

// What goes on the wire to monday: one GraphQL document from MondayDocuments and its variables. Values only
// ever travel in `variables`, never in the document text, so nothing a BC record holds can change a query.
struct MondayRequestBody
{
    QString operationName; // the document's operation name, for logs and the audit trail
    QString query;         // a MondayDocuments constant, never built from data
    QJsonObject variables; // an object, as monday requires from API version 2025-04
    bool isMutation = false;

    // {"query": ..., "variables": {...}}, compact.
    QByteArray toJson() const;
    QJsonObject toJsonObject() const;
};

} // namespace mlc
