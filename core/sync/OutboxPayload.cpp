#include "OutboxPayload.h"

#include "bc/BcRecord.h"
#include "monday/MondayDocuments.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mlc {

namespace {

const QString kItemName = QStringLiteral("itemName");
const QString kGroupId = QStringLiteral("groupId");
const QString kColumnValues = QStringLiteral("columnValues");
const QString kCreateLabels = QStringLiteral("createLabels");

// A hash of the parts, each ended by a separator no part contains. "mlc-" tells a support engineer reading
// monday's logs where the request came from.
QString keyOf(const QStringList& parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : parts) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QStringLiteral("mlc-") + QString::fromLatin1(hash.result().toHex().left(40));
}

} // namespace

OutboxRow OutboxPayload::rowFor(const Mapping& mapping, const BcRecord& record, const RecordPlan& plan,
                                const QString& itemId)
{
    OutboxRow row;
    row.entity = BcEntities::toString(mapping.entity);
    row.boardId = mapping.boardId;
    row.bcId = record.id;
    row.bcNumber = plan.bcNumber;
    row.itemId = itemId;
    row.operation =
        plan.action == RecordPlan::Action::Create ? OutboxOperation::Create : OutboxOperation::Update;
    QJsonObject payload{{kColumnValues, plan.columnValues}};
    if (row.operation == OutboxOperation::Create) {
        payload.insert(kItemName, plan.itemName);
        if (mapping.groupId)
            payload.insert(kGroupId, *mapping.groupId);
    }
    if (plan.createLabelsIfMissing)
        payload.insert(kCreateLabels, true);
    row.payload = payload;
    row.plannedValues = plan.plannedValues;
    row.idempotencyKey = idempotencyKey(mapping, record, plan);
    return row;
}

OutboxRow OutboxPayload::removalRowFor(const Mapping& mapping, const QString& bcId, const QString& bcNumber,
                                       const QString& itemId, OnDelete onDelete)
{
    OutboxRow row;
    row.entity = BcEntities::toString(mapping.entity);
    row.boardId = mapping.boardId;
    row.bcId = bcId;
    row.bcNumber = bcNumber;
    row.itemId = itemId;
    row.operation = onDelete == OnDelete::Delete ? OutboxOperation::Delete : OutboxOperation::Archive;
    row.idempotencyKey =
        keyOf({row.entity, row.boardId, bcId, itemId, OutboxRow::operationName(row.operation)});
    return row;
}

QString OutboxPayload::idempotencyKey(const Mapping& mapping, const BcRecord& record, const RecordPlan& plan)
{
    return keyOf({BcEntities::toString(mapping.entity), mapping.boardId, record.id, record.etag,
                  record.lastModifiedUtc.toString(Qt::ISODateWithMs), RecordPlan::actionName(plan.action),
                  QString::fromUtf8(QJsonDocument(plan.columnValues).toJson(QJsonDocument::Compact)),
                  plan.itemName});
}

QString OutboxPayload::recreationKey(const QString& key, qint64 doneRowId)
{
    return keyOf({key, QStringLiteral("again after"), QString::number(doneRowId)});
}

std::optional<MondayRequestBody> OutboxPayload::requestFor(const OutboxRow& row, QString* error)
{
    const QJsonObject columnValues = row.payload.value(kColumnValues).toObject();
    const bool createLabels = row.payload.value(kCreateLabels).toBool();
    switch (row.operation) {
    case OutboxOperation::Create:
        return MondayDocuments::createItemRequest(row.boardId, row.payload.value(kGroupId).toString(),
                                                  row.payload.value(kItemName).toString(), columnValues,
                                                  createLabels);
    case OutboxOperation::Update:
        return MondayDocuments::changeColumnValuesRequest(row.boardId, row.itemId, columnValues,
                                                          createLabels);
    case OutboxOperation::Archive:
        return MondayDocuments::archiveItemRequest(row.itemId);
    case OutboxOperation::Delete:
        return MondayDocuments::deleteItemRequest(row.itemId);
    }
    if (error)
        *error = tr("Outbox row %1 has an operation this version cannot send.").arg(row.id);
    return std::nullopt;
}

QString OutboxPayload::createdItemId(const QJsonObject& data)
{
    return data.value(QStringLiteral("create_item"))
        .toObject()
        .value(QStringLiteral("id"))
        .toVariant()
        .toString();
}

} // namespace mlc
