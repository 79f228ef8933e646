#include "PollState.h"

#include "store/Database.h"
#include "store/WatermarkStore.h"

#include <QJsonArray>

namespace mlc {

namespace {

QSet<QString> idSet(const QJsonValue& value)
{
    QSet<QString> ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& id : array)
        ids.insert(id.toString());
    return ids;
}

QJsonArray sortedArray(const QSet<QString>& ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

} // namespace

PollState PollState::fromJson(const QJsonObject& json)
{
    if (!json.contains(QStringLiteral("cursor")))
        return {json, {}, {}};
    return {json.value(QStringLiteral("cursor")).toObject(), idSet(json.value(QStringLiteral("deferred"))),
            idSet(json.value(QStringLiteral("failedPlans")))};
}

QJsonObject PollState::toJson() const
{
    return {{QStringLiteral("cursor"), cursor},
            {QStringLiteral("deferred"), sortedArray(deferred)},
            {QStringLiteral("failedPlans"), sortedArray(failedPlans)}};
}

std::optional<QStringList> PollState::askAgain(Database& database, const QString& entity,
                                               const QString& boardId, const QString& bcId, QString* error)
{
    WatermarkStore watermarks(database);
    QString readError;
    std::optional<Watermark> watermark = watermarks.load(entity, boardId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    if (!watermark)
        return QStringList();
    PollState state = fromJson(watermark->deltaCursor);
    const QSet<QString> moving = bcId.isEmpty()                     ? state.failedPlans
                                 : state.failedPlans.contains(bcId) ? QSet<QString>{bcId}
                                                                    : QSet<QString>{};
    if (moving.isEmpty())
        return QStringList();
    state.failedPlans.subtract(moving);
    state.deferred.unite(moving);
    watermark->deltaCursor = state.toJson();
    if (!watermarks.save(entity, boardId, *watermark, error))
        return std::nullopt;
    QStringList ids(moving.cbegin(), moving.cend());
    ids.sort();
    return ids;
}

} // namespace mlc
