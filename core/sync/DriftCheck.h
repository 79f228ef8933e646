#pragma once

#include "monday/MondayBoardScan.h"
#include "monday/MondayBoardStructure.h"
#include "sync/Mapping.h"
#include "sync/SyncFailure.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace mlc {

class AuditLog;
class Clock;
class Database;
class LinkStore;
class MondayClient;

// The board is a view of the ERP (issue 5, `reconcile`): this reads a mapping's board and finds what people
// changed on mapped columns since the connector wrote them, and items of linked records that are gone.
// It does not write to monday itself. For each drifted item the link is told what the board shows now and
// the record is put on the list the next pass reads again from BC; that pass then writes exactly the
// drifted columns back, with the hand-made value as "old" in its audit entry. A linked record whose item is
// gone loses its link and is read again, so it gets a new item. Columns the mapping does not name, and
// items no link names, are never looked at.
class DriftCheck : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int items = 0;         // items read
        int drifted = 0;       // linked items with a mapped column changed by hand
        int missing = 0;       // linked records whose item is no longer on the board
        QSet<QString> columns; // the drifted columns
    };

    DriftCheck(Database& database, MondayClient& client, Clock& clock, Mapping mapping,
               MondayBoardStructure board, QObject* parent = nullptr);
    ~DriftCheck() override;

    void start();

Q_SIGNALS:
    void finished(const mlc::DriftCheck::Summary& summary);
    void failed(const QString& error, mlc::SyncFailure failure);

private:
    void onPage(const QList<MondayItem>& items);
    bool checkItem(const MondayItem& item, QStringList* reread, QString* error);
    bool finish(QString* error);
    bool readAgain(const QStringList& bcIds, QString* error);

    Database& m_database;
    MondayClient& m_client;
    Clock& m_clock;
    Mapping m_mapping;
    MondayBoardStructure m_board;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<AuditLog> m_audit;
    QPointer<MondayBoardScan> m_scan;
    QSet<QString> m_seenItems;
    Summary m_summary;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::DriftCheck::Summary)
