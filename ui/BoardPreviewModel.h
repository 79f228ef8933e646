#pragma once

#include "monday/MondayBoardStructure.h"
#include "monday/MondayItem.h"
#include "store/Link.h"
#include "sync/Mapping.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mlc::ui {

// A mapped board's items as monday holds them, for the Board preview: the item's name, the Business Central
// record it came from, then each mapped column as the board shows it. A cell that differs from what the
// connector last wrote there (someone changed it on the board, or a write is still due) is highlighted and
// says what was written.
class BoardPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        DifferentRole = Qt::UserRole + 1, // bool: the board differs from the connector's last write
    };
    static constexpr int kFixedColumns = 2; // item, BC record

    explicit BoardPreviewModel(QObject* parent = nullptr);

    void reset(const Mapping& mapping, const MondayBoardStructure& board);
    // Items as a page of the board scan brings them, with the links the connector keeps for them (by item).
    void append(const QList<MondayItem>& items, const QHash<QString, Link>& links);
    int differences() const { return m_differences; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        MondayItem item;
        std::optional<Link> link;
        QList<bool> different; // per mapped column
    };
    bool differs(const Row& row, int mapped) const;

    Mapping m_mapping;
    MondayBoardStructure m_board;
    QStringList m_columnIds; // the mapped columns, in the mapping's order
    QList<Row> m_rows;
    int m_differences = 0;
};

} // namespace mlc::ui
