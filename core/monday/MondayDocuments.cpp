#include "MondayDocuments.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mlc {

namespace {

// What the connector reads of an item. Diffs compare the typed fields, never `text`, which is formatted for
// the token's user (dates in their time zone, numbers with the unit's precision; monday.md §5.3).
QString itemFields()
{
    return QStringLiteral("id name state updated_at group { id } "
                          "column_values(ids: $columnIds) { id type text value "
                          "... on StatusValue { index label } "
                          "... on DateValue { date time } "
                          "... on NumbersValue { number } "
                          "... on DropdownValue { values { id label } } "
                          "... on BoardRelationValue { linked_item_ids display_value } "
                          "... on CheckboxValue { checked } "
                          "... on EmailValue { email label } "
                          "... on PhoneValue { phone country_short_name } "
                          "... on LinkValue { url url_text } }");
}

// Asked for in the same call, so the budget is known without a separate call (which would cost 0.1 of the
// daily call limit; monday.md §2.5).
QString complexityField()
{
    return QStringLiteral("complexity { query before after reset_in_x_seconds }");
}

QJsonArray toArray(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

// An empty column list means "every column": the variable is left out rather than sent as [] (no columns).
void addColumnIds(QJsonObject& variables, const QStringList& columnIds)
{
    if (!columnIds.isEmpty()) {
        variables.insert(QStringLiteral("columnIds"), toArray(columnIds));
    }
}

MondayRequestBody query(const QString& operationName, const QString& document, const QJsonObject& variables)
{
    return MondayRequestBody{operationName, document, variables, false};
}

MondayRequestBody mutation(const QString& operationName, const QString& document,
                           const QJsonObject& variables)
{
    return MondayRequestBody{operationName, document, variables, true};
}

} // namespace

QString MondayDocuments::connectionTest()
{
    return QStringLiteral("query ConnectionTest { "
                          "me { id name email enabled is_view_only "
                          "account { id name slug tier plan { tier max_users period } } } "
                          "version { value kind } ") +
           complexityField() + QStringLiteral(" }");
}

QString MondayDocuments::boardStructure()
{
    return QStringLiteral("query BoardStructure($boardIds: [ID!]!) { ") + complexityField() +
           QStringLiteral(" boards(ids: $boardIds) { id name state board_kind "
                          "columns { id title type settings_str } "
                          "groups { id title } top_group { id } } }");
}

QString MondayDocuments::boardList()
{
    return QStringLiteral("query BoardList($limit: Int!, $page: Int!) { ") + complexityField() +
           QStringLiteral(" boards(limit: $limit, page: $page, state: active, order_by: used_at) { id name "
                          "state board_kind columns { id title type settings_str } "
                          "groups { id title } top_group { id } } }");
}

QString MondayDocuments::itemsFirstPage()
{
    return QStringLiteral(
               "query ItemsFirstPage($boardId: ID!, $limit: Int! = 500, $columnIds: [String!]) { ") +
           complexityField() +
           QStringLiteral(" boards(ids: [$boardId]) { id items_page(limit: $limit) { cursor items { ") +
           itemFields() + QStringLiteral(" } } } }");
}

QString MondayDocuments::nextItemsPage()
{
    return QStringLiteral(
               "query NextItemsPage($cursor: String!, $limit: Int! = 500, $columnIds: [String!]) { ") +
           complexityField() +
           QStringLiteral(" next_items_page(cursor: $cursor, limit: $limit) { cursor items { ") +
           itemFields() + QStringLiteral(" } } }");
}

QString MondayDocuments::itemsByColumnValue()
{
    return QStringLiteral(
               "query ItemsByColumnValue($boardId: ID!, $columns: [ItemsPageByColumnValuesQuery!]!, "
               "$limit: Int! = 500, $columnIds: [String!]) { ") +
           complexityField() +
           QStringLiteral(
               " items_page_by_column_values(board_id: $boardId, columns: $columns, limit: $limit) "
               "{ cursor items { ") +
           itemFields() + QStringLiteral(" } } }");
}

// monday refuses `columns` and `cursor` in one call: later pages carry the cursor alone (monday.md §3.4).
QString MondayDocuments::itemsByColumnValueNextPage()
{
    return QStringLiteral("query ItemsByColumnValueNextPage($boardId: ID!, $cursor: String!, "
                          "$limit: Int! = 500, $columnIds: [String!]) { ") +
           complexityField() +
           QStringLiteral(" items_page_by_column_values(board_id: $boardId, cursor: $cursor, limit: $limit) "
                          "{ cursor items { ") +
           itemFields() + QStringLiteral(" } } }");
}

QString MondayDocuments::createItem()
{
    return QStringLiteral("mutation CreateItem($boardId: ID!, $groupId: String, $itemName: String!, "
                          "$columnValues: JSON, $createLabels: Boolean) { ") +
           complexityField() +
           QStringLiteral(" create_item(board_id: $boardId, group_id: $groupId, item_name: $itemName, "
                          "column_values: $columnValues, create_labels_if_missing: $createLabels) "
                          "{ id name group { id } } }");
}

QString MondayDocuments::changeColumnValues()
{
    return QStringLiteral("mutation ChangeColumnValues($boardId: ID!, $itemId: ID!, $columnValues: JSON!, "
                          "$createLabels: Boolean) { ") +
           complexityField() +
           QStringLiteral(" change_multiple_column_values(board_id: $boardId, item_id: $itemId, "
                          "column_values: $columnValues, create_labels_if_missing: $createLabels) "
                          "{ id name } }");
}

QString MondayDocuments::archiveItem()
{
    return QStringLiteral("mutation ArchiveItem($itemId: ID!) { ") + complexityField() +
           QStringLiteral(" archive_item(item_id: $itemId) { id state } }");
}

QString MondayDocuments::createTextColumn()
{
    return QStringLiteral("mutation CreateTextColumn($boardId: ID!, $title: String!) { ") +
           complexityField() +
           QStringLiteral(
               " create_column(board_id: $boardId, title: $title, column_type: text) { id title type } }");
}

QString MondayDocuments::deleteItem()
{
    return QStringLiteral("mutation DeleteItem($itemId: ID!) { ") + complexityField() +
           QStringLiteral(" delete_item(item_id: $itemId) { id } }");
}

QList<MondayDocuments::Document> MondayDocuments::all()
{
    return {
        {QStringLiteral("ConnectionTest"), connectionTest()},
        {QStringLiteral("BoardStructure"), boardStructure()},
        {QStringLiteral("BoardList"), boardList()},
        {QStringLiteral("ItemsFirstPage"), itemsFirstPage()},
        {QStringLiteral("NextItemsPage"), nextItemsPage()},
        {QStringLiteral("ItemsByColumnValue"), itemsByColumnValue()},
        {QStringLiteral("ItemsByColumnValueNextPage"), itemsByColumnValueNextPage()},
        {QStringLiteral("CreateItem"), createItem()},
        {QStringLiteral("ChangeColumnValues"), changeColumnValues()},
        {QStringLiteral("ArchiveItem"), archiveItem()},
        {QStringLiteral("DeleteItem"), deleteItem()},
        {QStringLiteral("CreateTextColumn"), createTextColumn()},
    };
}

MondayRequestBody MondayDocuments::connectionTestRequest()
{
    return query(QStringLiteral("ConnectionTest"), connectionTest(), {});
}

MondayRequestBody MondayDocuments::boardStructureRequest(const QStringList& boardIds)
{
    return query(QStringLiteral("BoardStructure"), boardStructure(),
                 {{QStringLiteral("boardIds"), toArray(boardIds)}});
}

MondayRequestBody MondayDocuments::boardListRequest(int page)
{
    return query(QStringLiteral("BoardList"), boardList(),
                 {{QStringLiteral("limit"), kBoardListPageSize}, {QStringLiteral("page"), page}});
}

MondayRequestBody MondayDocuments::itemsFirstPageRequest(const QString& boardId, const QStringList& columnIds,
                                                         int limit)
{
    QJsonObject variables{{QStringLiteral("boardId"), boardId}, {QStringLiteral("limit"), limit}};
    addColumnIds(variables, columnIds);
    return query(QStringLiteral("ItemsFirstPage"), itemsFirstPage(), variables);
}

MondayRequestBody MondayDocuments::nextItemsPageRequest(const QString& cursor, const QStringList& columnIds,
                                                        int limit)
{
    QJsonObject variables{{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), limit}};
    addColumnIds(variables, columnIds);
    return query(QStringLiteral("NextItemsPage"), nextItemsPage(), variables);
}

MondayRequestBody MondayDocuments::itemsByColumnValueRequest(const QString& boardId, const QString& columnId,
                                                             const QString& value,
                                                             const QStringList& columnIds, int limit)
{
    const QJsonObject column{{QStringLiteral("column_id"), columnId},
                             {QStringLiteral("column_values"), QJsonArray{value}}};
    QJsonObject variables{{QStringLiteral("boardId"), boardId},
                          {QStringLiteral("columns"), QJsonArray{column}},
                          {QStringLiteral("limit"), limit}};
    addColumnIds(variables, columnIds);
    return query(QStringLiteral("ItemsByColumnValue"), itemsByColumnValue(), variables);
}

MondayRequestBody MondayDocuments::itemsByColumnValueNextPageRequest(const QString& boardId,
                                                                     const QString& cursor,
                                                                     const QStringList& columnIds, int limit)
{
    QJsonObject variables{{QStringLiteral("boardId"), boardId},
                          {QStringLiteral("cursor"), cursor},
                          {QStringLiteral("limit"), limit}};
    addColumnIds(variables, columnIds);
    return query(QStringLiteral("ItemsByColumnValueNextPage"), itemsByColumnValueNextPage(), variables);
}

MondayRequestBody MondayDocuments::createItemRequest(const QString& boardId, const QString& groupId,
                                                     const QString& itemName, const QJsonObject& columnValues,
                                                     bool createLabelsIfMissing)
{
    QJsonObject variables{{QStringLiteral("boardId"), boardId},
                          {QStringLiteral("itemName"), itemName},
                          {QStringLiteral("columnValues"), encodeJsonScalar(columnValues)},
                          {QStringLiteral("createLabels"), createLabelsIfMissing}};
    if (!groupId.isEmpty()) {
        variables.insert(QStringLiteral("groupId"), groupId);
    }
    return mutation(QStringLiteral("CreateItem"), createItem(), variables);
}

MondayRequestBody MondayDocuments::changeColumnValuesRequest(const QString& boardId, const QString& itemId,
                                                             const QJsonObject& columnValues,
                                                             bool createLabelsIfMissing)
{
    return mutation(QStringLiteral("ChangeColumnValues"), changeColumnValues(),
                    {{QStringLiteral("boardId"), boardId},
                     {QStringLiteral("itemId"), itemId},
                     {QStringLiteral("columnValues"), encodeJsonScalar(columnValues)},
                     {QStringLiteral("createLabels"), createLabelsIfMissing}});
}

MondayRequestBody MondayDocuments::createTextColumnRequest(const QString& boardId, const QString& title)
{
    return mutation(QStringLiteral("CreateTextColumn"), createTextColumn(),
                    {{QStringLiteral("boardId"), boardId}, {QStringLiteral("title"), title}});
}

MondayRequestBody MondayDocuments::archiveItemRequest(const QString& itemId)
{
    return mutation(QStringLiteral("ArchiveItem"), archiveItem(), {{QStringLiteral("itemId"), itemId}});
}

MondayRequestBody MondayDocuments::deleteItemRequest(const QString& itemId)
{
    return mutation(QStringLiteral("DeleteItem"), deleteItem(), {{QStringLiteral("itemId"), itemId}});
}

QString MondayDocuments::encodeJsonScalar(const QJsonObject& value)
{
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

} // namespace mlc
