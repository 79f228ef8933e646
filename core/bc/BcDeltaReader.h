#pragma once

#include "bc/BcCollectionReader.h"
#include "bc/BcDeltaCursor.h"
#include "bc/BcEntity.h"

#include <QObject>

#include <chrono>

namespace mlc {

class BcApiClient;

// One delta pass over an entity: the records changed since the cursor, oldest first, page by page
// ($filter=lastModifiedDateTime ge <watermark − overlap>, $orderby=lastModifiedDateTime asc). Each record
// is delivered once per version: those the cursor already delivered are left out. The cursor moves with
// every page delivered; the caller stores cursor() together with what it did with that page, so the
// watermark never passes a record that was not dealt with.
class BcDeltaReader : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        std::chrono::milliseconds overlap{60 * 1000};
        int pageSize = BcCollectionReader::kDefaultPageSize;
        QStringList select; // the fields in use; id and lastModifiedDateTime are always read
    };

    BcDeltaReader(BcApiClient& client, BcEntity entity, BcDeltaCursor cursor, Settings settings,
                  QObject* parent = nullptr);
    ~BcDeltaReader() override;

    // The query a pass from `cursor` sends.
    static BcQuery queryFor(const BcDeltaCursor& cursor, const Settings& settings);

    // Answers with pageRead() or failed(); call again after pageRead() while hasMorePages().
    void readNextPage();
    bool hasMorePages() const;
    const BcDeltaCursor& cursor() const { return m_cursor; }
    int recordsAlreadyDelivered() const { return m_alreadyDelivered; }

Q_SIGNALS:
    // Only new versions; may be empty when a whole page was seen before.
    void pageRead(const QList<mlc::BcRecord>& changed);
    void recordRejected(const QString& reason, const QJsonObject& element);
    void failed(const mlc::BcError& error);

private:
    void onPage(const QList<BcRecord>& records);

    BcDeltaCursor m_cursor;
    Settings m_settings;
    BcCollectionReader m_reader;
    int m_alreadyDelivered = 0;
};

} // namespace mlc
