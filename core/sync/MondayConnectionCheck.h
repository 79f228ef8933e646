#pragma once

#include "monday/MondayBoardStructure.h"
#include "sync/Mapping.h"
#include "sync/MondayConnectionReport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace mlc {

class Clock;
class MondayClient;
class MondayQuery;
struct MondayOutcome;

// Answers "would a sync work on monday.com?" for `ml-connector-cli check` and the desktop's *Test*: the
// token's account and user, then the structure of every mapped board in one read, checked against the
// mappings (board found, BC id column present and textual, each mapped column present with a type that can
// hold its field, every label the mapping names present). Reads only; two attempts at most per request.
class MondayConnectionCheck : public QObject
{
    Q_OBJECT

public:
    MondayConnectionCheck(MondayClient& client, Clock& clock, QList<Mapping> mappings,
                          QObject* parent = nullptr);
    ~MondayConnectionCheck() override;

    void start();
    const MondayConnectionReport& report() const { return m_report; }

    // The problems of one mapping against its board, for the report and for tests.
    static QStringList problemsOf(const Mapping& mapping, const MondayBoardStructure& board);

Q_SIGNALS:
    void finished(const mlc::MondayConnectionReport& report);

private:
    void onConnected(const MondayOutcome& outcome);
    void onBoards(const MondayOutcome& outcome);
    void fail(const MondayOutcome& outcome);
    static QStringList columnProblems(const Mapping& mapping, const ColumnMapping& columnMapping,
                                      const MondayBoardStructure& board);

    MondayClient& m_client;
    Clock& m_clock;
    QList<Mapping> m_mappings;
    MondayConnectionReport m_report;
    QPointer<MondayQuery> m_query;
};

} // namespace mlc
