#include "bc/BcDeltaCursor.h"
#include "bc/BcRetryPolicy.h"
#include "bc/BcTimestamp.h"

#include <QTest>

using mlc::BcRetryPolicy;
using std::chrono::milliseconds;
using namespace std::chrono_literals;

class tst_BcClientParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsWithAnyNumberOfFractionalDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("msec");
        QTest::newRow("none") << QStringLiteral("2020-08-21T07:38:46Z") << 0;
        QTest::newRow("one") << QStringLiteral("2023-09-02T17:49:38.5Z") << 500;
        QTest::newRow("two") << QStringLiteral("2020-08-21T07:38:46.53Z") << 530;
        QTest::newRow("three") << QStringLiteral("2020-08-21T00:26:53.793Z") << 793;
        QTest::newRow("seven") << QStringLiteral("2020-08-21T00:26:53.7931234Z") << 793;
    }

    void timestampsWithAnyNumberOfFractionalDigits()
    {
        QFETCH(QString, text);
        QFETCH(int, msec);
        const std::optional<QDateTime> parsed = mlc::BcTimestamp::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(parsed->time().msec(), msec);
        QCOMPARE(parsed->date().year() > 2000, true);
    }

    void timestampsThatAreNotUtcAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("local") << QStringLiteral("2020-08-21T07:38:46");
        QTest::newRow("offset") << QStringLiteral("2020-08-21T07:38:46+02:00");
        QTest::newRow("date only") << QStringLiteral("2020-08-21");
        QTest::newRow("no month 13") << QStringLiteral("2020-13-21T07:38:46Z");
        QTest::newRow("empty") << QString();
        QTest::newRow("too many digits") << QStringLiteral("2020-08-21T07:38:46.12345678Z");
    }

    void timestampsThatAreNotUtcAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!mlc::BcTimestamp::parse(text));
    }

    void theFilterLiteralIsUtcWithMilliseconds()
    {
        const QDateTime berlin(QDate(2026, 3, 1), QTime(10, 0, 0, 50), Qt::OffsetFromUTC, 3600);
        QCOMPARE(mlc::BcTimestamp::filterLiteral(berlin), QStringLiteral("2026-03-01T09:00:00.050Z"));
    }

    void retryAfterInSecondsOrAsADate()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
        QCOMPARE(BcRetryPolicy::parseRetryAfter("7", now), std::optional<milliseconds>(7000ms));
        QCOMPARE(BcRetryPolicy::parseRetryAfter(" 0 ", now), std::optional<milliseconds>(0ms));
        QCOMPARE(BcRetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional<milliseconds>(30000ms));
        QCOMPARE(BcRetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now),
                 std::optional<milliseconds>(0ms));
        QVERIFY(!BcRetryPolicy::parseRetryAfter("", now));
        QVERIFY(!BcRetryPolicy::parseRetryAfter("-3", now));
        QVERIFY(!BcRetryPolicy::parseRetryAfter("soon", now));
    }

    void onlyTransientStatusesAreRetried()
    {
        for (int status : {408, 429, 502, 503, 504}) {
            QVERIFY(BcRetryPolicy::isRetryableStatus(status));
        }
        for (int status : {200, 400, 401, 403, 404, 409, 500}) {
            QVERIFY(!BcRetryPolicy::isRetryableStatus(status));
        }
    }

    void attemptsRunOutAtTheLimit()
    {
        BcRetryPolicy::Settings settings;
        settings.maxAttempts = 3;
        BcRetryPolicy policy(settings, 1);
        QVERIFY(policy.delayBeforeRetry(1));
        QVERIFY(policy.delayBeforeRetry(2, 5s));
        QVERIFY(!policy.delayBeforeRetry(3));
        QVERIFY(!policy.delayBeforeRetry(3, 1s));
    }

    void jitterSpreadsClientsThatFailedTogether()
    {
        QSet<qint64> delays;
        for (quint32 seed = 1; seed <= 20; ++seed) {
            BcRetryPolicy policy({}, seed);
            delays.insert(policy.delayBeforeRetry(3)->count());
        }
        QVERIFY2(delays.size() > 10, "twenty clients should not all wait the same time");
    }

    void theCursorDeliversEachVersionOnce()
    {
        mlc::BcDeltaCursor cursor;
        mlc::BcRecord record;
        record.id = QStringLiteral("a");
        record.etag = QStringLiteral("W/\"1\"");
        record.lastModifiedUtc = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        QVERIFY(!cursor.wasDelivered(record));
        cursor.markDelivered(record);
        QVERIFY(cursor.wasDelivered(record));
        QCOMPARE(cursor.watermark(), record.lastModifiedUtc);

        mlc::BcRecord changed = record;
        changed.etag = QStringLiteral("W/\"2\"");
        QVERIFY(!cursor.wasDelivered(changed));

        cursor.forgetOlderThan(record.lastModifiedUtc);
        QCOMPARE(cursor.rememberedCount(), 1); // the bound itself is read again with "ge"
        cursor.forgetOlderThan(record.lastModifiedUtc.addMSecs(1));
        QCOMPARE(cursor.rememberedCount(), 0);
        QCOMPARE(cursor.readFrom(60s), record.lastModifiedUtc.addSecs(-60));
    }
};

QTEST_GUILESS_MAIN(tst_BcClientParts)
#include "tst_bc_client_parts.moc"
