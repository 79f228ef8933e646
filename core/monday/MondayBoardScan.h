#pragma once

#include "monday/MondayItem.h"
#include "monday/MondayOutcome.h"
#include "monday/MondayRequestBody.h"
#include "monday/MondayRetrySettings.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace mlc {

class Clock;
class MondayClient;
class MondayQuery;

// Reads every item of a board: the first page with `items_page`, the rest with root `next_items_page`
// (monday.md §3.4), handing each page on as it arrives so a board of any size is never held whole.
// monday's cursor dies 60 minutes after the first page; when it does, the scan starts over from the first
// page and passes on only the items it has not passed on yet, so the caller sees each item exactly once.
class MondayBoardScan : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int pageSize = 500; // monday's maximum
        // Starting over this many times without finishing means the board is too large to read within
        // the cursor's lifetime at the pace allowed; more attempts would not help.
        int maxRestarts = 3;
        MondayRetrySettings retry;
    };

    struct Summary
    {
        int items = 0;          // items passed on
        int pages = 0;          // pages read, over all passes
        int restarts = 0;       // passes started over after the cursor expired
        int repeatsSkipped = 0; // items a later pass read again and did not pass on
        int unreadableItems = 0;
    };

    // `columnIds` empty reads every column.
    MondayBoardScan(MondayClient& client, Clock& clock, QString boardId, QStringList columnIds,
                    Settings settings, QObject* parent = nullptr);
    ~MondayBoardScan() override;

    void start();
    const Summary& summary() const { return m_summary; }

Q_SIGNALS:
    // Items not passed on before; may be empty after a restart.
    void pageRead(const QList<mlc::MondayItem>& items);
    void finished(const mlc::MondayBoardScan::Summary& summary);
    // The scan ended without reading the whole board; what was passed on stays valid.
    void failed(const mlc::MondayOutcome& outcome);
    void restarted(int restarts);

private:
    void readFirstPage();
    void readNextPage(const QString& cursor);
    void run(const MondayRequestBody& body, bool firstPage);
    void onAnswer(const MondayOutcome& outcome, bool firstPage);
    std::optional<MondayItemsPage> pageFrom(const MondayOutcome& outcome, bool firstPage,
                                            MondayOutcome* error);
    void deliver(const MondayItemsPage& page);

    MondayClient& m_client;
    Clock& m_clock;
    QString m_boardId;
    QStringList m_columnIds;
    Settings m_settings;
    QSet<QString> m_delivered; // item ids passed on, across restarts
    Summary m_summary;
    QPointer<MondayQuery> m_query;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::MondayBoardScan::Summary)
