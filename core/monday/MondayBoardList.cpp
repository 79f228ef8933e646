#include "MondayBoardList.h"

#include "monday/MondayDocuments.h"
#include "monday/MondayQuery.h"

namespace mlc {

MondayBoardList::MondayBoardList(MondayClient& client, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{}

MondayBoardList::~MondayBoardList() = default;

void MondayBoardList::start()
{
    m_boards.clear();
    readPage(1);
}

void MondayBoardList::readPage(int page)
{
    m_query = new MondayQuery(m_client, m_clock, MondayDocuments::boardListRequest(page),
                              MondayRetrySettings::interactive(), this);
    connect(m_query, &MondayQuery::finished, this,
            [this, page](const MondayOutcome& outcome) { onPage(page, outcome); });
    m_query->start();
}

void MondayBoardList::onPage(int page, const MondayOutcome& outcome)
{
    m_query->deleteLater();
    if (outcome.kind != MondayOutcome::Kind::Done) {
        Q_EMIT failed(outcome.message);
        return;
    }
    const QList<MondayBoardStructure> boards = MondayBoardStructure::listFromData(outcome.data);
    m_boards.append(boards);
    // monday answers a page past the end with an empty list; a short page is the last one.
    if (boards.size() < MondayDocuments::kBoardListPageSize) {
        Q_EMIT finished(m_boards);
        return;
    }
    readPage(page + 1);
}

} // namespace mlc
