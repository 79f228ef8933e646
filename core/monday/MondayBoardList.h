#pragma once

#include "monday/MondayBoardStructure.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace mlc {

class Clock;
class MondayClient;
class MondayQuery;
struct MondayOutcome;

// Every active board the token can see, with its columns and groups, read page by page: what the mapping
// editor offers to map an entity to. Reads only.
class MondayBoardList : public QObject
{
    Q_OBJECT

public:
    MondayBoardList(MondayClient& client, Clock& clock, QObject* parent = nullptr);
    ~MondayBoardList() override;

    // Answers with finished() or failed(), once, after returning.
    void start();

Q_SIGNALS:
    void finished(const QList<mlc::MondayBoardStructure>& boards);
    void failed(const QString& error);

private:
    void readPage(int page);
    void onPage(int page, const MondayOutcome& outcome);

    MondayClient& m_client;
    Clock& m_clock;
    QList<MondayBoardStructure> m_boards;
    QPointer<MondayQuery> m_query;
};

} // namespace mlc
