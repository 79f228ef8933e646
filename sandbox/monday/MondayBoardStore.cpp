#include "MondayBoardStore.h"

#include <QRegularExpression>

namespace mlc::sandbox {

MondayBoardStore::MondayBoardStore()
{
    const QJsonObject plan{{QStringLiteral("max_users"), 10},
                           {QStringLiteral("period"), QStringLiteral("monthly")},
                           {QStringLiteral("tier"), QStringLiteral("pro")},
                           {QStringLiteral("version"), 9}};
    const QJsonObject account{{QStringLiteral("id"), QStringLiteral("23074117")},
                              {QStringLiteral("name"), QStringLiteral("Northwind Distribution")},
                              {QStringLiteral("slug"), QStringLiteral("northwind-distribution")},
                              {QStringLiteral("tier"), QStringLiteral("pro")},
                              {QStringLiteral("plan"), plan},
                              {QStringLiteral("active_members_count"), 7}};
    m_user = QJsonObject{
        {QStringLiteral("id"), QStringLiteral("61204885")},
        {QStringLiteral("name"), QStringLiteral("Dana Whitfield")},
        {QStringLiteral("email"), QStringLiteral("dana.whitfield@northwind.example")},
        {QStringLiteral("account"), account},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("is_admin"), true},
        {QStringLiteral("is_guest"), false},
        {QStringLiteral("is_view_only"), false},
        {QStringLiteral("url"), QStringLiteral("https://northwind-distribution.monday.com/users/61204885")}};
}

QString MondayBoardStore::addBoard(const QString& name, const QList<MondayColumn>& columns,
                                   const QList<MondayGroup>& groups)
{
    MondayBoard board;
    board.id = QString::number(m_nextBoardId++);
    board.name = name;
    board.columns = columns;
    board.groups = groups;
    if (board.groups.isEmpty())
        board.groups.append(
            {QStringLiteral("topics"), QStringLiteral("Group Title"), QStringLiteral("#579bfc")});
    m_boards.append(board);
    return board.id;
}

QString MondayBoardStore::addItem(const QString& boardId, const QString& groupId, const QString& name,
                                  const QHash<QString, MondayCellValue>& cells, const QDateTime& now)
{
    MondayBoard* target = mutableBoard(boardId);
    if (!target || (!groupId.isEmpty() && !target->group(groupId)))
        return {};
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        if (!target->column(it.key()))
            return {};
    }
    MondayItem item;
    item.id = QString::number(m_nextItemId++);
    item.boardId = boardId;
    item.groupId = groupId.isEmpty() ? target->groups.first().id : groupId;
    item.name = name;
    item.createdAt = now;
    item.updatedAt = now;
    item.cells = cells;
    target->items.append(item);
    return item.id;
}

bool MondayBoardStore::setCell(const QString& itemId, const QString& columnId, const MondayCellValue& value,
                               const QDateTime& now)
{
    MondayItem* target = mutableItem(itemId);
    if (!target || !board(target->boardId)->column(columnId))
        return false;
    target->cells.insert(columnId, value);
    target->updatedAt = now;
    return true;
}

bool MondayBoardStore::setItemState(const QString& itemId, const QString& state, const QDateTime& now)
{
    MondayItem* target = mutableItem(itemId);
    if (!target)
        return false;
    target->state = state;
    target->updatedAt = now;
    return true;
}

bool MondayBoardStore::setItemName(const QString& itemId, const QString& name, const QDateTime& now)
{
    MondayItem* target = mutableItem(itemId);
    if (!target)
        return false;
    target->name = name;
    target->updatedAt = now;
    return true;
}

QString MondayBoardStore::addColumn(const QString& boardId, MondayColumn column)
{
    MondayBoard* target = mutableBoard(boardId);
    if (!target)
        return {};
    if (column.id.isEmpty()) {
        // monday derives ids from the title and makes them unique with a suffix.
        const QString base = column.title.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                                            QStringLiteral("_"));
        column.id = base.isEmpty() ? column.type : base;
        for (int n = 1; target->column(column.id); ++n)
            column.id = (base.isEmpty() ? column.type : base) + QStringLiteral("_%1").arg(n);
    }
    if (target->column(column.id))
        return {};
    target->columns.append(column);
    return column.id;
}

QString MondayBoardStore::addGroup(const QString& boardId, const QString& title, const QString& color)
{
    MondayBoard* target = mutableBoard(boardId);
    if (!target)
        return {};
    const QString id = QStringLiteral("group_mk%1").arg(m_nextGroupNumber++);
    target->groups.append({id, title, color});
    return id;
}

bool MondayBoardStore::setColumnSettings(const QString& boardId, const QString& columnId,
                                         const QJsonObject& settings)
{
    MondayBoard* target = mutableBoard(boardId);
    if (!target)
        return false;
    for (MondayColumn& column : target->columns) {
        if (column.id == columnId) {
            column.settings = settings;
            return true;
        }
    }
    return false;
}

const MondayBoard* MondayBoardStore::board(const QString& boardId) const
{
    for (const MondayBoard& b : m_boards) {
        if (b.id == boardId)
            return &b;
    }
    return nullptr;
}

const MondayBoard* MondayBoardStore::boardByName(const QString& name) const
{
    for (const MondayBoard& b : m_boards) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

MondayBoard* MondayBoardStore::mutableBoard(const QString& boardId)
{
    return const_cast<MondayBoard*>(board(boardId));
}

const MondayItem* MondayBoardStore::item(const QString& itemId) const
{
    for (const MondayBoard& b : m_boards) {
        for (const MondayItem& i : b.items) {
            if (i.id == itemId)
                return &i;
        }
    }
    return nullptr;
}

MondayItem* MondayBoardStore::mutableItem(const QString& itemId)
{
    return const_cast<MondayItem*>(item(itemId));
}

std::optional<MondayCellValue> MondayBoardStore::cell(const QString& itemId, const QString& columnId) const
{
    const MondayItem* found = item(itemId);
    const MondayColumn* column = found ? board(found->boardId)->column(columnId) : nullptr;
    if (!column)
        return std::nullopt;
    return found->cells.value(columnId, MondayCellValue::empty(column->type));
}

} // namespace mlc::sandbox
