#include "MondayBoardStructure.h"

#include <QJsonArray>

namespace mlc {

const MondayColumn* MondayBoardStructure::column(const QString& columnId) const
{
    for (const MondayColumn& candidate : columns) {
        if (candidate.id() == columnId)
            return &candidate;
    }
    return nullptr;
}

std::optional<MondayBoardStructure> MondayBoardStructure::fromJson(const QJsonObject& board)
{
    MondayBoardStructure structure;
    // ID is a string on the wire, but a number is valid JSON for it too.
    structure.id = board.value(QStringLiteral("id")).toVariant().toString();
    if (structure.id.isEmpty())
        return std::nullopt;
    structure.name = board.value(QStringLiteral("name")).toString();
    structure.state = board.value(QStringLiteral("state")).toString();
    structure.boardKind = board.value(QStringLiteral("board_kind")).toString();
    structure.topGroupId =
        board.value(QStringLiteral("top_group")).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray columns = board.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& column : columns)
        structure.columns.append(MondayColumn::fromJson(column.toObject()));
    const QJsonArray groups = board.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue& group : groups) {
        const QJsonObject object = group.toObject();
        structure.groups.append({object.value(QStringLiteral("id")).toString(),
                                 object.value(QStringLiteral("title")).toString()});
    }
    return structure;
}

QList<MondayBoardStructure> MondayBoardStructure::listFromData(const QJsonObject& data)
{
    QList<MondayBoardStructure> boards;
    const QJsonArray array = data.value(QStringLiteral("boards")).toArray();
    for (const QJsonValue& board : array) {
        if (std::optional<MondayBoardStructure> structure = fromJson(board.toObject()))
            boards.append(*structure);
    }
    return boards;
}

} // namespace mlc
