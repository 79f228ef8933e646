#pragma once

#include "monday/MondayRequestBody.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlc {

// Every GraphQL document the connector sends to monday, in one place, and the only code that fills in their
// variables. Each document takes its values as variables; column values travel as ONE JSON-encoded string in
// a variable of monday's JSON scalar type, stringified exactly once here (monday.md §4, pitfall §9.1).
// Every document is checked against monday's schema in the test suite (tests/graphql).
class MondayDocuments
{
public:
    // A page holds at most 500 items (monday.md §3.4).
    static constexpr int kMaxPageSize = 500;

    struct Document
    {
        QString operationName;
        QString query;
    };

    // The documents themselves, by operation name.
    static QString connectionTest();
    static QString boardStructure();
    static QString boardList();
    static QString itemsFirstPage();
    static QString nextItemsPage();
    static QString itemsByColumnValue();
    static QString itemsByColumnValueNextPage();
    static QString createItem();
    static QString changeColumnValues();
    static QString archiveItem();
    static QString deleteItem();
    static QString createTextColumn();

    // All of the above, so the schema check can tell whether one was left out of its samples.
    static QList<Document> all();

    // The user and account behind the token, the API version that answered and the complexity budget:
    // the connection test, in one call.
    static MondayRequestBody connectionTestRequest();

    // Columns (with their settings, for status and dropdown labels) and groups of the given boards.
    static MondayRequestBody boardStructureRequest(const QStringList& boardIds);

    // A page of the active boards the token can see, with the same structure as boardStructureRequest():
    // what the mapping editor offers to choose from. Pages count from 1; a short page is the last.
    static constexpr int kBoardListPageSize = 100;
    static MondayRequestBody boardListRequest(int page);

    // The first page of a board's items; `columnIds` empty reads every column.
    static MondayRequestBody itemsFirstPageRequest(const QString& boardId, const QStringList& columnIds = {},
                                                   int limit = kMaxPageSize);
    static MondayRequestBody nextItemsPageRequest(const QString& cursor, const QStringList& columnIds = {},
                                                  int limit = kMaxPageSize);

    // Items whose `columnId` holds `value` exactly: the lookup of an item by its BC id.
    static MondayRequestBody itemsByColumnValueRequest(const QString& boardId, const QString& columnId,
                                                       const QString& value,
                                                       const QStringList& columnIds = {},
                                                       int limit = kMaxPageSize);
    static MondayRequestBody itemsByColumnValueNextPageRequest(const QString& boardId, const QString& cursor,
                                                               const QStringList& columnIds = {},
                                                               int limit = kMaxPageSize);

    // `columnValues` maps column ids to values already encoded for their column type; it is sent as a
    // JSON-encoded string. An empty `groupId` puts the item in the board's top group.
    static MondayRequestBody createItemRequest(const QString& boardId, const QString& groupId,
                                               const QString& itemName, const QJsonObject& columnValues,
                                               bool createLabelsIfMissing);
    static MondayRequestBody changeColumnValuesRequest(const QString& boardId, const QString& itemId,
                                                       const QJsonObject& columnValues,
                                                       bool createLabelsIfMissing);
    static MondayRequestBody archiveItemRequest(const QString& itemId);
    static MondayRequestBody deleteItemRequest(const QString& itemId);
    // A text column titled `title` on the board: where the mapping editor offers to keep the BC id.
    static MondayRequestBody createTextColumnRequest(const QString& boardId, const QString& title);

    // The JSON-encoded string monday's JSON scalar expects: compact, encoded once.
    static QString encodeJsonScalar(const QJsonObject& value);
};

} // namespace mlc
