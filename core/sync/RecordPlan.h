#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mlc {

// What one BC record needs on its board (DESIGN §3 step 3): nothing, a create with every mapped column, an
// update with only the columns whose value changed, a wait for a linked record, or a failure naming the
// column. The outbox stores `columnValues` as the payload and `plannedValues` for the link.
struct RecordPlan
{
    enum class Action
    {
        Create,
        Update,
        Unchanged,
        Deferred, // a board_relation column links to a record not yet on its board
        Failed    // a value cannot be written; permanent until the mapping, board or data change
    };

    Action action = Action::Unchanged;
    QString bcId;
    QString bcNumber; // the record's number or name, for people reading the audit trail
    QString itemName;
    // monday-encoded, keyed by column id ("name" renames an item); null clears a column.
    QJsonObject columnValues;
    // The comparable value of every mapped column (and "name"): the link's writtenValues once written.
    QJsonObject plannedValues;
    // Update: the changed columns and what the connector last wrote to them, for "old → new" in the audit.
    QStringList changedColumns;
    QJsonObject previousValues;
    bool createLabelsIfMissing = false;
    QString waitingFor; // Deferred: "<entity>:<bc id>" of the linked record
    QString errorColumn;
    QString error; // Deferred or Failed: plain English

    static QString actionName(Action action);
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::RecordPlan)
