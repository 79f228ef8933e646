#include "MondaySimulator.h"

#include "GraphQLInputCoercion.h"
#include "GraphQLParser.h"
#include "GraphQLValidator.h"
#include "MondayBoardPace.h"
#include "MondayDailyLimit.h"
#include "MondayDemoBoards.h"
#include "MondayIdempotencyCache.h"
#include "MondaySchema.h"
#include "SandboxHost.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcMondaySimulator, "mlc.sandbox.monday")

namespace mlc::sandbox {

namespace {

MondayAnswer errorAnswer(int status, const QString& message, const QString& code, QJsonObject extensions = {})
{
    return MondayAnswer::error(status, message, code, std::move(extensions));
}

MondayAnswer graphQLErrors(const QList<GraphQLError>& errors)
{
    return {200, {{QStringLiteral("errors"), GraphQLError::toJson(errors)}}, {}};
}

// monday's body for each injected status (monday.md §2.3, §2.4).
MondayAnswer faultAnswer(const MondayFault& fault)
{
    MondayAnswer answer;
    switch (fault.status) {
    case 429:
        answer =
            errorAnswer(429, QStringLiteral("Rate Limit Exceeded"), QStringLiteral("RATE_LIMIT_EXCEEDED"),
                        {{QStringLiteral("retry_in_seconds"), fault.retryAfterSeconds.value_or(30)}});
        break;
    case 423:
        answer = errorAnswer(423, QStringLiteral("Resource is currently locked, please try again later"),
                             QStringLiteral("RESOURCE_LOCKED"));
        break;
    default:
        answer = errorAnswer(fault.status, QStringLiteral("Internal Server Error"),
                             QStringLiteral("INTERNAL_SERVER_ERROR"));
        break;
    }
    if (fault.retryAfterSeconds)
        answer.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(*fault.retryAfterSeconds)});
    return answer;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

// A field monday has but the simulator does not serve is reported as monday reports an unknown one; the hint
// says where the subset is written down.
QList<GraphQLError> withSubsetHint(QList<GraphQLError> errors)
{
    for (GraphQLError& error : errors) {
        if (error.extensions.value(QStringLiteral("code")).toString() == QLatin1String("undefinedField")) {
            error.extensions.insert(QStringLiteral("simulator_hint"),
                                    QStringLiteral("The monday simulator serves a subset of monday's schema "
                                                   "(sandbox/monday/MondaySchema.cpp)."));
        }
    }
    return errors;
}

QStringList rootFieldNames(const GraphQLDocument& document, const std::vector<GraphQLSelection>& selections)
{
    QStringList names;
    for (const GraphQLSelection& item : selections) {
        if (item.kind == GraphQLSelection::Kind::Field) {
            names.append(item.field.name);
        } else if (item.kind == GraphQLSelection::Kind::InlineFragment) {
            names.append(rootFieldNames(document, item.selections));
        } else if (const GraphQLFragmentDefinition* fragment = document.fragment(item.fragmentName)) {
            names.append(rootFieldNames(document, fragment->selections));
        }
    }
    return names;
}

// The served version's kind on the simulated date (monday.md §1.3, changelog of Oct 26, 2026).
QString versionKind(const QString& version)
{
    static const QHash<QString, QString> kinds{
        {QStringLiteral("2027-01"), QStringLiteral("release_candidate")},
        {QStringLiteral("2026-10"), QStringLiteral("current")},
        {QStringLiteral("2026-07"), QStringLiteral("maintenance")}};
    return kinds.value(version, QStringLiteral("old__maintenance"));
}

} // namespace

QByteArray MondayRequestRecord::header(const QByteArray& name) const
{
    return headerValue(headers, name);
}

MondaySimulator::MondaySimulator(SandboxHost& host, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_clock(clock)
    , m_schema(MondaySchema::build())
    , m_executor(m_schema)
    , m_cursors(clock)
    , m_queries(m_store, m_cursors)
    , m_mutations(m_store, clock)
    , m_complexity(std::make_shared<MondayComplexityBudget>(clock))
    , m_validator([](const QString& token) { return token == demoToken(); })
{
    MondayDemoBoards::fill(m_store, clock.nowUtc());
    m_queries.install(m_executor);
    MondaySchema::extend(m_schema, MondayMutationResolvers::sdl());
    m_mutations.install(m_executor);
    addLayer(m_complexity);
    // Every call counts against the day, replays included; a replay is not paced or locked again.
    addLayer(std::make_shared<MondayDailyLimit>(clock, m_limits));
    m_idempotency = std::make_shared<MondayIdempotencyCache>(clock, m_limits);
    addLayer(m_idempotency);
    m_pace = std::make_shared<MondayBoardPace>(clock, m_store, m_limits);
    addLayer(m_pace);
    addLayer(std::make_shared<MondayBoardLock>(m_store, m_limits));
    host.server().route(QStringLiteral("/v2"),
                        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                            handle(request, std::move(responder));
                        });
}

MondaySimulator::~MondaySimulator() = default;

int MondaySimulator::paceRefusals() const
{
    return m_pace->refused();
}

int MondaySimulator::idempotentReplays() const
{
    return m_idempotency->replays();
}

QString MondaySimulator::demoToken()
{
    return QStringLiteral("mlc-sandbox-monday-token");
}

QUrl MondaySimulator::endpoint() const
{
    QUrl url = m_host.baseUrl();
    url.setPath(QStringLiteral("/v2"));
    return url;
}

void MondaySimulator::setTokenValidator(TokenValidator validator)
{
    m_validator = std::move(validator);
}

void MondaySimulator::addLayer(std::shared_ptr<MondayRequestLayer> layer)
{
    m_layers.push_back(std::move(layer));
}

void MondaySimulator::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    MondayRequestRecord record;
    record.method = SandboxHost::methodName(request);
    record.path = request.url().path();
    record.headers = request.headers();
    record.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Q_EMIT requestSeen(record.method, record.path);
    std::optional<MondayFault> fault;
    const MondayAnswer result = answer(request, record, &fault);
    write(std::move(responder), std::move(record), result, fault);
}

std::optional<MondayAnswer> MondaySimulator::authenticate(const QHttpServerRequest& request,
                                                          QString* token) const
{
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    *token = QString::fromUtf8(headerValue(headers, QByteArrayLiteral("Authorization"))).trimmed();
    // /v2 takes the token raw; "Bearer <token>" is not documented for it, so the simulator refuses it to
    // catch a client that adds the prefix (monday.md §1.1).
    if (!hasHeader(headers, QByteArrayLiteral("Authorization")) || token->isEmpty() ||
        token->startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) || !m_validator(*token)) {
        return errorAnswer(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
    }
    return std::nullopt;
}

std::optional<QString> MondaySimulator::servedVersion(const QByteArray& requested) const
{
    const QString version = QString::fromLatin1(requested).trimmed();
    if (version.isEmpty() || version == QLatin1String("current"))
        return currentApiVersion();
    static const QRegularExpression wellFormed(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = wellFormed.match(version);
    if (!match.hasMatch())
        return std::nullopt;
    // Deprecated versions are served by 2025-04; a well-formed version that never existed by the current one.
    if (version == QLatin1String("2024-10") || version == QLatin1String("2025-01"))
        return QStringLiteral("2025-04");
    static const QStringList known{QStringLiteral("2025-04"), QStringLiteral("2025-07"),
                                   QStringLiteral("2025-10"), QStringLiteral("2026-01"),
                                   QStringLiteral("2026-04"), QStringLiteral("2026-07"),
                                   QStringLiteral("2026-10"), QStringLiteral("2027-01")};
    return known.contains(version) ? version : currentApiVersion();
}

MondayAnswer MondaySimulator::answer(const QHttpServerRequest& request, MondayRequestRecord& record,
                                     std::optional<MondayFault>* fault)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        MondayAnswer refused =
            errorAnswer(405, tr("Only POST is allowed on /v2."), QStringLiteral("METHOD_NOT_ALLOWED"));
        refused.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return refused;
    }
    QString token;
    if (std::optional<MondayAnswer> refused = authenticate(request, &token))
        return *refused;
    const std::optional<QString> version = servedVersion(record.header(QByteArrayLiteral("API-Version")));
    if (!version) {
        return graphQLErrors({GraphQLError::application(
            QStringLiteral("InvalidVersionException"),
            tr("The API-Version header '%1' is not a valid version (YYYY-MM).")
                .arg(QString::fromLatin1(record.header(QByteArrayLiteral("API-Version")))))});
    }
    record.apiVersion = *version;
    if (request.query().hasQueryItem(QStringLiteral("query"))) {
        return errorAnswer(400, tr("Bad request: the query must be sent in the JSON body, not in the URL."),
                           QStringLiteral("BAD_REQUEST"));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return errorAnswer(400, tr("Invalid JSON in the request body: %1").arg(parseError.errorString()),
                           QStringLiteral("JsonParseException"));
    }
    const QJsonObject body = json.object();
    record.query = body.value(QStringLiteral("query")).toString();
    record.variables = body.value(QStringLiteral("variables"));
    record.operationName = body.value(QStringLiteral("operationName")).toString();
    if (!json.isObject() || !body.value(QStringLiteral("query")).isString())
        return errorAnswer(400, tr("Bad request: the body must be a JSON object with a \"query\" string."),
                           QStringLiteral("BAD_REQUEST"));
    if (!record.variables.isObject() && !record.variables.isNull() && !record.variables.isUndefined()) {
        return errorAnswer(400,
                           tr("Bad request: \"variables\" must be a JSON object, not a %1.")
                               .arg(record.variables.isString() ? QStringLiteral("string")
                                                                : QStringLiteral("non-object value")),
                           QStringLiteral("BAD_REQUEST"));
    }

    GraphQLError syntaxError;
    const std::optional<GraphQLDocument> document = GraphQLParser::parseDocument(record.query, &syntaxError);
    if (!document)
        return graphQLErrors({syntaxError});
    QString selectionError;
    const GraphQLOperation* operation =
        GraphQLExecutor::selectOperation(*document, record.operationName, &selectionError);
    if (!operation)
        return graphQLErrors({GraphQLError(selectionError, {})});
    record.rootFields = rootFieldNames(*document, operation->selections);
    QList<GraphQLError> invalid = GraphQLValidator(m_schema, *document).validate();
    if (!invalid.isEmpty())
        return graphQLErrors(withSubsetHint(invalid));
    QList<GraphQLError> variableErrors;
    const QJsonObject variables =
        GraphQLInputCoercion(m_schema).variables(*operation, record.variables.toObject(), &variableErrors);
    if (!variableErrors.isEmpty())
        return graphQLErrors(variableErrors);

    MondayOperation op;
    op.serial = m_nextSerial++;
    record.serial = op.serial;
    op.token = token;
    op.apiVersion = *version;
    op.idempotencyKey = record.header(QByteArrayLiteral("Idempotency-Key"));
    op.document = &*document;
    op.operation = operation;
    op.variables = variables;
    op.rootFields = record.rootFields;
    op.isMutation = operation->type == GraphQLOperation::Type::Mutation;
    op.context.insert(MondayQueryResolvers::contextVersion(),
                      QJsonObject{{QStringLiteral("value"), *version},
                                  {QStringLiteral("kind"), versionKind(*version)},
                                  {QStringLiteral("display_name"), *version}});
    return runOperation(op, fault);
}

MondayAnswer MondaySimulator::runOperation(MondayOperation& operation, std::optional<MondayFault>* fault)
{
    MondayAnswer result;
    bool refused = false;
    size_t admitted = 0;
    for (; admitted < m_layers.size() && !refused; ++admitted) {
        if (std::optional<MondayAnswer> refusal = m_layers.at(admitted)->admit(operation)) {
            result = *refusal;
            refused = true;
        }
    }
    if (!refused) {
        *fault = m_faults.take(operation.rootFields);
        if (*fault && (*fault)->kind == MondayFault::Kind::Status) {
            result = faultAnswer(**fault);
        } else {
            const GraphQLExecutor::Result executed = m_executor.execute(
                *operation.document, *operation.operation, operation.variables, operation.context);
            result.body.insert(QStringLiteral("data"), executed.data);
            if (!executed.errors.isEmpty())
                result.body.insert(QStringLiteral("errors"), GraphQLError::toJson(executed.errors));
        }
    }
    for (size_t i = admitted; i > 0; --i)
        m_layers.at(i - 1)->finish(operation, result);
    return result;
}

void MondaySimulator::write(QHttpServerResponder&& responder, MondayRequestRecord record,
                            const MondayAnswer& answer, const std::optional<MondayFault>& fault)
{
    Write writer;
    if (fault && fault->kind == MondayFault::Kind::DropConnection) {
        record.status = 0;
        writer = [](QHttpServerResponder&& r) {
            r.socket()->abort();
        };
    } else {
        QByteArray bytes;
        if (fault && fault->kind == MondayFault::Kind::MalformedBody) {
            bytes = QByteArrayLiteral("{\"data\":{\"boards\":[{\"id\":\"trunc");
        } else {
            QJsonObject body = answer.body;
            QJsonObject extensions = body.value(QStringLiteral("extensions")).toObject();
            extensions.insert(QStringLiteral("request_id"), record.requestId);
            body.insert(QStringLiteral("extensions"), extensions);
            bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        record.status = answer.status;
        auto response = std::make_shared<QHttpServerResponse>(
            QByteArrayLiteral("application/json; charset=utf-8"), bytes,
            static_cast<QHttpServerResponse::StatusCode>(answer.status));
        for (const auto& [name, value] : answer.headers)
            response->addHeader(name, value);
        response->addHeader(QByteArrayLiteral("x-request-id"), record.requestId.toLatin1());
        if (!record.apiVersion.isEmpty())
            response->addHeader(QByteArrayLiteral("API-Version"), record.apiVersion.toLatin1());
        writer = [response](QHttpServerResponder&& r) {
            response->write(std::move(r));
        };
    }
    qCDebug(lcMondaySimulator) << record.method << record.path << record.rootFields << record.status;
    const quint64 serial = record.serial;
    m_requests.append(std::move(record));
    if (fault && fault->delayMs > 0) {
        answerLater(fault->delayMs, std::move(responder), std::move(writer), serial);
    } else {
        writer(std::move(responder));
        notifyAnswered(serial);
    }
}

void MondaySimulator::notifyAnswered(quint64 serial)
{
    if (serial == 0)
        return;
    for (const std::shared_ptr<MondayRequestLayer>& layer : m_layers)
        layer->answered(serial);
}

void MondaySimulator::answerLater(int delayMs, QHttpServerResponder&& responder, Write writer, quint64 serial)
{
    // As BcApiSimulator does: the responder is kept (shared, since std::function must be copyable) and
    // written after the delay, unless the client closed the connection first.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delayMs, this, [this, held, socket, writer = std::move(writer), serial] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            writer(std::move(*held));
        notifyAnswered(serial);
    });
}

} // namespace mlc::sandbox
