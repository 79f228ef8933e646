#include "BcCollectionPager.h"

#include <QStringList>

#include <algorithm>

namespace mlc::sandbox {

std::optional<BcCollectionPager::Page> BcCollectionPager::page(const QList<QJsonObject>& records,
                                                               const BcODataQuery& query,
                                                               std::optional<int> maxPageSize)
{
    qsizetype start = query.skip();
    if (!query.skipToken().isEmpty()) {
        const std::optional<qsizetype> resumed = startAfter(records, query.skipToken());
        if (!resumed)
            return std::nullopt;
        start = *resumed;
    }
    const qsizetype remaining = std::max<qsizetype>(0, records.size() - start);
    const qsizetype limit = query.top() ? std::min<qsizetype>(*query.top(), kMaxPageSize)
                                        : std::clamp(maxPageSize.value_or(kMaxPageSize), 1, kMaxPageSize);
    const qsizetype count = std::min(remaining, limit);
    Page result;
    for (qsizetype i = start; i < start + count; ++i)
        result.value.append(query.project(records.at(i)));
    if (!query.top() && count < remaining) {
        const qsizetype next = start + count;
        result.nextSkipToken = QStringLiteral("%1,%2").arg(next).arg(
            records.at(next - 1).value(QStringLiteral("id")).toString());
    }
    return result;
}

// The token is "<position>,<id of the last record sent>": the id keeps the place when records before it were
// deleted between pages; the position is the fallback when that record itself is gone.
std::optional<qsizetype> BcCollectionPager::startAfter(const QList<QJsonObject>& records,
                                                       const QString& skipToken)
{
    const QStringList parts = skipToken.split(QLatin1Char(','));
    bool ok = false;
    const qsizetype position = parts.size() == 2 ? parts.at(0).toLongLong(&ok) : 0;
    if (!ok || position < 0)
        return std::nullopt;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).value(QStringLiteral("id")).toString() == parts.at(1))
            return i + 1;
    }
    return std::clamp<qsizetype>(position - 1, 0, records.size());
}

} // namespace mlc::sandbox
