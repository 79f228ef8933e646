#pragma once

#include <QMetaType>
#include <QString>

namespace mlc {

// Why a BC value cannot be written to a monday column. These are permanent: the same record fails the same
// way until the mapping, the board or the BC data changes, so the write is failed (replayable) rather than
// retried.
struct MondayColumnError
{
    enum class Kind
    {
        UnsupportedType, // a column type the connector cannot write (people, formula, ...)
        LabelMissing,    // a status/dropdown label the board lacks, and creating labels is not allowed
        InvalidValue,    // a value the column cannot hold: not a number, not a date, not an email address
        TooLong          // more text than the column holds
    };

    Kind kind = Kind::InvalidValue;
    QString columnId;    // e.g. "status"
    QString columnTitle; // e.g. "Approval"
    QString columnType;  // monday's type name, e.g. "status"
    QString reason;      // plain English, what is wrong and how to fix it
    bool permanent = true;

    // "Column "Approval" (status, status): <reason>" — for the audit trail and the CLI.
    QString message() const;
};

inline bool operator==(const MondayColumnError& a, const MondayColumnError& b)
{
    return a.kind == b.kind && a.columnId == b.columnId && a.columnTitle == b.columnTitle &&
           a.columnType == b.columnType && a.reason == b.reason && a.permanent == b.permanent;
}

} // namespace mlc

Q_DECLARE_METATYPE(mlc::MondayColumnError)
