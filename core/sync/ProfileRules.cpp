#include "ProfileRules.h"

#include "bc/BcEntityCatalogue.h"
#include "sync/StrictJsonObject.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace mlc {

namespace {

bool matchesWhole(const QString& pattern, const QString& text)
{
    const QRegularExpression expression(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"));
    return expression.match(text).hasMatch();
}

// Quoted, escaped and shortened like every other value in profile messages.
QString quoted(const QString& text)
{
    return StrictJsonObject::describe(QJsonValue(text));
}

bool isHostName(const QString& host)
{
    static const QString label = QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    return matchesWhole(label + QStringLiteral("(?:\\.") + label + QStringLiteral(")*"), host);
}

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> previous(static_cast<size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

} // namespace

bool ProfileRules::isGuid(const QString& text)
{
    return matchesWhole(
        QStringLiteral("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"), text);
}

bool ProfileRules::isTenantId(const QString& text)
{
    // A GUID is also a valid host name as far as the characters go.
    return isHostName(text);
}

bool ProfileRules::isEnvironmentName(const QString& text)
{
    return matchesWhole(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_-]*"), text);
}

bool ProfileRules::isBoardId(const QString& text)
{
    return matchesWhole(QStringLiteral("[0-9]{1,20}"), text);
}

bool ProfileRules::isMondayId(const QString& text)
{
    return matchesWhole(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_-]*"), text);
}

bool ProfileRules::isFieldName(const QString& text)
{
    return matchesWhole(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"), text);
}

bool ProfileRules::isApiVersion(const QString& text)
{
    // monday releases quarterly; any other month is refused by the API, so refuse it here first.
    return text == QLatin1String("current") || matchesWhole(QStringLiteral("[0-9]{4}-(?:01|04|07|10)"), text);
}

bool ProfileRules::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString address = host;
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

std::optional<ProfileRules::ListenAddress> ProfileRules::parseListen(const QString& text)
{
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return std::nullopt;
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (!isHostName(host))
            return std::nullopt;
    }
    if (!matchesWhole(QStringLiteral("[0-9]{1,5}"), port))
        return std::nullopt;
    const int number = port.toInt();
    if (number < 1 || number > 65535)
        return std::nullopt;
    return ListenAddress{host, static_cast<quint16>(number)};
}

QString ProfileRules::urlProblem(const QString& text, UrlUse use)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return tr("expected an absolute URL such as https://host/path, got an empty string");
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || text.trimmed() != text)
        return tr("expected an absolute URL such as https://host/path, got %1")
            .arg(quoted(QUrl(text).toString(QUrl::RemoveUserInfo)));
    if (!url.userInfo().isEmpty())
        return tr("expected a URL without a user name or password, got %1; secrets never go in the profile")
            .arg(quoted(url.toString(QUrl::RemoveUserInfo)));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("expected an https URL, got %1").arg(quoted(text));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("expected an https URL, got %1; plain http is accepted only for a loopback host "
                  "(127.0.0.0/8, ::1 or localhost), because secrets and business data travel over it")
            .arg(quoted(text));
    if (url.hasFragment())
        return tr("expected a URL without a #fragment, got %1").arg(quoted(text));
    if (use == UrlUse::Base && url.hasQuery())
        return tr("expected a base URL without a ?query, because paths are appended to it, got %1")
            .arg(quoted(text));
    return {};
}

QString ProfileRules::fieldProblem(BcEntity entity, const QString& field)
{
    if (BcEntityCatalogue::field(entity, field))
        return {};
    const QString message = tr("%1 is not part of %2 in Business Central API v2.0")
                                .arg(quoted(field), BcEntities::toString(entity));
    const QString suggestion = closestMatch(field, BcEntityCatalogue::fieldNames(entity));
    return suggestion.isEmpty() ? message : tr("%1; did you mean \"%2\"?").arg(message, suggestion);
}

QString ProfileRules::enumValueProblem(BcEntity entity, const QString& field, const QString& wireValue)
{
    const BcField* known = BcEntityCatalogue::field(entity, field);
    if (!known || !known->isEnum() || known->member(wireValue))
        return {};
    return tr("%1 is not a value of %2 on %3 in Business Central API v2.0, so this entry only applies if "
              "your "
              "tenant added it; the standard values are %4 (values are matched as BC sends them, e.g. "
              "In_x0020_Review)")
        .arg(quoted(wireValue), field, BcEntities::toString(entity),
             known->memberWireValues().join(QStringLiteral(", ")));
}

QString ProfileRules::closestMatch(const QString& word, const QStringList& candidates)
{
    const QString lowered = word.toLower();
    QString best;
    int bestDistance = 3; // more than two edits away is not a typo any more
    for (const QString& candidate : candidates) {
        const int distance = editDistance(lowered, candidate.toLower());
        const bool plausible = distance * 2 < std::max(word.size(), candidate.size());
        if (plausible && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace mlc
