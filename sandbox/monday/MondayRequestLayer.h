#pragma once

#include "GraphQLAst.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace mlc::sandbox {

// A request that passed authentication, parsing, validation and variable coercion: what a layer (rate limits,
// complexity budget, idempotency cache) decides on before anything runs.
struct MondayOperation
{
    quint64 serial = 0; // the request's number, for answered()
    QString token;
    QString apiVersion; // the version that serves the call, echoed in the API-Version header
    QByteArray idempotencyKey;
    const GraphQLDocument* document = nullptr;
    const GraphQLOperation* operation = nullptr;
    QJsonObject variables; // coerced
    QStringList rootFields;
    bool isMutation = false;
    // Handed to every resolver as GraphQLFieldContext::request; layers may add to it.
    QVariantMap context;
};

// An answer on its way out: status, JSON body and extra headers. The simulator adds the envelope's
// extensions.request_id and the API-Version header itself.
struct MondayAnswer
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // monday's body for a refused request: {"errors": [{message, extensions: {code, status_code, ...}}]}.
    static MondayAnswer error(int status, const QString& message, const QString& code,
                              QJsonObject extensions = {})
    {
        extensions.insert(QStringLiteral("code"), code);
        extensions.insert(QStringLiteral("status_code"), status);
        const QJsonObject entry{{QStringLiteral("message"), message},
                                {QStringLiteral("extensions"), extensions}};
        return {status, {{QStringLiteral("errors"), QJsonArray{entry}}}, {}};
    }
};

// A step around execution. admit() runs in the order layers were added, before any field resolves; the first
// one that returns an answer refuses the request (a 429, a 409, a replayed response) and nothing executes.
// finish() runs on every answer of an admitted or refused operation, in reverse order, to add headers
// (RateLimit) or remember the answer (idempotency replay).
class MondayRequestLayer
{
public:
    virtual ~MondayRequestLayer() = default;
    virtual std::optional<MondayAnswer> admit(MondayOperation& operation) = 0;
    virtual void finish(const MondayOperation& operation, MondayAnswer& answer) = 0;
    // The answer of request `serial` was written to its socket, or its connection closed first: the end of
    // "in flight" for a request whose answer was held back (a delay fault), at once for the others.
    virtual void answered(quint64 serial) { Q_UNUSED(serial) }
};

} // namespace mlc::sandbox
