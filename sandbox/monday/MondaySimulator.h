#pragma once

#include "GraphQLExecutor.h"
#include "GraphQLSchema.h"
#include "MondayBoardStore.h"
#include "MondayComplexityBudget.h"
#include "MondayCursors.h"
#include "MondayFaultInjector.h"
#include "MondayLimitSettings.h"
#include "MondayMutationResolvers.h"
#include "MondayQueryResolvers.h"
#include "MondayRequestLayer.h"
#include "common/Clock.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;

namespace mlc::sandbox {

class SandboxHost;

// One request as the simulator saw it, for tests: never printed, since the headers hold the token.
struct MondayRequestRecord
{
    QString method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString query; // the GraphQL document
    QJsonValue variables;
    QString operationName;
    QStringList rootFields; // empty when the document did not parse
    QString apiVersion;     // the version that served it
    QString requestId;
    quint64 serial = 0; // 0 when refused before it became an operation
    int status = 0;     // 0 when the connection was dropped

    // The first header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray& name) const;
};

// monday.com's GraphQL API on a SandboxHost: POST /v2 with the raw token in Authorization, the API-Version
// header echoed back, {query, variables} bodies, the {"data", "extensions": {"request_id"}} envelope and
// monday's error shapes (monday.md §1-3). Each request goes through: authentication → body → parse →
// validation of the WHOLE document → variable coercion → layers' admit() (complexity, later limits and
// idempotency) → injected fault → execution by resolvers → layers' finish(). Control methods are for tests
// and the demo and must be called on the simulator's thread.
class MondaySimulator : public QObject
{
    Q_OBJECT

public:
    using TokenValidator = std::function<bool(const QString& token)>;

    MondaySimulator(SandboxHost& host, const Clock& clock, QObject* parent = nullptr);
    ~MondaySimulator() override;

    // The token the default validator accepts.
    static QString demoToken();
    static QString currentApiVersion() { return QStringLiteral("2026-10"); }
    // http://127.0.0.1:<port>/v2
    QUrl endpoint() const;
    void setTokenValidator(TokenValidator validator);

    MondayBoardStore& store() { return m_store; }
    const MondayBoardStore& store() const { return m_store; }
    MondayFaultInjector& faults() { return m_faults; }

    // Extension points: the schema (add SDL with MondaySchema::extend), the resolvers (one per type and
    // field; root fields live on "Query" and "Mutation") and the layers around execution.
    GraphQLSchema& schema() { return m_schema; }
    GraphQLExecutor& executor() { return m_executor; }
    // Layers run their admit() in the order added; the complexity budget is the first.
    void addLayer(std::shared_ptr<MondayRequestLayer> layer);
    MondayComplexityBudget& complexity() { return *m_complexity; }
    // The per-board pace, board locks, daily limit and idempotency window; change them at any time.
    MondayLimitSettings& limits() { return m_limits; }
    // 429s answered by the per-board pace, and answers replayed for an Idempotency-Key.
    int paceRefusals() const;
    int idempotentReplays() const;

    const QList<MondayRequestRecord>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    // Every request to /v2, for the sandbox's --verbose log (method and path, never headers).
    void requestSeen(const QString& method, const QString& path);

private:
    using Write = std::function<void(QHttpServerResponder&&)>;

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    MondayAnswer answer(const QHttpServerRequest& request, MondayRequestRecord& record,
                        std::optional<MondayFault>* fault);
    MondayAnswer runOperation(MondayOperation& operation, std::optional<MondayFault>* fault);
    std::optional<MondayAnswer> authenticate(const QHttpServerRequest& request, QString* token) const;
    std::optional<QString> servedVersion(const QByteArray& requested) const;
    void write(QHttpServerResponder&& responder, MondayRequestRecord record, const MondayAnswer& answer,
               const std::optional<MondayFault>& fault);
    void answerLater(int delayMs, QHttpServerResponder&& responder, Write write, quint64 serial);
    void notifyAnswered(quint64 serial);

    SandboxHost& m_host;
    const Clock& m_clock;
    GraphQLSchema m_schema;
    GraphQLExecutor m_executor;
    MondayBoardStore m_store;
    MondayCursors m_cursors;
    MondayQueryResolvers m_queries;
    MondayMutationResolvers m_mutations;
    MondayFaultInjector m_faults;
    std::shared_ptr<MondayComplexityBudget> m_complexity;
    MondayLimitSettings m_limits;
    std::shared_ptr<class MondayBoardPace> m_pace;
    std::shared_ptr<class MondayIdempotencyCache> m_idempotency;
    std::vector<std::shared_ptr<MondayRequestLayer>> m_layers;
    TokenValidator m_validator;
    QList<MondayRequestRecord> m_requests;
    quint64 m_nextSerial = 1;
};

} // namespace mlc::sandbox
