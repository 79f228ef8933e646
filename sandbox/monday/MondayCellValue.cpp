#include "MondayCellValue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace mlc::sandbox {

namespace {

QJsonValue encoded(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue encodedString(const QString& content)
{
    // A JSON-encoded string: the content in quotes with JSON escapes.
    const QByteArray array = QJsonDocument(QJsonArray{content}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

QString MondayCellValue::timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QString MondayCellValue::valueTypeName(const QString& columnType)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("text"), QStringLiteral("TextValue")},
        {QStringLiteral("long_text"), QStringLiteral("LongTextValue")},
        {QStringLiteral("numbers"), QStringLiteral("NumbersValue")},
        {QStringLiteral("status"), QStringLiteral("StatusValue")},
        {QStringLiteral("date"), QStringLiteral("DateValue")},
        {QStringLiteral("dropdown"), QStringLiteral("DropdownValue")},
        {QStringLiteral("board_relation"), QStringLiteral("BoardRelationValue")},
        {QStringLiteral("checkbox"), QStringLiteral("CheckboxValue")},
        {QStringLiteral("email"), QStringLiteral("EmailValue")},
        {QStringLiteral("phone"), QStringLiteral("PhoneValue")},
        {QStringLiteral("link"), QStringLiteral("LinkValue")},
    };
    return names.value(columnType, QStringLiteral("TextValue"));
}

MondayCellValue MondayCellValue::empty(const QString& columnType)
{
    MondayCellValue cell{QJsonValue::Null, QJsonValue::Null, {}};
    if (columnType == QLatin1String("text") || columnType == QLatin1String("long_text") ||
        columnType == QLatin1String("numbers") || columnType == QLatin1String("date") ||
        columnType == QLatin1String("checkbox") || columnType == QLatin1String("email") ||
        columnType == QLatin1String("phone") || columnType == QLatin1String("link")) {
        cell.text = QString();
    }
    if (columnType == QLatin1String("date"))
        cell.typed = {{QStringLiteral("date"), QString()}, {QStringLiteral("time"), QString()}};
    else if (columnType == QLatin1String("board_relation"))
        cell.typed = {{QStringLiteral("linked_item_ids"), QJsonArray()},
                      {QStringLiteral("display_value"), QString()}};
    else if (columnType == QLatin1String("dropdown"))
        cell.typed = {{QStringLiteral("values"), QJsonArray()}};
    else if (columnType == QLatin1String("checkbox"))
        cell.typed = {{QStringLiteral("checked"), false}};
    else if (columnType == QLatin1String("status"))
        cell.typed = {{QStringLiteral("is_done"), false}};
    return cell;
}

MondayCellValue MondayCellValue::plainText(const QString& content)
{
    if (content.isEmpty())
        return empty(QStringLiteral("text"));
    return {content, encodedString(content), {}};
}

MondayCellValue MondayCellValue::longText(const QString& content, const QDateTime& changedAt)
{
    return {
        content,
        encoded({{QStringLiteral("text"), content}, {QStringLiteral("changed_at"), timestamp(changedAt)}}),
        {}};
}

MondayCellValue MondayCellValue::numbers(const QString& formatted)
{
    return {formatted, encodedString(formatted), {{QStringLiteral("number"), formatted.toDouble()}}};
}

MondayCellValue MondayCellValue::status(int labelId, const QString& label, bool isDone)
{
    return {label,
            encoded({{QStringLiteral("index"), labelId}}),
            {{QStringLiteral("index"), labelId},
             {QStringLiteral("label"), label},
             {QStringLiteral("is_done"), isDone}}};
}

MondayCellValue MondayCellValue::date(const QDate& day, std::optional<QTime> utcTime,
                                      const QDateTime& changedAt)
{
    const QString dayText = day.toString(Qt::ISODate);
    // The simulated user's time zone is UTC, so the caller's-time-zone text is the UTC time.
    const QString shortTime = utcTime ? utcTime->toString(QStringLiteral("HH:mm")) : QString();
    const QJsonValue time =
        utcTime ? QJsonValue(utcTime->toString(QStringLiteral("HH:mm:ss"))) : QJsonValue::Null;
    return {utcTime ? dayText + QLatin1Char(' ') + shortTime : dayText,
            encoded({{QStringLiteral("date"), dayText},
                     {QStringLiteral("time"), time},
                     {QStringLiteral("changed_at"), timestamp(changedAt)}}),
            {{QStringLiteral("date"), dayText}, {QStringLiteral("time"), shortTime}}};
}

MondayCellValue MondayCellValue::dropdown(const QList<QPair<int, QString>>& labels)
{
    if (labels.isEmpty())
        return empty(QStringLiteral("dropdown"));
    QStringList names;
    QJsonArray ids;
    QJsonArray values;
    for (const auto& [id, label] : labels) {
        names.append(label);
        ids.append(id);
        values.append(
            QJsonObject{{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("label"), label}});
    }
    return {names.join(QStringLiteral(", ")),
            encoded({{QStringLiteral("ids"), ids}}),
            {{QStringLiteral("values"), values}}};
}

MondayCellValue MondayCellValue::boardRelation(const QStringList& itemIds, const QStringList& itemNames)
{
    // Since 2025-04 both text and value are null; only the typed fields say what is linked.
    return {QJsonValue::Null,
            QJsonValue::Null,
            {{QStringLiteral("linked_item_ids"), QJsonArray::fromStringList(itemIds)},
             {QStringLiteral("display_value"), itemNames.join(QStringLiteral(", "))}}};
}

MondayCellValue MondayCellValue::checkbox(bool checked, const QDateTime& changedAt)
{
    if (!checked)
        return {
            QString(), encoded({{QStringLiteral("checked"), false}}), {{QStringLiteral("checked"), false}}};
    return {
        QStringLiteral("v"),
        encoded({{QStringLiteral("checked"), true}, {QStringLiteral("changed_at"), timestamp(changedAt)}}),
        {{QStringLiteral("checked"), true}}};
}

MondayCellValue MondayCellValue::email(const QString& address, const QString& label)
{
    const QString shown = label.isEmpty() ? address : label;
    return {shown,
            encoded({{QStringLiteral("email"), address}, {QStringLiteral("text"), shown}}),
            {{QStringLiteral("email"), address}, {QStringLiteral("label"), shown}}};
}

MondayCellValue MondayCellValue::phone(const QString& number, const QString& countryShortName)
{
    return {
        number,
        encoded({{QStringLiteral("phone"), number}, {QStringLiteral("countryShortName"), countryShortName}}),
        {{QStringLiteral("phone"), number}, {QStringLiteral("country_short_name"), countryShortName}}};
}

MondayCellValue MondayCellValue::link(const QString& url, const QString& label)
{
    const QString shown = label.isEmpty() ? url : label;
    return {shown + QStringLiteral(" - ") + url,
            encoded({{QStringLiteral("url"), url}, {QStringLiteral("text"), shown}}),
            {{QStringLiteral("url"), url}, {QStringLiteral("url_text"), shown}}};
}

} // namespace mlc::sandbox
