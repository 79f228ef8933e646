#include "MondayColumnCodec.h"

#include "monday/MondayColumnNormalForm.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace mlc {

namespace {

using Kind = MondayColumnError::Kind;

// monday's limit for long text (monday.md §5.2).
constexpr int kLongTextLimit = 2000;

QLatin1String key(const char* name)
{
    return QLatin1String(name);
}

MondayColumnEncoding written(const QJsonValue& value)
{
    return {value, std::nullopt, false};
}

MondayColumnEncoding cleared()
{
    return written(QJsonValue::Null);
}

MondayColumnEncoding failed(const MondayColumn& column, Kind kind, const QString& reason)
{
    return {QJsonValue::Undefined,
            MondayColumnError{kind, column.id(), column.title(), column.typeName(), reason, true}, false};
}

// The text a text-like column shows: what the caller computed (the decoded enum, say), else the wire value.
QString textOf(const MondayColumnInput& input)
{
    if (!input.text.isNull())
        return input.text;
    const QJsonValue& value = input.bcValue;
    if (value.isDouble())
        return MondayColumnNormalForm::numberText(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString quoted(const QJsonValue& value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return MondayColumnNormalForm::numberText(value.toDouble());
}

MondayColumnEncoding encodeText(const MondayColumnInput& input)
{
    // A plain string: {"text": ...} is long_text's shape and fails on a text column (monday.md §9.2).
    const QString text = textOf(input);
    return text.isEmpty() ? cleared() : written(text);
}

MondayColumnEncoding encodeLongText(const MondayColumn& column, const MondayColumnInput& input)
{
    const QString text = textOf(input);
    if (text.isEmpty())
        return cleared();
    if (text.size() > kLongTextLimit)
        return failed(
            column, Kind::TooLong,
            MondayColumnCodec::tr("The text is %1 characters long; a monday long text column holds at "
                                  "most %2. Shorten it in Business Central or map the field elsewhere.")
                .arg(text.size())
                .arg(kLongTextLimit));
    return written(QJsonObject{{key("text"), text}});
}

MondayColumnEncoding encodeNumber(const MondayColumn& column, const MondayColumnInput& input)
{
    const QJsonValue& value = input.bcValue;
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty()))
        return cleared(); // null, never "": "" would set the number to 0 (monday.md §9.5)
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return written(MondayColumnNormalForm::numberText(value.toDouble()));
    if (value.isString()) {
        if (const std::optional<QString> number = MondayColumnNormalForm::normalNumber(value.toString()))
            return written(*number);
    }
    return failed(column, Kind::InvalidValue,
                  MondayColumnCodec::tr("%1 is not a number, and a numbers column holds only numbers. Map a "
                                        "numeric field to this column, or this field to a text column.")
                      .arg(quoted(value)));
}

std::optional<QDate> dateOf(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() == 10 && date.isValid())
        return date;
    // A BC dateTime field mapped to a date column: the UTC day, since monday dates are UTC (monday.md §9.4).
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dateTime.isValid())
        return dateTime.toUTC().date();
    return std::nullopt;
}

MondayColumnEncoding encodeDate(const MondayColumn& column, const MondayColumnInput& input)
{
    const QJsonValue& value = input.bcValue;
    const QString text = value.toString().trimmed();
    if (value.isNull() || value.isUndefined() || (value.isString() && text.isEmpty()))
        return cleared();
    const std::optional<QDate> date = value.isString() ? dateOf(text) : std::nullopt;
    if (!date)
        return failed(column, Kind::InvalidValue,
                      MondayColumnCodec::tr("%1 is not a date; a date column takes dates such as 2026-06-15.")
                          .arg(quoted(value)));
    // BC's "no date" is 0001-01-01: an empty BC date empties the column (contract §5).
    if (*date == QDate(1, 1, 1))
        return cleared();
    // Date only: BC date fields carry no time, and a time would be read as UTC.
    return written(QJsonObject{{key("date"), date->toString(Qt::ISODate)}});
}

bool looksNumeric(const QString& label)
{
    bool ok = false;
    label.toLongLong(&ok);
    return ok;
}

QString missingLabelReason(const MondayColumn& column, const QString& label)
{
    const QStringList existing = column.activeLabelTexts();
    const QString list = existing.isEmpty()
                             ? MondayColumnCodec::tr("none")
                             : QStringLiteral("\"%1\"").arg(existing.join(QStringLiteral("\", \"")));
    return MondayColumnCodec::tr(
               "The board has no label \"%1\" in this column (its labels: %2). Add the label "
               "on the board, map the value to an existing label in the mapping's \"values\", "
               "or allow creating labels; then replay the failed write.")
        .arg(label, list);
}

// Status and dropdown: the mapped label, else the caller's text (the decoded enum), checked against the
// board.
MondayColumnEncoding encodeLabel(const MondayColumn& column, const MondayColumnInput& input)
{
    const QString label = input.mappedLabel.value_or(textOf(input));
    if (label.isEmpty())
        return cleared();
    const std::optional<int> id = column.labelId(label);
    const bool isStatus = column.type() == MondayColumnType::Status;
    if (!id && !input.createLabelsIfMissing)
        return failed(column, Kind::LabelMissing, missingLabelReason(column, label));
    // monday reads a numeric status label as a label id (monday.md §5.2), so "2023" must go by its id, and a
    // missing one cannot be created by writing it.
    if (isStatus && looksNumeric(label)) {
        if (!id)
            return failed(
                column, Kind::LabelMissing,
                MondayColumnCodec::tr("The board has no label \"%1\" in this column, and monday cannot "
                                      "create a label that is a number. Add the label on the board, "
                                      "then replay the failed write.")
                    .arg(label));
        return written(QJsonObject{{key("index"), *id}});
    }
    MondayColumnEncoding encoding = written(isStatus ? QJsonObject{{key("label"), label}}
                                                     : QJsonObject{{key("labels"), QJsonArray{label}}});
    encoding.createsLabel = !id;
    return encoding;
}

MondayColumnEncoding encodeBoardRelation(const MondayColumn& column, const MondayColumnInput& input)
{
    QJsonArray itemIds;
    for (const QString& id : input.linkedItemIds) {
        bool ok = false;
        const qint64 itemId = id.toLongLong(&ok);
        if (!ok || itemId <= 0)
            return failed(
                column, Kind::InvalidValue,
                MondayColumnCodec::tr("\"%1\" is not a monday item id, so it cannot be linked.").arg(id));
        itemIds.append(itemId); // monday's own example writes the ids as numbers
    }
    return itemIds.isEmpty() ? cleared() : written(QJsonObject{{key("item_ids"), itemIds}});
}

bool looksLikeEmail(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && at == text.lastIndexOf(QLatin1Char('@')) && at < text.size() - 1 &&
           !text.contains(QLatin1Char(' '));
}

MondayColumnEncoding encodeEmail(const MondayColumn& column, const MondayColumnInput& input)
{
    const QString email = textOf(input).trimmed();
    if (email.isEmpty())
        return cleared();
    if (!looksLikeEmail(email))
        return failed(column, Kind::InvalidValue,
                      MondayColumnCodec::tr("\"%1\" is not an email address; an email column takes addresses "
                                            "such as name@example.com.")
                          .arg(email));
    // Both keys are required; the address doubles as the text shown.
    return written(QJsonObject{{key("email"), email}, {key("text"), email}});
}

MondayColumnEncoding encodePhone(const MondayColumn& column, const MondayColumnInput& input)
{
    const QString phone = textOf(input).trimmed();
    if (phone.isEmpty())
        return cleared();
    if (!std::any_of(phone.begin(), phone.end(), [](QChar c) { return c.isDigit(); }))
        return failed(column, Kind::InvalidValue,
                      MondayColumnCodec::tr("\"%1\" is not a phone number.").arg(phone));
    QJsonObject value{{key("phone"), phone}};
    const QString country = input.phoneCountry.trimmed().toUpper(); // monday wants it capitalised
    if (country.size() == 2)
        value.insert(key("countryShortName"), country);
    return written(value);
}

MondayColumnEncoding encodeLink(const MondayColumnInput& input)
{
    const QString url = textOf(input).trimmed();
    return url.isEmpty() ? cleared() : written(QJsonObject{{key("url"), url}, {key("text"), url}});
}

MondayColumnEncoding encodeCheckbox(const MondayColumn& column, const MondayColumnInput& input)
{
    const QJsonValue& value = input.bcValue;
    const QString text = value.toString();
    if (value.isBool() || value.isNull() || value.isUndefined() || text == QLatin1String("true") ||
        text == QLatin1String("false")) {
        const bool checked = value.toBool() || text == QLatin1String("true");
        // The string "true", as monday documents; unchecking is clearing (monday.md §9.7).
        return checked ? written(QJsonObject{{key("checked"), QStringLiteral("true")}}) : cleared();
    }
    return failed(
        column, Kind::InvalidValue,
        MondayColumnCodec::tr("%1 is not true or false; a checkbox column takes only yes/no fields.")
            .arg(quoted(value)));
}

MondayColumnEncoding encodeUnsupported(const MondayColumn& column)
{
    return failed(
        column, Kind::UnsupportedType,
        MondayColumnCodec::tr("The connector cannot write monday columns of type \"%1\". Map the "
                              "field to a text, long text, numbers, status, date, dropdown, connect "
                              "boards, email, phone, link or checkbox column.")
            .arg(column.typeName()));
}

} // namespace

MondayColumnEncoding MondayColumnCodec::encode(const MondayColumn& column, const MondayColumnInput& input)
{
    switch (column.type()) {
    case MondayColumnType::Text:
        return encodeText(input);
    case MondayColumnType::LongText:
        return encodeLongText(column, input);
    case MondayColumnType::Numbers:
        return encodeNumber(column, input);
    case MondayColumnType::Status:
    case MondayColumnType::Dropdown:
        return encodeLabel(column, input);
    case MondayColumnType::Date:
        return encodeDate(column, input);
    case MondayColumnType::BoardRelation:
        return encodeBoardRelation(column, input);
    case MondayColumnType::Email:
        return encodeEmail(column, input);
    case MondayColumnType::Phone:
        return encodePhone(column, input);
    case MondayColumnType::Link:
        return encodeLink(input);
    case MondayColumnType::Checkbox:
        return encodeCheckbox(column, input);
    case MondayColumnType::Unsupported:
        break;
    }
    return encodeUnsupported(column);
}

QJsonValue MondayColumnCodec::comparable(const MondayColumn& column, const QJsonValue& encoded)
{
    return MondayColumnNormalForm::ofWrite(column, encoded);
}

QJsonValue MondayColumnCodec::readBack(const MondayColumn& column, const QJsonObject& columnValue)
{
    return MondayColumnNormalForm::ofReadBack(column, columnValue);
}

} // namespace mlc
