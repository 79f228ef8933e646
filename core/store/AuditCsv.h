#pragma once

#include "store/AuditEntry.h"

#include <QByteArray>

namespace mlc {

// The audit trail as CSV (RFC 4180, UTF-8, CRLF), one row per entry with every field, for spreadsheets and
// auditors. A field a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe,
// so an error message or a BC value can never execute in someone's Excel.
class AuditCsv
{
public:
    static QByteArray header();
    static QByteArray row(const AuditEntry& entry);

private:
    static QByteArray field(const QString& value);
};

} // namespace mlc
