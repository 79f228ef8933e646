#include "tst_monday_column.h"

#include "monday/MondayColumn.h"
#include "monday/MondayColumnType.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using mlc::MondayColumn;
using mlc::MondayColumnType;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// settings_str is a string holding JSON, exactly as monday sends it in `columns { settings_str }`.
QJsonObject columnJson(const QString& id, const QString& type, const QByteArray& settings)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), id.toUpper()},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("settings_str"), QString::fromUtf8(settings)}};
}

QStringList texts(const QList<MondayColumn::Label>& labels)
{
    QStringList result;
    for (const MondayColumn::Label& label : labels)
        result.append(QStringLiteral("%1=%2%3").arg(label.id).arg(
            label.text, label.deactivated ? QStringLiteral("!") : QString()));
    return result;
}

} // namespace

void tst_MondayColumn::typeNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<MondayColumnType>("type");
    QTest::newRow("text") << QStringLiteral("text") << MondayColumnType::Text;
    QTest::newRow("long_text") << QStringLiteral("long_text") << MondayColumnType::LongText;
    QTest::newRow("numbers") << QStringLiteral("numbers") << MondayColumnType::Numbers;
    QTest::newRow("status") << QStringLiteral("status") << MondayColumnType::Status;
    QTest::newRow("date") << QStringLiteral("date") << MondayColumnType::Date;
    QTest::newRow("dropdown") << QStringLiteral("dropdown") << MondayColumnType::Dropdown;
    QTest::newRow("board_relation") << QStringLiteral("board_relation") << MondayColumnType::BoardRelation;
    QTest::newRow("email") << QStringLiteral("email") << MondayColumnType::Email;
    QTest::newRow("phone") << QStringLiteral("phone") << MondayColumnType::Phone;
    QTest::newRow("link") << QStringLiteral("link") << MondayColumnType::Link;
    QTest::newRow("checkbox") << QStringLiteral("checkbox") << MondayColumnType::Checkbox;
}

void tst_MondayColumn::typeNamesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(MondayColumnType, type);
    QCOMPARE(mlc::mondayColumnTypeFromString(name), type);
    QCOMPARE(mlc::mondayColumnTypeName(type), name);
}

void tst_MondayColumn::otherTypesAreUnsupported_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"people", "person", "number", "formula", "mirror", "Text", "connect_boards", ""})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_MondayColumn::otherTypesAreUnsupported()
{
    QFETCH(QString, name);
    QCOMPARE(mlc::mondayColumnTypeFromString(name), MondayColumnType::Unsupported);
}

void tst_MondayColumn::unsupportedColumnKeepsMondaysTypeName()
{
    const MondayColumn column =
        MondayColumn::fromJson(columnJson(QStringLiteral("people"), QStringLiteral("people"), "{}"));
    QCOMPARE(column.type(), MondayColumnType::Unsupported);
    QCOMPARE(column.typeName(), QStringLiteral("people"));
    QCOMPARE(column.title(), QStringLiteral("PEOPLE"));
}

void tst_MondayColumn::statusLabelsFromSettingsStr()
{
    // A real status settings_str: labels by id, display positions, colours that do not matter.
    const MondayColumn column = MondayColumn::fromJson(
        columnJson(QStringLiteral("status"), QStringLiteral("status"),
                   R"({"done_colors":[1],"labels":{"0":"Working on it","1":"Done","2":"Stuck","5":""},)"
                   R"("labels_positions_v2":{"0":1,"1":0,"2":2,"5":3},)"
                   R"("labels_colors":{"0":{"color":"#fdab3d","border":"#e99729","var_name":"orange"},)"
                   R"("1":{"color":"#00c875","border":"#00b461","var_name":"green-shadow"}}})"));
    QCOMPARE(column.type(), MondayColumnType::Status);
    QCOMPARE(texts(column.labels()), (QStringList{QStringLiteral("1=Done"), QStringLiteral("0=Working on it"),
                                                  QStringLiteral("2=Stuck"), QStringLiteral("5=")}));
    QCOMPARE(column.labelId(QStringLiteral("Stuck")), std::optional<int>(2));
    QCOMPARE(column.labelId(QStringLiteral("stuck")), std::nullopt);
    QCOMPARE(column.labelId(QString()), std::nullopt);
    QCOMPARE(column.labelText(0), std::optional<QString>(QStringLiteral("Working on it")));
    QCOMPARE(column.activeLabelTexts(),
             (QStringList{QStringLiteral("Done"), QStringLiteral("Working on it"), QStringLiteral("Stuck")}));
}

void tst_MondayColumn::statusLabelsWithoutPositionsOrColours()
{
    const MondayColumn column = MondayColumn::fromJson(
        columnJson(QStringLiteral("status"), QStringLiteral("status"), R"({"labels":{"3":"C","1":"A"}})"));
    QCOMPARE(texts(column.labels()), (QStringList{QStringLiteral("1=A"), QStringLiteral("3=C")}));
}

void tst_MondayColumn::dropdownLabelsFromSettingsStr()
{
    const MondayColumn column = MondayColumn::fromJson(
        columnJson(QStringLiteral("dropdown"), QStringLiteral("dropdown"),
                   R"({"hide_footer":false,"labels":[{"id":1,"name":"Marketing"},{"id":2,"name":"Design"},)"
                   R"({"id":3,"name":"Old"}],"deactivated_labels":[3]})"));
    QCOMPARE(texts(column.labels()), (QStringList{QStringLiteral("1=Marketing"), QStringLiteral("2=Design"),
                                                  QStringLiteral("3=Old!")}));
    QCOMPARE(column.labelId(QStringLiteral("Old")), std::nullopt); // deactivated: not for new values
    QCOMPARE(column.labelText(3), std::optional<QString>(QStringLiteral("Old"))); // but still readable
}

void tst_MondayColumn::typedSettingsOfNewerApiVersions()
{
    const MondayColumn column = MondayColumn::fromJson(object(
        R"({"id":"status","title":"Approval","type":"status","settings":{"labels":[)"
        R"({"id":1,"index":0,"label":"Done","color":"done-green","is_done":true,"is_deactivated":false},)"
        R"({"id":"7","index":1,"label":"Retired","color":"grey","is_done":false,"is_deactivated":true}]}})"));
    QCOMPARE(column.title(), QStringLiteral("Approval"));
    QCOMPARE(texts(column.labels()), (QStringList{QStringLiteral("1=Done"), QStringLiteral("7=Retired!")}));
}

void tst_MondayColumn::boardRelationTargets()
{
    const MondayColumn column =
        MondayColumn::fromJson(columnJson(QStringLiteral("connect_vendor"), QStringLiteral("board_relation"),
                                          R"({"allowMultipleItems":true,"boardIds":[1234567890,"987"]})"));
    QCOMPARE(column.linkedBoardIds(), (QStringList{QStringLiteral("1234567890"), QStringLiteral("987")}));
    QVERIFY(column.labels().isEmpty());
}

void tst_MondayColumn::oddSettingsLeaveNoLabels_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::newRow("not json") << QByteArray("not json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("labels a string") << QByteArray(R"({"labels":"Done"})");
    QTest::newRow("labels without ids") << QByteArray(R"({"labels":[{"name":"x"},7,null]})");
    QTest::newRow("map with odd keys") << QByteArray(R"({"labels":{"x":"Done"}})");
}

void tst_MondayColumn::oddSettingsLeaveNoLabels()
{
    QFETCH(QByteArray, settings);
    const MondayColumn column =
        MondayColumn::fromJson(columnJson(QStringLiteral("status"), QStringLiteral("status"), settings));
    QCOMPARE(column.type(), MondayColumnType::Status);
    QVERIFY(column.labels().isEmpty());
}

void tst_MondayColumn::missingFieldsAreTolerated()
{
    const MondayColumn column = MondayColumn::fromJson(QJsonObject{});
    QCOMPARE(column.type(), MondayColumnType::Unsupported);
    QVERIFY(column.id().isEmpty());
    QVERIFY(column.labels().isEmpty());
}

QTEST_GUILESS_MAIN(tst_MondayColumn)
