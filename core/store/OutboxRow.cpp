#include "OutboxRow.h"

namespace mlc {

QString OutboxRow::operationName(OutboxOperation operation)
{
    switch (operation) {
    case OutboxOperation::Create:
        return QStringLiteral("create");
    case OutboxOperation::Update:
        return QStringLiteral("update");
    case OutboxOperation::Archive:
        return QStringLiteral("archive");
    case OutboxOperation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<OutboxOperation> OutboxRow::operationFromName(const QString& name)
{
    for (const OutboxOperation operation : {OutboxOperation::Create, OutboxOperation::Update,
                                            OutboxOperation::Archive, OutboxOperation::Delete}) {
        if (operationName(operation) == name)
            return operation;
    }
    return std::nullopt;
}

QString OutboxRow::stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::InFlight:
        return QStringLiteral("in_flight");
    case OutboxState::Done:
        return QStringLiteral("done");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<OutboxState> OutboxRow::stateFromName(const QString& name)
{
    for (const OutboxState state :
         {OutboxState::Pending, OutboxState::InFlight, OutboxState::Done, OutboxState::Failed}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace mlc
