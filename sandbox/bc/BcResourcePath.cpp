#include "BcResourcePath.h"

#include <QRegularExpression>
#include <QStringList>

namespace mlc::sandbox {

namespace {

// "name(key)" or "name"; the key is a bare GUID as BC writes it, quotes are tolerated.
bool splitSegment(const QString& segment, QString* name, QString* key, bool* keyed)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z]+)(?:\\('?([^()']*)'?\\))?$"));
    const QRegularExpressionMatch match = pattern.match(segment);
    if (!match.hasMatch())
        return false;
    *name = match.captured(1);
    *keyed = match.capturedLength(2) > 0 || segment.endsWith(QLatin1Char(')'));
    *key = match.captured(2);
    return true;
}

} // namespace

std::optional<BcResourcePath> BcResourcePath::parse(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 5 || parts.size() > 6 || parts.at(2) != QStringLiteral("api") ||
        parts.at(3) != QStringLiteral("v2.0"))
        return std::nullopt;
    BcResourcePath result;
    result.tenant = parts.at(0);
    result.environment = parts.at(1);
    QString companies;
    if (!splitSegment(parts.at(4), &companies, &result.companyId, &result.companyKeyed) ||
        companies != QStringLiteral("companies"))
        return std::nullopt;
    if (parts.size() == 6) {
        bool recordKeyed = false;
        if (!result.companyKeyed ||
            !splitSegment(parts.at(5), &result.entitySet, &result.recordId, &recordKeyed))
            return std::nullopt;
        if (recordKeyed && result.recordId.isEmpty())
            return std::nullopt;
    }
    return result;
}

QString BcResourcePath::endpoint() const
{
    return entitySet.isEmpty() ? QStringLiteral("companies") : entitySet;
}

} // namespace mlc::sandbox
