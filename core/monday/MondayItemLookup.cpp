#include "MondayItemLookup.h"

#include "monday/MondayDocuments.h"
#include "monday/MondayQuery.h"

namespace mlc {

MondayItemLookup::MondayItemLookup(MondayClient& client, Clock& clock, QString boardId, QString columnId,
                                   QString value, QStringList columnIds, MondayRetrySettings settings,
                                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_boardId(std::move(boardId))
    , m_columnId(std::move(columnId))
    , m_value(std::move(value))
    , m_columnIds(std::move(columnIds))
    , m_settings(settings)
{
    if (!m_columnIds.isEmpty() && !m_columnIds.contains(m_columnId))
        m_columnIds.append(m_columnId);
}

MondayItemLookup::~MondayItemLookup() = default;

void MondayItemLookup::start()
{
    run(MondayDocuments::itemsByColumnValueRequest(m_boardId, m_columnId, m_value, m_columnIds));
}

void MondayItemLookup::run(const MondayRequestBody& body)
{
    if (m_query)
        m_query->deleteLater();
    m_query = new MondayQuery(m_client, m_clock, body, m_settings, this);
    connect(m_query, &MondayQuery::finished, this, &MondayItemLookup::onAnswer);
    m_query->start();
}

void MondayItemLookup::onAnswer(const MondayOutcome& outcome)
{
    if (outcome.kind != MondayOutcome::Kind::Done) {
        Q_EMIT failed(outcome);
        return;
    }
    const std::optional<MondayItemsPage> page =
        MondayItemsPage::fromJson(outcome.data.value(QStringLiteral("items_page_by_column_values")));
    if (!page) {
        MondayOutcome malformed = outcome;
        malformed.kind = MondayOutcome::Kind::Permanent;
        malformed.reason = MondayOutcome::Reason::MalformedResponse;
        malformed.message =
            tr("monday.com answered the search of board %1 without its items.").arg(m_boardId);
        Q_EMIT failed(malformed);
        return;
    }
    for (const MondayItem& item : page->items) {
        if (item.columnText(m_columnId) == m_value)
            m_matches.append(item);
    }
    if (page->cursor.isEmpty())
        Q_EMIT found(m_matches);
    else
        run(MondayDocuments::itemsByColumnValueNextPageRequest(m_boardId, page->cursor, m_columnIds));
}

} // namespace mlc
