#include "MondayBoardScan.h"

#include "monday/MondayClientLogging.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayQuery.h"

#include <QJsonArray>

namespace mlc {

MondayBoardScan::MondayBoardScan(MondayClient& client, Clock& clock, QString boardId, QStringList columnIds,
                                 Settings settings, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_boardId(std::move(boardId))
    , m_columnIds(std::move(columnIds))
    , m_settings(settings)
{}

MondayBoardScan::~MondayBoardScan() = default;

void MondayBoardScan::start()
{
    readFirstPage();
}

void MondayBoardScan::readFirstPage()
{
    run(MondayDocuments::itemsFirstPageRequest(m_boardId, m_columnIds, m_settings.pageSize), true);
}

void MondayBoardScan::readNextPage(const QString& cursor)
{
    run(MondayDocuments::nextItemsPageRequest(cursor, m_columnIds, m_settings.pageSize), false);
}

void MondayBoardScan::run(const MondayRequestBody& body, bool firstPage)
{
    if (m_query)
        m_query->deleteLater();
    m_query = new MondayQuery(m_client, m_clock, body, m_settings.retry, this);
    connect(m_query, &MondayQuery::finished, this,
            [this, firstPage](const MondayOutcome& outcome) { onAnswer(outcome, firstPage); });
    m_query->start();
}

void MondayBoardScan::onAnswer(const MondayOutcome& outcome, bool firstPage)
{
    if (outcome.reason == MondayOutcome::Reason::CursorExpired && !firstPage) {
        if (m_summary.restarts >= m_settings.maxRestarts) {
            Q_EMIT failed(outcome);
            return;
        }
        ++m_summary.restarts;
        qCInfo(lcMondayClient, "Board %s: the items cursor expired; reading again from the first page",
               qUtf8Printable(m_boardId));
        Q_EMIT restarted(m_summary.restarts);
        readFirstPage();
        return;
    }
    MondayOutcome error;
    const std::optional<MondayItemsPage> page = pageFrom(outcome, firstPage, &error);
    if (!page) {
        Q_EMIT failed(error);
        return;
    }
    deliver(*page);
    if (page->cursor.isEmpty())
        Q_EMIT finished(m_summary);
    else
        readNextPage(page->cursor);
}

std::optional<MondayItemsPage> MondayBoardScan::pageFrom(const MondayOutcome& outcome, bool firstPage,
                                                         MondayOutcome* error)
{
    *error = outcome;
    if (outcome.kind != MondayOutcome::Kind::Done)
        return std::nullopt;
    QJsonValue page;
    if (firstPage) {
        const QJsonArray boards = outcome.data.value(QStringLiteral("boards")).toArray();
        if (boards.isEmpty()) {
            error->kind = MondayOutcome::Kind::Permanent;
            error->reason = MondayOutcome::Reason::NotFound;
            error->message =
                tr("Board %1 was not found, or the monday.com token has no access to it.").arg(m_boardId);
            return std::nullopt;
        }
        page = boards.first().toObject().value(QStringLiteral("items_page"));
    } else {
        page = outcome.data.value(QStringLiteral("next_items_page"));
    }
    std::optional<MondayItemsPage> items = MondayItemsPage::fromJson(page);
    if (!items) {
        error->kind = MondayOutcome::Kind::Permanent;
        error->reason = MondayOutcome::Reason::MalformedResponse;
        error->message = tr("monday.com answered a page of board %1 without its items.").arg(m_boardId);
    }
    return items;
}

void MondayBoardScan::deliver(const MondayItemsPage& page)
{
    ++m_summary.pages;
    m_summary.unreadableItems += page.unreadableItems;
    QList<MondayItem> fresh;
    fresh.reserve(page.items.size());
    for (const MondayItem& item : page.items) {
        if (m_delivered.contains(item.id)) {
            ++m_summary.repeatsSkipped;
            continue;
        }
        m_delivered.insert(item.id);
        fresh.append(item);
    }
    m_summary.items += fresh.size();
    Q_EMIT pageRead(fresh);
}

} // namespace mlc
