<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;ml-connector-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ml-connector-cli [--data-dir DIR] [--profile FILE] COMMAND [options]

Keeps monday.com boards in step with Microsoft Dynamics 365 Business Central.

Commands:
  profile validate FILE      check a profile and list every problem with its JSON path
  profile import FILE        check a profile and store it in the data folder
  profile export [FILE]      write the stored profile (or --profile) to FILE or stdout
Not in this version yet: check, sync, run, replay, audit, status, reconcile.

Options:
  --data-dir DIR             where the state database and log live (default: %1)
  --profile FILE             use this profile for this run instead of the stored one
  --json                     machine-readable output on stdout
  --verbose                  diagnostic output on stderr
  --help                     show this help
  --version                  show the version

Exit status: 0 done; 1 some records failed; 2 usage or profile error; 3 cannot reach or
authenticate to a system; 4 another instance holds the data folder; 5 the data folder, its
database or another local file cannot be used.
</source>
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
        <source>&quot;%1&quot; is not available in this version of ml-connector-cli yet.</source>
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
    <name>GuiStartup</name>
    <message>
        <source>Keeps monday.com boards in step with Microsoft Dynamics 365 Business Central.</source>
        <translation>Hält monday.com-Boards mit Microsoft Dynamics 365 Business Central im Gleichschritt.</translation>
    </message>
    <message>
        <source>Where the state database and log live.</source>
        <translation>Ordner für die Zustandsdatenbank und das Protokoll.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Diagnostic output on stderr.</source>
        <translation>Diagnoseausgaben auf stderr.</translation>
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
    <name>ProfileCommand</name>
    <message>
        <source>Use: profile validate FILE | profile import FILE | profile export [FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid profile with %n mapping(s).</source>
        <translation>
            <numerusform>%1 ist ein gültiges Profil mit %n Zuordnung.</numerusform>
            <numerusform>%1 ist ein gültiges Profil mit %n Zuordnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n mapping(s)) into the data folder %2.</source>
        <translation>
            <numerusform>%1 (%n Zuordnung) in den Datenordner %2 importiert.</numerusform>
            <numerusform>%1 (%n Zuordnungen) in den Datenordner %2 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is stored in the data folder %1. Import one with &quot;ml-connector-cli profile import FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the profile to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid profile (%n problem(s)).</source>
        <translation>
            <numerusform>%1 ist kein gültiges Profil (%n Problem).</numerusform>
            <numerusform>%1 ist kein gültiges Profil (%n Probleme).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>cannot read the profile file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile file %1 is %2 bytes; a profile is at most %3 bytes</source>
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
    <name>main</name>
    <message>
        <source>ml-connector cannot start</source>
        <translation>ml-connector kann nicht starten</translation>
    </message>
    <message>
        <source>Local simulators of Business Central and monday.com on loopback, for tests and the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml-connector-sandbox: this version has no simulators yet; nothing was started.</source>
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
    <name>mlc::ui::MainWindow</name>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Connect Business Central (tenant, environment, client id and secret) and monday.com (API token). Secrets are kept in the system keychain.</source>
        <translation>Business Central (Mandant, Umgebung, Client-ID und Geheimnis) und monday.com (API-Token) verbinden. Geheimnisse liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Choose a Business Central entity and a monday.com board, then drag fields onto columns.</source>
        <translation>Eine Business-Central-Entität und ein monday.com-Board wählen, dann Felder auf Spalten ziehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow every mapping live: last sync, next poll, queue depth, counts and pace.</source>
        <translation>Jede Zuordnung live verfolgen: letzte Synchronisierung, nächste Abfrage, Warteschlange, Zähler und Tempo.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Browse every change the connector made or refused, and replay failed writes.</source>
        <translation>Jede Änderung durchsehen, die der Connector vorgenommen oder abgelehnt hat, und fehlgeschlagene Schreibvorgänge wiederholen.</translation>
    </message>
    <message>
        <source>Board preview</source>
        <translation>Board-Vorschau</translation>
    </message>
    <message>
        <source>See a mapped board&apos;s items as monday.com holds them, next to the records they came from.</source>
        <translation>Die Elemente eines zugeordneten Boards so sehen, wie monday.com sie hält, neben den Datensätzen, aus denen sie stammen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language, start-up and tray behaviour, the webhook listener and the write pace.</source>
        <translation>Sprache, Start- und Infobereichsverhalten, Webhook-Empfänger und Schreibtempo.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Keychain: ready</source>
        <translation>Schlüsselbund: bereit</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>Schlüsselbund: nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>mlc::ui::PlaceholderPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>Diese Seite ist in dieser Version noch nicht verfügbar.</translation>
    </message>
</context>
</TS>
