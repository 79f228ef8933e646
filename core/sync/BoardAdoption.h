#pragma once

#include "monday/MondayBoardScan.h"
#include "monday/MondayBoardStructure.h"
#include "store/Link.h"
#include "sync/Mapping.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace mlc {

class Clock;
class MondayClient;

// The first pass of a mapping adopts the items already on its board (DESIGN §3) instead of creating a second
// item per record: items made by an earlier installation, a restored state folder or a hand-made import.
// It reads the board once, with the mapped columns, and hands over, per BC id found in the BC id column, a
// link to that item whose written values are what the item shows now; the planner then writes only the
// columns that differ, often none.
class BoardAdoption : public QObject
{
    Q_OBJECT

public:
    BoardAdoption(MondayClient& client, Clock& clock, Mapping mapping, MondayBoardStructure board,
                  QObject* parent = nullptr);
    ~BoardAdoption() override;

    void start();

Q_SIGNALS:
    // By BC id. A BC id on several items goes to the oldest of them (the lowest id).
    void finished(const QHash<QString, mlc::Link>& adoptable);
    void failed(const mlc::MondayOutcome& outcome);

private:
    void onPage(const QList<MondayItem>& items);
    Link linkFor(const MondayItem& item, const QString& bcId) const;

    MondayClient& m_client;
    Clock& m_clock;
    Mapping m_mapping;
    MondayBoardStructure m_board;
    QPointer<MondayBoardScan> m_scan;
    QHash<QString, Link> m_adoptable;
};

} // namespace mlc
