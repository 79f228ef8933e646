#include "ColumnMappingModel.h"

#include "FieldListModel.h"
#include "bc/BcEntityCatalogue.h"
#include "sync/ColumnCompatibility.h"

#include <QBrush>
#include <QColor>
#include <QMimeData>

namespace mlc::ui {

ColumnMappingModel::ColumnMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ColumnMappingModel::reset(BcEntity entity, const MondayBoardStructure& board,
                               const QList<ColumnMapping>& columns, const QString& bcIdColumn)
{
    beginResetModel();
    m_entity = entity;
    m_board = board;
    m_columns.clear();
    for (const MondayColumn& column : board.columns) {
        if (column.typeName() != QLatin1String("name")) // the item's name has its own setting
            m_columns.append(column);
    }
    m_mappings = columns;
    m_bcIdColumn = bcIdColumn;
    m_candidate.clear();
    endResetModel();
}

void ColumnMappingModel::setBcIdColumn(const QString& columnId)
{
    if (m_bcIdColumn == columnId)
        return;
    const int before = rowOf(m_bcIdColumn);
    m_bcIdColumn = columnId;
    // The connector writes the id there; a field mapped to it as well would fight it.
    const int mapped = indexOfMapping(columnId);
    if (mapped >= 0)
        m_mappings.removeAt(mapped);
    rowChanged(before);
    rowChanged(rowOf(columnId));
    Q_EMIT mappingsChanged();
}

const MondayColumn* ColumnMappingModel::columnAt(int row) const
{
    return row >= 0 && row < m_columns.size() ? &m_columns.at(row) : nullptr;
}

int ColumnMappingModel::rowOf(const QString& columnId) const
{
    for (int row = 0; row < m_columns.size(); ++row) {
        if (m_columns.at(row).id() == columnId)
            return row;
    }
    return -1;
}

int ColumnMappingModel::indexOfMapping(const QString& columnId) const
{
    for (int i = 0; i < m_mappings.size(); ++i) {
        if (m_mappings.at(i).column == columnId)
            return i;
    }
    return -1;
}

const ColumnMapping* ColumnMappingModel::mappingAt(int row) const
{
    const MondayColumn* column = columnAt(row);
    const int index = column ? indexOfMapping(column->id()) : -1;
    return index >= 0 ? &m_mappings.at(index) : nullptr;
}

QString ColumnMappingModel::whyNot(const QString& field, int row) const
{
    const MondayColumn* column = columnAt(row);
    if (!column)
        return tr("Drop the field on one of the board's columns.");
    const BcField* bcField = BcEntityCatalogue::field(m_entity, field);
    if (!bcField)
        return tr("\"%1\" is not a field of %2.").arg(field, BcEntityCatalogue::info(m_entity).displayName);
    if (column->id() == m_bcIdColumn)
        return tr("\"%1\" holds the Business Central id, which the connector writes itself.")
            .arg(column->title());
    const QString why = ColumnCompatibility::whyNot(bcField->type, column->type(), column->typeName());
    return why.isEmpty() ? QString()
                         : tr("\"%1\" cannot go into \"%2\": %3").arg(field, column->title(), why);
}

bool ColumnMappingModel::map(const QString& field, int row, QString* why)
{
    *why = whyNot(field, row);
    if (!why->isEmpty())
        return false;
    const MondayColumn* column = columnAt(row);
    ColumnMapping mapping;
    mapping.field = field;
    mapping.column = column->id();
    if (column->type() == MondayColumnType::BoardRelation)
        mapping.linkTo = guessLinkTo(field);
    const int existing = indexOfMapping(column->id());
    if (existing >= 0) {
        if (m_mappings.at(existing).field == field)
            return true;
        m_mappings[existing] = mapping;
    } else {
        m_mappings.append(mapping);
    }
    rowChanged(row);
    Q_EMIT mappingsChanged();
    return true;
}

void ColumnMappingModel::unmap(int row)
{
    const MondayColumn* column = columnAt(row);
    const int existing = column ? indexOfMapping(column->id()) : -1;
    if (existing < 0)
        return;
    m_mappings.removeAt(existing);
    rowChanged(row);
    Q_EMIT mappingsChanged();
}

// One setting of the mapping of the column at `row`: changed, shown and announced only when it differs.
template <typename T>
void ColumnMappingModel::setSetting(int row, T ColumnMapping::*setting, const T& value)
{
    const MondayColumn* column = columnAt(row);
    const int existing = column ? indexOfMapping(column->id()) : -1;
    if (existing < 0 || m_mappings.at(existing).*setting == value)
        return;
    m_mappings[existing].*setting = value;
    rowChanged(row);
    Q_EMIT mappingsChanged();
}

void ColumnMappingModel::setValues(int row, const QMap<QString, QString>& values)
{
    setSetting(row, &ColumnMapping::values, values);
}

void ColumnMappingModel::setLinkTo(int row, const std::optional<BcEntity>& linkTo)
{
    setSetting(row, &ColumnMapping::linkTo, linkTo);
}

void ColumnMappingModel::setCreateLabels(int row, bool createLabels)
{
    setSetting(row, &ColumnMapping::createLabels, createLabels);
}

void ColumnMappingModel::setCandidateField(const QString& field)
{
    if (m_candidate == field)
        return;
    m_candidate = field;
    if (!m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, RefusalRole});
}

std::optional<BcEntity> ColumnMappingModel::guessLinkTo(const QString& field)
{
    if (field.startsWith(QLatin1String("vendor")))
        return BcEntity::Vendors;
    if (field.startsWith(QLatin1String("customer")) || field.startsWith(QLatin1String("billToCustomer")))
        return BcEntity::Customers;
    return std::nullopt;
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const MondayColumn& column = m_columns.at(index.row());
    const ColumnMapping* mapping = mappingAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return column.title();
        case TypeColumn:
            return column.typeName();
        case FieldColumn:
            if (column.id() == m_bcIdColumn)
                return tr("Business Central id");
            if (!mapping)
                return QString();
            if (mapping->linkTo)
                return tr("%1 → %2").arg(mapping->field,
                                         BcEntityCatalogue::info(*mapping->linkTo).displayName);
            return mapping->field;
        }
        return QVariant();
    case Qt::ToolTipRole:
    case RefusalRole:
        if (m_candidate.isEmpty())
            return role == Qt::ToolTipRole ? QVariant(tr("Column id: %1").arg(column.id())) : QVariant();
        return whyNot(m_candidate, index.row());
    case Qt::BackgroundRole:
        if (m_candidate.isEmpty())
            return QVariant();
        // Before the drop: green where the dragged field fits, grey where it would be refused.
        return QBrush(whyNot(m_candidate, index.row()).isEmpty() ? QColor(0xd7, 0xf0, 0xdb)
                                                                 : QColor(0xee, 0xee, 0xee));
    case Qt::ForegroundRole:
        if (!m_candidate.isEmpty() && !whyNot(m_candidate, index.row()).isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return QVariant();
    case ColumnIdRole:
        return column.id();
    }
    return QVariant();
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn:
        return tr("Board column");
    case TypeColumn:
        return tr("Type");
    case FieldColumn:
        return tr("Mapped field");
    }
    return QVariant();
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

QStringList ColumnMappingModel::mimeTypes() const
{
    return {FieldListModel::mimeType()};
}

Qt::DropActions ColumnMappingModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction | Qt::MoveAction;
}

QString ColumnMappingModel::fieldIn(const QMimeData* data)
{
    if (!data || !data->hasFormat(FieldListModel::mimeType()))
        return QString();
    // One field per column: the first of a multiple selection.
    return QString::fromUtf8(data->data(FieldListModel::mimeType())).section(QLatin1Char('\n'), 0, 0);
}

bool ColumnMappingModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                         const QModelIndex& parent) const
{
    const QString field = fieldIn(data);
    return !field.isEmpty() && parent.isValid() && whyNot(field, parent.row()).isEmpty();
}

bool ColumnMappingModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                      const QModelIndex& parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    const QString field = fieldIn(data);
    if (field.isEmpty())
        return false;
    QString why;
    if (!map(field, parent.isValid() ? parent.row() : -1, &why)) {
        Q_EMIT dropRefused(why);
        return false;
    }
    return true;
}

void ColumnMappingModel::rowChanged(int row)
{
    if (row >= 0 && row < m_columns.size())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace mlc::ui
