-- A state database as ml-connector wrote it at schema version 3 (migrations 1 and 2, then "delta cursor,
-- planned values and one open write per record"), with rows in every table. Frozen: databases like this exist
-- in the field. tst_migrations checks that this schema is exactly what migrations 1 to 3 build, and upgrades
-- it to the latest version to prove the data survives.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
INSERT INTO schema_migrations (version, description, applied_at)
VALUES (1, 'core tables', '2026-01-05T09:00:00.000Z'),
       (2, 'audit browser indexes and append-only audit trail', '2026-02-02T08:30:00.000Z'),
       (3, 'delta cursor, planned values and one open write per record', '2026-11-20T10:00:00.000Z');

CREATE TABLE settings (
    key TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
    value BLOB NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE links (
    entity TEXT NOT NULL,
    board_id TEXT NOT NULL,
    bc_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    bc_number TEXT,
    written_values TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(written_values)),
    bc_etag TEXT,
    bc_modified_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, board_id, bc_id)
);
CREATE UNIQUE INDEX links_board_item ON links (board_id, item_id);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    board_id TEXT NOT NULL,
    bc_id TEXT NOT NULL,
    bc_number TEXT,
    operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'archive', 'delete')),
    item_id TEXT,
    payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    idempotency_key TEXT NOT NULL UNIQUE CHECK (idempotency_key <> ''),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'in_flight', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_try_at TEXT NOT NULL,
    last_error TEXT,
    last_error_code TEXT,
    request_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX outbox_board_next_try ON outbox (board_id, state, next_try_at, id);
CREATE INDEX outbox_record ON outbox (entity, bc_id);
CREATE INDEX outbox_state_updated ON outbox (state, updated_at);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    entity TEXT,
    board_id TEXT,
    bc_id TEXT,
    bc_number TEXT,
    item_id TEXT,
    event TEXT NOT NULL CHECK (event <> ''),
    changes TEXT CHECK (changes IS NULL OR json_valid(changes)),
    request_id TEXT,
    attempt INTEGER,
    error TEXT,
    outbox_id INTEGER,
    detail TEXT
);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_entity_at ON audit (entity, at);
CREATE INDEX audit_event_at ON audit (event, at);
CREATE INDEX audit_bc_id ON audit (bc_id);
CREATE INDEX audit_bc_number ON audit (bc_number);
CREATE INDEX audit_item_id ON audit (item_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TABLE watermarks (
    entity TEXT NOT NULL,
    board_id TEXT NOT NULL,
    last_modified TEXT,
    last_polled_at TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, board_id)
);

CREATE TABLE webhook_subscriptions (
    subscription_id TEXT NOT NULL PRIMARY KEY,
    entity TEXT NOT NULL,
    resource TEXT NOT NULL,
    notification_url TEXT NOT NULL,
    client_state_hash TEXT NOT NULL,
    etag TEXT,
    expires_at TEXT,
    state TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX webhook_subscriptions_entity ON webhook_subscriptions (entity);

-- Rows, as the engine would have left them after a few syncs.

INSERT INTO settings (key, value, updated_at) VALUES
    ('profile', CAST('{"version":1,"mappings":[{"entity":"vendors","boardId":"1234567890"}]}' AS BLOB),
     '2026-01-05T09:00:01.250Z'),
    ('lastStartedBy', CAST('ml-connector-cli 0.1.0' AS BLOB), '2026-01-05T09:00:01.300Z');

INSERT INTO links (entity, board_id, bc_id, item_id, bc_number, written_values, bc_etag, bc_modified_at,
                   created_at, updated_at) VALUES
    ('vendors', '1234567890', '5d115c9c-44e3-ea11-bb43-000d3a2feca1', '9876543210', 'V00010',
     '{"name":"Fabrikam, Inc.","text_bcid":"5d115c9c-44e3-ea11-bb43-000d3a2feca1","email":{"email":"ap@fabrikam.example","text":"ap@fabrikam.example"}}',
     'W/"JzQ0O0pBQUFBQUFBQUFBQUFBPTE7MDsn"', '2026-01-04T16:20:11.497Z',
     '2026-01-05T09:00:05.000Z', '2026-01-05T09:00:05.000Z'),
    ('purchaseInvoices', '2233445566', 'b2c3d4e5-0000-4f00-8000-00000000a001', '11223344556', '108001',
     '{"name":"108001","numbers_amount":"1234.5","date_due":{"date":"2026-02-01"},"status":{"label":"Approved"}}',
     'W/"JzE5OzEyMzQ1Njc4OTAxMjM0NTY3ODkwMTsn"', '2026-01-05T08:59:00.000Z',
     '2026-01-05T09:00:07.000Z', '2026-01-05T09:05:00.000Z'),
    ('customers', '3344556677', 'c3d4e5f6-0000-4f00-8000-00000000c001', '22334455667', 'C00020',
     '{"name":"Contoso Ltd.","email":{"email":"ap@contoso.example","text":"ap@contoso.example"}}',
     'W/"JzE5Ozk4NzY1NDMyMTA5ODc2NTQzMjE7MDsn"', '2026-02-02T08:29:40.120Z',
     '2026-01-20T10:00:00.000Z', '2026-01-20T10:00:00.000Z');

INSERT INTO outbox (id, entity, board_id, bc_id, bc_number, operation, item_id, payload, idempotency_key,
                    state, attempts, next_try_at, last_error, last_error_code, request_id, created_at,
                    updated_at) VALUES
    (1, 'vendors', '1234567890', '5d115c9c-44e3-ea11-bb43-000d3a2feca1', 'V00010', 'create', '9876543210',
     '{"itemName":"Fabrikam, Inc.","columns":{"text_bcid":"5d115c9c-44e3-ea11-bb43-000d3a2feca1"}}',
     'sha256:7f0c1d5e9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5', 'done', 1,
     '2026-01-05T09:00:04.000Z', NULL, NULL, 'req-0001', '2026-01-05T09:00:04.000Z', '2026-01-05T09:00:05.000Z'),
    (2, 'purchaseInvoices', '2233445566', 'b2c3d4e5-0000-4f00-8000-00000000a001', '108001', 'update',
     '11223344556', '{"columns":{"status":{"label":"Paid"}}}',
     'sha256:00aa11bb22cc33dd44ee55ff66778899aabbccddeeff00112233445566778899', 'failed', 3,
     '2026-01-05T09:10:00.000Z', 'The label "Paid" does not exist on column status.', 'ColumnValueException',
     'req-0007', '2026-01-05T09:05:00.000Z', '2026-01-05T09:10:00.000Z'),
    (3, 'purchaseInvoices', '2233445566', 'b2c3d4e5-0000-4f00-8000-00000000a002', '108002', 'create', NULL,
     '{"itemName":"108002","columns":{"numbers_amount":"99.95"}}',
     'sha256:1111111111111111111111111111111111111111111111111111111111111111', 'pending', 1,
     '2026-01-05T09:12:30.000Z', 'Rate limited by monday.com; retrying in 30 seconds.', '429', 'req-0009',
     '2026-01-05T09:11:00.000Z', '2026-01-05T09:12:00.000Z'),
    (4, 'customers', '3344556677', 'c3d4e5f6-0000-4f00-8000-00000000c001', 'C00020', 'update', '22334455667',
     '{"columns":{"email":{"email":"billing@contoso.example","text":"billing@contoso.example"}}}',
     'sha256:2222222222222222222222222222222222222222222222222222222222222222', 'in_flight', 2,
     '2026-02-02T08:31:00.000Z', 'The request to monday.com timed out.', 'timeout', 'req-0012',
     '2026-02-02T08:30:30.000Z', '2026-02-02T08:31:00.000Z');

INSERT INTO audit (id, at, entity, board_id, bc_id, bc_number, item_id, event, changes, request_id, attempt,
                   error, outbox_id, detail) VALUES
    (1, '2026-01-05T09:00:05.000Z', 'vendors', '1234567890', '5d115c9c-44e3-ea11-bb43-000d3a2feca1', 'V00010',
     '9876543210', 'created', '{"name":[null,"Fabrikam, Inc."]}', 'req-0001', 1, NULL, 1, NULL),
    (2, '2026-01-05T09:06:00.000Z', 'vendors', '1234567890', '5d115c9c-44e3-ea11-bb43-000d3a2feca1', 'V00010',
     '9876543210', 'unchanged', NULL, NULL, NULL, NULL, NULL, 'delta poll'),
    (3, '2026-01-05T09:10:00.000Z', 'purchaseInvoices', '2233445566', 'b2c3d4e5-0000-4f00-8000-00000000a001',
     '108001', '11223344556', 'failed', '{"status":["Approved","Paid"]}', 'req-0007', 3,
     'The label "Paid" does not exist on column status.', 2, 'Fix the mapping''s values, then replay.'),
    (4, '2026-02-02T08:31:00.000Z', 'customers', '3344556677', 'c3d4e5f6-0000-4f00-8000-00000000c001', 'C00020',
     '22334455667', 'failed', NULL, 'req-0012', 2, 'The request to monday.com timed out.', 4, 'Will retry.');

INSERT INTO watermarks (entity, board_id, last_modified, last_polled_at, updated_at) VALUES
    ('vendors', '1234567890', '2026-01-04T16:20:11.497Z', '2026-01-05T09:06:00.000Z', '2026-01-05T09:06:00.000Z'),
    ('purchaseInvoices', '2233445566', NULL, '2026-01-05T09:06:00.000Z', '2026-01-05T09:06:00.000Z'),
    ('customers', '3344556677', '2026-02-02T08:29:40.120Z', '2026-02-02T08:30:30.000Z', '2026-02-02T08:30:30.000Z');

INSERT INTO webhook_subscriptions (subscription_id, entity, resource, notification_url, client_state_hash, etag,
                                   expires_at, state, last_error, created_at, updated_at) VALUES
    ('c0ffee00-1111-2222-3333-444455556666', 'vendors',
     '/api/v2.0/companies(a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1)/vendors',
     'https://connector.example.com/bc/notifications',
     'sha256:9b74c9897bac770ffc029102a200c5de0e5e3f6e86c7d2b3a4f5e6d7c8b9a0f1', 'W/"JzE2OzE7Jw=="',
     '2026-01-08T09:00:00.000Z', 'active', NULL, '2026-01-05T09:00:02.000Z', '2026-01-05T09:00:02.000Z');

ALTER TABLE watermarks ADD COLUMN delta_cursor TEXT CHECK (delta_cursor IS NULL OR json_valid(delta_cursor));
ALTER TABLE outbox ADD COLUMN planned_values TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(planned_values));
CREATE UNIQUE INDEX outbox_one_open_per_record ON outbox (entity, board_id, bc_id)
    WHERE state IN ('pending', 'in_flight');

UPDATE watermarks SET delta_cursor =
    '{"cursor":{"delivered":[],"watermark":"2026-01-04T16:20:11.497Z"},"deferred":["b2c3d4e5-0000-4f00-8000-00000000a009"],"failedPlans":[]}'
    WHERE entity = 'vendors';
UPDATE outbox SET planned_values = '{"name":"Fabrikam, Inc.","vendor_no":"V00010"}' WHERE id = 1;
