#include "ValueMapModel.h"

#include "bc/BcEntityCatalogue.h"
#include "bc/BcEnumCodec.h"

#include <QBrush>
#include <QColor>

namespace mlc::ui {

ValueMapModel::ValueMapModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ValueMapModel::reset(BcEntity entity, const QString& field, const MondayColumn& column,
                          const QMap<QString, QString>& values)
{
    beginResetModel();
    m_entity = entity;
    m_field = field;
    m_column = column;
    m_values = values;
    m_wireValues.clear();
    const BcField* bcField = BcEntityCatalogue::field(entity, field);
    if (bcField && bcField->isEnum())
        m_wireValues = bcField->memberWireValues();
    // Entries for values the catalogue does not know (a tenant's enum extension) stay editable too.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!m_wireValues.contains(it.key()))
            m_wireValues.append(it.key());
    }
    endResetModel();
}

void ValueMapModel::clear()
{
    beginResetModel();
    m_field.clear();
    m_column = MondayColumn();
    m_wireValues.clear();
    m_values.clear();
    endResetModel();
}

QString ValueMapModel::labelFor(int row) const
{
    const QString& wire = m_wireValues.at(row);
    return m_values.value(wire, BcEnumCodec::displayText(m_entity, m_field, wire));
}

bool ValueMapModel::isMissing(const QString& label) const
{
    return !label.isEmpty() && !m_column.labelId(label).has_value();
}

QStringList ValueMapModel::missingLabels() const
{
    QStringList missing;
    for (int row = 0; row < m_wireValues.size(); ++row) {
        const QString label = labelFor(row);
        if (isMissing(label) && !missing.contains(label))
            missing << label;
    }
    return missing;
}

int ValueMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_wireValues.size());
}

int ValueMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValueMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const QString& wire = m_wireValues.at(index.row());
    const QString label = labelFor(index.row());
    const bool missing = isMissing(label);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case BcValueColumn:
            return BcEnumCodec::displayText(m_entity, m_field, wire);
        case LabelColumn:
            return label;
        case StateColumn:
            return missing ? tr("Not on the board") : tr("On the board");
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == BcValueColumn)
            return tr("Sent by Business Central as \"%1\"").arg(wire);
        if (missing)
            return tr("The column \"%1\" has no label \"%2\". Choose one it has (%3), or add the label on "
                      "the "
                      "board; until then these records cannot be written.")
                .arg(m_column.title(), label, m_column.activeLabelTexts().join(QStringLiteral(", ")));
        return QVariant();
    case Qt::ForegroundRole:
        return missing && index.column() != BcValueColumn ? QBrush(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    case WireValueRole:
        return wire;
    case MissingRole:
        return missing;
    }
    return QVariant();
}

bool ValueMapModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != LabelColumn)
        return false;
    const QString label = value.toString().trimmed();
    const QString& wire = m_wireValues.at(index.row());
    // The decoded text is what an unmapped value becomes anyway; an entry for it would only be noise.
    if (label.isEmpty() || label == BcEnumCodec::displayText(m_entity, m_field, wire))
        m_values.remove(wire);
    else
        m_values.insert(wire, label);
    Q_EMIT dataChanged(this->index(index.row(), LabelColumn), this->index(index.row(), StateColumn));
    Q_EMIT valuesChanged(m_values);
    return true;
}

QVariant ValueMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case BcValueColumn:
        return tr("Business Central value");
    case LabelColumn:
        return tr("Board label");
    case StateColumn:
        return tr("Label");
    }
    return QVariant();
}

Qt::ItemFlags ValueMapModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == LabelColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace mlc::ui
