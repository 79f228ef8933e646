<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditCommand</name>
    <message>
        <source>&quot;audit&quot; takes options only, got &quot;%1&quot;. Run &quot;ml-connector-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entry matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the newest %1; --limit N shows more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entity &quot;%1&quot; is not a Business Central entity the connector maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status &quot;%1&quot; is not an audit event; use one of fetched, planned, created, updated, unchanged, deferred, failed, replayed, archived, deleted, adopted, rejected, retried, drifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date or time such as 2026-11-28 or 2026-11-28T14:00:00Z, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry without a known event cannot be recorded. This is a bug in ml-connector; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the &quot;%1&quot; entry for %2 %3 to the audit trail in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail from the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BcEntityCatalogue</name>
    <message>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BothSecrets</name>
    <message>
        <source>Connect both accounts on the Accounts page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>&quot;check&quot; takes no arguments, got &quot;%1&quot;. Use: ml-connector-cli [--profile FILE] check [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPrinter</name>
    <message>
        <source>Business Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Mapped entities: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Business Central: all checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as %2 &lt;%3&gt;, API %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Mapped boards: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → board %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, columns and labels fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  monday.com: all checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;ml-connector-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;ml-connector-cli --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ml-connector-cli [--data-dir DIR] [--profile FILE] COMMAND [options]

Keeps monday.com boards in step with Microsoft Dynamics 365 Business Central.

Commands:
  check                      connect to both systems with the profile and the secrets:
                             Business Central token, company and one record of each mapped
                             entity; monday.com account, each mapped board, its columns,
                             their types and labels. Exit 0 when all passed, 3 when a
                             system could not be reached or refused the credentials, 2
                             when a board does not fit the profile.
  profile validate FILE      check a profile and list every problem with its JSON path
  profile import FILE        check a profile and store it in the data folder
  profile export [FILE]      write the stored profile (or --profile) to FILE or stdout
  sync --once [--entity E] [--dry-run]
                             one delta pass over every mapping (or one), then wait for its
                             writes; --dry-run prints what it would write and writes nothing.
                             Exit 0 all done, 1 some records failed (see the audit trail),
                             3 a system unreachable, 5 the data folder unusable.
  replay (--failed | --id N)
                             take back every failed write (or the one audit entry N
                             reported) and send it again with its key; records whose
                             values could not be planned are read again. Exit codes as
                             for sync.
  audit [--entity E] [--status S] [--bc-id ID] [--item ID] [--since T] [--until T]
        [--limit N]          the audit trail, newest first (S: an event such as failed,
                             created, updated; ID: a BC id or number; T: a date or time)
  status                     per mapping: items, last poll, write queue, failures
  reconcile [--entity E]     compare each board with what was written and write back
                             Business Central&apos;s values where mapped columns were changed
                             by hand (other columns are never touched), create again
                             items removed by hand, and remove items whose records were
                             deleted in BC; then a pass as sync --once. Same exit codes.
  run                        keep syncing: a pass over every mapping, then each on its
                             cadence (pollSeconds), until SIGINT or SIGTERM; the write on
                             its way finishes first. Exit 0 after a clean stop.

Options:
  --data-dir DIR             where the state database and log live (default: %1)
  --profile FILE             use this profile for this run instead of the stored one
  --json                     machine-readable output on stdout
  --verbose                  diagnostic output on stderr
  --help                     show this help
  --version                  show the version

Secrets are never in the profile. The Business Central client secret is read from
MLC_BC_CLIENT_SECRET, else from the file named by MLC_BC_CLIENT_SECRET_FILE, else from the
system keychain (service ml-connector).

Exit status: 0 done; 1 some records failed; 2 usage or profile error; 3 cannot reach or
authenticate to a system; 4 another instance holds the data folder; 5 the data folder, its
database or another local file cannot be used.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>The system keychain did not answer within %1 s; it may be locked and waiting for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 could be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to its value, or %2 to a file that holds it, or save it in the system keychain with the desktop application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnCompatibility</name>
    <message>
        <source>an id (GUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice (enum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connector cannot write %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 column cannot hold %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirLock</name>
    <message>
        <source>Cannot create the data folder %1. Check that its parent is a writable folder, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied. Give the user running ml-connector write access to the data folder %2, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1 (lock file %2). Check the disk and the folder&apos;s permissions, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pid %2 on host %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ml-connector process is using the data folder %1. Stop it first, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ml-connector process (%1) is using the data folder %2. Stop it first, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that host no longer runs it, delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>--data-dir needs a folder; an empty value would put the state in the current folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no ml-connector state database in %1 yet (%2 is missing). Run a sync first, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data folder was given. Pass --data-dir with the folder that holds the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move the file away, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: %2 is a file, not a folder. Pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: permission denied or read-only file system in %2. Give the user running ml-connector write access there, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database that ml-connector did not create. Move it away, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database %1 is at schema %2 and needs the upgrade to schema %3 first. Start ml-connector or ml-connector-cli once with this data folder; it upgrades the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>No temporary folder could be made for the demo&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector — demo with sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>the profile is empty; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top of the profile, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>the whole number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported profile version %1; this ml-connector reads version %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with tenantId, environment, companyId and clientId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Entra tenant as a domain such as contoso.onmicrosoft.com or as a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment name such as Production (letters, digits, - and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company id as a GUID such as a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app registration&apos;s client id as a GUID such as 11111111-2222-3333-4444-555555555555</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a monday API version such as 2026-07 (a year and 01, 04, 07 or 10) or current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when webhooks are enabled: the https URL Business Central sends notifications to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port with a port from 1 to 65535, such as 127.0.0.1:8787</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path of a PEM file, or an empty string for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when tlsCertificate is set: the listener needs the certificate&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when tlsKey is set: the listener needs the certificate that goes with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already mapped by %2; each entity can go to one board only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a board id made of digits only, such as &quot;1234567890&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a monday group id such as topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Business Central field name such as number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a monday text column id such as text_bcid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of {&quot;field&quot;: ..., &quot;column&quot;: ...} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with field and column, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is already written by %2; a monday column can hold one value only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Business Central field name such as dueDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a monday column id such as date_due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column either translates values (status, dropdown) or links items (board_relation), not both; remove values or linkTo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of Business Central values to monday labels, such as {&quot;Open&quot;: &quot;Approved&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a Business Central value as the key, got an empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a monday label as a non-empty string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to %1, but no mapping maps %1, so this column stays empty; add a mapping for %1 or remove linkTo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailedWriteReplay</name>
    <message>
        <source>There is no audit entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is &quot;%2&quot;, not a failed write; only failed ones can be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 belongs to %2 on board %3, which the profile no longer maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of audit entry %3 is no longer failed: it was replayed or written since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back on the queue with its key, after: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read again from Business Central and planned by the next pass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Keeps monday.com boards in step with Microsoft Dynamics 365 Business Central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the state database and log live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic output on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the demo with sample data even when a profile is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: accounts, mapping, status, audit, board-preview or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray, without the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile stored in %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>Cannot read the link of %1 %2 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the link of item %1 on board %2 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the link of %1 %2 to item %3 in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the link of %1 %2 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the links of board %1 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the links of board %1 in the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This data folder was written by a newer version of ml-connector (schema %1; this version understands up to %2). Install the newer version, or use another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade to schema %1 (%2), so nothing was changed in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MondayColumnCodec</name>
    <message>
        <source>The text is %1 characters long; a monday long text column holds at most %2. Shorten it in Business Central or map the field elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number, and a numbers column holds only numbers. Map a numeric field to this column, or this field to a text column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; a date column takes dates such as 2026-06-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no label &quot;%1&quot; in this column (its labels: %2). Add the label on the board, map the value to an existing label in the mapping&apos;s &quot;values&quot;, or allow creating labels; then replay the failed write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no label &quot;%1&quot; in this column, and monday cannot create a label that is a number. Add the label on the board, then replay the failed write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a monday item id, so it cannot be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; an email column takes addresses such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false; a checkbox column takes only yes/no fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector cannot write monday columns of type &quot;%1&quot;. Map the field to a text, long text, numbers, status, date, dropdown, connect boards, email, phone, link or checkbox column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MondayOutcome</name>
    <message>
        <source> (monday error code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [request id %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationInbox</name>
    <message>
        <source>Cannot store a change notification in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the change notifications from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark change notification %1 handled in the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot read the write queue in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the new write for %1 %2 in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the write for %1 %2 in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read write %1 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the write queue of board %1 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the queued write of %1 %2 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the writes in flight from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the queued writes in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark write %1 as sent in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark write %1 as done in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot schedule the retry of write %1 in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark write %1 as failed in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no write %1 in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the writes of %1 %2 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 for %2 %3 was not replayed: a newer write for the same record (write %4) replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replay write %1 in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the failed writes from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 is %2, not %3, so its state was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPayload</name>
    <message>
        <source>Outbox row %1 has an operation this version cannot send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message numerus="yes">
        <source>%1 is a valid profile with %n mapping(s).</source>
        <translation>
            <numerusform>%1 is a valid profile with %n mapping.</numerusform>
            <numerusform>%1 is a valid profile with %n mappings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n mapping(s)) into the data folder %2.</source>
        <translation>
            <numerusform>Imported %1 (%n mapping) into the data folder %2.</numerusform>
            <numerusform>Imported %1 (%n mappings) into the data folder %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: profile validate FILE | profile import FILE | profile export [FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the profile to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>cannot read the profile file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile file %1 is larger than %2 bytes, the most a profile may be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>expected an absolute URL such as https://host/path, got an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an absolute URL such as https://host/path, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a URL without a user name or password, got %1; secrets never go in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an https URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an https URL, got %1; plain http is accepted only for a loopback host (127.0.0.0/8, ::1 or localhost), because secrets and business data travel over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a URL without a #fragment, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a base URL without a ?query, because paths are appended to it, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of %2 in Business Central API v2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a value of %2 on %3 in Business Central API v2.0, so this entry only applies if your tenant added it; the standard values are %4 (values are matched as BC sends them, e.g. In_x0020_Review)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSource</name>
    <message>
        <source>No profile is stored in the data folder %1. Import one with &quot;ml-connector-cli profile import FILE&quot;, or name one with --profile FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid profile (%n problem(s)).</source>
        <translation>
            <numerusform>%1 is not a valid profile (%n problem).</numerusform>
            <numerusform>%1 is not a valid profile (%n problems).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPlanner</name>
    <message>
        <source>The column &quot;%1&quot; is no longer on board &quot;%2&quot;; map the field &quot;%3&quot; to another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the linked %1 record %2 to reach its board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRemoval</name>
    <message>
        <source>The item stays on the board (onDelete: keep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer among Business Central&apos;s orders: deleted, or completed (received or shipped and invoiced), which BC does not tell apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in Business Central: deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message>
        <source>Use: ml-connector-cli replay --failed, or replay --id N with N an audit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;replay&quot; takes either --failed or --id N. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id takes the number of an audit entry (see &quot;ml-connector-cli audit --status failed&quot;), not &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to replay: no write or record is failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n failed write(s)</source>
        <translation>
            <numerusform>Replaying %n failed write</numerusform>
            <numerusform>Replaying %n failed writes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and reading %n record(s) again.</source>
        <translation>
            <numerusform> and reading %n record again.</numerusform>
            <numerusform> and reading %n records again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>%1: notifications live until %2; polled hourly as a safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notifications failing (%2); polled on its cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: polled (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;run&quot; takes no arguments, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: letting the write on its way finish; what waits stays queued for the next start. (Again to stop at once.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n mapping(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Syncing %n mapping; stop with Ctrl+C or SIGTERM.</numerusform>
            <numerusform>Syncing %n mappings; stop with Ctrl+C or SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: %1 Every mapping is polled on its cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n pass(es).</source>
        <translation>
            <numerusform>Stopped after %n pass.</numerusform>
            <numerusform>Stopped after %n passes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>Local simulators of Business Central and monday.com on loopback, for tests and the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the Business Central simulator on 127.0.0.1; 0 picks a free one (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated data (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens in seconds (default 3599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SECONDS change a few records (pay, post, rename, create), as a bookkeeper would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put webhooks into the ready profile, the connector listening on 127.0.0.1:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds Business Central waits after a change before it notifies (default 30, as BC does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the startup information as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the ready profile to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every request to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector-sandbox: --port takes 0 to 65535, --seed 0 to 4294967295, --token-lifetime 1 or more seconds, --live 1 to 86400 seconds, --webhooks 1 to 65535 and --webhook-delay 0 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot watch for SIGINT and SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running until Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot read the setting &quot;%1&quot; from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting &quot;%1&quot; in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the setting &quot;%1&quot; from the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>&quot;status&quot; takes no arguments, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; &quot;ml-connector-cli audit --status failed&quot; says why, &quot;ml-connector-cli replay --failed&quot; tries them again.</source>
        <translation>
            <numerusform>%n record failed; &quot;ml-connector-cli audit --status failed&quot; says why, &quot;ml-connector-cli replay --failed&quot; tries them again.</numerusform>
            <numerusform>%n records failed; &quot;ml-connector-cli audit --status failed&quot; says why, &quot;ml-connector-cli replay --failed&quot; tries them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: off; every mapping is polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Webhooks: off; the next run deletes %n subscription(s) left in Business Central.</source>
        <translation>
            <numerusform>Webhooks: off; the next run deletes %n subscription left in Business Central.</numerusform>
            <numerusform>Webhooks: off; the next run deletes %n subscriptions left in Business Central.</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: on, notifications to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: notifications live until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: subscription %2 (%3); polled on its cadence meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  purchaseOrders: polled (Business Central does not notify about them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → board %2: %3 item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  never polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last poll %1, changes read up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  write queue: %1 pending, %2 in flight, %3 failed, %4 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) to read again on the next pass (notified by Business Central, or waiting for a linked record)</source>
        <translation>
            <numerusform>  %n record to read again on the next pass (notified by Business Central, or waiting for a linked record)</numerusform>
            <numerusform>  %n records to read again on the next pass (notified by Business Central, or waiting for a linked record)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) could not be mapped onto the board&apos;s columns</source>
        <translation>
            <numerusform>  %n record could not be mapped onto the board&apos;s columns</numerusform>
            <numerusform>  %n records could not be mapped onto the board&apos;s columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (SQLite: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full. Free some space, then start ml-connector again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied or read-only file system. Give the user running ml-connector read and write access to the file and its folder, or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a database. Move it away (ml-connector then starts with an empty state), or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged. Restore it from a backup, or move it away to start with an empty state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept the database locked. Close any tool that has the file open, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error. Check the disk and its file system, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected database error occurred. If it happens again, move the file away or pass --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJsonObject</name>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is missing; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string (%1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Use: ml-connector-cli reconcile [--entity E]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: ml-connector-cli sync --once [--entity E] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sync&quot; takes no arguments, got &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sync&quot; needs --once: one pass, then exit. To keep syncing, use &quot;run&quot;. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entity &quot;%1&quot; is not a Business Central entity the connector maps. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile maps no &quot;%1&quot;; nothing to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: letting the write on its way finish; the next sync goes on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: create &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: update %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → board %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would create %2 and update %3; %4 unchanged, %5 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n item(s) removed: their records are no longer in Business Central.</source>
        <translation>
            <numerusform>  %n item removed: their records are no longer in Business Central.</numerusform>
            <numerusform>  %n items removed: their records are no longer in Business Central.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n item(s) had been changed on the board by hand (%1); Business Central&apos;s values were written back.</source>
        <translation>
            <numerusform>  %n item had been changed on the board by hand (%1); Business Central&apos;s values were written back.</numerusform>
            <numerusform>  %n items had been changed on the board by hand (%1); Business Central&apos;s values were written back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n item(s) had been removed from the board by hand and were created again.</source>
        <translation>
            <numerusform>  %n item had been removed from the board by hand and were created again.</numerusform>
            <numerusform>  %n items had been removed from the board by hand and were created again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) wait for a linked record that is not on its board yet.</source>
        <translation>
            <numerusform>  %n record wait for a linked record that is not on its board yet.</numerusform>
            <numerusform>  %n records wait for a linked record that is not on its board yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) failed; they are in the audit trail and can be replayed.</source>
        <translation>
            <numerusform>%n write failed; they are in the audit trail and can be replayed.</numerusform>
            <numerusform>%n writes failed; they are in the audit trail and can be replayed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A transaction is already open on the state database connection %1; transactions cannot be nested. This is a bug in ml-connector; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a change in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open transaction to commit on the state database connection %1. This is a bug in ml-connector; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a change in the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatermarkStore</name>
    <message>
        <source>Cannot read how far %1 on board %2 was synced from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save how far %1 on board %2 was synced in the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookNotification</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has no &quot;value&quot; array of notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification lacks its subscriptionId or resource, or has an unknown changeType.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionStore</name>
    <message>
        <source>Cannot save webhook subscription %1 in the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read webhook subscription %1 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the webhook subscriptions from the state database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove webhook subscription %1 from the state database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ml-connector cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc</name>
    <message>
        <source>Cannot write the log file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty, so it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment (%1, %2 or the files named by %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the file &quot;%2&quot;, which cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the file &quot;%2&quot;, which is larger than %3 KiB. The file should hold only the %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the file &quot;%2&quot;, which is empty. It should hold the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 for headless use is read from the environment (%2, or the file named by %3), which the connector cannot change. Set the variable or edit the file, then restart the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock the keychain or allow ml-connector to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store the %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain (service %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (Secret Service / KWallet did not answer: %1). For headless use, set MLC_BC_CLIENT_SECRET and MLC_MONDAY_TOKEN, or MLC_BC_CLIENT_SECRET_FILE and MLC_MONDAY_TOKEN_FILE naming files that hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-memory store (secrets are forgotten when the program exits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 has been stored in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key appears more than once in the same object; keep only one, because only the last would count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the profile file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::BcCollectionReader</name>
    <message>
        <source>the answer has no &quot;value&quot; list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element of &quot;value&quot; that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next page link &quot;%1&quot; does not point at the Business Central API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next page link points back at the same page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::BcConnectionCheck</name>
    <message>
        <source>The environment shows this app no companies at all: check the environment name and the app&apos;s permissions in Business Central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s list of companies could not be read (%1), so check the tenant ID and the environment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The environment&apos;s list of companies could not be read either (%2), so check the tenant ID and the environment name in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company %1 is not in this Business Central environment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set businessCentral.companyId to one of the companies it has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central has no field &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central has no fields &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field names are case-sensitive: check the spelling in the profile&apos;s mapping, or remove the column that maps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::BcError</name>
    <message>
        <source>Business Central rejected the connector&apos;s access token (%1). Add the app&apos;s client ID on the Business Central page &quot;Microsoft Entra applications&quot;, set its state to Enabled and assign permission sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central could not be reached (%1) after %n attempt(s). Check the network and the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central did not answer in time (%1) after %n attempt(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central sent an answer the connector cannot read for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central answered HTTP %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::BcRecord</name>
    <message>
        <source>a record without an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has a lastModifiedDateTime that is not a UTC timestamp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::BcRequest</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error details were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::BoardWriter</name>
    <message>
        <source>The connector stopped before monday.com answered this write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on the board by its BC id after a create that was not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items on the board carry this BC id in column &quot;%1&quot;; delete the duplicates on monday.com, then replay this write.</source>
        <translation>
            <numerusform>%n items on the board carry this BC id in column &quot;%1&quot;; delete the duplicates on monday.com, then replay this write.</numerusform>
            <numerusform>%n items on the board carry this BC id in column &quot;%1&quot;; delete the duplicates on monday.com, then replay this write.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not put write %1 back on the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again at %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com accepted the new item but did not say its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com replayed the answer to an earlier attempt with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was no longer on the board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::Classifier</name>
    <message>
        <source>monday&apos;s answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday&apos;s answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday did not answer in time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday could not be reached (%1). Check the network and the API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday&apos;s answer was larger than the connector accepts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday&apos;s daily API call limit for this account is used up. The connector pauses writes to monday until midnight UTC, when the limit resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday does not accept the API version set in the profile (monday.apiVersion). Use a version such as 2026-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monday user behind the API token may not use the API: the user is inactive or view-only, or has not confirmed their email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monday API token lacks a permission the connector needs (%1). Grant the app the boards:read and boards:write scopes, or use a personal API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday refuses calls from this computer&apos;s IP address (the account&apos;s IP allow-list). Ask a monday admin to allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday rejected the API token. Store a valid token in the keychain or set MLC_MONDAY_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monday user behind the API token may not do this (%1). Give the user access to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday&apos;s complexity budget for this minute is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday is still working on an earlier attempt of this write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday asked the connector to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monday board is locked by another change (a column change or an automation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday answered with a redirect (HTTP %1). Check the API URL in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday did not find what the request named (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday refused the request with HTTP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday&apos;s answer holds neither data nor errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monday page cursor expired (cursors last 60 minutes); reading starts over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label does not exist in column %1. Add it to the column on the board, map the value to an existing label, or let the mapping create labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday refused the value for column %1: %2. Check the column&apos;s type and the mapped field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 does not exist on the board, or the token&apos;s user cannot see it. Fix the column id in the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday did not find what the request named: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday could not read the connector&apos;s request (%1). This is a bug in the connector; please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(monday did not say which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::DeletionSweep</name>
    <message>
        <source>Could not read the ids of %1 to find deleted records: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed from board %1: %2 of its %3 items are no longer among the %4 %5 Business Central returned. That looks like the wrong company or a missing permission rather than deletions; check the profile and the app&apos;s permissions in BC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::DriftCheck</name>
    <message>
        <source>Could not read board %1 to compare it with what was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the board by hand since it was written; Business Central&apos;s values are written back by the next pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its item is no longer on the board; the next pass creates it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::EntraTokenSource</name>
    <message>
        <source>an answer larger than %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer without a Bearer access token and its lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was rejected (%1). The secret entered looks like a Secret ID (a GUID): use the secret&apos;s Value from the app registration, not its Secret ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::MappingPoller</name>
    <message>
        <source>The item was already on the board with these values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::MondayBoardScan</name>
    <message>
        <source>Board %1 was not found, or the monday.com token has no access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com answered a page of board %1 without its items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::MondayColumnError</name>
    <message>
        <source>Column &quot;%1&quot; (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::MondayConnectionCheck</name>
    <message>
        <source>Board %1 was not found, or the monday.com token cannot see it. Check the board id in the profile and that the token&apos;s user is a member of the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board %1 is %2 on monday.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BC id column %1 is not on board %2. Add a text column with that id, or set bcIdColumn to an existing text column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BC id column %1 on board %2 is a %3 column; it must be a text column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (for the field %2) is not on board %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 on board %2 does not fit the field %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 on board %2 lacks the labels %3. Add them on the board, or map those BC values to labels it has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::MondayItemLookup</name>
    <message>
        <source>monday.com answered the search of board %1 without its items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::MondayRequest</name>
    <message>
        <source>No monday API token is set. Store one in the keychain or set MLC_MONDAY_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::MondayWriteQueue</name>
    <message>
        <source>The monday.com complexity budget is used up until it resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pacing writes to %n a minute.</source>
        <translation>
            <numerusform>Pacing writes to %n a minute.</numerusform>
            <numerusform>Pacing writes to %n a minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::SyncEngine</name>
    <message>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::SyncPass</name>
    <message>
        <source>Stopped before this mapping was done; the next pass goes on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read board %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board %1 was not found, or the monday.com token has no access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the items already on board %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::TokenErrorDecoder</name>
    <message>
        <source>The Microsoft sign-in service is unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP %1 answer without an error description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service at %1 could not be reached (%2). Check the network connection, proxy and firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent %1 instead of a token response. Check that the token URL points to Microsoft Entra ID (https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/v2.0/token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret has expired (AADSTS7000222). Create a new client secret in the app registration and enter its Value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL names no tenant (AADSTS9001023). Use the tenant ID or domain name, for example contoso.onmicrosoft.com, instead of common or consumers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central is not available to this app in the tenant (AADSTS500011). Grant admin consent for the Dynamics 365 Business Central API permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was rejected (%1). Use the secret&apos;s Value from the app registration, not its Secret ID, and check it has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app with this client ID was found in the tenant (AADSTS700016). Check the Application (client) ID, and that the tenant is the one where the app is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant was not found (AADSTS90002). Check the tenant ID or domain name, for example contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested scope was rejected (%1). The scope must be https://api.businesscentral.dynamics.com/.default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration is disabled (AADSTS7000112). Enable the app in Microsoft Entra ID (Enterprise applications, Enabled for users to sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the token request (%1). Check the app registration and its Business Central API permission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::WebhookListener</name>
    <message>
        <source>TLS is not available on this system (no OpenSSL found), so the listener cannot serve HTTPS; install OpenSSL or let a reverse proxy terminate TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate %1 cannot be read as PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key %1 is not an unencrypted RSA or EC key in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for Business Central&apos;s notifications on %1:%2; is the port in use?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::WebhookSubscriber</name>
    <message>
        <source>the state database could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central does not send notifications for purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscriptions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central does not offer notifications for this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central did not accept the subscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription expired or was deleted in Business Central; subscribing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renewal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::gui::AppSession</name>
    <message>
        <source>The demo cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::AccountsPage</name>
    <message>
        <source>Checking where secrets can be kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant&apos;s GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration&apos;s application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to list the companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints (national clouds, a proxy, the sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1 Secrets can still come from the environment (MLC_BC_CLIENT_SECRET, MLC_MONDAY_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1: none is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant ID, the environment and the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n company(ies) in this environment; choose the one to sync.</source>
        <translation>
            <numerusform>Connected. %n company in this environment; choose the one to sync.</numerusform>
            <numerusform>Connected. %n companies in this environment; choose the one to sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 (%2) in the account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be kept: no keychain can be written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::AuditCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::AuditPage</name>
    <message>
        <source>All entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BC number or id, or monday item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see it in full: old and new values, request, error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit trail yet: it starts with the engine&apos;s first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay all failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 entries written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::BoardPreviewModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not from Business Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector last wrote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::BoardPreviewPage</name>
    <message>
        <source>Read the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mapped board and read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → board %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping yet: map an entity to a board on the Mapping page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board %1 was not found, or the token has no access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n item(s).</source>
        <translation>
            <numerusform>&quot;%1&quot;: %n item.</numerusform>
            <numerusform>&quot;%1&quot;: %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>The board holds what the connector last wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted value(s) differ from what the connector last wrote; the next reconcile writes Business Central&apos;s values back.</source>
        <translation>
            <numerusform>%n highlighted value differ from what the connector last wrote; the next reconcile writes Business Central&apos;s values back.</numerusform>
            <numerusform>%n highlighted values differ from what the connector last wrote; the next reconcile writes Business Central&apos;s values back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::ui::ColumnMappingModel</name>
    <message>
        <source>Drop the field on one of the board&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the Business Central id, which the connector writes itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go into &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::FieldListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::FirstRunBanner</name>
    <message>
        <source>&lt;b&gt;This is sample data.&lt;/b&gt; A Business Central and a monday.com account run inside the app, and nothing leaves it. Watch items arrive on the Status and Board preview pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my own accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started:&lt;/b&gt; &lt;a href=&quot;accounts&quot;&gt;1. Accounts&lt;/a&gt;: connect Business Central and monday.com. &lt;a href=&quot;mapping&quot;&gt;2. Mapping&lt;/a&gt;: map an entity to a board and save. &lt;a href=&quot;status&quot;&gt;3. Status&lt;/a&gt;: watch it sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::MainWindow</name>
    <message>
        <source>ml-connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::MappingPage</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the boards to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the selected field to this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the selected field to the selected column (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a field onto a column, or select both and press Ctrl+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text column where the connector keeps each item&apos;s Business Central id, so an item is never made twice. Add one on the board if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a record is deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected column links to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the selected status or dropdown column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every record and plan it against the board, writing nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the sample record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the boards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n board(s) found.</source>
        <translation>
            <numerusform>%n board found.</numerusform>
            <numerusform>%n boards found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample record could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a field on the left and a column on the right first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; now goes into &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a board; the preview shows one record from Business Central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every record and planning it against the board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will create %1 and update %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already match.</source>
        <translation>
            <numerusform>%n already match.</numerusform>
            <numerusform>%n already match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be written: %1</source>
        <translation>
            <numerusform>%n cannot be written: %1</numerusform>
            <numerusform>%n cannot be written: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The engine syncs with this mapping now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data folder to save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a text column &quot;BC id&quot; to the board for the connector to keep the id in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com adds a label the column lacks with the first record that needs it. The token&apos;s user must be allowed to change the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board yet: %1. They are created with the first record that needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board yet: %1. Choose labels the column has, add these on the board, or let the connector create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BC id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has a &quot;BC id&quot; column now; the connector keeps each item&apos;s id there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create missing labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::ProfileDraft</name>
    <message>
        <source>The profile cannot be saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::SettingsPage</name>
    <message>
        <source>Closing the window keeps ml-connector syncing in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimised to the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the window closes and starts as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when ml-connector starts next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::StatusModel</name>
    <message>
        <source>Entity → board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing off until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook (until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling (subscribing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling (webhook failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed writes can be replayed from the Audit page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::StatusPage</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is syncing yet. Connect both accounts and map a board; the mappings then appear here with their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n mapping(s).</source>
        <translation>
            <numerusform>Syncing %n mapping.</numerusform>
            <numerusform>Syncing %n mappings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: nothing is read or written until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the write on its way finishes, the rest waits for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::StoredProfileSession</name>
    <message>
        <source>The stored profile cannot run yet: the %1 could not be read (%2). Put it in the system keychain (service ml-connector) or set %3, then start ml-connector again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::SyncSettingsBox</name>
    <message>
        <source>Sync (kept in the profile, also used by ml-connector-cli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive Business Central&apos;s changes as they happen (webhooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> writes a minute per board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday.com allows about 40 changes a minute on one board before it slows a client down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://connector.example.com/bc-webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS address Business Central calls: a reverse proxy or tunnel in front of the listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Listen on&quot; takes an address and a port, such as 127.0.0.1:8787.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data folder to save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The engine runs with these settings now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::TrayIcon</name>
    <message>
        <source>Open ml-connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector: not syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector: syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector: needs attention (see Status and Audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes to monday.com failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) could not be made. The Audit page says why and can replay them.</source>
        <translation>
            <numerusform>%n write could not be made. The Audit page says why and can replay them.</numerusform>
            <numerusform>%n writes could not be made. The Audit page says why and can replay them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::ui::ValueMapModel</name>
    <message>
        <source>Not on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by Business Central as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has no label &quot;%2&quot;. Choose one it has (%3), or add the label on the board; until then these records cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Central value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlc::ui::WritesChart</name>
    <message>
        <source>Writes per minute over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) in the last hour</source>
        <translation>
            <numerusform>%n write in the last hour</numerusform>
            <numerusform>%n writes in the last hour</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes per minute, last hour (peak %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
