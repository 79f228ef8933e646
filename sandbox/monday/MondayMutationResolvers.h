#pragma once

#include "GraphQLExecutor.h"
#include "MondayCellWriter.h"

#include <QCoreApplication>
#include <QHash>

namespace mlc {
class Clock;
}

namespace mlc::sandbox {

class MondayBoardStore;

// The resolvers of monday's write side (monday.md §4): create_item, change_column_value,
// change_simple_column_value, change_multiple_column_values, archive_item, delete_item, create_column and
// create_group. Each validates every value it was given before it changes anything, so a refused mutation
// leaves the board as it was; errors are monday's application errors (HTTP 200, errors[].extensions.code).
class MondayMutationResolvers
{
    Q_DECLARE_TR_FUNCTIONS(MondayMutationResolvers)

public:
    static constexpr int kMaxItemNameLength = 255;

    MondayMutationResolvers(MondayBoardStore& store, const Clock& clock);

    // The Mutation fields, with monday's own signatures, to add to the schema.
    static QString sdl();
    void install(GraphQLExecutor& executor);

private:
    using Cells = QList<QPair<QString, MondayCellWriter::Written>>;

    GraphQLResolved createItem(const GraphQLFieldContext& context);
    GraphQLResolved changeColumnValue(const GraphQLFieldContext& context);
    GraphQLResolved changeSimpleColumnValue(const GraphQLFieldContext& context);
    GraphQLResolved changeMultipleColumnValues(const GraphQLFieldContext& context);
    GraphQLResolved setItemState(const GraphQLFieldContext& context, const QString& state);
    GraphQLResolved createColumn(const GraphQLFieldContext& context);
    GraphQLResolved createGroup(const GraphQLFieldContext& context);

    const MondayBoard* boardOf(const QJsonObject& arguments, GraphQLError* error) const;
    // The item of `item_id` on the board of `board_id`, or the error that says which is missing.
    const MondayItem* itemOnBoard(const QJsonObject& arguments, const MondayBoard** board,
                                  GraphQLError* error) const;
    static GraphQLError unknownColumn(const QString& columnId);
    const MondayItem* itemOf(const QJsonValue& itemId, const MondayBoard* board, GraphQLError* error) const;
    static std::optional<QJsonObject> columnValuesOf(const QJsonValue& argument, GraphQLError* error);
    static std::optional<QJsonValue> jsonOf(const QJsonValue& argument, GraphQLError* error);
    // Every value checked; nothing stored. `newName` receives the "name" key of
    // change_multiple_column_values.
    std::optional<Cells> cellsFor(const MondayBoard& board, const QJsonObject& values, bool createLabels,
                                  QString* newName, GraphQLError* error) const;
    static std::optional<GraphQLError> checkItemName(const QString& name);
    void store(const MondayBoard& board, const QString& itemId, const Cells& cells);
    GraphQLResolved changed(const MondayBoard& board, const MondayItem& item, const Cells& cells,
                            const std::optional<QString>& newName);

    MondayBoardStore& m_store;
    const Clock& m_clock;
};

} // namespace mlc::sandbox
