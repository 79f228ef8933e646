#include "MondayCellWriter.h"

#include "MondayBoardStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mlc::sandbox {

namespace {

using Written = MondayCellWriter::Written;

const QString kLabels = QStringLiteral("labels");

// null, "", {} and {"labels": []}-like empties clear a column (monday.md §5.2).
bool clears(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()) ||
           (value.isObject() && value.toObject().isEmpty());
}

Written emptied(const MondayColumn& column)
{
    return {MondayCellValue::empty(column.type), std::nullopt};
}

// A status column's labels by id, from either settings shape: {"labels": {"1": "Done"}} (settings_str) or
// {"labels": [{"id": 1, "label": "Done"}]} (typed settings).
QList<QPair<int, QString>> statusLabels(const QJsonObject& settings)
{
    QList<QPair<int, QString>> labels;
    const QJsonValue raw = settings.value(kLabels);
    if (raw.isObject()) {
        const QJsonObject object = raw.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            labels.append({it.key().toInt(), it.value().toString()});
    } else {
        const QJsonArray array = raw.toArray();
        for (const QJsonValue& entry : array) {
            const QJsonObject label = entry.toObject();
            labels.append({label.value(QStringLiteral("id")).toInt(),
                           label.value(QStringLiteral("label"))
                               .toString(label.value(QStringLiteral("name")).toString())});
        }
    }
    return labels;
}

QList<QPair<int, QString>> dropdownLabels(const QJsonObject& settings)
{
    QList<QPair<int, QString>> labels;
    const QJsonArray array = settings.value(kLabels).toArray();
    for (const QJsonValue& entry : array) {
        const QJsonObject label = entry.toObject();
        labels.append(
            {label.value(QStringLiteral("id")).toInt(),
             label.value(QStringLiteral("name")).toString(label.value(QStringLiteral("label")).toString())});
    }
    return labels;
}

std::optional<int> idOfLabel(const QList<QPair<int, QString>>& labels, const QString& text)
{
    for (const auto& [id, label] : labels) {
        if (label == text)
            return id;
    }
    return std::nullopt;
}

std::optional<QString> labelOfId(const QList<QPair<int, QString>>& labels, int wanted)
{
    for (const auto& [id, label] : labels) {
        if (id == wanted)
            return label;
    }
    return std::nullopt;
}

int nextLabelId(const QList<QPair<int, QString>>& labels)
{
    int next = 1;
    for (const auto& [id, label] : labels) {
        Q_UNUSED(label)
        next = std::max(next, id + 1);
    }
    return next;
}

QString quoted(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

MondayCellWriter::MondayCellWriter(const MondayBoardStore& store, const QDateTime& now,
                                   bool createLabelsIfMissing)
    : m_store(store)
    , m_now(now)
    , m_createLabels(createLabelsIfMissing)
{}

GraphQLError MondayCellWriter::columnValueError(const MondayColumn& column, const QString& reason)
{
    // A status column reports itself as "color" (monday.md §2.3).
    const QString type = column.type == QLatin1String("status") ? QStringLiteral("color") : column.type;
    return GraphQLError::application(
        QStringLiteral("ColumnValueException"),
        tr("invalid value - %1 (column \"%2\"). Please check our API documentation for the correct data "
           "structure for this column. https://developer.monday.com/api-reference/docs/change-column-values")
            .arg(reason, column.id),
        {{QStringLiteral("column_type"), type}, {QStringLiteral("column_id"), column.id}});
}

std::optional<Written> MondayCellWriter::fromJson(const MondayColumn& column, const QJsonValue& value,
                                                  GraphQLError* error) const
{
    const QString& type = column.type;
    if (type == QLatin1String("text"))
        return text(column, value, error);
    if (type == QLatin1String("long_text"))
        return longText(column, value, error);
    if (type == QLatin1String("numbers"))
        return numbers(column, value, error);
    if (type == QLatin1String("status"))
        return status(column, value, error);
    if (type == QLatin1String("date"))
        return date(column, value, error);
    if (type == QLatin1String("dropdown"))
        return dropdown(column, value, error);
    if (type == QLatin1String("board_relation"))
        return boardRelation(column, value, error);
    if (type == QLatin1String("email"))
        return email(column, value, error);
    if (type == QLatin1String("phone"))
        return phone(column, value, error);
    if (type == QLatin1String("link"))
        return link(column, value, error);
    if (type == QLatin1String("checkbox"))
        return checkbox(column, value, error);
    *error = columnValueError(column, tr("this column type cannot be changed through the API"));
    return std::nullopt;
}

std::optional<Written> MondayCellWriter::fromSimple(const MondayColumn& column, const QJsonValue& value,
                                                    GraphQLError* error) const
{
    if (column.type == QLatin1String("board_relation") || column.type == QLatin1String("checkbox")) {
        *error = GraphQLError::application(
            QStringLiteral("CorrectedValueException"),
            tr("Column \"%1\" of type %2 does not take a simple value; use change_column_value with JSON.")
                .arg(column.id, column.type),
            {{QStringLiteral("column_id"), column.id}, {QStringLiteral("column_type"), column.type}});
        return std::nullopt;
    }
    if (value.isNull() || value.toString().isEmpty())
        return emptied(column);
    return fromJson(column, simpleToJson(column.type, value.toString()), error);
}

QJsonValue MondayCellWriter::simpleToJson(const QString& type, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (type == QLatin1String("long_text"))
        return QJsonObject{{QStringLiteral("text"), text}};
    if (type == QLatin1String("status")) {
        bool numeric = false;
        const int index = trimmed.toInt(&numeric);
        return numeric ? QJsonObject{{QStringLiteral("index"), index}}
                       : QJsonObject{{QStringLiteral("label"), text}};
    }
    if (type == QLatin1String("date")) {
        const QStringList parts = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QJsonObject date{{QStringLiteral("date"), parts.value(0)}};
        if (parts.size() > 1)
            date.insert(QStringLiteral("time"), parts.at(1));
        return date;
    }
    if (type == QLatin1String("dropdown")) {
        const QStringList parts = trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonArray ids;
        QJsonArray labels;
        bool allNumeric = true;
        for (const QString& part : parts) {
            bool numeric = false;
            ids.append(part.trimmed().toInt(&numeric));
            allNumeric = allNumeric && numeric;
            labels.append(part.trimmed());
        }
        return allNumeric ? QJsonObject{{QStringLiteral("ids"), ids}} : QJsonObject{{kLabels, labels}};
    }
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString first = space < 0 ? trimmed : trimmed.left(space);
    const QString rest = space < 0 ? QString() : trimmed.mid(space + 1);
    if (type == QLatin1String("email"))
        return QJsonObject{{QStringLiteral("email"), first},
                           {QStringLiteral("text"), rest.isEmpty() ? first : rest}};
    if (type == QLatin1String("phone"))
        return QJsonObject{{QStringLiteral("phone"), first}, {QStringLiteral("countryShortName"), rest}};
    if (type == QLatin1String("link"))
        return QJsonObject{{QStringLiteral("url"), first}, {QStringLiteral("text"), rest}};
    return text; // text, numbers
}

std::optional<Written> MondayCellWriter::text(const MondayColumn& column, const QJsonValue& value,
                                              GraphQLError* error) const
{
    if (clears(value) && !value.isObject())
        return emptied(column);
    if (value.isDouble())
        return Written{MondayCellValue::plainText(QString::number(value.toDouble(), 'g', 15)), std::nullopt};
    if (!value.isString()) {
        *error = columnValueError(column, tr("a text column takes a plain string"));
        return std::nullopt;
    }
    return Written{MondayCellValue::plainText(value.toString()), std::nullopt};
}

std::optional<Written> MondayCellWriter::longText(const MondayColumn& column, const QJsonValue& value,
                                                  GraphQLError* error) const
{
    if (clears(value))
        return emptied(column);
    const QJsonValue content = value.isObject() ? value.toObject().value(QStringLiteral("text")) : value;
    if (!content.isString()) {
        *error = columnValueError(column, tr("a long text column takes {\"text\": \"...\"}"));
        return std::nullopt;
    }
    if (content.toString().size() > 2000) {
        *error = columnValueError(column, tr("long text is limited to 2,000 characters"));
        return std::nullopt;
    }
    return Written{MondayCellValue::longText(content.toString(), m_now), std::nullopt};
}

std::optional<Written> MondayCellWriter::numbers(const MondayColumn& column, const QJsonValue& value,
                                                 GraphQLError* error) const
{
    if (value.isNull() || value.isUndefined())
        return emptied(column);
    if (value.isString() && value.toString().isEmpty()) // monday writes 0 here (§5.2)
        return Written{MondayCellValue::numbers(QStringLiteral("0")), std::nullopt};
    QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString().trimmed();
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    if (!number.match(text).hasMatch()) {
        *error = columnValueError(column, tr("%1 is not a number").arg(quoted(value)));
        return std::nullopt;
    }
    return Written{MondayCellValue::numbers(text), std::nullopt};
}

std::optional<Written> MondayCellWriter::status(const MondayColumn& column, const QJsonValue& value,
                                                GraphQLError* error) const
{
    if (clears(value))
        return emptied(column);
    const QList<QPair<int, QString>> labels = statusLabels(column.settings);
    const QJsonObject object =
        value.isObject() ? value.toObject() : QJsonObject{{QStringLiteral("label"), value}};
    const QJsonArray doneIds = column.settings.value(QStringLiteral("done_colors")).toArray();
    const auto written = [&](int id, const QString& label, std::optional<QJsonObject> settings) {
        return Written{MondayCellValue::status(id, label, doneIds.contains(QJsonValue(id))),
                       std::move(settings)};
    };
    if (object.contains(QStringLiteral("index"))) {
        const int id = object.value(QStringLiteral("index")).toVariant().toInt();
        if (const std::optional<QString> label = labelOfId(labels, id))
            return written(id, *label, std::nullopt);
        *error = columnValueError(column, tr("label index %1 does not exist in column").arg(id));
        return std::nullopt;
    }
    const QJsonValue labelValue = object.value(QStringLiteral("label"));
    if (!labelValue.isString()) {
        *error = columnValueError(column, tr("a status takes {\"label\": \"...\"} or {\"index\": N}"));
        return std::nullopt;
    }
    const QString label = labelValue.toString();
    if (const std::optional<int> id = idOfLabel(labels, label))
        return written(*id, label, std::nullopt);
    if (!m_createLabels) {
        *error = columnValueError(column, tr("label does not exist in column; existing labels: %1").arg([&] {
            QStringList names;
            for (const auto& [id, name] : labels)
                names.append(QStringLiteral("%1 (%2)").arg(name).arg(id));
            return names.join(QStringLiteral(", "));
        }()));
        return std::nullopt;
    }
    if (labels.size() >= 40) {
        *error = columnValueError(column, tr("a status column holds at most 40 labels"));
        return std::nullopt;
    }
    const int id = nextLabelId(labels);
    QJsonObject settings = column.settings;
    const QJsonValue raw = settings.value(kLabels);
    if (raw.isArray()) {
        QJsonArray array = raw.toArray();
        array.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("label"), label}});
        settings.insert(kLabels, array);
    } else {
        QJsonObject map = raw.toObject();
        map.insert(QString::number(id), label);
        settings.insert(kLabels, map);
    }
    return written(id, label, settings);
}

std::optional<Written> MondayCellWriter::date(const MondayColumn& column, const QJsonValue& value,
                                              GraphQLError* error) const
{
    if (clears(value))
        return emptied(column);
    const QJsonObject object =
        value.isObject() ? value.toObject() : simpleToJson(column.type, value.toString()).toObject();
    const QString dayText = object.value(QStringLiteral("date")).toString();
    const QDate day = QDate::fromString(dayText, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid()) {
        *error = columnValueError(column, tr("%1 is not a date in the format YYYY-MM-DD").arg(quoted(value)));
        return std::nullopt;
    }
    std::optional<QTime> time;
    const QJsonValue timeValue = object.value(QStringLiteral("time"));
    if (timeValue.isString() && !timeValue.toString().isEmpty()) {
        const QTime parsed = QTime::fromString(timeValue.toString(), QStringLiteral("HH:mm:ss"));
        if (!parsed.isValid()) {
            *error = columnValueError(column,
                                      tr("%1 is not a time in the format HH:MM:SS").arg(quoted(timeValue)));
            return std::nullopt;
        }
        time = parsed;
    }
    return Written{MondayCellValue::date(day, time, m_now), std::nullopt};
}

std::optional<Written> MondayCellWriter::dropdown(const MondayColumn& column, const QJsonValue& value,
                                                  GraphQLError* error) const
{
    if (clears(value))
        return emptied(column);
    const QJsonObject object =
        value.isObject() ? value.toObject() : simpleToJson(column.type, value.toString()).toObject();
    QList<QPair<int, QString>> labels = dropdownLabels(column.settings);
    QList<QPair<int, QString>> chosen;
    bool added = false;
    if (object.contains(QStringLiteral("ids"))) {
        const QJsonArray ids = object.value(QStringLiteral("ids")).toArray();
        for (const QJsonValue& idValue : ids) {
            const int id = idValue.toVariant().toInt();
            const std::optional<QString> label = labelOfId(labels, id);
            if (!label) {
                *error = columnValueError(column, tr("dropdown label id %1 does not exist").arg(id));
                return std::nullopt;
            }
            chosen.append({id, *label});
        }
    } else {
        const QJsonArray names = object.value(kLabels).toArray();
        for (const QJsonValue& nameValue : names) {
            const QString name = nameValue.toString();
            std::optional<int> id = idOfLabel(labels, name);
            if (!id && !m_createLabels) {
                *error = columnValueError(column, tr("label does not exist in column: \"%1\"").arg(name));
                return std::nullopt;
            }
            if (!id) {
                id = nextLabelId(labels);
                labels.append({*id, name});
                added = true;
            }
            chosen.append({*id, name});
        }
    }
    std::optional<QJsonObject> settings;
    if (added) {
        QJsonArray array;
        for (const auto& [id, name] : labels)
            array.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
        QJsonObject updated = column.settings;
        updated.insert(kLabels, array);
        settings = updated;
    }
    return Written{MondayCellValue::dropdown(chosen), settings};
}

std::optional<Written> MondayCellWriter::boardRelation(const MondayColumn& column, const QJsonValue& value,
                                                       GraphQLError* error) const
{
    if (clears(value))
        return emptied(column);
    const QJsonArray boardIds = column.settings.value(QStringLiteral("boardIds")).toArray();
    if (boardIds.isEmpty()) {
        *error = columnValueError(column, tr("this connect boards column is not connected to any board"));
        return std::nullopt;
    }
    const QJsonValue itemIds = value.toObject().value(QStringLiteral("item_ids"));
    if (!itemIds.isArray()) {
        *error = columnValueError(column, tr("a connect boards column takes {\"item_ids\": [...]}"));
        return std::nullopt;
    }
    QStringList ids;
    QStringList names;
    for (const QJsonValue& idValue : itemIds.toArray()) {
        const QString id = idValue.toVariant().toString();
        const MondayItem* item = m_store.item(id);
        bool onConnectedBoard = false;
        for (const QJsonValue& boardId : boardIds)
            onConnectedBoard = onConnectedBoard || (item && boardId.toVariant().toString() == item->boardId);
        if (!item || item->state == QLatin1String("deleted") || !onConnectedBoard) {
            *error =
                columnValueError(column, tr("item %1 is not on a board this column connects to").arg(id));
            return std::nullopt;
        }
        if (!ids.contains(id)) {
            ids.append(id);
            names.append(item->name);
        }
    }
    return Written{MondayCellValue::boardRelation(ids, names), std::nullopt};
}

std::optional<Written> MondayCellWriter::email(const MondayColumn& column, const QJsonValue& value,
                                               GraphQLError* error) const
{
    if (clears(value))
        return emptied(column);
    const QJsonObject object =
        value.isObject() ? value.toObject() : simpleToJson(column.type, value.toString()).toObject();
    const QString address = object.value(QStringLiteral("email")).toString().trimmed();
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!shape.match(address).hasMatch()) {
        *error = columnValueError(
            column, tr("%1 is not an email address").arg(quoted(object.value(QStringLiteral("email")))));
        return std::nullopt;
    }
    return Written{MondayCellValue::email(address, object.value(QStringLiteral("text")).toString()),
                   std::nullopt};
}

std::optional<Written> MondayCellWriter::phone(const MondayColumn& column, const QJsonValue& value,
                                               GraphQLError* error) const
{
    if (clears(value))
        return emptied(column);
    const QJsonObject object =
        value.isObject() ? value.toObject() : simpleToJson(column.type, value.toString()).toObject();
    // Spaces, dashes and brackets are how people write numbers; monday's phone library reads past them.
    QString number = object.value(QStringLiteral("phone")).toString().trimmed();
    number.remove(QRegularExpression(QStringLiteral(R"([\s\-().])")));
    const QString country = object.value(QStringLiteral("countryShortName")).toString();
    static const QRegularExpression digits(QStringLiteral(R"(^\+?\d{4,17}$)"));
    static const QRegularExpression iso2(QStringLiteral("^[A-Z]{2}$"));
    if (!digits.match(number).hasMatch() || !iso2.match(country).hasMatch()) {
        *error = columnValueError(column, tr("a phone column takes {\"phone\": \"+12025550169\", "
                                             "\"countryShortName\": \"US\"}"));
        return std::nullopt;
    }
    return Written{MondayCellValue::phone(number, country), std::nullopt};
}

std::optional<Written> MondayCellWriter::link(const MondayColumn& column, const QJsonValue& value,
                                              GraphQLError* error) const
{
    if (clears(value))
        return emptied(column);
    const QJsonObject object =
        value.isObject() ? value.toObject() : simpleToJson(column.type, value.toString()).toObject();
    const QString url = object.value(QStringLiteral("url")).toString().trimmed();
    if (url.isEmpty()) {
        *error = columnValueError(column, tr("a link column takes {\"url\": \"...\", \"text\": \"...\"}"));
        return std::nullopt;
    }
    return Written{MondayCellValue::link(url, object.value(QStringLiteral("text")).toString()), std::nullopt};
}

std::optional<Written> MondayCellWriter::checkbox(const MondayColumn& column, const QJsonValue& value,
                                                  GraphQLError* error) const
{
    if (value.isNull() || value.isUndefined())
        return Written{MondayCellValue::checkbox(false, m_now), std::nullopt};
    const QJsonValue checked = value.toObject().value(QStringLiteral("checked"));
    if (!value.isObject() || !(checked.isBool() || checked.isString())) {
        *error = columnValueError(column, tr("a checkbox column takes {\"checked\": \"true\"}"));
        return std::nullopt;
    }
    const bool on = checked.isBool() ? checked.toBool() : checked.toString() == QLatin1String("true");
    return Written{MondayCellValue::checkbox(on, m_now), std::nullopt};
}

} // namespace mlc::sandbox
