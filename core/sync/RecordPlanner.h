#pragma once

#include "bc/BcEntity.h"
#include "bc/BcRecord.h"
#include "monday/MondayBoardStructure.h"
#include "store/Link.h"
#include "sync/Mapping.h"
#include "sync/RecordPlan.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace mlc {

struct MondayColumnInput;

// Turns a BC record into the write its board needs, for one mapping: each mapped field encoded for its
// column by MondayColumnCodec, compared in comparable form with what the connector last wrote (the link),
// so only changed columns are sent and an unchanged record costs no mutation. It reads nothing and writes
// nothing; the board's columns and the linked items are handed in.
class RecordPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RecordPlanner)

public:
    // The item id a linked record became on its own board, or nullopt when it is not there (yet).
    using LinkedItemFinder = std::function<std::optional<QString>(BcEntity entity, const QString& bcId)>;

    RecordPlanner(Mapping mapping, MondayBoardStructure board, LinkedItemFinder findLinkedItem);

    // `link` is the record's link when it already has an item on the board.
    RecordPlan plan(const BcRecord& record, const std::optional<Link>& link) const;
    const MondayBoardStructure& board() const { return m_board; }

    // The field that names a record for people (number, else display name), for audit entries.
    static QString numberOf(BcEntity entity, const BcRecord& record);

private:
    struct ColumnPlan
    {
        QString columnId;
        QJsonValue encoded;
        QJsonValue comparable;
        bool createsLabel = false;
    };

    std::optional<ColumnPlan> planColumn(const ColumnMapping& mapping, const BcRecord& record,
                                         RecordPlan* plan) const;
    bool linkedItems(const ColumnMapping& mapping, const QJsonValue& bcValue, MondayColumnInput* input,
                     RecordPlan* plan) const;
    QString itemNameOf(const BcRecord& record) const;
    static void fail(RecordPlan* plan, RecordPlan::Action action, const QString& column,
                     const QString& error);

    Mapping m_mapping;
    MondayBoardStructure m_board;
    LinkedItemFinder m_findLinkedItem;
};

} // namespace mlc
