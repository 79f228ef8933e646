#pragma once

#include "store/AuditEntry.h"
#include "store/AuditFilter.h"

#include <QAbstractTableModel>

namespace mlc {
class Database;
}

namespace mlc::ui {

// The audit trail as a table, newest first, read lazily a page at a time (AuditLog's keyset paging), so a
// trail of a million entries opens with one page read and scrolls by fetching more as the view asks. Reads
// through the GUI's own read-only connection; the engine keeps appending meanwhile, which a refresh() shows.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        MappingColumn,
        EventColumn,
        RecordColumn,
        ItemColumn,
        ErrorColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 500;

    explicit AuditModel(Database& database, QObject* parent = nullptr);

    // Shows the entries `filter` selects (its beforeId and limit are the model's own business).
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    // Reads again from the newest entry.
    void refresh();
    // Adds the entries appended since the newest shown at the top, keeping what is selected and scrolled
    // to; starts over when more than a page arrived.
    void fetchNewer();
    const AuditEntry& entryAt(int row) const { return m_entries.at(row); }
    // Why the last read failed; empty when it did not.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<AuditEntry> readPage(qint64 beforeId);

    Database& m_database;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_complete = true;
    bool m_fetching = false; // a page is being added: no further fetch until it is in
    QString m_lastError;
};

} // namespace mlc::ui
