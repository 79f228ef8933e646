#include "RecordPlanner.h"

#include "bc/BcEntityCatalogue.h"
#include "bc/BcEnumCodec.h"
#include "monday/MondayColumnCodec.h"
#include "monday/MondayColumnInput.h"

#include <QJsonArray>

namespace mlc {

namespace {

const QString kNameKey = QStringLiteral("name");
// monday's item names are 1-255 characters (monday.md §4).
constexpr int kMaxItemName = 255;

bool isNullGuid(const QString& value)
{
    return value.isEmpty() || value == QLatin1String("00000000-0000-0000-0000-000000000000");
}

} // namespace

QString RecordPlan::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Deferred:
        return QStringLiteral("deferred");
    case Action::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

RecordPlanner::RecordPlanner(Mapping mapping, MondayBoardStructure board, LinkedItemFinder findLinkedItem)
    : m_mapping(std::move(mapping))
    , m_board(std::move(board))
    , m_findLinkedItem(std::move(findLinkedItem))
{}

QString RecordPlanner::numberOf(BcEntity entity, const BcRecord& record)
{
    return record.fields.value(BcEntityCatalogue::info(entity).nameField).toString();
}

RecordPlan RecordPlanner::plan(const BcRecord& record, const std::optional<Link>& link) const
{
    RecordPlan plan;
    plan.bcId = record.id;
    plan.bcNumber = numberOf(m_mapping.entity, record);
    plan.itemName = itemNameOf(record);
    plan.plannedValues.insert(kNameKey, plan.itemName);

    QJsonObject desired{{kNameKey, plan.itemName}};
    for (const ColumnMapping& columnMapping : m_mapping.columns) {
        const std::optional<ColumnPlan> column = planColumn(columnMapping, record, &plan);
        if (!column)
            return plan; // Deferred or Failed, with the reason set
        desired.insert(column->columnId, column->encoded);
        plan.plannedValues.insert(column->columnId, column->comparable);
        plan.createLabelsIfMissing = plan.createLabelsIfMissing || column->createsLabel;
    }
    // The BC id column is how the item is found again after a crash (DESIGN §3), so it is always written.
    desired.insert(m_mapping.bcIdColumn, record.id);
    plan.plannedValues.insert(m_mapping.bcIdColumn, record.id);

    if (!link) {
        plan.action = RecordPlan::Action::Create;
        for (auto it = desired.constBegin(); it != desired.constEnd(); ++it) {
            // create_item takes the name apart; clearing a column of a new item changes nothing.
            if (it.key() != kNameKey && !it.value().isNull())
                plan.columnValues.insert(it.key(), it.value());
        }
        return plan;
    }
    for (auto it = plan.plannedValues.constBegin(); it != plan.plannedValues.constEnd(); ++it) {
        const QJsonValue written = link->writtenValues.value(it.key());
        if (written == it.value())
            continue;
        plan.changedColumns.append(it.key());
        plan.previousValues.insert(it.key(), written);
        plan.columnValues.insert(it.key(), desired.value(it.key()));
    }
    plan.action = plan.changedColumns.isEmpty() ? RecordPlan::Action::Unchanged : RecordPlan::Action::Update;
    return plan;
}

std::optional<RecordPlanner::ColumnPlan>
RecordPlanner::planColumn(const ColumnMapping& columnMapping, const BcRecord& record, RecordPlan* plan) const
{
    const MondayColumn* column = m_board.column(columnMapping.column);
    if (!column) {
        fail(plan, RecordPlan::Action::Failed, columnMapping.column,
             tr("The column \"%1\" is no longer on board \"%2\"; map the field \"%3\" to another column.")
                 .arg(columnMapping.column, m_board.name, columnMapping.field));
        return std::nullopt;
    }
    const QJsonValue bcValue = record.fields.value(columnMapping.field);
    MondayColumnInput input;
    input.bcValue = bcValue.isUndefined() ? QJsonValue() : bcValue;
    const BcField* field = BcEntityCatalogue::field(m_mapping.entity, columnMapping.field);
    if (field && field->isEnum() && bcValue.isString()) {
        input.text = BcEnumCodec::displayText(m_mapping.entity, columnMapping.field, bcValue.toString());
        const auto label = columnMapping.values.constFind(bcValue.toString());
        if (label != columnMapping.values.constEnd())
            input.mappedLabel = label.value();
    } else if (!columnMapping.values.isEmpty() && bcValue.isString()) {
        const auto label = columnMapping.values.constFind(bcValue.toString());
        if (label != columnMapping.values.constEnd())
            input.mappedLabel = label.value();
    }
    input.createLabelsIfMissing = columnMapping.createLabels;
    // monday checks a phone number against its country (monday.md §5.2); BC keeps that beside the number.
    if (column->type() == MondayColumnType::Phone)
        input.phoneCountry = record.fields.value(QStringLiteral("country")).toString();
    if (columnMapping.linkTo && !linkedItems(columnMapping, bcValue, &input, plan))
        return std::nullopt;

    const MondayColumnEncoding encoding = MondayColumnCodec::encode(*column, input);
    if (!encoding.ok()) {
        fail(plan, RecordPlan::Action::Failed, column->id(), encoding.error->message());
        return std::nullopt;
    }
    return ColumnPlan{column->id(), encoding.value, MondayColumnCodec::comparable(*column, encoding.value),
                      encoding.createsLabel};
}

// A vendor or customer link: the linked record's item on its own board. When that record has no item yet,
// the write waits for it rather than dropping the link (DESIGN §3, issue: linked mapping synced first).
bool RecordPlanner::linkedItems(const ColumnMapping& columnMapping, const QJsonValue& bcValue,
                                MondayColumnInput* input, RecordPlan* plan) const
{
    const QString linkedBcId = bcValue.toString();
    if (isNullGuid(linkedBcId))
        return true; // no linked record: the column is cleared
    const std::optional<QString> itemId =
        m_findLinkedItem ? m_findLinkedItem(*columnMapping.linkTo, linkedBcId) : std::nullopt;
    if (!itemId) {
        plan->waitingFor = BcEntities::toString(*columnMapping.linkTo) + QLatin1Char(':') + linkedBcId;
        fail(plan, RecordPlan::Action::Deferred, columnMapping.column,
             tr("Waiting for the linked %1 record %2 to reach its board.")
                 .arg(BcEntityCatalogue::info(*columnMapping.linkTo).displayName, linkedBcId));
        return false;
    }
    input->linkedItemIds = {*itemId};
    return true;
}

QString RecordPlanner::itemNameOf(const BcRecord& record) const
{
    const QJsonValue value = record.fields.value(m_mapping.itemName);
    QString name;
    if (value.isString()) {
        const BcField* field = BcEntityCatalogue::field(m_mapping.entity, m_mapping.itemName);
        name = field && field->isEnum()
                   ? BcEnumCodec::displayText(m_mapping.entity, m_mapping.itemName, value.toString())
                   : value.toString();
    } else if (value.isDouble()) {
        name = QString::number(value.toDouble(), 'f', -1);
    }
    name = name.simplified();
    if (name.isEmpty())
        name = numberOf(m_mapping.entity, record).simplified();
    if (name.isEmpty())
        name = record.id; // monday refuses an empty name
    return name.left(kMaxItemName);
}

void RecordPlanner::fail(RecordPlan* plan, RecordPlan::Action action, const QString& column,
                         const QString& error)
{
    plan->action = action;
    plan->errorColumn = column;
    plan->error = error;
    plan->columnValues = QJsonObject();
}

} // namespace mlc
