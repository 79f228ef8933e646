#include "SchemaMigrations.h"

namespace mlc {

namespace {

QString sql(const char* statement)
{
    return QString::fromUtf8(statement);
}

} // namespace

const std::vector<Migration>& SchemaMigrations::all()
{
    static const std::vector<Migration> migrations{coreTables(), auditBrowserIndexesAndAppendOnlyAudit(),
                                                   deltaCursorPlannedValuesAndOneOpenWritePerRecord(),
                                                   webhookInbox()};
    return migrations;
}

int SchemaMigrations::latestVersion()
{
    return all().back().version;
}

// Identifiers from the outside (BC GUIDs, monday's numeric ids) are TEXT: monday ids outgrow 32 bits and
// both APIs hand them over as strings. Times are ISO-8601 UTC text with milliseconds (StoredTime), which
// sorts in time order. JSON columns are checked with json_valid so a bug cannot store half a document.
Migration SchemaMigrations::coreTables()
{
    return {1,
            QStringLiteral("core tables"),
            {
                sql("CREATE TABLE settings ("
                    " key TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),"
                    " value BLOB NOT NULL,"
                    " updated_at TEXT NOT NULL)"),

                // One row per BC record that has an item on a board. written_values holds the encoded column
                // values last written, so the planner can send only what changed.
                sql("CREATE TABLE links ("
                    " entity TEXT NOT NULL,"
                    " board_id TEXT NOT NULL,"
                    " bc_id TEXT NOT NULL,"
                    " item_id TEXT NOT NULL,"
                    " bc_number TEXT,"
                    " written_values TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(written_values)),"
                    " bc_etag TEXT,"
                    " bc_modified_at TEXT,"
                    " created_at TEXT NOT NULL,"
                    " updated_at TEXT NOT NULL,"
                    " PRIMARY KEY (entity, board_id, bc_id))"),
                sql("CREATE UNIQUE INDEX links_board_item ON links (board_id, item_id)"),

                // The durable write queue; a row is also the backoff state of its write (attempts, next try,
                // last error, request id), so a restart resumes exactly where the engine stopped.
                sql("CREATE TABLE outbox ("
                    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " entity TEXT NOT NULL,"
                    " board_id TEXT NOT NULL,"
                    " bc_id TEXT NOT NULL,"
                    " bc_number TEXT,"
                    " operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'archive', 'delete')),"
                    " item_id TEXT,"
                    " payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),"
                    " idempotency_key TEXT NOT NULL UNIQUE CHECK (idempotency_key <> ''),"
                    " state TEXT NOT NULL DEFAULT 'pending'"
                    " CHECK (state IN ('pending', 'in_flight', 'done', 'failed')),"
                    " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
                    " next_try_at TEXT NOT NULL,"
                    " last_error TEXT,"
                    " last_error_code TEXT,"
                    " request_id TEXT,"
                    " created_at TEXT NOT NULL,"
                    " updated_at TEXT NOT NULL)"),
                // The state is bound as a parameter by the queue, so these are full indexes, not partial ones
                // (SQLite only uses a partial index when the query repeats its literal condition).
                sql("CREATE INDEX outbox_board_next_try ON outbox (board_id, state, next_try_at, id)"),
                sql("CREATE INDEX outbox_record ON outbox (entity, bc_id)"),
                sql("CREATE INDEX outbox_state_updated ON outbox (state, updated_at)"),

                // outbox_id has no foreign key on purpose: the audit trail is append-only and must outlive
                // any clean-up of settled outbox rows.
                sql("CREATE TABLE audit ("
                    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " at TEXT NOT NULL,"
                    " entity TEXT,"
                    " board_id TEXT,"
                    " bc_id TEXT,"
                    " bc_number TEXT,"
                    " item_id TEXT,"
                    " event TEXT NOT NULL CHECK (event <> ''),"
                    " changes TEXT CHECK (changes IS NULL OR json_valid(changes)),"
                    " request_id TEXT,"
                    " attempt INTEGER,"
                    " error TEXT,"
                    " outbox_id INTEGER,"
                    " detail TEXT)"),

                // last_modified is BC's lastModifiedDateTime high-water mark; NULL until the first full pass.
                sql("CREATE TABLE watermarks ("
                    " entity TEXT NOT NULL,"
                    " board_id TEXT NOT NULL,"
                    " last_modified TEXT,"
                    " last_polled_at TEXT,"
                    " updated_at TEXT NOT NULL,"
                    " PRIMARY KEY (entity, board_id))"),

                // Only a hash of the clientState is kept: the value itself is a secret.
                sql("CREATE TABLE webhook_subscriptions ("
                    " subscription_id TEXT NOT NULL PRIMARY KEY,"
                    " entity TEXT NOT NULL,"
                    " resource TEXT NOT NULL,"
                    " notification_url TEXT NOT NULL,"
                    " client_state_hash TEXT NOT NULL,"
                    " etag TEXT,"
                    " expires_at TEXT,"
                    " state TEXT NOT NULL,"
                    " last_error TEXT,"
                    " created_at TEXT NOT NULL,"
                    " updated_at TEXT NOT NULL)"),
                sql("CREATE INDEX webhook_subscriptions_entity ON webhook_subscriptions (entity)"),
            }};
}

// The audit browser filters by time, entity, event and record; the triggers keep the trail trustworthy,
// since nothing in the application has a reason to rewrite history.
Migration SchemaMigrations::auditBrowserIndexesAndAppendOnlyAudit()
{
    return {2,
            QStringLiteral("audit browser indexes and append-only audit trail"),
            {
                sql("CREATE INDEX audit_at ON audit (at)"),
                sql("CREATE INDEX audit_entity_at ON audit (entity, at)"),
                sql("CREATE INDEX audit_event_at ON audit (event, at)"),
                sql("CREATE INDEX audit_bc_id ON audit (bc_id)"),
                sql("CREATE INDEX audit_bc_number ON audit (bc_number)"),
                sql("CREATE INDEX audit_item_id ON audit (item_id)"),
                sql("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
                sql("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            }};
}

// The BC delta reader resumes from more than a timestamp (the versions it already delivered at the
// watermark), so its cursor is stored beside it. The outbox row carries the comparable values it will
// write, because settle stores exactly those in the link, and the payload holds monday's encoding of them,
// not the form the planner compares. At most one open (pending or in-flight) write per record, so two plans
// for one record can never both reach the board, in whatever order they would be sent.
Migration SchemaMigrations::deltaCursorPlannedValuesAndOneOpenWritePerRecord()
{
    return {3,
            QStringLiteral("delta cursor, planned values and one open write per record"),
            {
                sql("ALTER TABLE watermarks ADD COLUMN delta_cursor TEXT"
                    " CHECK (delta_cursor IS NULL OR json_valid(delta_cursor))"),
                sql("ALTER TABLE outbox ADD COLUMN planned_values TEXT NOT NULL DEFAULT '{}'"
                    " CHECK (json_valid(planned_values))"),
                sql("CREATE UNIQUE INDEX outbox_one_open_per_record ON outbox (entity, board_id, bc_id)"
                    " WHERE state IN ('pending', 'in_flight')"),
            }};
}

// Notifications from BC, stored before the listener answers 202 (issue 6): whatever BC was told we have,
// we have, whatever happens to the process next.
Migration SchemaMigrations::webhookInbox()
{
    return {4,
            QStringLiteral("webhook inbox"),
            {
                sql("CREATE TABLE webhook_inbox ("
                    " id INTEGER PRIMARY KEY,"
                    " subscription_id TEXT NOT NULL,"
                    " change_type TEXT NOT NULL CHECK (change_type IN"
                    "  ('created', 'updated', 'deleted', 'collection')),"
                    " resource TEXT NOT NULL,"
                    " last_modified TEXT,"
                    " received_at TEXT NOT NULL,"
                    " handled_at TEXT)"),
                sql("CREATE INDEX webhook_inbox_unhandled ON webhook_inbox (handled_at, id)"),
            }};
}

} // namespace mlc
