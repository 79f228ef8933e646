#pragma once

#include "bc/BcEntity.h"
#include "monday/MondayBoardStructure.h"
#include "sync/ColumnMapping.h"

#include <QAbstractTableModel>

namespace mlc::ui {

// The board's columns for the mapping editor's right side, each with the Business Central field mapped to
// it. A field is mapped by dropping it on a column (dropMimeData) or by map() from the keyboard; a field the
// column cannot hold is refused with the reason. While a field is being dragged, setCandidateField() marks
// which columns can take it, before the drop.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        TypeColumn,
        FieldColumn,
        ColumnCount
    };
    enum Role
    {
        // Why the candidate field cannot go into this column; empty when it can.
        RefusalRole = Qt::UserRole + 1,
        ColumnIdRole,
    };

    explicit ColumnMappingModel(QObject* parent = nullptr);

    // Starts over with `columns` of `entity` on `board`; the BC id column is the connector's own.
    void reset(BcEntity entity, const MondayBoardStructure& board, const QList<ColumnMapping>& columns,
               const QString& bcIdColumn);
    void setBcIdColumn(const QString& columnId);
    const QList<ColumnMapping>& columnMappings() const { return m_mappings; }
    const MondayBoardStructure& board() const { return m_board; }
    const MondayColumn* columnAt(int row) const;
    int rowOf(const QString& columnId) const;
    // The mapping of the column at `row`, when one is mapped.
    const ColumnMapping* mappingAt(int row) const;

    // Why `field` cannot go into the column at `row`, in words; empty when it can.
    QString whyNot(const QString& field, int row) const;
    // Maps `field` to the column at `row`, replacing what it held; on false *why says why not.
    bool map(const QString& field, int row, QString* why);
    void unmap(int row);
    // Replaces the value map or the linked entity of the column at `row`.
    void setValues(int row, const QMap<QString, QString>& values);
    void setLinkTo(int row, const std::optional<BcEntity>& linkTo);
    void setCreateLabels(int row, bool createLabels);

    void setCandidateField(const QString& field);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // The entity a board_relation column most likely links to, from the field's name (vendorId: vendors).
    static std::optional<BcEntity> guessLinkTo(const QString& field);

Q_SIGNALS:
    void mappingsChanged();
    // A drop the column cannot take, with the reason for the admin.
    void dropRefused(const QString& reason);

private:
    static QString fieldIn(const QMimeData* data);
    int indexOfMapping(const QString& columnId) const;
    void rowChanged(int row);
    template <typename T>
    void setSetting(int row, T ColumnMapping::*setting, const T& value);

    BcEntity m_entity = BcEntity::Vendors;
    MondayBoardStructure m_board;
    QList<MondayColumn> m_columns; // the board's, without the item name
    QList<ColumnMapping> m_mappings;
    QString m_bcIdColumn;
    QString m_candidate;
};

} // namespace mlc::ui
