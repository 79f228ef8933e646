#include "MondayMutationResolvers.h"

#include "MondayBoardStore.h"
#include "MondayQueryResolvers.h"
#include "common/Clock.h"

#include <QJsonDocument>

namespace mlc::sandbox {

namespace {

const QString kNameKey = QStringLiteral("name");

QString idOf(const QJsonValue& value)
{
    return value.toVariant().toString();
}

} // namespace

MondayMutationResolvers::MondayMutationResolvers(MondayBoardStore& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{}

QString MondayMutationResolvers::sdl()
{
    return QStringLiteral(R"sdl(
enum PositionRelative { after_at before_at }
extend type Mutation {
  create_item(board_id: ID!, item_name: String!, group_id: String, column_values: JSON,
              create_labels_if_missing: Boolean, position_relative_method: PositionRelative, relative_to: ID): Item
  change_column_value(board_id: ID!, item_id: ID, column_id: String!, value: JSON!,
                      create_labels_if_missing: Boolean): Item
  change_simple_column_value(board_id: ID!, item_id: ID, column_id: String!, value: String,
                             create_labels_if_missing: Boolean): Item
  change_multiple_column_values(board_id: ID!, item_id: ID, column_values: JSON!,
                                create_labels_if_missing: Boolean): Item
  archive_item(item_id: ID): Item
  delete_item(item_id: ID): Item
  create_column(after_column_id: ID, board_id: ID!, column_type: ColumnType!, defaults: JSON,
                description: String, id: String, title: String!): Column
  create_group(board_id: ID!, group_name: String!, group_color: String,
               position_relative_method: PositionRelative, relative_to: String, position: String): Group
}
)sdl");
}

void MondayMutationResolvers::install(GraphQLExecutor& executor)
{
    const QString mutation = QStringLiteral("Mutation");
    const auto bind = [this](GraphQLResolved (MondayMutationResolvers::*method)(const GraphQLFieldContext&)) {
        return [this, method](const GraphQLFieldContext& context) {
            return (this->*method)(context);
        };
    };
    executor.setResolver(mutation, QStringLiteral("create_item"), bind(&MondayMutationResolvers::createItem));
    executor.setResolver(mutation, QStringLiteral("change_column_value"),
                         bind(&MondayMutationResolvers::changeColumnValue));
    executor.setResolver(mutation, QStringLiteral("change_simple_column_value"),
                         bind(&MondayMutationResolvers::changeSimpleColumnValue));
    executor.setResolver(mutation, QStringLiteral("change_multiple_column_values"),
                         bind(&MondayMutationResolvers::changeMultipleColumnValues));
    executor.setResolver(mutation, QStringLiteral("archive_item"),
                         [this](const GraphQLFieldContext& context) {
                             return setItemState(context, QStringLiteral("archived"));
                         });
    executor.setResolver(mutation, QStringLiteral("delete_item"), [this](const GraphQLFieldContext& context) {
        return setItemState(context, QStringLiteral("deleted"));
    });
    executor.setResolver(mutation, QStringLiteral("create_column"),
                         bind(&MondayMutationResolvers::createColumn));
    executor.setResolver(mutation, QStringLiteral("create_group"),
                         bind(&MondayMutationResolvers::createGroup));
}

GraphQLResolved MondayMutationResolvers::createItem(const GraphQLFieldContext& context)
{
    const QJsonObject& arguments = context.arguments;
    GraphQLError error;
    const MondayBoard* board = boardOf(arguments, &error);
    if (!board)
        return GraphQLResolved::failure(error);
    const QString name = arguments.value(QStringLiteral("item_name")).toString();
    if (const std::optional<GraphQLError> nameError = checkItemName(name))
        return GraphQLResolved::failure(*nameError);
    const QString groupId = arguments.value(QStringLiteral("group_id")).toString();
    if (!groupId.isEmpty() && !board->group(groupId))
        return GraphQLResolved::failure(
            GraphQLError::application(QStringLiteral("ResourceNotFoundException"),
                                      tr("Group %1 was not found on board %2.").arg(groupId, board->id),
                                      {{QStringLiteral("group_id"), groupId}}));
    QJsonObject values;
    const QJsonValue rawValues = arguments.value(QStringLiteral("column_values"));
    if (!rawValues.isNull() && !rawValues.isUndefined()) {
        const std::optional<QJsonObject> parsed = columnValuesOf(rawValues, &error);
        if (!parsed)
            return GraphQLResolved::failure(error);
        values = *parsed;
    }
    QString ignoredName;
    values.remove(kNameKey); // create_item names the item itself
    const std::optional<Cells> cells =
        cellsFor(*board, values, arguments.value(QStringLiteral("create_labels_if_missing")).toBool(),
                 &ignoredName, &error);
    if (!cells)
        return GraphQLResolved::failure(error);
    const QString itemId = m_store.addItem(board->id, groupId, name, {}, m_clock.nowUtc());
    store(*board, itemId, *cells);
    return MondayQueryResolvers::itemObject(*m_store.item(itemId));
}

GraphQLResolved MondayMutationResolvers::changeColumnValue(const GraphQLFieldContext& context)
{
    GraphQLError error;
    const QString columnId = context.arguments.value(QStringLiteral("column_id")).toString();
    const std::optional<QJsonValue> value = jsonOf(context.arguments.value(QStringLiteral("value")), &error);
    if (!value)
        return GraphQLResolved::failure(error);
    const MondayBoard* board = nullptr;
    const MondayItem* item = itemOnBoard(context.arguments, &board, &error);
    if (!item)
        return GraphQLResolved::failure(error);
    QString newName;
    const std::optional<Cells> cells = cellsFor(
        *board, {{columnId, *value}},
        context.arguments.value(QStringLiteral("create_labels_if_missing")).toBool(), &newName, &error);
    if (!cells)
        return GraphQLResolved::failure(error);
    return changed(*board, *item, *cells, newName.isNull() ? std::nullopt : std::optional<QString>(newName));
}

GraphQLResolved MondayMutationResolvers::changeSimpleColumnValue(const GraphQLFieldContext& context)
{
    GraphQLError error;
    const MondayBoard* board = nullptr;
    const MondayItem* item = itemOnBoard(context.arguments, &board, &error);
    if (!item)
        return GraphQLResolved::failure(error);
    const QString columnId = context.arguments.value(QStringLiteral("column_id")).toString();
    const QJsonValue value = context.arguments.value(QStringLiteral("value"));
    if (columnId == kNameKey) {
        if (const std::optional<GraphQLError> nameError = checkItemName(value.toString()))
            return GraphQLResolved::failure(*nameError);
        return changed(*board, *item, {}, value.toString());
    }
    const MondayColumn* column = board->column(columnId);
    if (!column)
        return GraphQLResolved::failure(unknownColumn(columnId));
    const MondayCellWriter writer(
        m_store, m_clock.nowUtc(),
        context.arguments.value(QStringLiteral("create_labels_if_missing")).toBool());
    const std::optional<MondayCellWriter::Written> written = writer.fromSimple(*column, value, &error);
    if (!written)
        return GraphQLResolved::failure(error);
    return changed(*board, *item, {{columnId, *written}}, std::nullopt);
}

GraphQLResolved MondayMutationResolvers::changeMultipleColumnValues(const GraphQLFieldContext& context)
{
    GraphQLError error;
    const MondayBoard* board = nullptr;
    const MondayItem* item = itemOnBoard(context.arguments, &board, &error);
    if (!item)
        return GraphQLResolved::failure(error);
    const std::optional<QJsonObject> values =
        columnValuesOf(context.arguments.value(QStringLiteral("column_values")), &error);
    if (!values)
        return GraphQLResolved::failure(error);
    QString newName;
    const std::optional<Cells> cells = cellsFor(
        *board, *values, context.arguments.value(QStringLiteral("create_labels_if_missing")).toBool(),
        &newName, &error);
    if (!cells)
        return GraphQLResolved::failure(error);
    return changed(*board, *item, *cells,
                   values->contains(kNameKey) ? std::optional<QString>(newName) : std::nullopt);
}

GraphQLResolved MondayMutationResolvers::setItemState(const GraphQLFieldContext& context,
                                                      const QString& state)
{
    GraphQLError error;
    const MondayItem* item = itemOf(context.arguments.value(QStringLiteral("item_id")), nullptr, &error);
    if (!item)
        return GraphQLResolved::failure(error);
    const QString itemId = item->id;
    m_store.setItemState(itemId, state, m_clock.nowUtc());
    return MondayQueryResolvers::itemObject(*m_store.item(itemId));
}

GraphQLResolved MondayMutationResolvers::createColumn(const GraphQLFieldContext& context)
{
    GraphQLError error;
    const MondayBoard* board = boardOf(context.arguments, &error);
    if (!board)
        return GraphQLResolved::failure(error);
    MondayColumn column;
    column.id = context.arguments.value(QStringLiteral("id")).toString();
    column.title = context.arguments.value(QStringLiteral("title")).toString();
    column.type = context.arguments.value(QStringLiteral("column_type")).toString();
    const QJsonValue defaults = context.arguments.value(QStringLiteral("defaults"));
    if (!defaults.isNull() && !defaults.isUndefined()) {
        const std::optional<QJsonValue> settings = jsonOf(defaults, &error);
        if (!settings)
            return GraphQLResolved::failure(error);
        column.settings = settings->toObject();
    }
    if (!column.id.isEmpty() && board->column(column.id))
        return GraphQLResolved::failure(
            GraphQLError::application(QStringLiteral("InvalidColumnIdException"),
                                      tr("A column with the ID %1 already exists").arg(column.id),
                                      {{QStringLiteral("column_id"), column.id}}));
    const QString id = m_store.addColumn(board->id, column);
    return MondayQueryResolvers::columnObject(*m_store.board(board->id)->column(id));
}

GraphQLResolved MondayMutationResolvers::createGroup(const GraphQLFieldContext& context)
{
    GraphQLError error;
    const MondayBoard* board = boardOf(context.arguments, &error);
    if (!board)
        return GraphQLResolved::failure(error);
    const QString color =
        context.arguments.value(QStringLiteral("group_color")).toString(QStringLiteral("#579bfc"));
    const QString id =
        m_store.addGroup(board->id, context.arguments.value(QStringLiteral("group_name")).toString(), color);
    return MondayQueryResolvers::groupObject(*m_store.board(board->id)->group(id));
}

const MondayBoard* MondayMutationResolvers::boardOf(const QJsonObject& arguments, GraphQLError* error) const
{
    const QString boardId = idOf(arguments.value(QStringLiteral("board_id")));
    const MondayBoard* board = m_store.board(boardId);
    if (!board || board->state == QLatin1String("deleted")) {
        *error = GraphQLError::application(QStringLiteral("InvalidBoardIdException"), tr("Board not found"),
                                           {{QStringLiteral("board_id"), boardId}});
        return nullptr;
    }
    return board;
}

const MondayItem* MondayMutationResolvers::itemOnBoard(const QJsonObject& arguments,
                                                       const MondayBoard** board, GraphQLError* error) const
{
    *board = boardOf(arguments, error);
    return *board ? itemOf(arguments.value(QStringLiteral("item_id")), *board, error) : nullptr;
}

GraphQLError MondayMutationResolvers::unknownColumn(const QString& columnId)
{
    return GraphQLError::application(QStringLiteral("InvalidColumnIdException"),
                                     tr("This column ID doesn't exist for the board"),
                                     {{QStringLiteral("column_id"), columnId}});
}

const MondayItem* MondayMutationResolvers::itemOf(const QJsonValue& itemIdValue, const MondayBoard* board,
                                                  GraphQLError* error) const
{
    const QString itemId = idOf(itemIdValue);
    const MondayItem* item = m_store.item(itemId);
    if (!item || item->state == QLatin1String("deleted") || (board && item->boardId != board->id)) {
        *error = GraphQLError::application(QStringLiteral("ResourceNotFoundException"),
                                           tr("Item %1 was not found on the board.").arg(itemId),
                                           {{QStringLiteral("item_id"), itemId}});
        return nullptr;
    }
    return item;
}

// monday's JSON scalar travels as a JSON-encoded string (monday.md §4); a literal object is taken as well.
std::optional<QJsonValue> MondayMutationResolvers::jsonOf(const QJsonValue& argument, GraphQLError* error)
{
    if (!argument.isString())
        return argument;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArrayLiteral("[") + argument.toString().toUtf8() + QByteArrayLiteral("]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        *error =
            GraphQLError::application(QStringLiteral("ColumnValueException"),
                                      tr("The value is not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    return document.array().first();
}

std::optional<QJsonObject> MondayMutationResolvers::columnValuesOf(const QJsonValue& argument,
                                                                   GraphQLError* error)
{
    const std::optional<QJsonValue> value = jsonOf(argument, error);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        *error = GraphQLError::application(QStringLiteral("ColumnValueException"),
                                           tr("column_values must be a JSON object keyed by column id"));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<MondayMutationResolvers::Cells>
MondayMutationResolvers::cellsFor(const MondayBoard& board, const QJsonObject& values, bool createLabels,
                                  QString* newName, GraphQLError* error) const
{
    const MondayCellWriter writer(m_store, m_clock.nowUtc(), createLabels);
    Cells cells;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() == kNameKey) {
            if (const std::optional<GraphQLError> nameError = checkItemName(it.value().toString())) {
                *error = *nameError;
                return std::nullopt;
            }
            *newName = it.value().toString();
            continue;
        }
        const MondayColumn* column = board.column(it.key());
        if (!column) {
            *error = unknownColumn(it.key());
            return std::nullopt;
        }
        const std::optional<MondayCellWriter::Written> written = writer.fromJson(*column, it.value(), error);
        if (!written)
            return std::nullopt;
        cells.append({it.key(), *written});
    }
    return cells;
}

std::optional<GraphQLError> MondayMutationResolvers::checkItemName(const QString& name)
{
    if (!name.isEmpty() && name.size() <= kMaxItemNameLength)
        return std::nullopt;
    return GraphQLError::application(
        QStringLiteral("ItemNameTooLongException"),
        tr("Item name must be between 1 and %1 characters long").arg(kMaxItemNameLength));
}

void MondayMutationResolvers::store(const MondayBoard& board, const QString& itemId, const Cells& cells)
{
    const QString boardId = board.id;
    for (const auto& [columnId, written] : cells) {
        if (written.newSettings)
            m_store.setColumnSettings(boardId, columnId, *written.newSettings);
        m_store.setCell(itemId, columnId, written.cell, m_clock.nowUtc());
    }
}

GraphQLResolved MondayMutationResolvers::changed(const MondayBoard& board, const MondayItem& item,
                                                 const Cells& cells, const std::optional<QString>& newName)
{
    const QString itemId = item.id;
    store(board, itemId, cells);
    if (newName)
        m_store.setItemName(itemId, *newName, m_clock.nowUtc());
    return MondayQueryResolvers::itemObject(*m_store.item(itemId));
}

} // namespace mlc::sandbox
