#include "BcCollectionPager.h"
#include "BcODataQuery.h"

#include <QJsonArray>
#include <QTest>

using mlc::sandbox::BcCollectionPager;
using mlc::sandbox::BcODataQuery;

namespace {

BcODataQuery parsed(const QString& query)
{
    QString error;
    const std::optional<BcODataQuery> result = BcODataQuery::parse(QUrlQuery(query), &error);
    if (!result)
        qWarning("%s", qPrintable(error));
    return result.value_or(BcODataQuery());
}

QJsonObject record(const QString& id, const QString& modified, const QString& name = QString())
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("lastModifiedDateTime"), modified},
                       {QStringLiteral("displayName"), name},
                       {QStringLiteral("@odata.etag"), QStringLiteral("W/\"x\"")}};
}

QStringList ids(const QJsonArray& values)
{
    QStringList result;
    for (const QJsonValue& value : values)
        result.append(value.toObject().value(QStringLiteral("id")).toString());
    return result;
}

} // namespace

class tst_BcODataQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datetimesCompareAsInstantsWhateverTheirFractionalDigits()
    {
        const BcODataQuery after =
            parsed(QStringLiteral("$filter=lastModifiedDateTime gt 2020-08-21T07:38:46.5Z"));
        QVERIFY(after.matches(record(QStringLiteral("a"), QStringLiteral("2020-08-21T07:38:46.53Z"))));
        QVERIFY(!after.matches(record(QStringLiteral("b"), QStringLiteral("2020-08-21T07:38:46.500Z"))));
        QVERIFY(!after.matches(record(QStringLiteral("c"), QStringLiteral("2020-08-21T07:38:46Z"))));
        const BcODataQuery atOrAfter =
            parsed(QStringLiteral("$filter=lastModifiedDateTime ge 2020-08-21T07:38:46.500Z"));
        QVERIFY(atOrAfter.matches(record(QStringLiteral("d"), QStringLiteral("2020-08-21T07:38:46.5Z"))));
    }

    void orderByDatetimeSortsByInstant()
    {
        QList<QJsonObject> records{record(QStringLiteral("late"), QStringLiteral("2023-09-02T17:49:38.5Z")),
                                   record(QStringLiteral("whole"), QStringLiteral("2023-09-02T17:49:38Z")),
                                   record(QStringLiteral("mid"), QStringLiteral("2023-09-02T17:49:38.07Z"))};
        parsed(QStringLiteral("$orderby=lastModifiedDateTime asc")).sort(records);
        QCOMPARE(records.at(0).value(QStringLiteral("id")).toString(), QStringLiteral("whole"));
        QCOMPARE(records.at(1).value(QStringLiteral("id")).toString(), QStringLiteral("mid"));
        QCOMPARE(records.at(2).value(QStringLiteral("id")).toString(), QStringLiteral("late"));
        parsed(QStringLiteral("$orderby=lastModifiedDateTime desc")).sort(records);
        QCOMPARE(records.at(0).value(QStringLiteral("id")).toString(), QStringLiteral("late"));
    }

    void quotedStringsUnescapeDoubledQuotes()
    {
        const BcODataQuery query =
            parsed(QStringLiteral("$filter=displayName eq 'Margie''s Travel' and id ne 'x'"));
        QVERIFY(query.matches(record(QStringLiteral("a"), QStringLiteral("2020-01-01T00:00:00Z"),
                                     QStringLiteral("Margie's Travel"))));
        QVERIFY(!query.matches(record(QStringLiteral("x"), QStringLiteral("2020-01-01T00:00:00Z"),
                                      QStringLiteral("Margie's Travel"))));
        QVERIFY(!query.matches(
            record(QStringLiteral("b"), QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("Margie"))));
    }

    void guidsMatchWhateverTheirCase()
    {
        const BcODataQuery query =
            parsed(QStringLiteral("$filter=id eq F7A5738A-44E3-EA11-BB43-000D3A2FECA1"));
        QVERIFY(query.matches(record(QStringLiteral("f7a5738a-44e3-ea11-bb43-000d3a2feca1"),
                                     QStringLiteral("2020-01-01T00:00:00Z"))));
        QVERIFY(!query.matches(record(QStringLiteral("f7a5738a-44e3-ea11-bb43-000d3a2feca2"),
                                      QStringLiteral("2020-01-01T00:00:00Z"))));
    }

    void unsupportedSyntaxIsRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("or") << QStringLiteral("$filter=a eq 'x' or b eq 'y'");
        QTest::newRow("function") << QStringLiteral("$filter=contains(displayName,'a')");
        QTest::newRow("local time") << QStringLiteral("$filter=lastModifiedDateTime gt 2025-01-01T00:00:00");
        QTest::newRow("open quote") << QStringLiteral("$filter=displayName eq 'abc");
        QTest::newRow("missing literal") << QStringLiteral("$filter=displayName eq");
        QTest::newRow("lambda") << QStringLiteral("$filter=lines/any(l: l/quantity gt 1)");
        QTest::newRow("bad orderby") << QStringLiteral("$orderby=number sideways");
        QTest::newRow("negative top") << QStringLiteral("$top=-1");
        QTest::newRow("expand") << QStringLiteral("$expand=purchaseInvoiceLines");
    }

    void unsupportedSyntaxIsRefusedWithAReason()
    {
        QFETCH(QString, query);
        QString error;
        QVERIFY(!BcODataQuery::parse(QUrlQuery(query), &error));
        QVERIFY(!error.isEmpty());
    }

    void unknownFieldsAreReported()
    {
        const BcODataQuery query =
            parsed(QStringLiteral("$select=id,colour&$filter=size eq 'L'&$orderby=id"));
        QCOMPARE(query.unknownFields({QStringLiteral("id"), QStringLiteral("number")}),
                 (QStringList{QStringLiteral("colour"), QStringLiteral("size")}));
    }

    void pagingResumesAfterADeletedRecord()
    {
        QList<QJsonObject> records;
        for (int i = 0; i < 7; ++i)
            records.append(record(QStringLiteral("r%1").arg(i), QStringLiteral("2020-01-01T00:00:00Z")));
        const auto first = BcCollectionPager::page(records, parsed(QString()), 3);
        QVERIFY(first && first->nextSkipToken);
        QCOMPARE(ids(first->value),
                 (QStringList{QStringLiteral("r0"), QStringLiteral("r1"), QStringLiteral("r2")}));

        records.removeAt(2); // the last record sent disappears before the next page is asked for
        const auto second = BcCollectionPager::page(
            records, parsed(QStringLiteral("$skiptoken=") + *first->nextSkipToken), 3);
        QVERIFY(second);
        QCOMPARE(ids(second->value),
                 (QStringList{QStringLiteral("r3"), QStringLiteral("r4"), QStringLiteral("r5")}));
        QVERIFY(second->nextSkipToken);

        QVERIFY(!BcCollectionPager::page(records, parsed(QStringLiteral("$skiptoken=garbage")), 3));
    }

    void topIgnoresThePageSizeAndNeverLinks()
    {
        QList<QJsonObject> records;
        for (int i = 0; i < 10; ++i)
            records.append(record(QStringLiteral("r%1").arg(i), QStringLiteral("2020-01-01T00:00:00Z")));
        const auto page = BcCollectionPager::page(records, parsed(QStringLiteral("$top=4")), 2);
        QVERIFY(page);
        QCOMPARE(page->value.size(), 4);
        QVERIFY(!page->nextSkipToken);
    }
};

QTEST_GUILESS_MAIN(tst_BcODataQuery)
#include "tst_bc_odata_query.moc"
