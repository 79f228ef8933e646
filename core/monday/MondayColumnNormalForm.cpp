#include "MondayColumnNormalForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace mlc {

namespace {

QLatin1String key(const char* name)
{
    return QLatin1String(name);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// `value` is monday's JSON scalar: a string holding JSON ("{\"index\":1}", "\"4.50\""). Some callers hand
// it over already parsed; both are accepted. Wrapped in an array because QJsonDocument takes no bare scalars.
QJsonValue parsedValue(const QJsonObject& columnValue)
{
    const QJsonValue value = columnValue.value(key("value"));
    if (!value.isString())
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    const QByteArray wrapped = "[" + value.toString().toUtf8() + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

// A typed fragment field, when the read asked for it; undefined otherwise.
QJsonValue typed(const QJsonObject& columnValue, const char* name)
{
    return columnValue.value(QLatin1String(name));
}

QString idText(const QJsonValue& id)
{
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

QJsonValue sortedSet(QStringList texts)
{
    texts.removeAll(QString());
    if (texts.isEmpty())
        return QJsonValue::Null;
    texts.sort();
    texts.removeDuplicates();
    return QJsonArray::fromStringList(texts);
}

// monday item ids are numbers; sorting them as numbers keeps the stored form readable.
QJsonValue sortedIds(QStringList ids)
{
    ids.removeAll(QString());
    if (ids.isEmpty())
        return QJsonValue::Null;
    std::sort(ids.begin(), ids.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    ids.removeDuplicates();
    return QJsonArray::fromStringList(ids);
}

QJsonValue numberOf(const QJsonValue& value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return MondayColumnNormalForm::numberText(value.toDouble());
    const std::optional<QString> number = MondayColumnNormalForm::normalNumber(value.toString());
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

QJsonValue labelOfId(const MondayColumn& column, const QJsonValue& id)
{
    if (!id.isDouble() && !id.isString())
        return QJsonValue::Null;
    const int labelId = id.isDouble() ? id.toInt() : id.toString().toInt();
    const std::optional<QString> text = column.labelText(labelId);
    // A label id the board no longer names still tells two values apart.
    return text ? textOrNull(*text) : QJsonValue(labelId);
}

QJsonValue dateOf(const QString& date, const QJsonValue& utcTime)
{
    if (date.isEmpty())
        return QJsonValue::Null;
    const QString time = utcTime.toString();
    return time.isEmpty() ? date : QStringLiteral("%1 %2").arg(date, time);
}

QJsonValue checkedOf(const QJsonValue& checked)
{
    const bool isChecked = checked.isBool() ? checked.toBool() : checked.toString() == QLatin1String("true");
    return isChecked ? QJsonValue(true) : QJsonValue(QJsonValue::Null);
}

QJsonValue pairOf(const char* mainKey, const QString& main, const QString& text)
{
    if (main.isEmpty())
        return QJsonValue::Null;
    // monday shows the address itself when no text was given, and reads it back that way.
    return QJsonObject{{QLatin1String(mainKey), main}, {key("text"), text.isEmpty() ? main : text}};
}

QJsonValue phoneOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits.append(c);
    }
    return textOrNull(digits);
}

QStringList labelsOfIds(const MondayColumn& column, const QJsonArray& ids)
{
    QStringList labels;
    for (const QJsonValue& id : ids) {
        const QJsonValue label = labelOfId(column, id);
        labels.append(label.isString() ? label.toString() : QStringLiteral("#%1").arg(idText(id)));
    }
    return labels;
}

// ---- what we write ----

QJsonValue writtenDropdown(const MondayColumn& column, const QJsonObject& encoded)
{
    if (encoded.contains(key("ids")))
        return sortedSet(labelsOfIds(column, encoded.value(key("ids")).toArray()));
    QStringList labels;
    for (const QJsonValue& label : encoded.value(key("labels")).toArray())
        labels.append(label.toString());
    return sortedSet(labels);
}

QJsonValue writtenItemIds(const QJsonObject& encoded)
{
    QStringList ids;
    for (const QJsonValue& id : encoded.value(key("item_ids")).toArray())
        ids.append(idText(id));
    return sortedIds(ids);
}

QJsonValue writtenStatus(const MondayColumn& column, const QJsonObject& encoded)
{
    if (encoded.contains(key("index")))
        return labelOfId(column, encoded.value(key("index")));
    return textOrNull(encoded.value(key("label")).toString());
}

// ---- what monday reads back ----

QJsonValue readStatus(const MondayColumn& column, const QJsonObject& cv)
{
    // StatusValue.label, when the read asked for it, is authoritative: null or "" is an empty cell.
    if (cv.contains(key("label")))
        return textOrNull(typed(cv, "label").toString());
    const QJsonValue index = typed(cv, "index");
    if (index.isDouble())
        return labelOfId(column, index);
    return labelOfId(column, parsedValue(cv).toObject().value(key("index")));
}

QJsonValue readDate(const QJsonObject& cv)
{
    // The typed `time` and `text` are in the reading user's time zone; only `value` carries UTC (§9.4).
    const QJsonObject value = parsedValue(cv).toObject();
    const QJsonValue date = typed(cv, "date");
    return dateOf(date.isString() ? date.toString() : value.value(key("date")).toString(),
                  value.value(key("time")));
}

QJsonValue readDropdown(const MondayColumn& column, const QJsonObject& cv)
{
    const QJsonValue values = typed(cv, "values");
    if (!values.isArray())
        return sortedSet(labelsOfIds(column, parsedValue(cv).toObject().value(key("ids")).toArray()));
    QStringList labels;
    for (const QJsonValue& entry : values.toArray())
        labels.append(entry.toObject().value(key("label")).toString());
    return sortedSet(labels);
}

QJsonValue readItemIds(const QJsonObject& cv)
{
    QStringList ids;
    const QJsonValue linked = typed(cv, "linked_item_ids");
    if (linked.isArray()) {
        for (const QJsonValue& id : linked.toArray())
            ids.append(idText(id));
        return sortedIds(ids);
    }
    // Before 2025-04 `value` held {"linkedPulseIds": [{"linkedPulseId": 1}]}.
    for (const QJsonValue& entry : parsedValue(cv).toObject().value(key("linkedPulseIds")).toArray())
        ids.append(idText(entry.toObject().value(key("linkedPulseId"))));
    return sortedIds(ids);
}

QJsonValue readNumber(const QJsonObject& cv)
{
    const QJsonValue number = typed(cv, "number");
    return number.isDouble() ? numberOf(number) : numberOf(parsedValue(cv));
}

// Email, link: the typed fields when present, else the keys of the JSON we wrote.
QJsonValue readPair(const QJsonObject& cv, const char* typedMain, const char* typedText,
                    const char* valueMain)
{
    if (cv.contains(QLatin1String(typedMain)))
        return pairOf(valueMain, typed(cv, typedMain).toString(), typed(cv, typedText).toString());
    const QJsonObject value = parsedValue(cv).toObject();
    return pairOf(valueMain, value.value(QLatin1String(valueMain)).toString(),
                  value.value(key("text")).toString());
}

QJsonValue readText(const QJsonObject& cv)
{
    const QJsonValue value = parsedValue(cv);
    return textOrNull(value.isString() ? value.toString() : cv.value(key("text")).toString());
}

QJsonValue readLongText(const QJsonObject& cv)
{
    const QJsonValue value = parsedValue(cv);
    return textOrNull(value.isObject() ? value.toObject().value(key("text")).toString()
                                       : cv.value(key("text")).toString());
}

} // namespace

QString MondayColumnNormalForm::numberText(double number)
{
    // QString::number always uses the C locale, whatever QLocale::setDefault says; 'f' avoids exponents.
    QString text = QString::number(number, 'f', QLocale::FloatingPointShortest);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

std::optional<QString> MondayColumnNormalForm::normalNumber(const QString& text)
{
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok); // C locale: '.' only, no group separators
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return numberText(number);
}

QJsonValue MondayColumnNormalForm::ofWrite(const MondayColumn& column, const QJsonValue& encoded)
{
    if (encoded.isNull() || encoded.isUndefined())
        return QJsonValue::Null;
    const QJsonObject object = encoded.toObject();
    switch (column.type()) {
    case MondayColumnType::Text:
        return textOrNull(encoded.toString());
    case MondayColumnType::LongText:
        return textOrNull(object.value(key("text")).toString());
    case MondayColumnType::Numbers:
        return numberOf(encoded);
    case MondayColumnType::Status:
        return writtenStatus(column, object);
    case MondayColumnType::Date:
        return dateOf(object.value(key("date")).toString(), object.value(key("time")));
    case MondayColumnType::Dropdown:
        return writtenDropdown(column, object);
    case MondayColumnType::BoardRelation:
        return writtenItemIds(object);
    case MondayColumnType::Email:
        return pairOf("email", object.value(key("email")).toString(), object.value(key("text")).toString());
    case MondayColumnType::Phone:
        return phoneOf(object.value(key("phone")).toString());
    case MondayColumnType::Link:
        return pairOf("url", object.value(key("url")).toString(), object.value(key("text")).toString());
    case MondayColumnType::Checkbox:
        return checkedOf(object.value(key("checked")));
    case MondayColumnType::Unsupported:
        break;
    }
    return QJsonValue::Null;
}

QJsonValue MondayColumnNormalForm::ofReadBack(const MondayColumn& column, const QJsonObject& cv)
{
    switch (column.type()) {
    case MondayColumnType::Text:
        return readText(cv);
    case MondayColumnType::LongText:
        return readLongText(cv);
    case MondayColumnType::Numbers:
        return readNumber(cv);
    case MondayColumnType::Status:
        return readStatus(column, cv);
    case MondayColumnType::Date:
        return readDate(cv);
    case MondayColumnType::Dropdown:
        return readDropdown(column, cv);
    case MondayColumnType::BoardRelation:
        return readItemIds(cv);
    case MondayColumnType::Email:
        return readPair(cv, "email", "label", "email");
    case MondayColumnType::Phone:
        return phoneOf(cv.contains(key("phone")) ? typed(cv, "phone").toString()
                                                 : parsedValue(cv).toObject().value(key("phone")).toString());
    case MondayColumnType::Link:
        return readPair(cv, "url", "url_text", "url");
    case MondayColumnType::Checkbox:
        return checkedOf(cv.contains(key("checked")) ? typed(cv, "checked")
                                                     : parsedValue(cv).toObject().value(key("checked")));
    case MondayColumnType::Unsupported:
        break;
    }
    return QJsonValue::Null;
}

} // namespace mlc
