#include "MondayOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace mlc {

using std::chrono::seconds;

namespace {

using Kind = MondayOutcome::Kind;
using Reason = MondayOutcome::Reason;

QString tr(const char* text)
{
    return QCoreApplication::translate("mlc::MondayOutcome", text);
}

bool contains(const QString& text, const char* what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

bool codeIs(const MondayError& error, const char* code)
{
    return error.code.compare(QLatin1String(code), Qt::CaseInsensitive) == 0;
}

std::optional<int> optionalInt(const QJsonValue& value)
{
    if (value.isDouble()) {
        return value.toInt();
    }
    bool ok = false;
    const int parsed = value.toString().toInt(&ok);
    return ok ? std::optional<int>(parsed) : std::nullopt;
}

// One entry of the GraphQL `errors` array (2024-10 and later).
MondayError errorFromObject(const QJsonObject& object)
{
    const QJsonObject extensions = object.value(QStringLiteral("extensions")).toObject();
    MondayError error;
    error.message = object.value(QStringLiteral("message")).toString();
    error.code = extensions.value(QStringLiteral("code")).toString();
    error.statusCode = extensions.value(QStringLiteral("status_code")).toInt();
    error.retryInSeconds = optionalInt(extensions.value(QStringLiteral("retry_in_seconds")));
    error.requestId = extensions.value(QStringLiteral("request_id")).toString();
    error.errorData = extensions.value(QStringLiteral("error_data")).toObject();
    error.path = object.value(QStringLiteral("path"));
    return error;
}

// The top-level fields of 2024-07 and earlier: error_code, error_message, error_data, status_code.
std::optional<MondayError> legacyError(const QJsonObject& root)
{
    if (!root.contains(QStringLiteral("error_code")) && !root.contains(QStringLiteral("error_message"))) {
        return std::nullopt;
    }
    MondayError error;
    error.code = root.value(QStringLiteral("error_code")).toString();
    error.message = root.value(QStringLiteral("error_message")).toString();
    error.statusCode = root.value(QStringLiteral("status_code")).toInt();
    error.errorData = root.value(QStringLiteral("error_data")).toObject();
    return error;
}

QList<MondayError> readErrors(const QJsonObject& root)
{
    QList<MondayError> errors;
    QStringList bareMessages; // 2024-07 sent plain strings in `errors` beside the legacy fields
    for (const QJsonValue& entry : root.value(QStringLiteral("errors")).toArray()) {
        if (entry.isObject()) {
            errors.append(errorFromObject(entry.toObject()));
        } else if (entry.isString()) {
            bareMessages.append(entry.toString());
        }
    }
    const std::optional<MondayError> legacy = legacyError(root);
    if (errors.isEmpty() && legacy) {
        errors.append(*legacy);
    } else if (legacy) {
        // 2024-10 sends both; the array lacks nothing but a status code in some examples.
        for (MondayError& error : errors) {
            if (error.statusCode == 0 && error.code == legacy->code) {
                error.statusCode = legacy->statusCode;
            }
        }
    }
    for (const QString& message : std::as_const(bareMessages)) {
        if (errors.isEmpty()) {
            errors.append(MondayError{QString(), message, 0, std::nullopt, QString(), QJsonValue(), {}});
        }
    }
    return errors;
}

QString readRequestId(const QJsonObject& root, const QList<MondayError>& errors, const QByteArray& header)
{
    const QString top =
        root.value(QStringLiteral("extensions")).toObject().value(QStringLiteral("request_id")).toString();
    if (!top.isEmpty()) {
        return top;
    }
    for (const MondayError& error : errors) {
        if (!error.requestId.isEmpty()) {
            return error.requestId;
        }
    }
    return QString::fromLatin1(header).trimmed();
}

// monday's messages end in a pointer to its docs, which says nothing to someone reading the audit trail.
QString plainMessage(const MondayError& error)
{
    QString text = error.message;
    const qsizetype pointer = text.indexOf(QLatin1String(" Please check our API documentation"));
    if (pointer > 0) {
        text.truncate(pointer);
    }
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text.isEmpty() ? error.code : text;
}

QDateTime nextMidnightUtc(const QDateTime& now)
{
    return QDateTime(now.toUTC().date().addDays(1), QTime(0, 0), Qt::UTC);
}

// Decides one answer. Terminal signals are looked for first (a daily limit comes as a 429 too), then the
// retry signals, then what is left: a refusal of this one request.
class Classifier
{
public:
    Classifier(const MondayResponse& response, const QDateTime& now)
        : m_response(response)
        , m_now(now)
    {
        m_outcome.httpStatus = response.httpStatus;
        m_outcome.replayed = response.idempotencyReplayed.trimmed().compare(QByteArrayLiteral("true"),
                                                                            Qt::CaseInsensitive) == 0;
    }

    MondayOutcome run()
    {
        if (m_response.transport != MondayResponse::Transport::Answered) {
            return withoutAnswer();
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(m_response.body, &parseError);
        m_root = document.object();
        m_outcome.errors = readErrors(m_root);
        m_outcome.data = m_root.value(QStringLiteral("data")).toObject();
        m_outcome.requestId = readRequestId(m_root, m_outcome.errors, m_response.requestIdHeader);
        if (terminal() || retry()) {
            return m_outcome;
        }
        if (m_response.httpStatus != 200) {
            return rejectedByStatus();
        }
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return malformed(parseError.error != QJsonParseError::NoError
                                 ? tr("monday's answer is not valid JSON (%1 at byte %2)")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset)
                                 : tr("monday's answer is not a JSON object"));
        }
        return answered();
    }

private:
    MondayOutcome withoutAnswer()
    {
        m_outcome.mayHaveBeenApplied = m_response.sentMutation;
        switch (m_response.transport) {
        case MondayResponse::Transport::Timeout:
            return decide(Kind::Retry, Reason::Timeout,
                          tr("monday did not answer in time (%1)").arg(m_response.transportMessage));
        case MondayResponse::Transport::NetworkError:
            return decide(Kind::Retry, Reason::NetworkError,
                          tr("monday could not be reached (%1). Check the network and the API URL")
                              .arg(m_response.transportMessage));
        case MondayResponse::Transport::BodyTooLarge:
        case MondayResponse::Transport::Answered:
            break;
        }
        return malformed(tr("monday's answer was larger than the connector accepts (%1)")
                             .arg(m_response.transportMessage));
    }

    bool terminal()
    {
        if (const MondayError* error = find([](const MondayError& e) {
                return codeIs(e, "DAILY_LIMIT_EXCEEDED") || contains(e.message, "daily limit");
            })) {
            m_outcome.pausedUntil = nextMidnightUtc(m_now);
            decide(
                Kind::Terminal, Reason::DailyLimit,
                tr("monday's daily API call limit for this account is used up. The connector pauses writes "
                   "to monday until midnight UTC, when the limit resets"),
                error);
            return true;
        }
        if (const MondayError* error = find([](const MondayError& e) {
                return codeIs(e, "InvalidVersionException") || codeIs(e, "API_VERSION_REQUIRED");
            })) {
            decide(Kind::Terminal, Reason::InvalidVersion,
                   tr("monday does not accept the API version set in the profile (monday.apiVersion). Use a "
                      "version such as 2026-07"),
                   error);
            return true;
        }
        if (const MondayError* error =
                find([](const MondayError& e) { return codeIs(e, "USER_ACCESS_DENIED"); })) {
            decide(Kind::Terminal, Reason::AccessDenied,
                   tr("The monday user behind the API token may not use the API: the user is inactive or "
                      "view-only, or has not confirmed their email address"),
                   error);
            return true;
        }
        if (const MondayError* error =
                find([](const MondayError& e) { return codeIs(e, "missingRequiredPermissions"); })) {
            decide(Kind::Terminal, Reason::MissingPermissions,
                   tr("The monday API token lacks a permission the connector needs (%1). Grant the app the "
                      "boards:read and boards:write scopes, or use a personal API token")
                       .arg(plainMessage(*error)),
                   error);
            return true;
        }
        const MondayError* unauthorized = find([](const MondayError& e) {
            return e.statusCode == 401 || codeIs(e, "Unauthorized") || codeIs(e, "OAUTH21_TOKEN_REQUIRED") ||
                   contains(e.message, "not authenticated");
        });
        if (m_response.httpStatus == 401 || unauthorized) {
            const bool ipRestricted = contains(QString::fromUtf8(m_response.body), "ip is restricted");
            decide(Kind::Terminal, Reason::Unauthorized,
                   ipRestricted ? tr("monday refuses calls from this computer's IP address (the account's IP "
                                     "allow-list). Ask a monday admin to allow it")
                                : tr("monday rejected the API token. Store a valid token in the keychain or "
                                     "set MLC_MONDAY_TOKEN"),
                   unauthorized);
            return true;
        }
        const MondayError* forbidden = find([](const MondayError& e) {
            return e.statusCode == 403 || codeIs(e, "UserUnauthorizedException");
        });
        if (m_response.httpStatus == 403 || forbidden) {
            decide(Kind::Terminal, Reason::AccessDenied,
                   tr("The monday user behind the API token may not do this (%1). Give the user access to "
                      "the board")
                       .arg(forbidden ? plainMessage(*forbidden) : tr("HTTP 403")),
                   forbidden);
            return true;
        }
        return false;
    }

    bool retry()
    {
        const int status = m_response.httpStatus;
        const MondayError* complexity = find([](const MondayError& e) {
            return contains(e.code, "complexity") || contains(e.message, "complexity budget");
        });
        const MondayError* throttled = find([](const MondayError& e) {
            return e.retryInSeconds.has_value() || e.statusCode == 429 || contains(e.code, "rate_limit") ||
                   contains(e.code, "ratelimit") || contains(e.code, "concurrency") ||
                   contains(e.code, "LIMIT_EXCEEDED") || codeIs(e, "API_TEMPORARILY_BLOCKED") ||
                   contains(e.message, "rate limit") || contains(e.message, "limit rate exceeded") ||
                   contains(e.message, "concurrency limit");
        });
        const MondayError* conflict =
            find([](const MondayError& e) { return codeIs(e, "IDEMPOTENCY_CONFLICT"); });
        if (complexity) {
            decide(Kind::Retry, Reason::ComplexityBudget,
                   tr("monday's complexity budget for this minute is used up"), complexity);
        } else if (conflict || (status == 409 && !m_response.retryAfterHeader.isEmpty())) {
            decide(Kind::Retry, Reason::IdempotencyConflict,
                   tr("monday is still working on an earlier attempt of this write"), conflict);
        } else if (status == 429 || throttled) {
            decide(Kind::Retry, Reason::RateLimited, tr("monday asked the connector to slow down"),
                   throttled);
        } else if (status == 423) {
            decide(Kind::Retry, Reason::Locked,
                   tr("The monday board is locked by another change (a column change or an automation)"),
                   first());
        } else if (status == 408 || status >= 500) {
            // A 500 may also come from a garbled column value, but it passes often enough to be retried.
            m_outcome.mayHaveBeenApplied = m_response.sentMutation;
            decide(Kind::Retry, Reason::ServerError, tr("monday answered HTTP %1").arg(status), first());
        } else {
            return false;
        }
        m_outcome.retryAfter = retryDelay();
        return true;
    }

    // The wait monday asked for, from the most to the least explicit signal.
    std::optional<seconds> retryDelay() const
    {
        if (const std::optional<seconds> header =
                MondayOutcome::parseRetryAfter(m_response.retryAfterHeader, m_now)) {
            return header;
        }
        std::optional<int> longest;
        for (const MondayError& error : m_outcome.errors) {
            if (error.retryInSeconds) {
                longest = std::max(longest.value_or(0), *error.retryInSeconds);
            }
        }
        if (longest) {
            return seconds(std::max(0, *longest));
        }
        const QJsonValue reset = m_outcome.data.value(QStringLiteral("complexity"))
                                     .toObject()
                                     .value(QStringLiteral("reset_in_x_seconds"));
        if (m_outcome.reason == Reason::ComplexityBudget && reset.isDouble()) {
            return seconds(std::max(0, reset.toInt()));
        }
        // The legacy complexity message: "... reset in 3 seconds".
        static const QRegularExpression resetIn(QStringLiteral("reset in (\\d+) seconds?"),
                                                QRegularExpression::CaseInsensitiveOption);
        for (const MondayError& error : m_outcome.errors) {
            const QRegularExpressionMatch match = resetIn.match(error.message);
            if (match.hasMatch()) {
                return seconds(match.captured(1).toInt());
            }
        }
        return rateLimitHeaderDelay();
    }

    // RateLimit: "minuteRate";r=0;t=38, ... : the longest `t` of an exhausted policy.
    std::optional<seconds> rateLimitHeaderDelay() const
    {
        std::optional<seconds> delay;
        static const QRegularExpression exhausted(QStringLiteral(";\\s*r=0\\s*;\\s*t=(\\d+)"));
        QRegularExpressionMatchIterator it =
            exhausted.globalMatch(QString::fromLatin1(m_response.rateLimitHeader));
        while (it.hasNext()) {
            const seconds t(it.next().captured(1).toInt());
            delay = delay ? std::max(*delay, t) : t;
        }
        return delay;
    }

    MondayOutcome rejectedByStatus()
    {
        const MondayError* error = first();
        const QString detail = error ? plainMessage(*error) : shortBody();
        if (m_response.httpStatus >= 300 && m_response.httpStatus < 400) {
            return decide(Kind::Permanent, Reason::RequestRejected,
                          tr("monday answered with a redirect (HTTP %1). Check the API URL in the profile")
                              .arg(m_response.httpStatus));
        }
        if (m_response.httpStatus == 404) {
            return decide(Kind::Permanent, Reason::NotFound,
                          tr("monday did not find what the request named (%1)").arg(detail), error);
        }
        if (error) {
            return fromError(*error);
        }
        return decide(
            Kind::Permanent, Reason::RequestRejected,
            tr("monday refused the request with HTTP %1 (%2)").arg(m_response.httpStatus).arg(detail));
    }

    MondayOutcome answered()
    {
        if (m_outcome.errors.isEmpty()) {
            if (!m_root.value(QStringLiteral("data")).isObject()) {
                return malformed(tr("monday's answer holds neither data nor errors"));
            }
            return decide(Kind::Done, Reason::None, QString());
        }
        // An error below a root field leaves the rest of the data usable; one that empties a root field
        // (create_item: null) or names no field means the request did not do its work.
        for (const MondayError& error : std::as_const(m_outcome.errors)) {
            const QString root = error.rootField();
            const QJsonValue value = m_outcome.data.value(root);
            if (root.isEmpty() || value.isNull() || value.isUndefined()) {
                return fromError(error);
            }
        }
        return decide(Kind::Done, Reason::None, QString());
    }

    MondayOutcome fromError(const MondayError& error)
    {
        const QString text = plainMessage(error);
        if (contains(error.code, "CursorExpired") || contains(error.message, "CursorExpiredError")) {
            return decide(Kind::Permanent, Reason::CursorExpired,
                          tr("The monday page cursor expired (cursors last 60 minutes); reading starts over"),
                          &error);
        }
        if (codeIs(error, "ColumnValueException") || codeIs(error, "CorrectedValueException")) {
            m_outcome.columnId = columnIdOf(error);
            if (contains(error.message, "label does not exist") ||
                contains(error.message, "label not found")) {
                return decide(Kind::Permanent, Reason::MissingLabel,
                              tr("The label does not exist in column %1. Add it to the column on the board, "
                                 "map the value to an existing label, or let the mapping create labels")
                                  .arg(columnName()),
                              &error);
            }
            return decide(Kind::Permanent, Reason::ColumnValue,
                          tr("monday refused the value for column %1: %2. Check the column's type and the "
                             "mapped field")
                              .arg(columnName(), text),
                          &error);
        }
        if (codeIs(error, "InvalidColumnIdException")) {
            m_outcome.columnId = columnIdOf(error);
            return decide(
                Kind::Permanent, Reason::InvalidColumn,
                tr("Column %1 does not exist on the board, or the token's user cannot see it. Fix the "
                   "column id in the mapping")
                    .arg(columnName()),
                &error);
        }
        if (codeIs(error, "ResourceNotFoundException") || codeIs(error, "InvalidBoardIdException") ||
            contains(error.message, "not found")) {
            return decide(Kind::Permanent, Reason::NotFound,
                          tr("monday did not find what the request named: %1").arg(text), &error);
        }
        if (codeIs(error, "JsonParseException") || codeIs(error, "undefinedField") ||
            error.message.startsWith(QLatin1String("Parse error"))) {
            return decide(Kind::Permanent, Reason::RequestRejected,
                          tr("monday could not read the connector's request (%1). This is a bug in the "
                             "connector; please report it")
                              .arg(text),
                          &error);
        }
        return decide(Kind::Permanent, Reason::Validation, tr("monday refused the request: %1").arg(text),
                      &error);
    }

    // The column a refused value belongs to: monday names it in error_data in some versions; otherwise, when
    // the request wrote one column only, it is that one, or the one whose id the message quotes.
    QString columnIdOf(const MondayError& error) const
    {
        for (const char* key : {"column_id", "columnId"}) {
            const QString named = error.errorData.value(QLatin1String(key)).toString();
            if (!named.isEmpty()) {
                return named;
            }
        }
        const QStringList sent =
            QJsonDocument::fromJson(m_response.sentColumnValues.toUtf8()).object().keys();
        if (sent.size() == 1) {
            return sent.first();
        }
        QStringList quoted;
        for (const QString& id : sent) {
            if (error.message.contains(QLatin1Char('"') + id + QLatin1Char('"')) ||
                error.message.contains(QLatin1Char('\'') + id + QLatin1Char('\''))) {
                quoted.append(id);
            }
        }
        return quoted.size() == 1 ? quoted.first() : QString();
    }

    QString columnName() const
    {
        if (!m_outcome.columnId.isEmpty()) {
            return QLatin1Char('"') + m_outcome.columnId + QLatin1Char('"');
        }
        return tr("(monday did not say which)");
    }

    MondayOutcome malformed(const QString& message)
    {
        m_outcome.mayHaveBeenApplied = m_response.sentMutation;
        return decide(Kind::Permanent, Reason::MalformedResponse, message);
    }

    MondayOutcome decide(Kind kind, Reason reason, const QString& message, const MondayError* error = nullptr)
    {
        m_outcome.kind = kind;
        m_outcome.reason = reason;
        m_outcome.message = message;
        if (error) {
            m_outcome.code = error->code;
        }
        return m_outcome;
    }

    template <typename Predicate>
    const MondayError* find(Predicate predicate) const
    {
        const auto it = std::find_if(m_outcome.errors.cbegin(), m_outcome.errors.cend(), predicate);
        return it == m_outcome.errors.cend() ? nullptr : &*it;
    }

    const MondayError* first() const
    {
        return m_outcome.errors.isEmpty() ? nullptr : &m_outcome.errors.first();
    }

    // A gateway's error page says more in its first line than in its HTML.
    QString shortBody() const
    {
        const QString text = QString::fromUtf8(m_response.body).simplified();
        return text.isEmpty() ? tr("no details given") : text.left(200);
    }

    const MondayResponse& m_response;
    QDateTime m_now;
    QJsonObject m_root;
    MondayOutcome m_outcome;
};

} // namespace

MondayOutcome MondayOutcome::classify(const MondayResponse& response, const QDateTime& now)
{
    return Classifier(response, now).run();
}

QList<MondayError> MondayOutcome::partialErrors() const
{
    return kind == Kind::Done ? errors : QList<MondayError>();
}

QString MondayOutcome::summary() const
{
    QString text = message.isEmpty() ? kindName(kind) : message;
    if (!code.isEmpty()) {
        text += tr(" (monday error code %1)").arg(code);
    }
    if (!requestId.isEmpty()) {
        text += tr(" [request id %1]").arg(requestId);
    }
    return text;
}

QString MondayOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Done:
        return QStringLiteral("done");
    case Kind::Retry:
        return QStringLiteral("retry");
    case Kind::Permanent:
        return QStringLiteral("permanent");
    case Kind::Terminal:
        return QStringLiteral("terminal");
    }
    return QString();
}

std::optional<seconds> MondayOutcome::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 delay = trimmed.toLongLong(&ok);
    if (ok) {
        return delay >= 0 ? std::optional<seconds>(seconds(delay)) : std::nullopt;
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"; always English, whatever the user's locale.
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid()) {
        return std::nullopt;
    }
    at.setTimeSpec(Qt::UTC);
    return seconds(std::max<qint64>(0, now.secsTo(at)));
}

} // namespace mlc
