#include "BcLoopback.h"
#include "BcReadRun.h"
#include "bc/BcTimestamp.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <algorithm>

using mlc::BcDeltaCursor;
using mlc::BcDeltaReader;
using mlc::BcEntity;
using mlc::BcRecord;
using namespace std::chrono_literals;

namespace {

constexpr BcEntity kEntity = BcEntity::PurchaseInvoices;

BcDeltaReader::Settings settings(int pageSize = 20, std::chrono::milliseconds overlap = 60s)
{
    BcDeltaReader::Settings result;
    result.overlap = overlap;
    result.pageSize = pageSize;
    return result;
}

struct Pass
{
    BcReadRun run;
    BcDeltaCursor cursor;
    int alreadyDelivered = 0;
};

Pass deltaPass(BcLoopback& bc, const BcDeltaCursor& from, int pageSize = 20,
               std::chrono::milliseconds overlap = 60s)
{
    BcDeltaReader reader(*bc.client, kEntity, from, settings(pageSize, overlap));
    Pass pass;
    pass.run = BcReadRun::of(reader);
    pass.cursor = reader.cursor();
    pass.alreadyDelivered = reader.recordsAlreadyDelivered();
    return pass;
}

QString firstIdWith(const BcLoopback& bc, const QString& status)
{
    for (const QJsonObject& record : *bc.api.data().records(bc.companyId(), kEntity)) {
        if (record.value(QStringLiteral("status")).toString() == status) {
            return record.value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

QDateTime newestTimestamp(const BcLoopback& bc)
{
    QDateTime newest;
    for (const QJsonObject& record : *bc.api.data().records(bc.companyId(), kEntity)) {
        const QDateTime at =
            *mlc::BcTimestamp::parse(record.value(QStringLiteral("lastModifiedDateTime")).toString());
        newest = newest.isValid() ? std::max(newest, at) : at;
    }
    return newest;
}

} // namespace

class tst_BcDelta : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstPassReadsEverythingOldestFirst()
    {
        BcLoopback bc;
        const Pass pass = deltaPass(bc, BcDeltaCursor());
        QVERIFY2(!pass.run.error, pass.run.error ? qPrintable(pass.run.error->summary()) : "");
        QCOMPARE(pass.run.records.size(), bc.api.data().records(bc.companyId(), kEntity)->size());
        QVERIFY(pass.run.pageSizes.size() > 5);
        for (int i = 1; i < pass.run.records.size(); ++i) {
            QVERIFY(pass.run.records.at(i - 1).lastModifiedUtc <= pass.run.records.at(i).lastModifiedUtc);
        }
        QCOMPARE(pass.cursor.watermark(), newestTimestamp(bc));
    }

    void aPassWithoutChangesReportsNothing()
    {
        BcLoopback bc;
        const Pass first = deltaPass(bc, BcDeltaCursor());
        const Pass second = deltaPass(bc, first.cursor);
        QVERIFY(!second.run.error);
        QCOMPARE(second.run.records.size(), 0);
        QVERIFY2(second.alreadyDelivered >= 1, "the overlap window re-reads at least the newest record");
        QCOMPARE(second.cursor.watermark(), first.cursor.watermark());
    }

    void recordsStampedAtTheWatermarkAreNotMissedNorRepeated_data()
    {
        QTest::addColumn<int>("overlapMs");
        QTest::newRow("no overlap") << 0;
        QTest::newRow("a minute's overlap") << 60000;
    }

    void recordsStampedAtTheWatermarkAreNotMissedNorRepeated()
    {
        QFETCH(int, overlapMs);
        const std::chrono::milliseconds overlap(overlapMs);
        BcLoopback bc;
        const QString company = bc.companyId();
        bc.clock.advance(24h);
        const QString paid = firstIdWith(bc, QStringLiteral("Open"));
        QVERIFY(bc.api.changeRecord(company, kEntity, paid,
                                    {{QStringLiteral("status"), QStringLiteral("Paid")}}));
        const Pass first = deltaPass(bc, BcDeltaCursor(), 20, overlap);
        QCOMPARE(first.cursor.watermark(), bc.clock.nowUtc());

        // The same millisecond as the watermark: a new invoice and a change to another one.
        const QString created =
            bc.api.createRecord(company, kEntity, {{QStringLiteral("number"), QStringLiteral("108999")}});
        QVERIFY(!created.isEmpty());
        const QString reviewed = firstIdWith(bc, QStringLiteral("Draft"));
        QVERIFY(bc.api.changeRecord(company, kEntity, reviewed,
                                    {{QStringLiteral("status"), QStringLiteral("In_x0020_Review")}}));

        const Pass second = deltaPass(bc, first.cursor, 20, overlap);
        QVERIFY(!second.run.error);
        const QStringList ids = second.run.ids();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), (QSet<QString>{created, reviewed}));
        QCOMPARE(second.run.records.size(), 2);
        QCOMPARE(second.alreadyDelivered, 1); // the invoice paid before the first pass

        const Pass third = deltaPass(bc, second.cursor, 20, overlap);
        QCOMPARE(third.run.records.size(), 0);
    }

    void aRecordChangedDuringThePassComesAgainAsItsNewVersion()
    {
        BcLoopback bc;
        BcDeltaReader reader(*bc.client, kEntity, BcDeltaCursor(), settings(40));
        QList<BcRecord> delivered;
        QString changedId;
        bool done = false;
        connect(&reader, &BcDeltaReader::pageRead, this, [&](const QList<BcRecord>& page) {
            delivered.append(page);
            if (changedId.isEmpty()) {
                changedId = page.first().id;
                bc.clock.advance(1min);
                bc.api.changeRecord(bc.companyId(), kEntity, changedId,
                                    {{QStringLiteral("vendorInvoiceNumber"), QStringLiteral("X-1")}});
            }
            reader.hasMorePages() ? reader.readNextPage() : void(done = true);
        });
        reader.readNextPage();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);

        const qsizetype total = bc.api.data().records(bc.companyId(), kEntity)->size();
        QCOMPARE(delivered.size(), total + 1);
        QCOMPARE(delivered.last().id, changedId);
        QCOMPARE(delivered.last().fields.value(QStringLiteral("vendorInvoiceNumber")).toString(),
                 QStringLiteral("X-1"));
        QVERIFY(delivered.first().etag != delivered.last().etag);
        QCOMPARE(deltaPass(bc, reader.cursor()).run.records.size(), 0);
    }

    void theQueryReadsFromTheWatermarkMinusTheOverlap()
    {
        BcLoopback bc;
        BcDeltaReader::Settings withSelect = settings();
        withSelect.select = QStringList{QStringLiteral("number"), QStringLiteral("status")};
        const mlc::BcQuery full = BcDeltaReader::queryFor(BcDeltaCursor(), withSelect);
        QVERIFY(full.filter.isEmpty());
        QCOMPARE(full.orderBy, QStringLiteral("lastModifiedDateTime asc"));
        QCOMPARE(full.select, (QStringList{QStringLiteral("id"), QStringLiteral("lastModifiedDateTime"),
                                           QStringLiteral("number"), QStringLiteral("status")}));

        const Pass first = deltaPass(bc, BcDeltaCursor());
        const mlc::BcQuery delta = BcDeltaReader::queryFor(first.cursor, withSelect);
        const QDateTime from = first.cursor.watermark().addSecs(-60);
        QCOMPARE(delta.filter,
                 QStringLiteral("lastModifiedDateTime ge ") + mlc::BcTimestamp::filterLiteral(from));
        QVERIFY(delta.filter.endsWith(QLatin1Char('Z')));
    }

    void theCursorSurvivesTheStore()
    {
        BcLoopback bc;
        const Pass first = deltaPass(bc, BcDeltaCursor());
        const std::optional<BcDeltaCursor> restored = BcDeltaCursor::fromJson(first.cursor.toJson());
        QVERIFY(restored);
        QCOMPARE(restored->watermark(), first.cursor.watermark());
        QCOMPARE(restored->rememberedCount(), first.cursor.rememberedCount());
        QCOMPARE(deltaPass(bc, *restored).run.records.size(), 0);

        QVERIFY(!BcDeltaCursor::fromJson({{QStringLiteral("watermark"), QStringLiteral("last tuesday")}}));
        QJsonArray entries;
        entries.append(QJsonArray{1, 2});
        QJsonObject withShortEntry;
        withShortEntry.insert(QStringLiteral("delivered"), entries);
        QVERIFY(!BcDeltaCursor::fromJson(withShortEntry));
        QVERIFY(!BcDeltaCursor::fromJson({}).value().watermark().isValid());
    }

    void theCursorRemembersOnlyTheOverlapWindow()
    {
        BcLoopback bc;
        const Pass first = deltaPass(bc, BcDeltaCursor());
        QVERIFY(first.cursor.rememberedCount() < bc.api.data().records(bc.companyId(), kEntity)->size() / 4);
        bc.clock.advance(48h);
        const QString id = firstIdWith(bc, QStringLiteral("Open"));
        bc.api.changeRecord(bc.companyId(), kEntity, id,
                            {{QStringLiteral("status"), QStringLiteral("Paid")}});
        const Pass second = deltaPass(bc, first.cursor);
        QCOMPARE(second.run.ids(), QStringList{id});
        QCOMPARE(second.cursor.rememberedCount(), 1);
    }

    void aFailedPageLeavesTheCursorAtTheLastDeliveredPage()
    {
        BcLoopback bc;
        BcDeltaReader reader(*bc.client, kEntity, BcDeltaCursor(), settings(30));
        int pages = 0;
        std::optional<mlc::BcError> error;
        QDateTime afterFirstPage;
        connect(&reader, &BcDeltaReader::pageRead, this, [&](const QList<BcRecord>&) {
            if (++pages == 1) {
                afterFirstPage = reader.cursor().watermark();
                bc.api.faults().inject(
                    QStringLiteral("purchaseInvoices"),
                    mlc::sandbox::BcFault{mlc::sandbox::BcFault::Kind::Status, 400, std::nullopt});
            }
            reader.readNextPage();
        });
        connect(&reader, &BcDeltaReader::failed, this, [&](const mlc::BcError& failure) { error = failure; });
        reader.readNextPage();
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
        QCOMPARE(pages, 1);
        QCOMPARE(error->httpStatus, 400);
        QCOMPARE(reader.cursor().watermark(), afterFirstPage);
        QVERIFY(afterFirstPage < newestTimestamp(bc));
    }
};

QTEST_GUILESS_MAIN(tst_BcDelta)
#include "tst_bc_delta.moc"
