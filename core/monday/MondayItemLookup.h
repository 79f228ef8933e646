#pragma once

#include "monday/MondayItem.h"
#include "monday/MondayOutcome.h"
#include "monday/MondayRequestBody.h"
#include "monday/MondayRetrySettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace mlc {

class Clock;
class MondayClient;
class MondayQuery;

// Finds the items of a board whose column (the mapping's bcIdColumn) holds exactly a value: how the engine
// adopts items already on the board and resolves a write whose outcome is unknown before it creates anything
// (DESIGN §3). It reads every page of `items_page_by_column_values` and keeps only exact matches of the
// column's text, since monday's search is not guaranteed to be exact. Finding more than one item is a
// duplicate the caller must report, not pick from silently.
class MondayItemLookup : public QObject
{
    Q_OBJECT

public:
    // `columnIds` are the columns to read of each match; the searched column is always read.
    MondayItemLookup(MondayClient& client, Clock& clock, QString boardId, QString columnId, QString value,
                     QStringList columnIds, MondayRetrySettings settings, QObject* parent = nullptr);
    ~MondayItemLookup() override;

    void start();

Q_SIGNALS:
    void found(const QList<mlc::MondayItem>& items);
    void failed(const mlc::MondayOutcome& outcome);

private:
    void run(const MondayRequestBody& body);
    void onAnswer(const MondayOutcome& outcome);

    MondayClient& m_client;
    Clock& m_clock;
    QString m_boardId;
    QString m_columnId;
    QString m_value;
    QStringList m_columnIds;
    MondayRetrySettings m_settings;
    QList<MondayItem> m_matches;
    QPointer<MondayQuery> m_query;
};

} // namespace mlc
