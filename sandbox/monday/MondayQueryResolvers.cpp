#include "MondayQueryResolvers.h"

#include "GraphQLSchema.h"
#include "MondayBoardStore.h"

#include <QJsonArray>

#include <algorithm>

namespace mlc::sandbox {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

bool isActive(const MondayItem& item)
{
    return item.state == QLatin1String("active");
}

QStringList activeItemIds(const MondayBoard& board)
{
    QStringList ids;
    for (const MondayItem& item : board.items) {
        if (isActive(item))
            ids.append(item.id);
    }
    return ids;
}

bool isEmptyCell(const MondayCellValue& cell)
{
    return cell.value.isNull() && (cell.text.isNull() || cell.text.toString().isEmpty()) &&
           cell.typed.value(QStringLiteral("linked_item_ids")).toArray().isEmpty();
}

QString lower(const QJsonValue& value)
{
    return value.toString().toCaseFolded();
}

// One value of items_page_by_column_values against one cell, by column type (monday.md §3.4).
bool cellMatches(const MondayColumn& column, const MondayCellValue& cell, const QJsonValue& wanted)
{
    if (wanted.isNull() || wanted.toString().isEmpty())
        return isEmptyCell(cell);
    const QString text = wanted.toString();
    const QString type = column.type;
    if (type == QLatin1String("numbers")) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok && cell.typed.contains(QStringLiteral("number")) &&
               cell.typed.value(QStringLiteral("number")).toDouble() == number;
    }
    if (type == QLatin1String("status"))
        return lower(cell.typed.value(QStringLiteral("label"))) == text.toCaseFolded();
    if (type == QLatin1String("date"))
        return cell.typed.value(QStringLiteral("date")).toString() == text;
    if (type == QLatin1String("dropdown")) {
        for (const QJsonValue& option : cell.typed.value(QStringLiteral("values")).toArray()) {
            if (option.toObject()
                    .value(QStringLiteral("label"))
                    .toString()
                    .contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    if (type == QLatin1String("checkbox"))
        return cell.typed.value(QStringLiteral("checked")).toBool() == (text == QLatin1String("true"));
    if (type == QLatin1String("email") &&
        lower(cell.typed.value(QStringLiteral("email"))) == text.toCaseFolded())
        return true;
    if (type == QLatin1String("link") && cell.typed.value(QStringLiteral("url")).toString() == text)
        return true;
    return lower(cell.text) == text.toCaseFolded();
}

bool searchable(const QString& columnType)
{
    static const QStringList supported{QStringLiteral("text"),    QStringLiteral("long_text"),
                                       QStringLiteral("numbers"), QStringLiteral("status"),
                                       QStringLiteral("date"),    QStringLiteral("dropdown"),
                                       QStringLiteral("email"),   QStringLiteral("phone"),
                                       QStringLiteral("link"),    QStringLiteral("checkbox")};
    return supported.contains(columnType);
}

GraphQLError invalidArgument(const QString& message, const QJsonObject& data = {})
{
    return GraphQLError::application(QStringLiteral("InvalidArgumentException"), message, data);
}

} // namespace

MondayQueryResolvers::MondayQueryResolvers(MondayBoardStore& store, MondayCursors& cursors)
    : m_store(store)
    , m_cursors(cursors)
{}

void MondayQueryResolvers::install(GraphQLExecutor& executor)
{
    const QString query = GraphQLSchema::queryTypeName();
    const auto fromContext = [](const QString& key) {
        return [key](const GraphQLFieldContext& c) {
            return GraphQLResolved::of(c.request.value(key).toJsonObject());
        };
    };
    executor.setResolver(query, QStringLiteral("me"), [this](const GraphQLFieldContext&) {
        return GraphQLResolved::objectOf(QStringLiteral("User"), m_store.user());
    });
    executor.setResolver(query, QStringLiteral("account"), [this](const GraphQLFieldContext&) {
        return GraphQLResolved::objectOf(QStringLiteral("Account"), m_store.account());
    });
    executor.setResolver(query, QStringLiteral("complexity"), fromContext(contextComplexity()));
    executor.setResolver(GraphQLSchema::mutationTypeName(), QStringLiteral("complexity"),
                         fromContext(contextComplexity()));
    executor.setResolver(query, QStringLiteral("version"), fromContext(contextVersion()));
    executor.setResolver(query, QStringLiteral("versions"), [](const GraphQLFieldContext& c) {
        return GraphQLResolved::of(QJsonArray{c.request.value(contextVersion()).toJsonObject()});
    });
    executor.setResolver(query, QStringLiteral("boards"),
                         [this](const GraphQLFieldContext& c) { return boards(c); });
    executor.setResolver(query, QStringLiteral("items"),
                         [this](const GraphQLFieldContext& c) { return items(c); });
    executor.setResolver(query, QStringLiteral("next_items_page"),
                         [this](const GraphQLFieldContext& c) { return nextItemsPage(c); });
    executor.setResolver(query, QStringLiteral("items_page_by_column_values"),
                         [this](const GraphQLFieldContext& c) { return itemsByColumnValues(c); });

    const QString board = QStringLiteral("Board");
    executor.setResolver(board, QStringLiteral("columns"),
                         [this](const GraphQLFieldContext& c) { return columns(c); });
    executor.setResolver(board, QStringLiteral("groups"),
                         [this](const GraphQLFieldContext& c) { return groups(c); });
    executor.setResolver(board, QStringLiteral("top_group"), [this](const GraphQLFieldContext& c) {
        return groupObject(
            m_store.board(c.source.fields.value(QStringLiteral("id")).toString())->groups.first());
    });
    executor.setResolver(board, QStringLiteral("items_page"),
                         [this](const GraphQLFieldContext& c) { return itemsPage(c); });
    executor.setResolver(QStringLiteral("ItemsResponse"), QStringLiteral("items"),
                         [this](const GraphQLFieldContext& c) { return itemsOfResponse(c); });

    const QString item = QStringLiteral("Item");
    executor.setResolver(item, QStringLiteral("board"), [this](const GraphQLFieldContext& c) {
        return boardObject(*m_store.board(c.source.fields.value(QStringLiteral("_board")).toString()));
    });
    executor.setResolver(item, QStringLiteral("group"), [this](const GraphQLFieldContext& c) {
        const MondayBoard* owner = m_store.board(c.source.fields.value(QStringLiteral("_board")).toString());
        const MondayGroup* group = owner->group(c.source.fields.value(QStringLiteral("_group")).toString());
        return group ? groupObject(*group) : GraphQLResolved::of(QJsonValue::Null);
    });
    executor.setResolver(item, QStringLiteral("column_values"),
                         [this](const GraphQLFieldContext& c) { return columnValues(c); });

    for (const QString& valueType :
         {QStringLiteral("TextValue"), QStringLiteral("LongTextValue"), QStringLiteral("NumbersValue"),
          QStringLiteral("StatusValue"), QStringLiteral("DateValue"), QStringLiteral("DropdownValue"),
          QStringLiteral("BoardRelationValue"), QStringLiteral("CheckboxValue"), QStringLiteral("EmailValue"),
          QStringLiteral("PhoneValue"), QStringLiteral("LinkValue")}) {
        executor.setResolver(valueType, QStringLiteral("column"), [this](const GraphQLFieldContext& c) {
            const MondayBoard* owner =
                m_store.board(c.source.fields.value(QStringLiteral("_board")).toString());
            return columnObject(*owner->column(c.source.fields.value(QStringLiteral("id")).toString()));
        });
    }
    executor.setResolver(QStringLiteral("BoardRelationValue"), QStringLiteral("linked_items"),
                         [this](const GraphQLFieldContext& c) {
                             std::vector<GraphQLResolved> linked;
                             for (const QJsonValue& id :
                                  c.source.fields.value(QStringLiteral("linked_item_ids")).toArray()) {
                                 if (const MondayItem* found = m_store.item(id.toString()))
                                     linked.push_back(itemObject(*found));
                             }
                             return GraphQLResolved::listOf(std::move(linked));
                         });
}

GraphQLResolved MondayQueryResolvers::boardObject(const MondayBoard& board)
{
    int active = 0;
    for (const MondayItem& item : board.items)
        active += isActive(item) ? 1 : 0;
    return GraphQLResolved::objectOf(
        QStringLiteral("Board"),
        {{QStringLiteral("id"), board.id},
         {QStringLiteral("name"), board.name},
         {QStringLiteral("board_kind"), board.boardKind},
         {QStringLiteral("state"), board.state},
         {QStringLiteral("description"), QJsonValue::Null},
         {QStringLiteral("workspace_id"), QJsonValue::Null},
         {QStringLiteral("items_count"), active},
         {QStringLiteral("url"),
          QStringLiteral("https://northwind-distribution.monday.com/boards/") + board.id}});
}

GraphQLResolved MondayQueryResolvers::itemObject(const MondayItem& item)
{
    return GraphQLResolved::objectOf(
        QStringLiteral("Item"),
        {{QStringLiteral("id"), item.id},
         {QStringLiteral("name"), item.name},
         {QStringLiteral("state"), item.state},
         {QStringLiteral("created_at"), MondayCellValue::timestamp(item.createdAt)},
         {QStringLiteral("updated_at"), MondayCellValue::timestamp(item.updatedAt)},
         {QStringLiteral("creator_id"), QStringLiteral("61204885")},
         {QStringLiteral("url"),
          QStringLiteral("https://northwind-distribution.monday.com/boards/%1/pulses/%2")
              .arg(item.boardId, item.id)},
         {QStringLiteral("_board"), item.boardId},
         {QStringLiteral("_group"), item.groupId}});
}

GraphQLResolved MondayQueryResolvers::groupObject(const MondayGroup& group)
{
    return GraphQLResolved::objectOf(QStringLiteral("Group"),
                                     {{QStringLiteral("id"), group.id},
                                      {QStringLiteral("title"), group.title},
                                      {QStringLiteral("color"), group.color},
                                      {QStringLiteral("position"), QStringLiteral("65536")},
                                      {QStringLiteral("archived"), false},
                                      {QStringLiteral("deleted"), false}});
}

GraphQLResolved MondayQueryResolvers::columnObject(const MondayColumn& column)
{
    return GraphQLResolved::objectOf(QStringLiteral("Column"),
                                     {{QStringLiteral("id"), column.id},
                                      {QStringLiteral("title"), column.title},
                                      {QStringLiteral("type"), column.type},
                                      {QStringLiteral("settings_str"), column.settingsStr()},
                                      {QStringLiteral("archived"), false},
                                      {QStringLiteral("description"), QJsonValue::Null},
                                      {QStringLiteral("width"), QJsonValue::Null}});
}

GraphQLResolved MondayQueryResolvers::boards(const GraphQLFieldContext& context) const
{
    const QJsonObject& args = context.arguments;
    const QStringList ids = stringList(args.value(QStringLiteral("ids")));
    const QString state = args.value(QStringLiteral("state")).toString();
    const QString kind = args.value(QStringLiteral("board_kind")).toString();
    QList<const MondayBoard*> matching;
    for (const MondayBoard& board : m_store.boards()) {
        if ((!args.contains(QStringLiteral("ids")) || ids.contains(board.id)) &&
            (state == QLatin1String("all") || board.state == state) &&
            (kind.isEmpty() || board.boardKind == kind)) {
            matching.append(&board);
        }
    }
    const int limit = qMax(1, args.value(QStringLiteral("limit")).toInt());
    const int page = qMax(1, args.value(QStringLiteral("page")).toInt());
    std::vector<GraphQLResolved> result;
    for (const MondayBoard* board : matching.mid(qsizetype(page - 1) * limit, limit))
        result.push_back(boardObject(*board));
    return GraphQLResolved::listOf(std::move(result));
}

GraphQLResolved MondayQueryResolvers::items(const GraphQLFieldContext& context) const
{
    const QStringList ids = stringList(context.arguments.value(QStringLiteral("ids")));
    const int limit = qBound(1, context.arguments.value(QStringLiteral("limit")).toInt(), kMaxRootItems);
    std::vector<GraphQLResolved> result;
    for (const QString& id : ids) {
        const MondayItem* found = m_store.item(id);
        if (found && int(result.size()) < limit)
            result.push_back(itemObject(*found));
    }
    return GraphQLResolved::listOf(std::move(result));
}

std::optional<GraphQLError> MondayQueryResolvers::checkLimit(int limit)
{
    if (limit >= 1 && limit <= kMaxPageLimit)
        return std::nullopt;
    return invalidArgument(tr("The limit must be between 1 and %1, got %2.").arg(kMaxPageLimit).arg(limit),
                           {{QStringLiteral("limit"), limit}});
}

GraphQLResolved MondayQueryResolvers::firstPage(const MondayBoard& board, const QStringList& matchingIds,
                                                int limit) const
{
    const MondayCursors::Page page = m_cursors.first(board.id, matchingIds, limit);
    return GraphQLResolved::objectOf(
        QStringLiteral("ItemsResponse"),
        {{QStringLiteral("cursor"),
          page.cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.cursor)},
         {QStringLiteral("_items"), QJsonArray::fromStringList(page.itemIds)}});
}

GraphQLResolved MondayQueryResolvers::continuePage(const QString& cursor, int limit,
                                                   const QString& boardId) const
{
    MondayCursors::Page page;
    switch (m_cursors.next(cursor, limit, &page)) {
    case MondayCursors::Status::Expired:
        return GraphQLResolved::failure(GraphQLError::application(
            QStringLiteral("CursorExpiredError"), tr("CursorExpiredError: The cursor provided for pagination "
                                                     "has expired. Please refresh your query "
                                                     "and obtain a new cursor.")));
    case MondayCursors::Status::Unknown:
        return GraphQLResolved::failure(
            invalidArgument(tr("The cursor is not valid."), {{QStringLiteral("cursor"), cursor}}));
    case MondayCursors::Status::Ok:
        break;
    }
    if (!boardId.isEmpty() && page.boardId != boardId) {
        return GraphQLResolved::failure(invalidArgument(tr("The cursor belongs to another board."),
                                                        {{QStringLiteral("board_id"), boardId}}));
    }
    return GraphQLResolved::objectOf(
        QStringLiteral("ItemsResponse"),
        {{QStringLiteral("cursor"),
          page.cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.cursor)},
         {QStringLiteral("_items"), QJsonArray::fromStringList(page.itemIds)}});
}

GraphQLResolved MondayQueryResolvers::itemsPage(const GraphQLFieldContext& context) const
{
    const MondayBoard* board = m_store.board(context.source.fields.value(QStringLiteral("id")).toString());
    const int limit = context.arguments.value(QStringLiteral("limit")).toInt();
    if (const auto error = checkLimit(limit))
        return GraphQLResolved::failure(*error);
    const QString cursor = context.arguments.value(QStringLiteral("cursor")).toString();
    if (!cursor.isEmpty())
        return continuePage(cursor, limit, board->id);
    QStringList matching = activeItemIds(*board);
    const QJsonValue params = context.arguments.value(QStringLiteral("query_params"));
    if (params.isObject()) {
        GraphQLError error;
        const std::optional<QStringList> filtered = filterByQueryParams(*board, params.toObject(), &error);
        if (!filtered)
            return GraphQLResolved::failure(error);
        matching = *filtered;
    }
    return firstPage(*board, matching, limit);
}

GraphQLResolved MondayQueryResolvers::nextItemsPage(const GraphQLFieldContext& context) const
{
    const int limit = context.arguments.value(QStringLiteral("limit")).toInt();
    if (const auto error = checkLimit(limit))
        return GraphQLResolved::failure(*error);
    return continuePage(context.arguments.value(QStringLiteral("cursor")).toString(), limit, QString());
}

GraphQLResolved MondayQueryResolvers::itemsByColumnValues(const GraphQLFieldContext& context) const
{
    const QJsonObject& args = context.arguments;
    const QString boardId = args.value(QStringLiteral("board_id")).toString();
    const int limit = args.value(QStringLiteral("limit")).toInt();
    if (const auto error = checkLimit(limit))
        return GraphQLResolved::failure(*error);
    const bool hasColumns = args.value(QStringLiteral("columns")).isArray();
    const bool hasCursor = args.value(QStringLiteral("cursor")).isString();
    if (hasColumns && hasCursor) {
        return GraphQLResolved::failure(
            invalidArgument(tr("You can't use both columns and cursor in the same query.")));
    }
    const MondayBoard* board = m_store.board(boardId);
    if (!board) {
        return GraphQLResolved::failure(
            invalidArgument(tr("Board not found"), {{QStringLiteral("board_id"), boardId.toLongLong()}}));
    }
    if (hasCursor)
        return continuePage(args.value(QStringLiteral("cursor")).toString(), limit, boardId);
    GraphQLError error;
    const std::optional<QStringList> matching =
        filterByColumnValues(*board, args.value(QStringLiteral("columns")).toArray(), &error);
    if (!matching)
        return GraphQLResolved::failure(error);
    return firstPage(*board, *matching, limit);
}

std::optional<QStringList> MondayQueryResolvers::filterByColumnValues(const MondayBoard& board,
                                                                      const QJsonArray& columns,
                                                                      GraphQLError* error) const
{
    QStringList matching;
    for (const MondayItem& item : board.items) {
        if (!isActive(item))
            continue;
        bool all = true;
        for (const QJsonValue& entry : columns) {
            const QString columnId = entry.toObject().value(QStringLiteral("column_id")).toString();
            const MondayColumn* column = board.column(columnId);
            if (!column) {
                *error = GraphQLError::application(QStringLiteral("InvalidColumnIdException"),
                                                   tr("Column not found: %1").arg(columnId),
                                                   {{QStringLiteral("column_id"), columnId}});
                return std::nullopt;
            }
            if (!searchable(column->type)) {
                *error = invalidArgument(
                    tr("Column type %1 is not supported by items_page_by_column_values").arg(column->type),
                    {{QStringLiteral("column_id"), columnId}});
                return std::nullopt;
            }
            QJsonArray wanted = entry.toObject().value(QStringLiteral("column_values")).toArray();
            if (column->type == QLatin1String("checkbox") && !wanted.isEmpty())
                wanted = QJsonArray{wanted.last()}; // monday uses only the last value given
            const MondayCellValue cell = item.cells.value(columnId, MondayCellValue::empty(column->type));
            const bool any = std::any_of(wanted.begin(), wanted.end(),
                                         [&](const QJsonValue& v) { return cellMatches(*column, cell, v); });
            all = all && any;
        }
        if (all)
            matching.append(item.id);
    }
    return matching;
}

std::optional<QStringList> MondayQueryResolvers::filterByQueryParams(const MondayBoard& board,
                                                                     const QJsonObject& params,
                                                                     GraphQLError* error) const
{
    if (params.contains(QStringLiteral("groups")) || params.contains(QStringLiteral("order_by"))) {
        *error =
            invalidArgument(tr("The simulator supports only `ids` and `rules` (any_of) in query_params."));
        return std::nullopt;
    }
    const bool anyRule = params.value(QStringLiteral("operator")).toString() == QLatin1String("or");
    const QJsonValue idsValue = params.value(QStringLiteral("ids"));
    const QStringList ids = stringList(idsValue);
    const QJsonArray rules = params.value(QStringLiteral("rules")).toArray();
    for (const QJsonValue& rule : rules) {
        const QJsonObject r = rule.toObject();
        if (r.value(QStringLiteral("operator")).toString() != QLatin1String("any_of") ||
            !board.column(r.value(QStringLiteral("column_id")).toString())) {
            *error =
                invalidArgument(tr("The simulator supports only the any_of operator on an existing column."),
                                {{QStringLiteral("column_id"), r.value(QStringLiteral("column_id"))}});
            return std::nullopt;
        }
    }
    QStringList matching;
    for (const MondayItem& item : board.items) {
        if (!isActive(item) || (idsValue.isArray() && !ids.contains(item.id)))
            continue;
        int hits = 0;
        for (const QJsonValue& rule : rules) {
            const QJsonObject r = rule.toObject();
            const MondayColumn& column = *board.column(r.value(QStringLiteral("column_id")).toString());
            const MondayCellValue cell = item.cells.value(column.id, MondayCellValue::empty(column.type));
            QJsonValue compare = r.value(QStringLiteral("compare_value"));
            const QJsonArray values = compare.isArray() ? compare.toArray() : QJsonArray{compare};
            // Status and dropdown rules compare label ids; other columns compare their text.
            const bool hit = std::any_of(values.begin(), values.end(), [&](const QJsonValue& v) {
                if (column.type == QLatin1String("status"))
                    return cell.typed.contains(QStringLiteral("index")) &&
                           cell.typed.value(QStringLiteral("index")).toInt() == v.toVariant().toInt();
                return cellMatches(column, cell,
                                   v.isDouble() ? QJsonValue(QString::number(v.toDouble())) : v);
            });
            hits += hit ? 1 : 0;
        }
        if (rules.isEmpty() || (anyRule ? hits > 0 : hits == rules.size()))
            matching.append(item.id);
    }
    return matching;
}

GraphQLResolved MondayQueryResolvers::itemsOfResponse(const GraphQLFieldContext& context) const
{
    std::vector<GraphQLResolved> result;
    for (const QJsonValue& id : context.source.fields.value(QStringLiteral("_items")).toArray()) {
        // An item deleted or archived after the first page is not returned any more.
        const MondayItem* found = m_store.item(id.toString());
        if (found && isActive(*found))
            result.push_back(itemObject(*found));
    }
    return GraphQLResolved::listOf(std::move(result));
}

GraphQLResolved MondayQueryResolvers::columns(const GraphQLFieldContext& context) const
{
    const MondayBoard* board = m_store.board(context.source.fields.value(QStringLiteral("id")).toString());
    const bool byId = context.arguments.value(QStringLiteral("ids")).isArray();
    const bool byType = context.arguments.value(QStringLiteral("types")).isArray();
    const QStringList ids = stringList(context.arguments.value(QStringLiteral("ids")));
    const QStringList types = stringList(context.arguments.value(QStringLiteral("types")));
    std::vector<GraphQLResolved> result;
    for (const MondayColumn& column : board->columns) {
        if ((!byId || ids.contains(column.id)) && (!byType || types.contains(column.type)))
            result.push_back(columnObject(column));
    }
    return GraphQLResolved::listOf(std::move(result));
}

GraphQLResolved MondayQueryResolvers::groups(const GraphQLFieldContext& context) const
{
    const MondayBoard* board = m_store.board(context.source.fields.value(QStringLiteral("id")).toString());
    const bool byId = context.arguments.value(QStringLiteral("ids")).isArray();
    const QStringList ids = stringList(context.arguments.value(QStringLiteral("ids")));
    std::vector<GraphQLResolved> result;
    for (const MondayGroup& group : board->groups) {
        if (!byId || ids.contains(group.id))
            result.push_back(groupObject(group));
    }
    return GraphQLResolved::listOf(std::move(result));
}

GraphQLResolved MondayQueryResolvers::columnValues(const GraphQLFieldContext& context) const
{
    const MondayItem* item = m_store.item(context.source.fields.value(QStringLiteral("id")).toString());
    const MondayBoard* board = m_store.board(item->boardId);
    const bool byId = context.arguments.value(QStringLiteral("ids")).isArray();
    const bool byType = context.arguments.value(QStringLiteral("types")).isArray();
    const QStringList ids = stringList(context.arguments.value(QStringLiteral("ids")));
    const QStringList types = stringList(context.arguments.value(QStringLiteral("types")));
    std::vector<GraphQLResolved> result;
    for (const MondayColumn& column : board->columns) {
        // The item's name is Item.name, never a column value.
        if (column.type == QLatin1String("name"))
            continue;
        if ((!byId || ids.contains(column.id)) && (!byType || types.contains(column.type)))
            result.push_back(columnValueObject(*item, column));
    }
    return GraphQLResolved::listOf(std::move(result));
}

GraphQLResolved MondayQueryResolvers::columnValueObject(const MondayItem& item,
                                                        const MondayColumn& column) const
{
    const MondayCellValue cell = item.cells.value(column.id, MondayCellValue::empty(column.type));
    QJsonObject fields = cell.typed;
    fields.insert(QStringLiteral("id"), column.id);
    fields.insert(QStringLiteral("type"), column.type);
    fields.insert(QStringLiteral("text"), cell.text);
    fields.insert(QStringLiteral("value"), cell.value);
    fields.insert(QStringLiteral("_board"), item.boardId);
    if (column.type == QLatin1String("numbers")) {
        const QJsonObject unit = column.settings.value(QStringLiteral("unit")).toObject();
        fields.insert(QStringLiteral("symbol"), unit.value(QStringLiteral("symbol")));
        fields.insert(QStringLiteral("direction"), unit.value(QStringLiteral("direction")));
    }
    return GraphQLResolved::objectOf(MondayCellValue::valueTypeName(column.type), fields);
}

} // namespace mlc::sandbox
