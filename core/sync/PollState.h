#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mlc {

class Database;

// What a mapping's watermark row keeps besides the time, in its deltaCursor JSON:
//  - the BC delta reader's cursor;
//  - `deferred`: records that wait for a linked record (their vendor not on the board yet), read again by
//    every pass until they can be written;
//  - `failedPlans`: records whose values could not be planned (a label the column lacks, a value monday
//    would refuse). They never reached the outbox, so replay finds them here: it moves them to `deferred`,
//    and the next pass reads them again against the (fixed) mapping;
//  - `sweptAt`: when the DeletionSweep last compared the mapping's ids with BC's;
//  - `adopted`: the board's items were adopted by a complete first pass (BoardAdoption).
// Rows written before these lists existed hold the cursor alone.
struct PollState
{
    Q_DECLARE_TR_FUNCTIONS(PollState)

public:
    QJsonObject cursor;
    QSet<QString> deferred;
    QSet<QString> failedPlans;
    QDateTime sweptAt;
    bool adopted = false;

    static PollState fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    // Moves the record's failed plan (or, with an empty bcId, every failed plan of the mapping) to the
    // records read again by the next pass. Returns the ids moved, or no value on a store error.
    static std::optional<QStringList> askAgain(Database& database, const QString& entity,
                                               const QString& boardId, const QString& bcId, QString* error);

    // The mapping's stored state; an empty one before its first poll. No value on a store error.
    static std::optional<PollState> load(Database& database, const QString& entity, const QString& boardId,
                                         QString* error);
    // Changes the stored state of a mapping that has been polled; does nothing for one that has not.
    static bool update(Database& database, const QString& entity, const QString& boardId,
                       const std::function<void(PollState&)>& change, QString* error);
};

} // namespace mlc
