#pragma once

#include "BcODataQuery.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace mlc::sandbox {

// Server-driven paging as BC does it (spec §4.3): pages of at most maxpagesize records and a $skiptoken for
// the rest, except under $top, which returns at most that many and never a nextLink (microsoft/AL#6858).
class BcCollectionPager
{
public:
    static constexpr int kMaxPageSize = 20000;

    struct Page
    {
        QJsonArray value;
        std::optional<QString> nextSkipToken;
    };

    // `records` are already filtered and sorted. Returns nullopt for a skip token that is not ours.
    static std::optional<Page> page(const QList<QJsonObject>& records, const BcODataQuery& query,
                                    std::optional<int> maxPageSize);

private:
    static std::optional<qsizetype> startAfter(const QList<QJsonObject>& records, const QString& skipToken);
};

} // namespace mlc::sandbox
