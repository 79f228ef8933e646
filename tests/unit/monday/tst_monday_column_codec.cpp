#include "tst_monday_column_codec.h"

#include "monday/MondayColumn.h"
#include "monday/MondayColumnCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using mlc::MondayColumn;
using mlc::MondayColumnCodec;
using mlc::MondayColumnEncoding;
using mlc::MondayColumnError;
using mlc::MondayColumnInput;

namespace {

// Compact JSON with sorted keys, so shapes compare as text whatever the key order.
QByteArray json(const QJsonValue& value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QJsonValue parse(const QByteArray& text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

QJsonObject parseObject(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

MondayColumn column(const char* id, const char* type, const char* settings = "{}")
{
    return MondayColumn::fromJson(
        QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                    {QStringLiteral("title"), QStringLiteral("Column %1").arg(QLatin1String(id))},
                    {QStringLiteral("type"), QString::fromLatin1(type)},
                    {QStringLiteral("settings_str"), QString::fromLatin1(settings)}});
}

MondayColumn statusColumn()
{
    return column(
        "status", "status",
        R"({"labels":{"0":"Working on it","1":"Done","2":"Stuck","3":"Awaiting approval","4":"2023",)"
        R"("5":""},"labels_positions_v2":{"0":0,"1":1,"2":2,"3":3,"4":4,"5":5},)"
        R"("labels_colors":{"1":{"color":"#00c875","border":"#00b461","var_name":"green-shadow"}}})");
}

MondayColumn dropdownColumn()
{
    return column("dropdown_vendor", "dropdown",
                  R"({"labels":[{"id":1,"name":"Marketing"},{"id":2,"name":"Design"},)"
                  R"({"id":3,"name":"Fabrikam, Inc."}]})");
}

MondayColumn columnOfType(const QByteArray& type)
{
    if (type == "status")
        return statusColumn();
    if (type == "dropdown")
        return dropdownColumn();
    return column(type.constData(), type.constData());
}

MondayColumnInput wire(const QJsonValue& bcValue)
{
    MondayColumnInput input;
    input.bcValue = bcValue;
    return input;
}

MondayColumnInput text(const QString& value)
{
    MondayColumnInput input;
    input.bcValue = value;
    input.text = value;
    return input;
}

// An encoded BC enum: wire member, the decoded text the caller computed, and the label the `values` map gave.
MondayColumnInput enumMember(const char* member, const char* decoded, const char* mapped = nullptr)
{
    MondayColumnInput input;
    input.bcValue = QString::fromLatin1(member);
    input.text = QString::fromLatin1(decoded);
    if (mapped)
        input.mappedLabel = QString::fromLatin1(mapped);
    return input;
}

MondayColumnInput linked(const QStringList& itemIds)
{
    MondayColumnInput input;
    input.bcValue = QStringLiteral("a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1");
    input.linkedItemIds = itemIds;
    return input;
}

MondayColumnInput phone(const char* number, const char* country)
{
    MondayColumnInput input = text(QString::fromLatin1(number));
    input.phoneCountry = QString::fromLatin1(country);
    return input;
}

} // namespace

Q_DECLARE_METATYPE(MondayColumnInput)

void tst_MondayColumnCodec::initTestCase()
{
    // Every test runs under a German default locale: "1234,5" must never reach monday.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void tst_MondayColumnCodec::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

// Each type's write shape exactly as monday.md §5.2 shows it.
void tst_MondayColumnCodec::encodeShapes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<MondayColumnInput>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << QByteArray("text") << text(QStringLiteral("Sample text"))
                          << QByteArray(R"("Sample text")");
    QTest::newRow("text from a GUID")
        << QByteArray("text") << wire(QStringLiteral("a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1"))
        << QByteArray(R"("a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1")");
    QTest::newRow("text from a decoded enum")
        << QByteArray("text") << enumMember("In_x0020_Review", "In Review") << QByteArray(R"("In Review")");
    QTest::newRow("text from a number") << QByteArray("text") << wire(1234.5) << QByteArray(R"("1234.5")");
    QTest::newRow("long_text") << QByteArray("long_text") << text(QStringLiteral("line1\nline2"))
                               << QByteArray(R"({"text":"line1\nline2"})");
    QTest::newRow("numbers") << QByteArray("numbers") << wire(42.5) << QByteArray(R"("42.5")");
    QTest::newRow("numbers integral") << QByteArray("numbers") << wire(1200) << QByteArray(R"("1200")");
    QTest::newRow("numbers negative") << QByteArray("numbers") << wire(-0.75) << QByteArray(R"("-0.75")");
    QTest::newRow("numbers large") << QByteArray("numbers") << wire(1e21)
                                   << QByteArray(R"("1000000000000000000000")");
    QTest::newRow("numbers from text")
        << QByteArray("numbers") << wire(QStringLiteral(" 1234.50 ")) << QByteArray(R"("1234.5")");
    QTest::newRow("status by label") << QByteArray("status") << enumMember("Open", "Open", "Done")
                                     << QByteArray(R"({"label":"Done"})");
    QTest::newRow("status by decoded enum")
        << QByteArray("status") << enumMember("Awaiting_x0020_approval", "Awaiting approval")
        << QByteArray(R"({"label":"Awaiting approval"})");
    QTest::newRow("status numeric label by id")
        << QByteArray("status") << enumMember("2023", "2023") << QByteArray(R"({"index":4})");
    QTest::newRow("date") << QByteArray("date") << wire(QStringLiteral("2026-06-15"))
                          << QByteArray(R"({"date":"2026-06-15"})");
    QTest::newRow("date from a dateTime, UTC day")
        << QByteArray("date") << wire(QStringLiteral("2026-06-15T23:30:00-02:00"))
        << QByteArray(R"({"date":"2026-06-16"})");
    QTest::newRow("dropdown") << QByteArray("dropdown") << text(QStringLiteral("Fabrikam, Inc."))
                              << QByteArray(R"({"labels":["Fabrikam, Inc."]})");
    QTest::newRow("dropdown mapped") << QByteArray("dropdown") << enumMember("Ads", "Ads", "Marketing")
                                     << QByteArray(R"({"labels":["Marketing"]})");
    QTest::newRow("board_relation") << QByteArray("board_relation")
                                    << linked({QStringLiteral("1122334455"), QStringLiteral("5544332211")})
                                    << QByteArray(R"({"item_ids":[1122334455,5544332211]})");
    QTest::newRow("email") << QByteArray("email") << text(QStringLiteral("ap@fabrikam.com"))
                           << QByteArray(R"({"email":"ap@fabrikam.com","text":"ap@fabrikam.com"})");
    QTest::newRow("phone with country") << QByteArray("phone") << phone("+12025550169", "us")
                                        << QByteArray(R"({"phone":"+12025550169","countryShortName":"US"})");
    QTest::newRow("phone without country")
        << QByteArray("phone") << phone("+49 30 1234567", "") << QByteArray(R"({"phone":"+49 30 1234567"})");
    QTest::newRow("link") << QByteArray("link") << text(QStringLiteral("https://fabrikam.com"))
                          << QByteArray(R"({"url":"https://fabrikam.com","text":"https://fabrikam.com"})");
    QTest::newRow("checkbox") << QByteArray("checkbox") << wire(true) << QByteArray(R"({"checked":"true"})");
    QTest::newRow("checkbox from text")
        << QByteArray("checkbox") << wire(QStringLiteral("true")) << QByteArray(R"({"checked":"true"})");
}

void tst_MondayColumnCodec::encodeShapes()
{
    QFETCH(QByteArray, type);
    QFETCH(MondayColumnInput, input);
    QFETCH(QByteArray, expected);
    const MondayColumnEncoding encoding = MondayColumnCodec::encode(columnOfType(type), input);
    QVERIFY2(encoding.ok(), qPrintable(encoding.error ? encoding.error->message() : QString()));
    QCOMPARE(json(encoding.value), json(parse(expected)));
    QVERIFY(!encoding.createsLabel);
    QVERIFY(!encoding.clears());
}

// Clearing is JSON null for every type: the one form monday.md §5.2 allows for all of them, and numbers
// must never get "" (that writes 0).
void tst_MondayColumnCodec::clearing_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<MondayColumnInput>("input");
    QTest::newRow("text empty") << QByteArray("text") << text(QString());
    QTest::newRow("text null") << QByteArray("text") << wire(QJsonValue::Null);
    QTest::newRow("long_text") << QByteArray("long_text") << text(QString());
    QTest::newRow("numbers null") << QByteArray("numbers") << wire(QJsonValue::Null);
    QTest::newRow("numbers empty text") << QByteArray("numbers") << wire(QString());
    QTest::newRow("status") << QByteArray("status") << enumMember("_x0020_", "");
    QTest::newRow("status null") << QByteArray("status") << wire(QJsonValue::Null);
    QTest::newRow("date BC empty") << QByteArray("date") << wire(QStringLiteral("0001-01-01"));
    QTest::newRow("dateTime BC empty") << QByteArray("date") << wire(QStringLiteral("0001-01-01T00:00:00Z"));
    QTest::newRow("date null") << QByteArray("date") << wire(QJsonValue::Null);
    QTest::newRow("dropdown") << QByteArray("dropdown") << text(QString());
    QTest::newRow("board_relation") << QByteArray("board_relation") << linked({});
    QTest::newRow("email") << QByteArray("email") << text(QString());
    QTest::newRow("phone") << QByteArray("phone") << text(QStringLiteral("  "));
    QTest::newRow("link") << QByteArray("link") << text(QString());
    QTest::newRow("checkbox false") << QByteArray("checkbox") << wire(false);
    QTest::newRow("checkbox null") << QByteArray("checkbox") << wire(QJsonValue::Null);
}

void tst_MondayColumnCodec::clearing()
{
    QFETCH(QByteArray, type);
    QFETCH(MondayColumnInput, input);
    const MondayColumn col = columnOfType(type);
    const MondayColumnEncoding encoding = MondayColumnCodec::encode(col, input);
    QVERIFY2(encoding.ok(), qPrintable(encoding.error ? encoding.error->message() : QString()));
    QVERIFY(encoding.clears());
    QCOMPARE(json(encoding.value), QByteArray("null"));
    QCOMPARE(MondayColumnCodec::comparable(col, encoding.value), QJsonValue(QJsonValue::Null));
}

void tst_MondayColumnCodec::numbersAreLocaleIndependent()
{
    QCOMPARE(QLocale().toString(1234.5), QStringLiteral("1.234,5")); // the test really runs in German
    const MondayColumn numbers = column("numbers", "numbers");
    QCOMPARE(MondayColumnCodec::encode(numbers, wire(1234.5)).value, QJsonValue(QStringLiteral("1234.5")));
    QCOMPARE(MondayColumnCodec::encode(numbers, wire(QStringLiteral("1234.5"))).value,
             QJsonValue(QStringLiteral("1234.5")));
    QCOMPARE(MondayColumnCodec::encode(column("text", "text"), wire(0.1)).value,
             QJsonValue(QStringLiteral("0.1")));
    // German spelling from BC would be a data error, not something to reinterpret.
    const MondayColumnEncoding german = MondayColumnCodec::encode(numbers, wire(QStringLiteral("1234,5")));
    QVERIFY(!german.ok());
    QCOMPARE(german.error->kind, MondayColumnError::Kind::InvalidValue);
    QCOMPARE(
        MondayColumnCodec::readBack(numbers, parseObject(R"({"text":"1.234,50","value":"\"1234.50\""})")),
        QJsonValue(QStringLiteral("1234.5")));
}

void tst_MondayColumnCodec::missingStatusLabelFailsWithAClearReason()
{
    const MondayColumnEncoding encoding =
        MondayColumnCodec::encode(statusColumn(), enumMember("In_x0020_Review", "In Review"));
    QVERIFY(!encoding.ok());
    QCOMPARE(encoding.error->kind, MondayColumnError::Kind::LabelMissing);
    QVERIFY(encoding.error->permanent);
    QCOMPARE(encoding.error->columnId, QStringLiteral("status"));
    QCOMPARE(encoding.error->columnType, QStringLiteral("status"));
    QCOMPARE(
        encoding.error->message(),
        QStringLiteral("Column \"Column status\" (status, status): The board has no label \"In Review\" in "
                       "this column (its labels: \"Working on it\", \"Done\", \"Stuck\", \"Awaiting "
                       "approval\", \"2023\"). Add the label on the board, map the value to an existing "
                       "label in the mapping's \"values\", or allow creating labels; then replay the "
                       "failed write."));
}

void tst_MondayColumnCodec::missingDropdownLabelFails()
{
    const MondayColumnEncoding encoding =
        MondayColumnCodec::encode(dropdownColumn(), text(QStringLiteral("Contoso")));
    QVERIFY(!encoding.ok());
    QCOMPARE(encoding.error->kind, MondayColumnError::Kind::LabelMissing);
    QVERIFY(encoding.error->reason.contains(QLatin1String("\"Marketing\", \"Design\", \"Fabrikam, Inc.\"")));
}

void tst_MondayColumnCodec::labelsAreCreatedOnlyWhenAllowed()
{
    MondayColumnInput input = enumMember("In_x0020_Review", "In Review");
    input.createLabelsIfMissing = true;
    const MondayColumnEncoding status = MondayColumnCodec::encode(statusColumn(), input);
    QVERIFY(status.ok());
    QVERIFY(status.createsLabel);
    QCOMPARE(json(status.value), QByteArray(R"({"label":"In Review"})"));

    const MondayColumnEncoding existing =
        MondayColumnCodec::encode(statusColumn(), enumMember("Open", "Open", "Done"));
    QVERIFY(!existing.createsLabel);

    input.text = QStringLiteral("New vendor");
    const MondayColumnEncoding dropdown = MondayColumnCodec::encode(dropdownColumn(), input);
    QVERIFY(dropdown.createsLabel);
    QCOMPARE(json(dropdown.value), QByteArray(R"({"labels":["New vendor"]})"));

    // monday would read "2024" as a label id, so it cannot be created by writing it.
    input.text = QStringLiteral("2024");
    QCOMPARE(MondayColumnCodec::encode(statusColumn(), input).error->kind,
             MondayColumnError::Kind::LabelMissing);
}

void tst_MondayColumnCodec::valuesTheColumnCannotHold_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<MondayColumnInput>("input");
    QTest::addColumn<MondayColumnError::Kind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("number text") << QByteArray("numbers") << wire(QStringLiteral("twelve"))
                                 << MondayColumnError::Kind::InvalidValue
                                 << QStringLiteral(
                                        "\"twelve\" is not a number, and a numbers column holds only "
                                        "numbers. Map a numeric field to this column, or this field "
                                        "to a text column.");
    QTest::newRow("number bool") << QByteArray("numbers") << wire(true)
                                 << MondayColumnError::Kind::InvalidValue
                                 << QStringLiteral(
                                        "true is not a number, and a numbers column holds only "
                                        "numbers. Map a numeric field to this column, or this field "
                                        "to a text column.");
    QTest::newRow("date") << QByteArray("date") << wire(QStringLiteral("15.06.2026"))
                          << MondayColumnError::Kind::InvalidValue
                          << QStringLiteral("\"15.06.2026\" is not a date; a date column takes dates such as "
                                            "2026-06-15.");
    QTest::newRow("date number") << QByteArray("date") << wire(20260615)
                                 << MondayColumnError::Kind::InvalidValue
                                 << QStringLiteral(
                                        "20260615 is not a date; a date column takes dates such as "
                                        "2026-06-15.");
    QTest::newRow("email") << QByteArray("email") << text(QStringLiteral("accounts payable"))
                           << MondayColumnError::Kind::InvalidValue
                           << QStringLiteral("\"accounts payable\" is not an email address; an email column "
                                             "takes addresses such as name@example.com.");
    QTest::newRow("phone") << QByteArray("phone") << text(QStringLiteral("n/a"))
                           << MondayColumnError::Kind::InvalidValue
                           << QStringLiteral("\"n/a\" is not a phone number.");
    QTest::newRow("checkbox") << QByteArray("checkbox") << wire(QStringLiteral("yes"))
                              << MondayColumnError::Kind::InvalidValue
                              << QStringLiteral("\"yes\" is not true or false; a checkbox column takes only "
                                                "yes/no fields.");
    QTest::newRow("item id") << QByteArray("board_relation") << linked({QStringLiteral("V10000")})
                             << MondayColumnError::Kind::InvalidValue
                             << QStringLiteral("\"V10000\" is not a monday item id, so it cannot be linked.");
    QTest::newRow("long text") << QByteArray("long_text") << text(QString(2001, QLatin1Char('x')))
                               << MondayColumnError::Kind::TooLong
                               << QStringLiteral(
                                      "The text is 2001 characters long; a monday long text column "
                                      "holds at most 2000. Shorten it in Business Central or map the "
                                      "field elsewhere.");
    QTest::newRow("people") << QByteArray("people") << text(QStringLiteral("Alex"))
                            << MondayColumnError::Kind::UnsupportedType
                            << QStringLiteral("The connector cannot write monday columns of type \"people\". "
                                              "Map the field to a text, long text, numbers, status, date, "
                                              "dropdown, connect boards, email, phone, link or checkbox "
                                              "column.");
}

void tst_MondayColumnCodec::valuesTheColumnCannotHold()
{
    QFETCH(QByteArray, type);
    QFETCH(MondayColumnInput, input);
    QFETCH(MondayColumnError::Kind, kind);
    QFETCH(QString, reason);
    const MondayColumnEncoding encoding = MondayColumnCodec::encode(columnOfType(type), input);
    QVERIFY(!encoding.ok());
    QVERIFY(encoding.value.isUndefined());
    QCOMPARE(encoding.error->kind, kind);
    QCOMPARE(encoding.error->reason, reason);
    QCOMPARE(encoding.error->columnId, QString::fromLatin1(type));
    QVERIFY(encoding.error->permanent);
}

void tst_MondayColumnCodec::longTextAtTheLimitIsWritten()
{
    QVERIFY(MondayColumnCodec::encode(column("long_text", "long_text"), text(QString(2000, QLatin1Char('x'))))
                .ok());
}

// What monday reads back after we wrote a value (fixtures shaped as monday.md §5.3 shows them, with the
// typed fragments the read query asks for) compares equal to what we would write; a changed board value
// compares unequal, so the planner rewrites exactly the changed columns.
void tst_MondayColumnCodec::readBackMatchesWhatWeWrite_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<MondayColumnInput>("input");
    QTest::addColumn<QByteArray>("same");
    QTest::addColumn<QByteArray>("changed");
    QTest::newRow("text") << QByteArray("text") << text(QStringLiteral("Fabrikam, Inc."))
                          << QByteArray(R"({"id":"text","type":"text","text":"Fabrikam, Inc.",)"
                                        R"("value":"\"Fabrikam, Inc.\""})")
                          << QByteArray(
                                 R"({"id":"text","type":"text","text":"Fabrikam","value":"\"Fabrikam\""})");
    QTest::newRow("long_text")
        << QByteArray("long_text") << text(QStringLiteral("line1\nline2"))
        << QByteArray(R"({"id":"long_text","type":"long_text","text":"line1\nline2",)"
                      R"("value":"{\"text\":\"line1\\nline2\",\"changed_at\":\"2026-03-21T12:00:00Z\"}"})")
        << QByteArray(R"({"id":"long_text","type":"long_text","text":"line1",)"
                      R"("value":"{\"text\":\"line1\",\"changed_at\":\"2026-03-21T12:00:00Z\"}"})");
    QTest::newRow("numbers")
        << QByteArray("numbers") << wire(1234.5)
        << QByteArray(R"({"id":"numbers","type":"numbers","text":"1234.50","value":"\"1234.50\"",)"
                      R"("number":1234.5,"symbol":"$","direction":"left"})")
        << QByteArray(R"({"id":"numbers","type":"numbers","text":"1234.51","value":"\"1234.51\"",)"
                      R"("number":1234.51})");
    QTest::newRow("numbers value only")
        << QByteArray("numbers") << wire(QStringLiteral("42"))
        << QByteArray(R"({"id":"numbers","type":"numbers","text":"42.00","value":"\"42.00\""})")
        << QByteArray(R"({"id":"numbers","type":"numbers","text":"","value":null})");
    QTest::newRow("status")
        << QByteArray("status") << enumMember("In_x0020_Review", "In Review", "Awaiting approval")
        << QByteArray(
               R"({"id":"status","type":"status","text":"Awaiting approval",)"
               R"("value":"{\"index\":3,\"post_id\":null,\"changed_at\":\"2026-03-21T12:00:00.000Z\"}",)"
               R"("index":3,"label":"Awaiting approval","is_done":false,)"
               R"("label_style":{"color":"#fdab3d","border":"#e99729"}})")
        << QByteArray(R"({"id":"status","type":"status","text":"Done","value":"{\"index\":1}",)"
                      R"("index":1,"label":"Done","is_done":true})");
    QTest::newRow("status value only")
        << QByteArray("status") << enumMember("Open", "Open", "Done")
        << QByteArray(R"({"id":"status","type":"status","text":"Done","value":"{\"index\":1}"})")
        << QByteArray(R"({"id":"status","type":"status","text":"Stuck","value":"{\"index\":2}"})");
    QTest::newRow("status numeric label")
        << QByteArray("status") << enumMember("2023", "2023")
        << QByteArray(R"({"id":"status","type":"status","text":"2023","value":"{\"index\":4}","index":4,)"
                      R"("label":"2023"})")
        << QByteArray(R"({"id":"status","type":"status","text":null,"value":null,"index":5,"label":null})");
    QTest::newRow("date")
        << QByteArray("date") << wire(QStringLiteral("2026-06-15"))
        << QByteArray(
               R"({"id":"date","type":"date","text":"2026-06-15",)"
               R"("value":"{\"date\":\"2026-06-15\",\"time\":null,\"changed_at\":\"2026-03-21T12:00:00Z\"}",)"
               R"("date":"2026-06-15","time":""})")
        << QByteArray(R"({"id":"date","type":"date","text":"2026-06-15 11:00",)"
                      R"("value":"{\"date\":\"2026-06-15\",\"time\":\"09:00:00\"}","date":"2026-06-15",)"
                      R"("time":"11:00:00"})");
    QTest::newRow("date another day")
        << QByteArray("date") << wire(QStringLiteral("2026-06-15"))
        << QByteArray(
               R"({"id":"date","type":"date","text":"2026-06-15","value":"{\"date\":\"2026-06-15\"}"})")
        << QByteArray(R"({"id":"date","type":"date","text":"2026-06-16","value":"{\"date\":\"2026-06-16\"}",)"
                      R"("date":"2026-06-16"})");
    QTest::newRow("dropdown")
        << QByteArray("dropdown") << text(QStringLiteral("Fabrikam, Inc."))
        << QByteArray(R"({"id":"dropdown_vendor","type":"dropdown","text":"Fabrikam, Inc.",)"
                      R"("value":"{\"ids\":[3]}","values":[{"id":"3","label":"Fabrikam, Inc."}]})")
        << QByteArray(R"({"id":"dropdown_vendor","type":"dropdown","text":"Fabrikam, Inc., Design",)"
                      R"("value":"{\"ids\":[3,2]}","values":[{"id":"3","label":"Fabrikam, Inc."},)"
                      R"({"id":"2","label":"Design"}]})");
    QTest::newRow("dropdown value only")
        << QByteArray("dropdown") << enumMember("Ads", "Ads", "Marketing")
        << QByteArray(
               R"({"id":"dropdown_vendor","type":"dropdown","text":"Marketing","value":"{\"ids\":[1]}"})")
        << QByteArray(
               R"({"id":"dropdown_vendor","type":"dropdown","text":"Design","value":"{\"ids\":[2]}"})");
    QTest::newRow("board_relation")
        << QByteArray("board_relation")
        << linked({QStringLiteral("1122334455"), QStringLiteral("5544332211")})
        << QByteArray(R"({"id":"board_relation","type":"board_relation","text":null,"value":null,)"
                      R"("linked_item_ids":["5544332211","1122334455"],"display_value":"Contoso, Fabrikam"})")
        << QByteArray(R"({"id":"board_relation","type":"board_relation","text":null,"value":null,)"
                      R"("linked_item_ids":["5544332211"],"display_value":"Contoso"})");
    QTest::newRow("email")
        << QByteArray("email") << text(QStringLiteral("ap@fabrikam.com"))
        << QByteArray(R"({"id":"email","type":"email","text":"ap@fabrikam.com",)"
                      R"("value":"{\"email\":\"ap@fabrikam.com\",\"text\":\"ap@fabrikam.com\"}",)"
                      R"("email":"ap@fabrikam.com","label":"ap@fabrikam.com"})")
        << QByteArray(R"({"id":"email","type":"email","text":"ar@fabrikam.com","email":"ar@fabrikam.com",)"
                      R"("label":"ar@fabrikam.com"})");
    QTest::newRow("phone")
        << QByteArray("phone") << phone("+12025550169", "US")
        << QByteArray(R"({"id":"phone","type":"phone","text":"+12025550169",)"
                      R"("value":"{\"phone\":\"+12025550169\",\"countryShortName\":\"US\"}",)"
                      R"("phone":"+12025550169","country_short_name":"US"})")
        << QByteArray(R"({"id":"phone","type":"phone","text":"+12025550170","phone":"+12025550170",)"
                      R"("country_short_name":"US"})");
    QTest::newRow("phone formatted")
        << QByteArray("phone") << phone("+49 (30) 123-4567", "")
        << QByteArray(R"({"id":"phone","type":"phone","text":"+49301234567",)"
                      R"("value":"{\"phone\":\"+49301234567\",\"countryShortName\":\"DE\"}"})")
        << QByteArray(R"({"id":"phone","type":"phone","text":"","value":null})");
    QTest::newRow("link")
        << QByteArray("link") << text(QStringLiteral("https://fabrikam.com"))
        << QByteArray(R"({"id":"link","type":"link","text":"https://fabrikam.com - https://fabrikam.com",)"
                      R"("value":"{\"url\":\"https://fabrikam.com\",\"text\":\"https://fabrikam.com\"}",)"
                      R"("url":"https://fabrikam.com","url_text":"https://fabrikam.com"})")
        << QByteArray(R"({"id":"link","type":"link","text":"https://fabrikam.com - Fabrikam",)"
                      R"("url":"https://fabrikam.com","url_text":"Fabrikam"})");
    QTest::newRow("checkbox")
        << QByteArray("checkbox") << wire(true)
        << QByteArray(
               R"({"id":"checkbox","type":"checkbox","text":"v",)"
               R"("value":"{\"checked\":true,\"changed_at\":\"2026-03-21T12:00:00Z\"}","checked":true})")
        << QByteArray(R"({"id":"checkbox","type":"checkbox","text":"","value":"{\"checked\":false}",)"
                      R"("checked":false})");
}

void tst_MondayColumnCodec::readBackMatchesWhatWeWrite()
{
    QFETCH(QByteArray, type);
    QFETCH(MondayColumnInput, input);
    QFETCH(QByteArray, same);
    QFETCH(QByteArray, changed);
    const MondayColumn col = columnOfType(type);
    const MondayColumnEncoding encoding = MondayColumnCodec::encode(col, input);
    QVERIFY2(encoding.ok(), qPrintable(encoding.error ? encoding.error->message() : QString()));
    const QJsonValue wanted = MondayColumnCodec::comparable(col, encoding.value);
    QVERIFY(!wanted.isNull());
    QCOMPARE(json(MondayColumnCodec::readBack(col, parseObject(same))), json(wanted));
    QVERIFY(MondayColumnCodec::readBack(col, parseObject(changed)) != wanted);
}

// An empty cell, in whichever way monday reports it, compares equal to clearing.
void tst_MondayColumnCodec::emptyCellsReadBackAsCleared_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("text") << QByteArray("text") << QByteArray(R"({"text":"","value":null})");
    QTest::newRow("text no value") << QByteArray("text") << QByteArray(R"({"text":""})");
    QTest::newRow("long_text") << QByteArray("long_text") << QByteArray(R"({"text":"","value":null})");
    QTest::newRow("numbers") << QByteArray("numbers")
                             << QByteArray(R"({"text":"","value":null,"number":null})");
    QTest::newRow("status null label")
        << QByteArray("status") << QByteArray(R"({"text":null,"value":null,"index":null,"label":null})");
    QTest::newRow("status default empty label")
        << QByteArray("status") << QByteArray(R"({"text":"","value":"{\"index\":5}","index":5,"label":""})");
    QTest::newRow("status value only") << QByteArray("status") << QByteArray(R"({"value":"{\"index\":5}"})");
    QTest::newRow("date") << QByteArray("date")
                          << QByteArray(R"({"text":"","value":null,"date":"","time":""})");
    QTest::newRow("dropdown") << QByteArray("dropdown")
                              << QByteArray(R"({"text":null,"value":null,"values":[]})");
    QTest::newRow("board_relation") << QByteArray("board_relation")
                                    << QByteArray(R"({"text":null,"value":null,"linked_item_ids":[]})");
    QTest::newRow("email") << QByteArray("email")
                           << QByteArray(R"({"text":"","value":null,"email":"","label":""})");
    QTest::newRow("phone") << QByteArray("phone")
                           << QByteArray(R"({"text":"","phone":"","country_short_name":""})");
    QTest::newRow("link") << QByteArray("link")
                          << QByteArray(R"({"text":"","value":null,"url":"","url_text":""})");
    QTest::newRow("checkbox") << QByteArray("checkbox")
                              << QByteArray(R"({"text":"","value":null,"checked":false})");
    QTest::newRow("checkbox value only")
        << QByteArray("checkbox") << QByteArray(R"({"value":"{\"checked\":false}"})");
    QTest::newRow("unreadable value") << QByteArray("numbers") << QByteArray(R"({"value":"{not json"})");
}

void tst_MondayColumnCodec::emptyCellsReadBackAsCleared()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, cell);
    const QJsonValue read = MondayColumnCodec::readBack(columnOfType(type), parseObject(cell));
    QCOMPARE(json(read), QByteArray("null"));
}

void tst_MondayColumnCodec::linkedItemIdsCompareAsASet()
{
    const MondayColumn col = column("board_relation", "board_relation");
    const QJsonValue wanted = MondayColumnCodec::comparable(
        col, MondayColumnCodec::encode(
                 col, linked({QStringLiteral("20"), QStringLiteral("3"), QStringLiteral("20")}))
                 .value);
    QCOMPARE(json(wanted), QByteArray(R"(["3","20"])"));
    QCOMPARE(MondayColumnCodec::readBack(col, parseObject(R"({"linked_item_ids":[20,"3"]})")), wanted);
    // Before API 2025-04 the ids came in `value`.
    QCOMPARE(
        MondayColumnCodec::readBack(
            col, parseObject(
                     R"({"value":"{\"linkedPulseIds\":[{\"linkedPulseId\":3},{\"linkedPulseId\":20}]}"})")),
        wanted);
}

void tst_MondayColumnCodec::dateTimeOnTheBoardDiffersFromADateOnlyWrite()
{
    const MondayColumn col = column("date", "date");
    const QJsonValue read = MondayColumnCodec::readBack(
        col,
        parseObject(R"({"value":"{\"date\":\"2026-06-15\",\"time\":\"09:00:00\"}","date":"2026-06-15"})"));
    QCOMPARE(read,
             QJsonValue(QStringLiteral("2026-06-15 09:00:00"))); // UTC from `value`, not the typed time
}

QTEST_GUILESS_MAIN(tst_MondayColumnCodec)
