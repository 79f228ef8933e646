#include "BcDeltaReader.h"

#include "bc/BcApiClient.h"
#include "bc/BcTimestamp.h"

namespace mlc {

namespace {

const QString kModified = QStringLiteral("lastModifiedDateTime");

} // namespace

BcQuery BcDeltaReader::queryFor(const BcDeltaCursor& cursor, const Settings& settings)
{
    BcQuery query;
    const QDateTime from = cursor.readFrom(settings.overlap);
    if (from.isValid()) {
        // "ge", not "gt": a record stamped exactly at the bound must not be missed; the cursor drops the
        // ones already delivered.
        query.filter = QStringLiteral("%1 ge %2").arg(kModified, BcTimestamp::filterLiteral(from));
    }
    if (!settings.select.isEmpty()) {
        query.select = settings.select;
        int at = 0;
        for (const QString& needed : {QStringLiteral("id"), kModified}) {
            if (!query.select.contains(needed)) {
                query.select.insert(at++, needed);
            }
        }
    }
    query.orderBy = kModified + QStringLiteral(" asc");
    return query;
}

BcDeltaReader::BcDeltaReader(BcApiClient& client, BcEntity entity, BcDeltaCursor cursor, Settings settings,
                             QObject* parent)
    : QObject(parent)
    , m_cursor(std::move(cursor))
    , m_settings(std::move(settings))
    , m_reader(client, queryFor(m_cursor, m_settings).appliedTo(client.collectionUrl(entity)),
               m_settings.pageSize)
{
    connect(&m_reader, &BcCollectionReader::pageRead, this, &BcDeltaReader::onPage);
    connect(&m_reader, &BcCollectionReader::recordRejected, this, &BcDeltaReader::recordRejected);
    connect(&m_reader, &BcCollectionReader::failed, this, &BcDeltaReader::failed);
}

BcDeltaReader::~BcDeltaReader() = default;

void BcDeltaReader::readNextPage()
{
    m_reader.readNextPage();
}

bool BcDeltaReader::hasMorePages() const
{
    return m_reader.hasMorePages();
}

void BcDeltaReader::onPage(const QList<BcRecord>& records)
{
    QList<BcRecord> changed;
    changed.reserve(records.size());
    for (const BcRecord& record : records) {
        if (m_cursor.wasDelivered(record)) {
            ++m_alreadyDelivered;
            continue;
        }
        m_cursor.markDelivered(record);
        changed.append(record);
    }
    m_cursor.forgetOlderThan(m_cursor.readFrom(m_settings.overlap));
    Q_EMIT pageRead(changed);
}

} // namespace mlc
