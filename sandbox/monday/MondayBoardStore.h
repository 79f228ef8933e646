#pragma once

#include "MondayBoard.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mlc::sandbox {

// The state of a simulated monday account: the token's user, its account, and the boards. It knows nothing
// of GraphQL; the resolvers read it and, later, the mutations write it. Ids are numeric strings from
// counters, so the same calls give the same ids.
class MondayBoardStore
{
public:
    MondayBoardStore();

    // The user behind the token and their account, as the `me` query returns them (account nested).
    QJsonObject user() const { return m_user; }
    QJsonObject account() const { return m_user.value(QStringLiteral("account")).toObject(); }
    void setUser(const QJsonObject& user) { m_user = user; }

    // Returns the new board's id. The first group is the board's top group.
    QString addBoard(const QString& name, const QList<MondayColumn>& columns,
                     const QList<MondayGroup>& groups);
    // Returns the new item's id, or an empty string for an unknown board or group. An empty `groupId` puts
    // the item in the top group. Cells of unknown columns are refused the same way.
    QString addItem(const QString& boardId, const QString& groupId, const QString& name,
                    const QHash<QString, MondayCellValue>& cells, const QDateTime& now);
    bool setCell(const QString& itemId, const QString& columnId, const MondayCellValue& cell,
                 const QDateTime& now);
    bool setItemState(const QString& itemId, const QString& state, const QDateTime& now);
    bool setItemName(const QString& itemId, const QString& name, const QDateTime& now);
    // Returns the new column's id (the given one, or one derived from its title), or an empty string for an
    // unknown board or a column id the board already has.
    QString addColumn(const QString& boardId, MondayColumn column);
    // Returns the new group's id, or an empty string for an unknown board.
    QString addGroup(const QString& boardId, const QString& title, const QString& color);
    bool setColumnSettings(const QString& boardId, const QString& columnId, const QJsonObject& settings);

    const QList<MondayBoard>& boards() const { return m_boards; }
    const MondayBoard* board(const QString& boardId) const;
    const MondayBoard* boardByName(const QString& name) const;
    const MondayItem* item(const QString& itemId) const;
    // The stored cell, or the column type's empty cell; nullopt for an unknown item or column.
    std::optional<MondayCellValue> cell(const QString& itemId, const QString& columnId) const;

private:
    MondayBoard* mutableBoard(const QString& boardId);
    MondayItem* mutableItem(const QString& itemId);

    QJsonObject m_user;
    QList<MondayBoard> m_boards;
    qint64 m_nextBoardId = 5084200001;
    qint64 m_nextItemId = 9120000001;
    int m_nextGroupNumber = 1;
};

} // namespace mlc::sandbox
