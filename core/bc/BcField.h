#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mlc {

// The JSON shapes BC API v2.0 uses for the fields the connector reads (spec §3.0).
enum class BcFieldType
{
    Guid, // "xxxxxxxx-xxxx-...", the null GUID rather than null
    String,
    Decimal, // a JSON number
    Boolean,
    Date,     // Edm.Date "YYYY-MM-DD"; an empty date is "0001-01-01"
    DateTime, // lastModifiedDateTime: UTC with a trailing Z, 0-3 (or more) fractional digits
    Enum,     // an encoded member name, e.g. "In_x0020_Review"
};

// One member of a BC enum: matching always uses the wire value; only what a person reads uses the display
// text.
struct BcEnumMember
{
    QString wireValue;   // as sent with $schemaversion=2.0, e.g. "In_x0020_Review", "_x0020_"
    QString displayText; // e.g. "In Review"; the blank member reads "(blank)"
};

struct BcField
{
    QString name;
    BcFieldType type = BcFieldType::String;
    QList<BcEnumMember> members; // only for Enum, in ordinal order

    bool isEnum() const { return type == BcFieldType::Enum; }

    // nullptr when `wireValue` is not a member (tenants can extend enums, so that is not always an error).
    const BcEnumMember* member(const QString& wireValue) const
    {
        for (const BcEnumMember& candidate : members) {
            if (candidate.wireValue == wireValue)
                return &candidate;
        }
        return nullptr;
    }

    QStringList memberWireValues() const
    {
        QStringList values;
        for (const BcEnumMember& candidate : members)
            values << candidate.wireValue;
        return values;
    }
};

} // namespace mlc
