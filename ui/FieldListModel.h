#pragma once

#include "bc/BcEntity.h"
#include "bc/BcField.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace mlc::ui {

// The fields of one Business Central entity for the mapping editor's left side: name, type and the value a
// real record holds (enums decoded). Rows are dragged onto the board's columns; the drag carries the field
// names as kMimeType.
class FieldListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        SampleColumn,
        ColumnCount
    };
    static QString mimeType() { return QStringLiteral("application/x-ml-connector-bc-field"); }

    explicit FieldListModel(QObject* parent = nullptr);

    void setEntity(BcEntity entity);
    BcEntity entity() const { return m_entity; }
    // One record of the entity as BC sent it, for the sample column; empty clears it.
    void setSample(const QJsonObject& record);
    const QJsonObject& sample() const { return m_sample; }
    QString fieldAt(int row) const;
    int rowOf(const QString& field) const;

    // A field's value as the admin reads it: enums decoded, the empty date blank.
    static QString displayValue(BcEntity entity, const BcField& field, const QJsonValue& value);
    static QString typeName(BcFieldType type);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    const QList<BcField>& fields() const;

    BcEntity m_entity = BcEntity::Vendors;
    QJsonObject m_sample;
};

} // namespace mlc::ui
