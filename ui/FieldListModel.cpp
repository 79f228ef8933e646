#include "FieldListModel.h"

#include "bc/BcEntityCatalogue.h"
#include "bc/BcEnumCodec.h"

#include <QMimeData>

namespace mlc::ui {

FieldListModel::FieldListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FieldListModel::setEntity(BcEntity entity)
{
    beginResetModel();
    m_entity = entity;
    m_sample = QJsonObject();
    endResetModel();
}

void FieldListModel::setSample(const QJsonObject& record)
{
    m_sample = record;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SampleColumn), index(rowCount() - 1, SampleColumn));
}

const QList<BcField>& FieldListModel::fields() const
{
    return BcEntityCatalogue::info(m_entity).fields;
}

QString FieldListModel::fieldAt(int row) const
{
    return row >= 0 && row < fields().size() ? fields().at(row).name : QString();
}

int FieldListModel::rowOf(const QString& field) const
{
    for (int row = 0; row < fields().size(); ++row) {
        if (fields().at(row).name == field)
            return row;
    }
    return -1;
}

QString FieldListModel::typeName(BcFieldType type)
{
    switch (type) {
    case BcFieldType::Guid:
        return tr("ID");
    case BcFieldType::String:
        return tr("Text");
    case BcFieldType::Decimal:
        return tr("Number");
    case BcFieldType::Boolean:
        return tr("Yes/no");
    case BcFieldType::Date:
        return tr("Date");
    case BcFieldType::DateTime:
        return tr("Date and time");
    case BcFieldType::Enum:
        return tr("Choice");
    }
    return QString();
}

QString FieldListModel::displayValue(BcEntity entity, const BcField& field, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (field.isEnum())
        return BcEnumCodec::displayText(entity, field.name, value.toString());
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', value.toDouble() == qRound64(value.toDouble()) ? 0 : 2);
    if (field.type == BcFieldType::Date && value.toString() == QLatin1String("0001-01-01"))
        return QString(); // BC's "no date"
    return value.toString();
}

int FieldListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(fields().size());
}

int FieldListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const BcField& field = fields().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return field.name;
        case TypeColumn:
            return typeName(field.type);
        case SampleColumn:
            return displayValue(m_entity, field, m_sample.value(field.name));
        }
    }
    return QVariant();
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case SampleColumn:
        return tr("Sample value");
    }
    return QVariant();
}

Qt::ItemFlags FieldListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList FieldListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* FieldListModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList names;
    for (const QModelIndex& index : indexes) {
        const QString name = fieldAt(index.row());
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    if (names.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), names.join(QLatin1Char('\n')).toUtf8());
    mime->setText(names.join(QLatin1Char('\n')));
    return mime;
}

Qt::DropActions FieldListModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

} // namespace mlc::ui
