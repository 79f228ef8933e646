#pragma once

#include "bc/BcError.h"
#include "bc/BcRecord.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace mlc {

class BcApiClient;

// The OData query options a read uses. Paging is never done with $top/$skip: $top suppresses nextLink
// (microsoft/AL#6858).
struct BcQuery
{
    QString filter;
    QStringList select; // empty: every field
    QString orderBy;

    QUrl appliedTo(const QUrl& collectionUrl) const;
};

// Reads a collection page by page through @odata.nextLink, holding one page at a time: the caller gets
// pageRead() and asks for the next page when it has dealt with this one, so a 50,000-record entity set never
// sits in memory and a slow consumer slows the reads rather than piling them up.
class BcCollectionReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kMaxPageSize = 20000; // BC online's own ceiling

    BcCollectionReader(BcApiClient& client, const QUrl& firstPageUrl, int pageSize = kDefaultPageSize,
                       QObject* parent = nullptr);
    ~BcCollectionReader() override;

    // Answers with pageRead() or failed(). Call it again after a pageRead() while hasMorePages().
    void readNextPage();
    bool hasMorePages() const { return !m_nextUrl.isEmpty(); }
    bool isReading() const { return m_reading; }
    int pagesRead() const { return m_pagesRead; }

Q_SIGNALS:
    void pageRead(const QList<mlc::BcRecord>& records);
    // An element of "value" that is not a record; the rest of the page is still delivered.
    void recordRejected(const QString& reason, const QJsonObject& element);
    void failed(const mlc::BcError& error);

private:
    void onPage(const QJsonObject& body);
    bool acceptNextLink(const QJsonObject& body);
    void fail(BcError::Kind kind, const QString& message);

    BcApiClient& m_client;
    QUrl m_nextUrl;
    QUrl m_currentUrl;
    int m_pageSize;
    int m_pagesRead = 0;
    bool m_reading = false;
};

} // namespace mlc
