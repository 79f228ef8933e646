#pragma once

#include "GraphQLExecutor.h"
#include "MondayCursors.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mlc::sandbox {

class MondayBoardStore;
struct MondayBoard;
struct MondayColumn;
struct MondayGroup;
struct MondayItem;

// The resolvers of monday's read side: me, account, boards (columns, groups, items_page), items,
// next_items_page, items_page_by_column_values, complexity and version. They read the MondayBoardStore and
// the request context (MondaySimulator fills kContextComplexity and kContextVersion) and never write.
class MondayQueryResolvers
{
    Q_DECLARE_TR_FUNCTIONS(MondayQueryResolvers)

public:
    static constexpr int kMaxPageLimit = 500;
    static constexpr int kMaxRootItems = 100;
    // Request-context keys: a QJsonObject {before, after, query, reset_in_x_seconds} and a QJsonObject
    // {value, kind, display_name}.
    static QString contextComplexity() { return QStringLiteral("complexity"); }
    static QString contextVersion() { return QStringLiteral("version"); }

    MondayQueryResolvers(MondayBoardStore& store, MondayCursors& cursors);

    void install(GraphQLExecutor& executor);

    // The GraphQL shapes of the model, for other resolvers (the mutations return Items too).
    static GraphQLResolved boardObject(const MondayBoard& board);
    static GraphQLResolved itemObject(const MondayItem& item);
    static GraphQLResolved groupObject(const MondayGroup& group);
    static GraphQLResolved columnObject(const MondayColumn& column);

private:
    GraphQLResolved boards(const GraphQLFieldContext& context) const;
    GraphQLResolved items(const GraphQLFieldContext& context) const;
    GraphQLResolved itemsPage(const GraphQLFieldContext& context) const;
    GraphQLResolved nextItemsPage(const GraphQLFieldContext& context) const;
    GraphQLResolved itemsByColumnValues(const GraphQLFieldContext& context) const;
    GraphQLResolved columns(const GraphQLFieldContext& context) const;
    GraphQLResolved groups(const GraphQLFieldContext& context) const;
    GraphQLResolved columnValues(const GraphQLFieldContext& context) const;
    GraphQLResolved itemsOfResponse(const GraphQLFieldContext& context) const;

    GraphQLResolved firstPage(const MondayBoard& board, const QStringList& matchingIds, int limit) const;
    GraphQLResolved continuePage(const QString& cursor, int limit, const QString& boardId) const;
    static std::optional<GraphQLError> checkLimit(int limit);
    std::optional<QStringList> filterByQueryParams(const MondayBoard& board, const QJsonObject& params,
                                                   GraphQLError* error) const;
    std::optional<QStringList> filterByColumnValues(const MondayBoard& board, const QJsonArray& columns,
                                                    GraphQLError* error) const;
    GraphQLResolved columnValueObject(const MondayItem& item, const MondayColumn& column) const;

    MondayBoardStore& m_store;
    MondayCursors& m_cursors;
};

} // namespace mlc::sandbox
