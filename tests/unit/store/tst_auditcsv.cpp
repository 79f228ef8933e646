// One audit entry as a CSV row: every field in the header's order, quoting by RFC 4180 (commas, quotes,
// line breaks), changes as compact JSON, and a leading apostrophe on anything a spreadsheet would run as a
// formula.

#include "store/AuditCsv.h"

#include <QTest>

using namespace mlc;

class tst_AuditCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRowHoldsEveryFieldInTheHeadersOrder()
    {
        AuditEntry entry;
        entry.id = 42;
        entry.at = QDateTime(QDate(2026, 11, 29), QTime(9, 30, 5), Qt::UTC);
        entry.entity = QStringLiteral("purchaseInvoices");
        entry.boardId = QStringLiteral("5084200002");
        entry.bcId = QStringLiteral("5d115c9c-44e3-ea11-bb43-000d3a2feca1");
        entry.bcNumber = QStringLiteral("108001");
        entry.itemId = QStringLiteral("9120000007");
        entry.event = AuditEvent::Failed;
        entry.changes = {
            {QStringLiteral("status"), AuditEntry::change(QStringLiteral("Open"), QStringLiteral("Paid"))}};
        entry.attempt = 3;
        entry.error = QStringLiteral("monday said \"no\", twice\nthen gave up");
        QCOMPARE(AuditCsv::header().count(','), 12);
        const QByteArray row = AuditCsv::row(entry);
        QVERIFY(row.endsWith("\r\n"));
        QVERIFY(row.startsWith("42,2026-11-29T09:30:05"));
        QVERIFY(row.contains(
            ",purchaseInvoices,5084200002,5d115c9c-44e3-ea11-bb43-000d3a2feca1,108001,9120000007,failed,"));
        QVERIFY(row.contains("\"{\"\"status\"\":{\"\"new\"\":\"\"Paid\"\",\"\"old\"\":\"\"Open\"\"}}\""));
        QVERIFY(row.contains(",3,\"monday said \"\"no\"\", twice\nthen gave up\","));
    }

    void formulasAreDefused()
    {
        AuditEntry entry;
        entry.event = AuditEvent::Rejected;
        entry.bcNumber = QStringLiteral("=HYPERLINK(\"http://evil\")");
        entry.error = QStringLiteral("@SUM(A1)");
        const QByteArray row = AuditCsv::row(entry);
        QVERIFY2(row.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","), row.constData());
        QVERIFY2(row.contains(",'@SUM(A1),"), row.constData());
    }
};

QTEST_GUILESS_MAIN(tst_AuditCsv)
#include "tst_auditcsv.moc"
