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
    *keyed = segment.endsWith(QLatin1Char(')'));
    *key = match.captured(2);
    return !(*keyed && key->isEmpty());
}

// The index of "api" in [tenant/]environment/api/v2.0, or -1.
qsizetype apiIndex(const QStringList& parts)
{
    for (qsizetype index : {qsizetype(1), qsizetype(2)}) {
        if (parts.size() > index + 2 && parts.at(index) == QStringLiteral("api") &&
            parts.at(index + 1) == QStringLiteral("v2.0"))
            return index;
    }
    return -1;
}

} // namespace

std::optional<BcResourcePath> BcResourcePath::parse(const QString& path, const QString& companyParameter)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype api = apiIndex(parts);
    if (api < 0)
        return std::nullopt;
    BcResourcePath result;
    result.tenant = api == 2 ? parts.at(0) : QString();
    result.environment = parts.at(api - 1);
    result.rootPath = QLatin1Char('/') + parts.mid(0, api + 2).join(QLatin1Char('/'));
    const QStringList resource = parts.mid(api + 2);

    QString first;
    QString firstKey;
    bool firstKeyed = false;
    if (resource.size() > 2 || !splitSegment(resource.at(0), &first, &firstKey, &firstKeyed))
        return std::nullopt;
    if (first != QStringLiteral("companies")) {
        // The entity set named directly, the company given as a query parameter.
        if (resource.size() != 1 || companyParameter.isEmpty())
            return std::nullopt;
        result.companyId = companyParameter;
        result.companyKeyed = true;
        result.entitySet = first;
        result.recordId = firstKey;
        return result;
    }
    result.companyId = firstKey;
    result.companyKeyed = firstKeyed;
    if (resource.size() == 2) {
        bool recordKeyed = false;
        if (!result.companyKeyed ||
            !splitSegment(resource.at(1), &result.entitySet, &result.recordId, &recordKeyed))
            return std::nullopt;
    }
    return result;
}

QString BcResourcePath::endpoint() const
{
    return entitySet.isEmpty() ? QStringLiteral("companies") : entitySet;
}

} // namespace mlc::sandbox
