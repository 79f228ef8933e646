#include "MondayConnectionCheck.h"

#include "bc/BcEntityCatalogue.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayQuery.h"
#include "sync/ColumnCompatibility.h"

namespace mlc {

namespace {

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

bool MondayConnectionReport::boardsOk() const
{
    for (const Board& board : boards) {
        if (!board.ok())
            return false;
    }
    return true;
}

MondayConnectionCheck::MondayConnectionCheck(MondayClient& client, Clock& clock, QList<Mapping> mappings,
                                             QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_mappings(std::move(mappings))
{}

MondayConnectionCheck::~MondayConnectionCheck() = default;

void MondayConnectionCheck::start()
{
    m_report = MondayConnectionReport();
    m_report.checked = true;
    m_query = new MondayQuery(m_client, m_clock, MondayDocuments::connectionTestRequest(),
                              MondayRetrySettings::interactive(), this);
    connect(m_query, &MondayQuery::finished, this, &MondayConnectionCheck::onConnected);
    m_query->start();
}

void MondayConnectionCheck::onConnected(const MondayOutcome& outcome)
{
    m_query->deleteLater();
    if (outcome.kind != MondayOutcome::Kind::Done) {
        fail(outcome);
        return;
    }
    const QJsonObject me = outcome.data.value(QStringLiteral("me")).toObject();
    m_report.connected = true;
    m_report.userName = me.value(QStringLiteral("name")).toString();
    m_report.userEmail = me.value(QStringLiteral("email")).toString();
    m_report.accountName =
        me.value(QStringLiteral("account")).toObject().value(QStringLiteral("name")).toString();
    m_report.apiVersion =
        outcome.data.value(QStringLiteral("version")).toObject().value(QStringLiteral("value")).toString();
    QStringList boardIds;
    for (const Mapping& mapping : m_mappings)
        boardIds.append(mapping.boardId);
    boardIds.removeDuplicates();
    if (boardIds.isEmpty()) {
        Q_EMIT finished(m_report);
        return;
    }
    m_query = new MondayQuery(m_client, m_clock, MondayDocuments::boardStructureRequest(boardIds),
                              MondayRetrySettings::interactive(), this);
    connect(m_query, &MondayQuery::finished, this, &MondayConnectionCheck::onBoards);
    m_query->start();
}

void MondayConnectionCheck::onBoards(const MondayOutcome& outcome)
{
    if (outcome.kind != MondayOutcome::Kind::Done) {
        fail(outcome);
        return;
    }
    const QList<MondayBoardStructure> boards = MondayBoardStructure::listFromData(outcome.data);
    for (const Mapping& mapping : m_mappings) {
        MondayConnectionReport::Board result;
        result.entity = mapping.entity;
        result.boardId = mapping.boardId;
        for (const MondayBoardStructure& board : boards) {
            if (board.id != mapping.boardId)
                continue;
            result.found = true;
            result.name = board.name;
            result.problems = problemsOf(mapping, board);
        }
        if (!result.found)
            result.problems.append(
                tr("Board %1 was not found, or the monday.com token cannot see it. Check the "
                   "board id in the profile and that the token's user is a member of the board.")
                    .arg(mapping.boardId));
        m_report.boards.append(result);
    }
    Q_EMIT finished(m_report);
}

void MondayConnectionCheck::fail(const MondayOutcome& outcome)
{
    m_report.error = outcome.message.isEmpty() ? outcome.summary() : outcome.message;
    m_report.unreachable =
        outcome.kind == MondayOutcome::Kind::Terminal || outcome.kind == MondayOutcome::Kind::Retry;
    Q_EMIT finished(m_report);
}

QStringList MondayConnectionCheck::problemsOf(const Mapping& mapping, const MondayBoardStructure& board)
{
    QStringList problems;
    if (board.state == QLatin1String("archived") || board.state == QLatin1String("deleted"))
        problems.append(tr("Board %1 is %2 on monday.com.").arg(quoted(board.name), board.state));
    const MondayColumn* bcId = board.column(mapping.bcIdColumn);
    if (!bcId)
        problems.append(tr("The BC id column %1 is not on board %2. Add a text column with that id, or set "
                           "bcIdColumn to an existing text column.")
                            .arg(quoted(mapping.bcIdColumn), quoted(board.name)));
    else if (bcId->type() != MondayColumnType::Text)
        problems.append(tr("The BC id column %1 on board %2 is a %3 column; it must be a text column.")
                            .arg(quoted(bcId->title()), quoted(board.name), bcId->typeName()));
    for (const ColumnMapping& columnMapping : mapping.columns)
        problems.append(columnProblems(mapping, columnMapping, board));
    return problems;
}

QStringList MondayConnectionCheck::columnProblems(const Mapping& mapping, const ColumnMapping& columnMapping,
                                                  const MondayBoardStructure& board)
{
    const MondayColumn* column = board.column(columnMapping.column);
    if (!column)
        return {tr("Column %1 (for the field %2) is not on board %3.")
                    .arg(quoted(columnMapping.column), quoted(columnMapping.field), quoted(board.name))};
    QStringList problems;
    const BcField* field = BcEntityCatalogue::field(mapping.entity, columnMapping.field);
    if (field) {
        const QString why = ColumnCompatibility::whyNot(field->type, column->type(), column->typeName());
        if (!why.isEmpty())
            problems.append(
                tr("Column %1 on board %2 does not fit the field %3: %4.")
                    .arg(quoted(column->title()), quoted(board.name), quoted(columnMapping.field), why));
    }
    if (column->type() != MondayColumnType::Status && column->type() != MondayColumnType::Dropdown)
        return problems;
    // Every label a record can be written as must be on the board, or its records fail (monday.md §5.2).
    QStringList wanted = columnMapping.values.values();
    if (field && field->isEnum()) {
        for (const BcEnumMember& member : field->members) {
            if (!columnMapping.values.contains(member.wireValue) &&
                member.wireValue != QLatin1String("_x0020_"))
                wanted.append(member.displayText);
        }
    }
    wanted.removeDuplicates();
    QStringList missing;
    for (const QString& label : std::as_const(wanted)) {
        if (!column->labelId(label))
            missing.append(quoted(label));
    }
    if (!missing.isEmpty())
        problems.append(
            tr("Column %1 on board %2 lacks the labels %3. Add them on the board, or map those BC "
               "values to labels it has.")
                .arg(quoted(column->title()), quoted(board.name), missing.join(QStringLiteral(", "))));
    return problems;
}

} // namespace mlc
