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
        return {json, {}, {}, {}, false};
    return {json.value(QStringLiteral("cursor")).toObject(), idSet(json.value(QStringLiteral("deferred"))),
            idSet(json.value(QStringLiteral("failedPlans"))),
            QDateTime::fromString(json.value(QStringLiteral("sweptAt")).toString(), Qt::ISODateWithMs),
            json.value(QStringLiteral("adopted")).toBool()};
}

QJsonObject PollState::toJson() const
{
    QJsonObject json{{QStringLiteral("cursor"), cursor},
                     {QStringLiteral("deferred"), sortedArray(deferred)},
                     {QStringLiteral("failedPlans"), sortedArray(failedPlans)}};
    if (adopted)
        json.insert(QStringLiteral("adopted"), true);
    if (sweptAt.isValid())
        json.insert(QStringLiteral("sweptAt"), sweptAt.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

std::optional<QStringList> PollState::askAgain(Database& database, const QString& entity,
                                               const QString& boardId, const QString& bcId, QString* error)
{
    QStringList moved;
    const bool saved = update(
        database, entity, boardId,
        [&](PollState& state) {
            const QSet<QString> moving = bcId.isEmpty()                     ? state.failedPlans
                                         : state.failedPlans.contains(bcId) ? QSet<QString>{bcId}
                                                                            : QSet<QString>{};
            state.failedPlans.subtract(moving);
            state.deferred.unite(moving);
            moved = QStringList(moving.cbegin(), moving.cend());
        },
        error);
    if (!saved)
        return std::nullopt;
    moved.sort();
    return moved;
}

std::optional<PollState> PollState::load(Database& database, const QString& entity, const QString& boardId,
                                         QString* error)
{
    QString readError;
    const std::optional<Watermark> watermark = WatermarkStore(database).load(entity, boardId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    return watermark ? fromJson(watermark->deltaCursor) : PollState();
}

bool PollState::update(Database& database, const QString& entity, const QString& boardId,
                       const std::function<void(PollState&)>& change, QString* error)
{
    WatermarkStore watermarks(database);
    QString readError;
    std::optional<Watermark> watermark = watermarks.load(entity, boardId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (!watermark)
        return true;
    PollState state = fromJson(watermark->deltaCursor);
    change(state);
    watermark->deltaCursor = state.toJson();
    return watermarks.save(entity, boardId, *watermark, error);
}

} // namespace mlc
