#include "BoardPreviewModel.h"

#include "monday/MondayColumnCodec.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>

namespace mlc::ui {

namespace {

QString writtenText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return BoardPreviewModel::tr("(empty)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

BoardPreviewModel::BoardPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BoardPreviewModel::reset(const Mapping& mapping, const MondayBoardStructure& board)
{
    beginResetModel();
    m_mapping = mapping;
    m_board = board;
    m_columnIds = mapping.columnIds();
    m_rows.clear();
    m_differences = 0;
    endResetModel();
}

// A column differs when what the board holds, read back in comparable form, is not what the connector
// recorded as written: the same comparison `reconcile` makes.
bool BoardPreviewModel::differs(const Row& row, int mapped) const
{
    if (!row.link)
        return false;
    const QString& columnId = m_columnIds.at(mapped);
    const MondayColumn* column = m_board.column(columnId);
    if (!column || !row.link->writtenValues.contains(columnId))
        return false;
    return MondayColumnCodec::readBack(*column, row.item.columnValue(columnId)) !=
           row.link->writtenValues.value(columnId);
}

void BoardPreviewModel::append(const QList<MondayItem>& items, const QHash<QString, Link>& links)
{
    if (items.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + items.size() - 1));
    for (const MondayItem& item : items) {
        Row row{item, std::nullopt, {}};
        const auto link = links.constFind(item.id);
        if (link != links.constEnd())
            row.link = link.value();
        for (int mapped = 0; mapped < m_columnIds.size(); ++mapped) {
            row.different.append(differs(row, mapped));
            m_differences += row.different.constLast() ? 1 : 0;
        }
        m_rows.append(row);
    }
    endInsertRows();
}

int BoardPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_columnIds.size());
}

QVariant BoardPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    const int mapped = index.column() - kFixedColumns;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return row.item.name;
        if (index.column() == 1)
            return row.link ? (row.link->bcNumber.isEmpty() ? row.link->bcId : row.link->bcNumber)
                            : tr("not from Business Central");
        return row.item.columnText(m_columnIds.at(mapped));
    case Qt::ToolTipRole:
        if (index.column() == 1 && row.link)
            return tr("Business Central id %1").arg(row.link->bcId);
        if (mapped >= 0 && row.different.at(mapped))
            return tr("The connector last wrote: %1")
                .arg(writtenText(row.link->writtenValues.value(m_columnIds.at(mapped))));
        return QVariant();
    case Qt::ForegroundRole:
        return index.column() == 1 && !row.link ? QBrush(QColor(0x80, 0x80, 0x80)) : QVariant();
    case Qt::BackgroundRole:
        return mapped >= 0 && row.different.at(mapped) ? QBrush(QColor(0xff, 0xe8, 0xb0)) : QVariant();
    case DifferentRole:
        return mapped >= 0 && row.different.at(mapped);
    }
    return QVariant();
}

QVariant BoardPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QVariant();
    if (section == 0)
        return tr("Item");
    if (section == 1)
        return tr("Business Central record");
    const QString& columnId = m_columnIds.at(section - kFixedColumns);
    const MondayColumn* column = m_board.column(columnId);
    return column ? column->title() : columnId;
}

} // namespace mlc::ui
