#pragma once

#include "bc/BcEntity.h"
#include "monday/MondayColumn.h"

#include <QAbstractTableModel>
#include <QMap>

namespace mlc::ui {

// The value map of one status or dropdown column: each value the Business Central field can take (an enum's
// members, decoded for reading) and the board label it becomes. A label the column does not have is flagged;
// the admin picks one it has, or adds it on the board. Without an entry a value is written as its decoded
// text, which is what the label column shows then.
class ValueMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BcValueColumn,
        LabelColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        WireValueRole = Qt::UserRole + 1,
        MissingRole, // bool: the label is not on the board
    };

    explicit ValueMapModel(QObject* parent = nullptr);

    // `values` is the column mapping's map (BC wire value → label); `column` the board's column.
    void reset(BcEntity entity, const QString& field, const MondayColumn& column,
               const QMap<QString, QString>& values);
    void clear();
    const QMap<QString, QString>& values() const { return m_values; }
    // The active labels of the column, for the editor to offer.
    QStringList boardLabels() const { return m_column.activeLabelTexts(); }
    // The labels the map uses that the board lacks.
    QStringList missingLabels() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void valuesChanged(const QMap<QString, QString>& values);

private:
    QString labelFor(int row) const;
    bool isMissing(const QString& label) const;

    BcEntity m_entity = BcEntity::Vendors;
    QString m_field;
    MondayColumn m_column;
    QStringList m_wireValues;
    QMap<QString, QString> m_values;
};

} // namespace mlc::ui
