#include "BcCollectionReader.h"

#include "bc/BcApiClient.h"
#include "bc/BcLogging.h"
#include "bc/BcRequest.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace mlc {

QUrl BcQuery::appliedTo(const QUrl& collectionUrl) const
{
    QUrlQuery query(collectionUrl);
    if (!filter.isEmpty()) {
        query.addQueryItem(QStringLiteral("$filter"), filter);
    }
    if (!select.isEmpty()) {
        query.addQueryItem(QStringLiteral("$select"), select.join(QLatin1Char(',')));
    }
    if (!orderBy.isEmpty()) {
        query.addQueryItem(QStringLiteral("$orderby"), orderBy);
    }
    QUrl url = collectionUrl;
    url.setQuery(query);
    return url;
}

BcCollectionReader::BcCollectionReader(BcApiClient& client, const QUrl& firstPageUrl, int pageSize,
                                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_nextUrl(firstPageUrl)
    , m_pageSize(std::clamp(pageSize, 1, kMaxPageSize))
{}

BcCollectionReader::~BcCollectionReader() = default;

void BcCollectionReader::readNextPage()
{
    if (m_reading || m_nextUrl.isEmpty()) {
        return;
    }
    m_reading = true;
    m_currentUrl = m_nextUrl;
    m_nextUrl.clear();
    BcRequest* request = m_client.get(m_currentUrl, m_pageSize);
    connect(request, &BcRequest::succeeded, this, &BcCollectionReader::onPage);
    connect(request, &BcRequest::failed, this, [this](const BcError& error) {
        m_reading = false;
        Q_EMIT failed(error);
    });
}

void BcCollectionReader::onPage(const QJsonObject& body)
{
    const QJsonValue value = body.value(QStringLiteral("value"));
    if (!value.isArray()) {
        fail(BcError::Kind::Malformed, tr("the answer has no \"value\" list of records"));
        return;
    }
    if (!acceptNextLink(body)) {
        return;
    }
    const QJsonArray elements = value.toArray();
    QList<BcRecord> records;
    records.reserve(elements.size());
    for (const QJsonValue& element : elements) {
        QString whyNot;
        std::optional<BcRecord> record =
            element.isObject() ? BcRecord::fromJson(element.toObject(), &whyNot) : std::nullopt;
        if (record) {
            records.append(std::move(*record));
        } else {
            if (whyNot.isEmpty()) {
                whyNot = tr("an element of \"value\" that is not a JSON object");
            }
            qCWarning(lcOData).noquote() << "Skipped in" << m_currentUrl.path() << ":" << whyNot;
            Q_EMIT recordRejected(whyNot, element.toObject());
        }
    }
    ++m_pagesRead;
    m_reading = false;
    Q_EMIT pageRead(records);
}

bool BcCollectionReader::acceptNextLink(const QJsonObject& body)
{
    const QJsonValue link = body.value(QStringLiteral("@odata.nextLink"));
    if (link.isUndefined() || link.isNull()) {
        return true;
    }
    // The link is opaque and followed verbatim (spec §4.3), but only on the API's own host.
    const QUrl next(link.toString(), QUrl::StrictMode);
    if (!m_client.isApiUrl(next)) {
        fail(BcError::Kind::Malformed,
             tr("the next page link \"%1\" does not point at the Business Central API").arg(link.toString()));
        return false;
    }
    if (next == m_currentUrl) {
        fail(BcError::Kind::Malformed, tr("the next page link points back at the same page"));
        return false;
    }
    m_nextUrl = next;
    return true;
}

void BcCollectionReader::fail(BcError::Kind kind, const QString& message)
{
    m_reading = false;
    m_nextUrl.clear();
    BcError error;
    error.kind = kind;
    error.message = message;
    error.resource = m_currentUrl.path();
    qCWarning(lcOData).noquote() << error.summary();
    Q_EMIT failed(error);
}

} // namespace mlc
