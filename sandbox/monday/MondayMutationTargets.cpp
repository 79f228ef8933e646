#include "MondayMutationTargets.h"

#include "MondayBoardStore.h"

namespace mlc::sandbox {

namespace {

QString argumentValue(const GraphQLField& field, const QString& name, const QJsonObject& variables)
{
    for (const GraphQLArgument& argument : field.arguments) {
        if (argument.name != name)
            continue;
        if (argument.value.kind == GraphQLValue::Kind::Variable)
            return variables.value(argument.value.text).toVariant().toString();
        return argument.value.text;
    }
    return {};
}

} // namespace

QStringList MondayMutationTargets::boardsOf(const MondayOperation& operation, const MondayBoardStore& store)
{
    QStringList boards;
    if (!operation.isMutation || !operation.operation)
        return boards;
    for (const GraphQLSelection& selection : operation.operation->selections) {
        if (selection.kind != GraphQLSelection::Kind::Field)
            continue;
        QString board = argumentValue(selection.field, QStringLiteral("board_id"), operation.variables);
        if (board.isEmpty()) {
            const MondayItem* item =
                store.item(argumentValue(selection.field, QStringLiteral("item_id"), operation.variables));
            board = item ? item->boardId : QString();
        }
        if (!board.isEmpty() && !boards.contains(board))
            boards.append(board);
    }
    return boards;
}

} // namespace mlc::sandbox
