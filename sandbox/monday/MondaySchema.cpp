#include "MondaySchema.h"

#include "GraphQLParser.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMondaySchema, "mlc.sandbox.monday.schema")

namespace mlc::sandbox {

QString MondaySchema::querySdl()
{
    return QStringLiteral(R"sdl(
scalar JSON
scalar Date
scalar ISO8601DateTime
scalar CompareValue

enum State { active all archived deleted }
enum BoardKind { private public share }
enum BoardsOrderBy { created_at used_at }
enum VersionKind { current deprecated dev maintenance old__maintenance old_previous_maintenance
  previous_maintenance release_candidate }
enum ItemsQueryOperator { and or }
enum ItemsQueryRuleOperator { any_of between contains_terms contains_text ends_with greater_than
  greater_than_or_equals is_empty is_not_empty lower_than lower_than_or_equal not_any_of not_contains_text
  starts_with within_the_last within_the_next }
enum ItemsOrderByDirection { asc desc }
enum NumberValueUnitDirection { left right }
enum ColumnType { auto_number board_relation button checkbox color_picker country creation_log date dependency
  direct_doc doc dropdown email file formula group hour integration item_assignees item_id last_updated link
  location long_text mirror name numbers people person phone progress rating status subtasks tags team text
  time_tracking timeline unsupported vote week world_clock }

input ItemsQuery { groups: [ItemsQueryGroup!] ids: [ID!] operator: ItemsQueryOperator = and
  order_by: [ItemsQueryOrderBy!] rules: [ItemsQueryRule!] }
input ItemsQueryGroup { groups: [ItemsQueryGroup!] operator: ItemsQueryOperator = and rules: [ItemsQueryRule!] }
input ItemsQueryRule { column_id: ID! compare_attribute: String compare_value: CompareValue!
  operator: ItemsQueryRuleOperator = any_of }
input ItemsQueryOrderBy { column_id: String! direction: ItemsOrderByDirection = asc }
input ItemsPageByColumnValuesQuery { column_id: String! column_values: [String]! }

type Query {
  boards(board_kind: BoardKind, ids: [ID!], latest: Boolean, limit: Int = 25, order_by: BoardsOrderBy,
         page: Int = 1, state: State = active, workspace_ids: [ID]): [Board]
  items(exclude_nonactive: Boolean, ids: [ID!], limit: Int = 25, newest_first: Boolean, page: Int = 1): [Item]
  next_items_page(cursor: String!, limit: Int! = 25): ItemsResponse!
  items_page_by_column_values(board_id: ID!, columns: [ItemsPageByColumnValuesQuery!], cursor: String,
                              limit: Int! = 25): ItemsResponse!
  me: User
  account: Account
  complexity: Complexity
  version: Version!
  versions: [Version!]
}

type Mutation {
  complexity: Complexity
}

type Complexity { after: Int! before: Int! query: Int! reset_in_x_seconds: Int! }
type Version { display_name: String! kind: VersionKind! value: String! }
type Plan { max_users: Int! period: String tier: String version: Int! }
type Account { id: ID! name: String! slug: String! tier: String plan: Plan active_members_count: Int }
type User { id: ID! name: String! email: String! account: Account! enabled: Boolean! is_admin: Boolean
  is_guest: Boolean is_view_only: Boolean url: String! }

type Board {
  id: ID!
  name: String!
  board_kind: BoardKind!
  state: State!
  description: String
  workspace_id: ID
  items_count: Int
  url: String!
  updated_at: ISO8601DateTime
  columns(ids: [String], types: [ColumnType!]): [Column]
  groups(ids: [String]): [Group]
  top_group: Group!
  items_page(cursor: String, limit: Int! = 25, query_params: ItemsQuery): ItemsResponse!
}
type Column { archived: Boolean! description: String id: ID! settings_str: String! title: String!
  type: ColumnType! width: Int }
type Group { archived: Boolean color: String! deleted: Boolean id: ID! position: String! title: String! }
type ItemsResponse { cursor: String items: [Item!]! }
type Item {
  id: ID!
  name: String!
  state: State
  created_at: Date
  updated_at: Date
  creator_id: String!
  url: String!
  board: Board
  group: Group
  column_values(ids: [String!], types: [ColumnType!]): [ColumnValue!]!
}

interface ColumnValue { column: Column! id: ID! text: String type: ColumnType! value: JSON }
type TextValue implements ColumnValue { column: Column! id: ID! text: String type: ColumnType! value: JSON }
type LongTextValue implements ColumnValue { column: Column! id: ID! text: String type: ColumnType! value: JSON }
type NumbersValue implements ColumnValue { column: Column! direction: NumberValueUnitDirection id: ID!
  number: Float symbol: String text: String type: ColumnType! value: JSON }
type StatusValue implements ColumnValue { column: Column! id: ID! index: Int is_done: Boolean label: String
  text: String type: ColumnType! value: JSON }
type DateValue implements ColumnValue { column: Column! date: String id: ID! text: String time: String
  type: ColumnType! value: JSON }
type DropdownValueOption { id: ID! label: String! }
type DropdownValue implements ColumnValue { column: Column! id: ID! text: String type: ColumnType! value: JSON
  values: [DropdownValueOption!]! }
type BoardRelationValue implements ColumnValue { column: Column! display_value: String! id: ID!
  linked_item_ids: [ID!]! linked_items: [Item!]! text: String type: ColumnType! value: JSON }
type CheckboxValue implements ColumnValue { checked: Boolean column: Column! id: ID! text: String
  type: ColumnType! value: JSON }
type EmailValue implements ColumnValue { column: Column! email: String id: ID! label: String text: String
  type: ColumnType! value: JSON }
type PhoneValue implements ColumnValue { column: Column! country_short_name: String id: ID! phone: String
  text: String type: ColumnType! value: JSON }
type LinkValue implements ColumnValue { column: Column! id: ID! text: String type: ColumnType! url: String
  url_text: String value: JSON }
)sdl");
}

GraphQLSchema MondaySchema::build()
{
    GraphQLSchema schema;
    extend(schema, querySdl());
    return schema;
}

bool MondaySchema::extend(GraphQLSchema& schema, const QString& sdl)
{
    GraphQLError error;
    if (GraphQLParser::parseSchema(sdl, schema, &error))
        return true;
    qCWarning(lcMondaySchema) << "The simulator's schema does not parse:" << error.message;
    return false;
}

} // namespace mlc::sandbox
