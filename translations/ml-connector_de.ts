<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditCommand</name>
    <message>
        <source>&quot;audit&quot; takes options only, got &quot;%1&quot;. Run &quot;ml-connector-cli --help&quot;.</source>
        <translation>&quot;audit&quot; akzeptiert nur Optionen, angegeben wurde &quot;%1&quot;. Siehe &quot;ml-connector-cli --help&quot;.</translation>
    </message>
    <message>
        <source>No audit entry matches.</source>
        <translation>Kein Audit-Eintrag entspricht den Kriterien.</translation>
    </message>
    <message>
        <source>(the newest %1; --limit N shows more)</source>
        <translation>(die neuesten %1; --limit N zeigt mehr)</translation>
    </message>
    <message>
        <source>--entity &quot;%1&quot; is not a Business Central entity the connector maps.</source>
        <translation>--entity &quot;%1&quot; ist keine vom Connector unterstützte Business-Central-Entität.</translation>
    </message>
    <message>
        <source>--status &quot;%1&quot; is not an audit event; use one of fetched, planned, created, updated, unchanged, deferred, failed, replayed, archived, deleted, adopted, rejected, retried, drifted.</source>
        <translation>--status &quot;%1&quot; ist kein Audit-Ereignis; verwenden Sie einen der Werte fetched, planned, created, updated, unchanged, deferred, failed, replayed, archived, deleted, adopted, rejected, retried, drifted.</translation>
    </message>
    <message>
        <source>--%1 takes a date or time such as 2026-11-28 or 2026-11-28T14:00:00Z, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum oder einen Zeitpunkt wie 2026-11-28 oder 2026-11-28T14:00:00Z, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--limit erwartet eine Zahl von 1 bis %1, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source> → item %1</source>
        <translation> → Element %1</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (Versuch %1)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry without a known event cannot be recorded. This is a bug in ml-connector; please report it.</source>
        <translation>Ein Audit-Eintrag ohne bekanntes Ereignis kann nicht aufgezeichnet werden. Dies ist ein Fehler in ml-connector; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot add the &quot;%1&quot; entry for %2 %3 to the audit trail in the state database</source>
        <translation>Fehler beim Hinzufügen des Eintrags &quot;%1&quot; für %2 %3 zum Audit-Protokoll in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the audit trail from the state database</source>
        <translation>Fehler beim Lesen des Audit-Protokolls aus der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BcEntityCatalogue</name>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Kreditoren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Debitoren</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>Einkaufsrechnungen</translation>
    </message>
    <message>
        <source>Sales invoices</source>
        <translation>Verkaufsrechnungen</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Einkaufsbestellungen</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>Verkaufsaufträge</translation>
    </message>
</context>
<context>
    <name>BothSecrets</name>
    <message>
        <source>Connect both accounts on the Accounts page first.</source>
        <translation>Verbinden Sie zuerst beide Konten auf der Seite Konten.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>&quot;check&quot; takes no arguments, got &quot;%1&quot;. Use: ml-connector-cli [--profile FILE] check [--json]</source>
        <translation>&quot;check&quot; akzeptiert keine Argumente, angegeben wurde &quot;%1&quot;. Aufruf: ml-connector-cli [--profile DATEI] check [--json]</translation>
    </message>
</context>
<context>
    <name>CheckPrinter</name>
    <message>
        <source>Business Central</source>
        <translation>Business Central</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>  Mapped entities: not checked</source>
        <translation>  Zugeordnete Entitäten: nicht geprüft</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>  Business Central: all checks passed</source>
        <translation>  Business Central: alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>monday.com</source>
        <translation>monday.com</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>%1, as %2 &lt;%3&gt;, API %4</source>
        <translation>%1, als %2 &lt;%3&gt;, API %4</translation>
    </message>
    <message>
        <source>  Mapped boards: not checked</source>
        <translation>  Zugeordnete Boards: nicht geprüft</translation>
    </message>
    <message>
        <source>%1 → board %2</source>
        <translation>%1 → Board %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, columns and labels fit</source>
        <translation>&quot;%1&quot;, Spalten und Labels passen</translation>
    </message>
    <message>
        <source>  monday.com: all checks passed</source>
        <translation>  monday.com: alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>  %1: not checked</source>
        <translation>  %1: nicht geprüft</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;ml-connector-cli --help&quot; for the commands.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. &quot;ml-connector-cli --help&quot; zeigt die verfügbaren Befehle.</translation>
    </message>
    <message>
        <source>Run &quot;ml-connector-cli --help&quot; for the commands and options.</source>
        <translation>&quot;ml-connector-cli --help&quot; zeigt die verfügbaren Befehle und Optionen.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
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
        <translation>Aufruf: ml-connector-cli [--data-dir ORDNER] [--profile DATEI] BEFEHL [Optionen]

Hält monday.com-Boards mit Microsoft Dynamics 365 Business Central im Gleichschritt.

Befehle:
  check                      mit dem Profil und den Geheimnissen beide Systeme verbinden:
                             Business-Central-Token, Unternehmen und je ein Datensatz jeder
                             zugeordneten Entität; monday.com-Konto, jedes zugeordnete Board,
                             seine Spalten, deren Typen und Labels. Exit-Code 0, wenn alles
                             bestanden ist, 3, wenn ein System nicht erreichbar war oder die
                             Anmeldedaten abgelehnt hat, 2, wenn ein Board nicht zum Profil
                             passt.
  profile validate DATEI     ein Profil prüfen und jedes Problem mit seinem JSON-Pfad auflisten
  profile import DATEI       ein Profil prüfen und im Datenordner speichern
  profile export [DATEI]     das gespeicherte Profil (oder --profile) in DATEI oder auf stdout
                             schreiben
  sync --once [--entity E] [--dry-run]
                             ein Delta-Durchlauf über alle Zuordnungen (oder eine), dann auf
                             dessen Schreibvorgänge warten; --dry-run zeigt, was geschrieben
                             würde, und schreibt nichts. Exit-Code 0: alles erledigt, 1: einige
                             Datensätze fehlgeschlagen (siehe Audit-Protokoll), 3: ein System
                             nicht erreichbar, 5: Datenordner nicht nutzbar.
  replay (--failed | --id N)
                             alle fehlgeschlagenen Schreibvorgänge (oder den in Audit-Eintrag N
                             gemeldeten) zurückholen und mit ihrem Schlüssel erneut senden;
                             Datensätze, deren Werte nicht geplant werden konnten, werden
                             erneut gelesen. Exit-Codes wie bei sync.
  audit [--entity E] [--status S] [--bc-id ID] [--item ID] [--since T] [--until T]
        [--limit N]          das Audit-Protokoll, neueste zuerst (S: ein Ereignis wie failed,
                             created, updated; ID: eine BC-ID oder -Nummer; T: ein Datum oder
                             eine Uhrzeit)
  status                     je Zuordnung: Elemente, letzte Abfrage, Schreibwarteschlange,
                             Fehler
  reconcile [--entity E]     jedes Board mit dem Geschriebenen vergleichen und die Werte aus
                             Business Central zurückschreiben, wo zugeordnete Spalten von Hand
                             geändert wurden (andere Spalten bleiben unberührt), von Hand
                             entfernte Elemente neu anlegen und Elemente entfernen, deren
                             Datensätze in BC gelöscht wurden; danach ein Durchlauf wie
                             sync --once. Gleiche Exit-Codes.
  run                        fortlaufend synchronisieren: ein Durchlauf über alle Zuordnungen,
                             dann jede in ihrem Intervall (pollSeconds), bis SIGINT oder
                             SIGTERM; der laufende Schreibvorgang wird zuerst abgeschlossen.
                             Exit-Code 0 nach sauberem Beenden.

Optionen:
  --data-dir ORDNER          Ordner für die Zustandsdatenbank und das Protokoll (Standard: %1)
  --profile DATEI            für diesen Lauf dieses Profil statt des gespeicherten verwenden
  --json                     maschinenlesbare Ausgabe auf stdout
  --verbose                  Diagnoseausgaben auf stderr
  --help                     diese Hilfe anzeigen
  --version                  die Version anzeigen

Geheimnisse stehen nie im Profil. Das Clientgeheimnis für Business Central wird aus
MLC_BC_CLIENT_SECRET gelesen, sonst aus der in MLC_BC_CLIENT_SECRET_FILE angegebenen Datei,
sonst aus dem Schlüsselbund des Systems (Dienst ml-connector).

Exit-Status: 0 erledigt; 1 einige Datensätze fehlgeschlagen; 2 Aufruf- oder Profilfehler;
3 System nicht erreichbar oder Anmeldung fehlgeschlagen; 4 eine andere Instanz belegt den
Datenordner; 5 der Datenordner, seine Datenbank oder eine andere lokale Datei ist nicht nutzbar.
</translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>The system keychain did not answer within %1 s; it may be locked and waiting for a password.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet; möglicherweise ist er gesperrt und wartet auf ein Passwort.</translation>
    </message>
    <message>
        <source>No %1 could be read: %2</source>
        <translation>Es konnte kein %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>Set %1 to its value, or %2 to a file that holds it, or save it in the system keychain with the desktop application.</source>
        <translation>Setzen Sie %1 auf den Wert oder %2 auf eine Datei, die ihn enthält, oder speichern Sie ihn mit der Desktopanwendung im Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>ColumnCompatibility</name>
    <message>
        <source>an id (GUID)</source>
        <translation>eine ID (GUID)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>a choice (enum)</source>
        <translation>eine Auswahl (Enum)</translation>
    </message>
    <message>
        <source>the connector cannot write %1 columns</source>
        <translation>der Connector kann keine Spalten vom Typ %1 schreiben</translation>
    </message>
    <message>
        <source>a %1 column cannot hold %2</source>
        <translation>eine Spalte vom Typ %1 kann %2 nicht aufnehmen</translation>
    </message>
</context>
<context>
    <name>DataDirLock</name>
    <message>
        <source>Cannot create the data folder %1. Check that its parent is a writable folder, or pass --data-dir to use another folder.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied. Give the user running ml-connector write access to the data folder %2, or pass --data-dir to use another folder.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: Zugriff verweigert. Erteilen Sie dem Benutzer, unter dem ml-connector läuft, Schreibrechte für den Datenordner %2, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1 (lock file %2). Check the disk and the folder&apos;s permissions, or pass --data-dir to use another folder.</source>
        <translation>Der Datenordner %1 kann nicht gesperrt werden (Sperrdatei %2). Prüfen Sie den Datenträger und die Berechtigungen des Ordners, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>%1, pid %2 on host %3</source>
        <translation>%1, PID %2 auf Host %3</translation>
    </message>
    <message>
        <source>Another ml-connector process is using the data folder %1. Stop it first, or pass --data-dir to use another folder.</source>
        <translation>Ein anderer ml-connector-Prozess verwendet den Datenordner %1. Beenden Sie ihn zuerst, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>Another ml-connector process (%1) is using the data folder %2. Stop it first, or pass --data-dir to use another folder.</source>
        <translation>Ein anderer ml-connector-Prozess (%1) verwendet den Datenordner %2. Beenden Sie ihn zuerst, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>If that host no longer runs it, delete %1.</source>
        <translation>Falls der Prozess auf diesem Host nicht mehr läuft, löschen Sie %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Pass --data-dir to use another folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner. Geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>--data-dir needs a folder; an empty value would put the state in the current folder.</source>
        <translation>--data-dir benötigt einen Ordner; ein leerer Wert würde den Zustand im aktuellen Ordner ablegen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no ml-connector state database in %1 yet (%2 is missing). Run a sync first, or pass --data-dir to use another folder.</source>
        <translation>In %1 gibt es noch keine ml-connector-Zustandsdatenbank (%2 fehlt). Führen Sie zuerst eine Synchronisierung aus, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>No data folder was given. Pass --data-dir with the folder that holds the state.</source>
        <translation>Es wurde kein Datenordner angegeben. Geben Sie mit --data-dir den Ordner an, der den Zustand enthält.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move the file away, or pass --data-dir to use another folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner. Verschieben Sie die Datei, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: %2 is a file, not a folder. Pass --data-dir to use another folder.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden: %2 ist eine Datei, kein Ordner. Geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: permission denied or read-only file system in %2. Give the user running ml-connector write access there, or pass --data-dir to use another folder.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden: Zugriff verweigert oder schreibgeschütztes Dateisystem in %2. Erteilen Sie dem Benutzer, unter dem ml-connector läuft, dort Schreibrechte, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>%1 is a database that ml-connector did not create. Move it away, or pass --data-dir to use another folder.</source>
        <translation>%1 ist eine Datenbank, die nicht von ml-connector angelegt wurde. Verschieben Sie sie, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>The state database %1 is at schema %2 and needs the upgrade to schema %3 first. Start ml-connector or ml-connector-cli once with this data folder; it upgrades the database.</source>
        <translation>Die Zustandsdatenbank %1 hat Schema %2 und muss zuerst auf Schema %3 aktualisiert werden. Starten Sie ml-connector oder ml-connector-cli einmal mit diesem Datenordner; dabei wird die Datenbank aktualisiert.</translation>
    </message>
    <message>
        <source>Cannot open the state database</source>
        <translation>Fehler beim Öffnen der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>No temporary folder could be made for the demo&apos;s state.</source>
        <translation>Für den Zustand der Demo konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>ml-connector — demo with sample data</source>
        <translation>ml-connector — Demo mit Beispieldaten</translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>the profile is empty; expected a JSON object</source>
        <translation>das Profil ist leer; erwartet wird ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein Einzelwert</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>expected a JSON object at the top of the profile, got %1</source>
        <translation>erwartet wird ein JSON-Objekt auf der obersten Ebene des Profils, gefunden wurde %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3 (Byte-Offset %4)</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>the whole number %1</source>
        <translation>die ganze Zahl %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet wird %1, gefunden wurde %2</translation>
    </message>
    <message>
        <source>unsupported profile version %1; this ml-connector reads version %2 only</source>
        <translation>nicht unterstützte Profilversion %1; diese Version von ml-connector liest nur Version %2</translation>
    </message>
    <message>
        <source>an object with tenantId, environment, companyId and clientId</source>
        <translation>ein Objekt mit tenantId, environment, companyId und clientId</translation>
    </message>
    <message>
        <source>the Entra tenant as a domain such as contoso.onmicrosoft.com or as a GUID</source>
        <translation>der Entra-Mandant als Domäne wie contoso.onmicrosoft.com oder als GUID</translation>
    </message>
    <message>
        <source>an environment name such as Production (letters, digits, - and _)</source>
        <translation>ein Umgebungsname wie Production (Buchstaben, Ziffern, - und _)</translation>
    </message>
    <message>
        <source>the company id as a GUID such as a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1</source>
        <translation>die Unternehmens-ID als GUID wie a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1</translation>
    </message>
    <message>
        <source>the app registration&apos;s client id as a GUID such as 11111111-2222-3333-4444-555555555555</source>
        <translation>die Client-ID der App-Registrierung als GUID wie 11111111-2222-3333-4444-555555555555</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a monday API version such as 2026-07 (a year and 01, 04, 07 or 10) or current</source>
        <translation>eine monday-API-Version wie 2026-07 (ein Jahr und 01, 04, 07 oder 10) oder current</translation>
    </message>
    <message>
        <source>required when webhooks are enabled: the https URL Business Central sends notifications to</source>
        <translation>erforderlich, wenn Webhooks aktiviert sind: die https-URL, an die Business Central Benachrichtigungen sendet</translation>
    </message>
    <message>
        <source>host:port with a port from 1 to 65535, such as 127.0.0.1:8787</source>
        <translation>host:port mit einem Port von 1 bis 65535, etwa 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>an https URL</source>
        <translation>eine https-URL</translation>
    </message>
    <message>
        <source>the path of a PEM file, or an empty string for none</source>
        <translation>der Pfad einer PEM-Datei oder eine leere Zeichenkette für keine</translation>
    </message>
    <message>
        <source>required when tlsCertificate is set: the listener needs the certificate&apos;s private key</source>
        <translation>erforderlich, wenn tlsCertificate gesetzt ist: Der Empfänger benötigt den privaten Schlüssel des Zertifikats</translation>
    </message>
    <message>
        <source>required when tlsKey is set: the listener needs the certificate that goes with the key</source>
        <translation>erforderlich, wenn tlsKey gesetzt ist: Der Empfänger benötigt das zum Schlüssel passende Zertifikat</translation>
    </message>
    <message>
        <source>an array of mappings</source>
        <translation>ein Array von Zuordnungen</translation>
    </message>
    <message>
        <source>expected a mapping object, got %1</source>
        <translation>erwartet wird ein Zuordnungsobjekt, gefunden wurde %1</translation>
    </message>
    <message>
        <source>%1 is already mapped by %2; each entity can go to one board only</source>
        <translation>%1 ist bereits durch %2 zugeordnet; jede Entität kann nur einem Board zugeordnet werden</translation>
    </message>
    <message>
        <source>a board id made of digits only, such as &quot;1234567890&quot;</source>
        <translation>eine Board-ID nur aus Ziffern, etwa &quot;1234567890&quot;</translation>
    </message>
    <message>
        <source>a monday group id such as topics</source>
        <translation>eine monday-Gruppen-ID wie topics</translation>
    </message>
    <message>
        <source>a Business Central field name such as number</source>
        <translation>ein Business-Central-Feldname wie number</translation>
    </message>
    <message>
        <source>a monday text column id such as text_bcid</source>
        <translation>eine monday-Textspalten-ID wie text_bcid</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>an array of {&quot;field&quot;: ..., &quot;column&quot;: ...} objects</source>
        <translation>ein Array von {&quot;field&quot;: ..., &quot;column&quot;: ...}-Objekten</translation>
    </message>
    <message>
        <source>expected an object with field and column, got %1</source>
        <translation>erwartet wird ein Objekt mit field und column, gefunden wurde %1</translation>
    </message>
    <message>
        <source>column %1 is already written by %2; a monday column can hold one value only</source>
        <translation>Spalte %1 wird bereits von %2 beschrieben; eine monday-Spalte kann nur einen Wert aufnehmen</translation>
    </message>
    <message>
        <source>a Business Central field name such as dueDate</source>
        <translation>ein Business-Central-Feldname wie dueDate</translation>
    </message>
    <message>
        <source>a monday column id such as date_due</source>
        <translation>eine monday-Spalten-ID wie date_due</translation>
    </message>
    <message>
        <source>a column either translates values (status, dropdown) or links items (board_relation), not both; remove values or linkTo</source>
        <translation>eine Spalte übersetzt entweder Werte (status, dropdown) oder verknüpft Elemente (board_relation), nicht beides; entfernen Sie values oder linkTo</translation>
    </message>
    <message>
        <source>an object of Business Central values to monday labels, such as {&quot;Open&quot;: &quot;Approved&quot;}</source>
        <translation>ein Objekt, das Business-Central-Werte auf monday-Labels abbildet, etwa {&quot;Open&quot;: &quot;Approved&quot;}</translation>
    </message>
    <message>
        <source>expected a Business Central value as the key, got an empty key</source>
        <translation>erwartet wird ein Business-Central-Wert als Schlüssel, gefunden wurde ein leerer Schlüssel</translation>
    </message>
    <message>
        <source>expected a monday label as a non-empty string, got %1</source>
        <translation>erwartet wird ein monday-Label als nicht leere Zeichenkette, gefunden wurde %1</translation>
    </message>
    <message>
        <source>links to %1, but no mapping maps %1, so this column stays empty; add a mapping for %1 or remove linkTo</source>
        <translation>verknüpft mit %1, aber keine Zuordnung ordnet %1 zu, daher bleibt diese Spalte leer; fügen Sie eine Zuordnung für %1 hinzu oder entfernen Sie linkTo</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1; meinten Sie &quot;%2&quot;?</translation>
    </message>
</context>
<context>
    <name>FailedWriteReplay</name>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>Es gibt keinen Audit-Eintrag %1.</translation>
    </message>
    <message>
        <source>Audit entry %1 is &quot;%2&quot;, not a failed write; only failed ones can be replayed.</source>
        <translation>Audit-Eintrag %1 ist &quot;%2&quot;, kein fehlgeschlagener Schreibvorgang; nur fehlgeschlagene können erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Audit entry %1 belongs to %2 on board %3, which the profile no longer maps.</source>
        <translation>Audit-Eintrag %1 gehört zu %2 auf Board %3, das im Profil nicht mehr zugeordnet ist.</translation>
    </message>
    <message>
        <source>%1 %2 of audit entry %3 is no longer failed: it was replayed or written since.</source>
        <translation>Für %1 %2 aus Audit-Eintrag %3 liegt kein Fehler mehr vor: Der Schreibvorgang wurde inzwischen erneut ausgeführt oder durch einen neuen ersetzt.</translation>
    </message>
    <message>
        <source>%1 back on the queue with its key, after: %2</source>
        <translation>%1 mit demselben Schlüssel wieder in die Warteschlange gestellt; vorheriger Fehler: %2</translation>
    </message>
    <message>
        <source>read again from Business Central and planned by the next pass</source>
        <translation>wird erneut aus Business Central gelesen und beim nächsten Durchlauf eingeplant</translation>
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
    <message>
        <source>Show the demo with sample data even when a profile is configured.</source>
        <translation>Demo mit Beispieldaten anzeigen, auch wenn ein Profil eingerichtet ist.</translation>
    </message>
    <message>
        <source>Open on this page: accounts, mapping, status, audit, board-preview or settings.</source>
        <translation>Auf dieser Seite öffnen: accounts, mapping, status, audit, board-preview oder settings.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>Start in the system tray, without the window.</source>
        <translation>Im Infobereich starten, ohne Fenster.</translation>
    </message>
    <message>
        <source>The profile stored in %1 cannot be used: %2</source>
        <translation>Das in %1 gespeicherte Profil kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>Cannot read the link of %1 %2 from the state database</source>
        <translation>Fehler beim Lesen der Verknüpfung von %1 %2 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the link of item %1 on board %2 from the state database</source>
        <translation>Fehler beim Lesen der Verknüpfung von Element %1 auf Board %2 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot save the link of %1 %2 to item %3 in the state database</source>
        <translation>Fehler beim Speichern der Verknüpfung von %1 %2 mit Element %3 in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot remove the link of %1 %2 from the state database</source>
        <translation>Fehler beim Entfernen der Verknüpfung von %1 %2 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the links of board %1 from the state database</source>
        <translation>Fehler beim Lesen der Verknüpfungen von Board %1 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot count the links of board %1 in the state database</source>
        <translation>Fehler beim Zählen der Verknüpfungen von Board %1 in der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This data folder was written by a newer version of ml-connector (schema %1; this version understands up to %2). Install the newer version, or use another --data-dir.</source>
        <translation>Dieser Datenordner wurde von einer neueren Version von ml-connector geschrieben (Schema %1; diese Version versteht bis Schema %2). Installieren Sie die neuere Version, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>Cannot upgrade to schema %1 (%2), so nothing was changed in the state database</source>
        <translation>Aktualisierung auf Schema %1 (%2) nicht möglich, keine Änderung an der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot upgrade the state database</source>
        <translation>Fehler beim Aktualisieren der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>MondayColumnCodec</name>
    <message>
        <source>The text is %1 characters long; a monday long text column holds at most %2. Shorten it in Business Central or map the field elsewhere.</source>
        <translation>Der Text ist %1 Zeichen lang; eine monday-Langtextspalte fasst höchstens %2. Kürzen Sie ihn in Business Central, oder ordnen Sie das Feld einer anderen Spalte zu.</translation>
    </message>
    <message>
        <source>%1 is not a number, and a numbers column holds only numbers. Map a numeric field to this column, or this field to a text column.</source>
        <translation>%1 ist keine Zahl, und eine Zahlenspalte enthält nur Zahlen. Ordnen Sie dieser Spalte ein numerisches Feld zu oder dieses Feld einer Textspalte.</translation>
    </message>
    <message>
        <source>%1 is not a date; a date column takes dates such as 2026-06-15.</source>
        <translation>%1 ist kein Datum; eine Datumsspalte erwartet Datumsangaben wie 2026-06-15.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The board has no label &quot;%1&quot; in this column (its labels: %2). Add the label on the board, map the value to an existing label in the mapping&apos;s &quot;values&quot;, or allow creating labels; then replay the failed write.</source>
        <translation>Das Board hat in dieser Spalte kein Label &quot;%1&quot; (vorhandene Labels: %2). Fügen Sie das Label auf dem Board hinzu, ordnen Sie den Wert unter &quot;values&quot; der Zuordnung einem vorhandenen Label zu, oder erlauben Sie das Anlegen von Labels; führen Sie dann den fehlgeschlagenen Schreibvorgang erneut aus.</translation>
    </message>
    <message>
        <source>The board has no label &quot;%1&quot; in this column, and monday cannot create a label that is a number. Add the label on the board, then replay the failed write.</source>
        <translation>Das Board hat in dieser Spalte kein Label &quot;%1&quot;, und monday kann kein Label anlegen, das eine Zahl ist. Fügen Sie das Label auf dem Board hinzu, und führen Sie dann den fehlgeschlagenen Schreibvorgang erneut aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a monday item id, so it cannot be linked.</source>
        <translation>&quot;%1&quot; ist keine monday-Element-ID und kann daher nicht verknüpft werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; an email column takes addresses such as name@example.com.</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse; eine E-Mail-Spalte erwartet Adressen wie name@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>%1 is not true or false; a checkbox column takes only yes/no fields.</source>
        <translation>%1 ist weder true noch false; eine Kontrollkästchen-Spalte akzeptiert nur Ja/Nein-Felder.</translation>
    </message>
    <message>
        <source>The connector cannot write monday columns of type &quot;%1&quot;. Map the field to a text, long text, numbers, status, date, dropdown, connect boards, email, phone, link or checkbox column.</source>
        <translation>Der Connector kann keine monday-Spalten vom Typ &quot;%1&quot; schreiben. Ordnen Sie das Feld einer Spalte vom Typ Text, Langtext, Zahlen, Status, Datum, Dropdown, Boards verbinden, E-Mail, Telefon, Link oder Kontrollkästchen zu.</translation>
    </message>
</context>
<context>
    <name>MondayOutcome</name>
    <message>
        <source> (monday error code %1)</source>
        <translation> (monday-Fehlercode %1)</translation>
    </message>
    <message>
        <source> [request id %1]</source>
        <translation> [Anfrage-ID %1]</translation>
    </message>
</context>
<context>
    <name>NotificationInbox</name>
    <message>
        <source>Cannot store a change notification in the state database</source>
        <translation>Fehler beim Speichern einer Änderungsbenachrichtigung in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the change notifications from the state database</source>
        <translation>Fehler beim Lesen der Änderungsbenachrichtigungen aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot mark change notification %1 handled in the state database</source>
        <translation>Fehler beim Markieren der Änderungsbenachrichtigung %1 als verarbeitet in der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot read the write queue in the state database</source>
        <translation>Fehler beim Lesen der Schreibwarteschlange aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot queue the new write for %1 %2 in the state database</source>
        <translation>Fehler beim Einreihen des neuen Schreibvorgangs für %1 %2 in die Warteschlange der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot queue the write for %1 %2 in the state database</source>
        <translation>Fehler beim Einreihen des Schreibvorgangs für %1 %2 in die Warteschlange der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read write %1 from the state database</source>
        <translation>Fehler beim Lesen von Schreibvorgang %1 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the write queue of board %1 from the state database</source>
        <translation>Fehler beim Lesen der Schreibwarteschlange von Board %1 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the queued write of %1 %2 from the state database</source>
        <translation>Fehler beim Lesen des eingereihten Schreibvorgangs von %1 %2 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the writes in flight from the state database</source>
        <translation>Fehler beim Lesen der laufenden Schreibvorgänge aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot count the queued writes in the state database</source>
        <translation>Fehler beim Zählen der eingereihten Schreibvorgänge in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot mark write %1 as sent in the state database</source>
        <translation>Fehler beim Markieren von Schreibvorgang %1 als gesendet in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot mark write %1 as done in the state database</source>
        <translation>Fehler beim Markieren von Schreibvorgang %1 als erledigt in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot schedule the retry of write %1 in the state database</source>
        <translation>Fehler beim Planen der Wiederholung von Schreibvorgang %1 in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot mark write %1 as failed in the state database</source>
        <translation>Fehler beim Markieren von Schreibvorgang %1 als fehlgeschlagen in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>There is no write %1 in the queue.</source>
        <translation>In der Warteschlange gibt es keinen Schreibvorgang %1.</translation>
    </message>
    <message>
        <source>Cannot read the writes of %1 %2 from the state database</source>
        <translation>Fehler beim Lesen der Schreibvorgänge von %1 %2 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Write %1 for %2 %3 was not replayed: a newer write for the same record (write %4) replaces it.</source>
        <translation>Schreibvorgang %1 für %2 %3 wurde nicht erneut ausgeführt: Ein neuerer Schreibvorgang für denselben Datensatz (Schreibvorgang %4) ersetzt ihn.</translation>
    </message>
    <message>
        <source>Cannot replay write %1 in the state database</source>
        <translation>Fehler beim erneuten Ausführen von Schreibvorgang %1 in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the failed writes from the state database</source>
        <translation>Fehler beim Lesen der fehlgeschlagenen Schreibvorgänge aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Write %1 is %2, not %3, so its state was not changed.</source>
        <translation>Schreibvorgang %1 hat den Status %2, nicht %3; sein Status wurde daher nicht geändert.</translation>
    </message>
</context>
<context>
    <name>OutboxPayload</name>
    <message>
        <source>Outbox row %1 has an operation this version cannot send.</source>
        <translation>Warteschlangenzeile %1 enthält einen Vorgang, den diese Version nicht senden kann.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Use: profile validate FILE | profile import FILE | profile export [FILE]</source>
        <translation>Aufruf: profile validate DATEI | profile import DATEI | profile export [DATEI]</translation>
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
        <source>Exported the profile to %1.</source>
        <translation>Profil nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>cannot read the profile file %1: %2</source>
        <translation>die Profildatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the profile file %1 is larger than %2 bytes, the most a profile may be</source>
        <translation>die Profildatei %1 ist größer als %2 Byte, die maximale Größe eines Profils</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>expected an absolute URL such as https://host/path, got an empty string</source>
        <translation>erwartet wird eine absolute URL wie https://host/path, gefunden wurde eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>expected an absolute URL such as https://host/path, got %1</source>
        <translation>erwartet wird eine absolute URL wie https://host/path, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected a URL without a user name or password, got %1; secrets never go in the profile</source>
        <translation>erwartet wird eine URL ohne Benutzernamen oder Passwort, gefunden wurde %1; Geheimnisse gehören nie ins Profil</translation>
    </message>
    <message>
        <source>expected an https URL, got %1</source>
        <translation>erwartet wird eine https-URL, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected an https URL, got %1; plain http is accepted only for a loopback host (127.0.0.0/8, ::1 or localhost), because secrets and business data travel over it</source>
        <translation>erwartet wird eine https-URL, gefunden wurde %1; unverschlüsseltes http ist nur für einen Loopback-Host (127.0.0.0/8, ::1 oder localhost) zulässig, da darüber Geheimnisse und Geschäftsdaten übertragen werden</translation>
    </message>
    <message>
        <source>expected a URL without a #fragment, got %1</source>
        <translation>erwartet wird eine URL ohne #Fragment, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected a base URL without a ?query, because paths are appended to it, got %1</source>
        <translation>erwartet wird eine Basis-URL ohne ?Abfrage, da Pfade an sie angehängt werden, gefunden wurde %1</translation>
    </message>
    <message>
        <source>%1 is not part of %2 in Business Central API v2.0</source>
        <translation>%1 ist in Business Central API v2.0 nicht Teil von %2</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>%1 is not a value of %2 on %3 in Business Central API v2.0, so this entry only applies if your tenant added it; the standard values are %4 (values are matched as BC sends them, e.g. In_x0020_Review)</source>
        <translation>%1 ist in Business Central API v2.0 kein Wert von %2 in %3, daher gilt dieser Eintrag nur, wenn Ihr Mandant ihn hinzugefügt hat; die Standardwerte sind %4 (Werte werden so verglichen, wie BC sie sendet, z. B. In_x0020_Review)</translation>
    </message>
</context>
<context>
    <name>ProfileSource</name>
    <message>
        <source>No profile is stored in the data folder %1. Import one with &quot;ml-connector-cli profile import FILE&quot;, or name one with --profile FILE.</source>
        <translation>Im Datenordner %1 ist kein Profil gespeichert. Importieren Sie eines mit &quot;ml-connector-cli profile import DATEI&quot;, oder geben Sie eines mit --profile DATEI an.</translation>
    </message>
    <message>
        <source>the stored profile</source>
        <translation>das gespeicherte Profil</translation>
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
    <name>RecordPlanner</name>
    <message>
        <source>The column &quot;%1&quot; is no longer on board &quot;%2&quot;; map the field &quot;%3&quot; to another column.</source>
        <translation>Die Spalte &quot;%1&quot; ist nicht mehr auf Board &quot;%2&quot; vorhanden; ordnen Sie das Feld &quot;%3&quot; einer anderen Spalte zu.</translation>
    </message>
    <message>
        <source>Waiting for the linked %1 record %2 to reach its board.</source>
        <translation>Es wird gewartet, bis der verknüpfte Datensatz %2 aus %1 auf seinem Board angekommen ist.</translation>
    </message>
</context>
<context>
    <name>RecordRemoval</name>
    <message>
        <source>The item stays on the board (onDelete: keep).</source>
        <translation>Das Element bleibt auf dem Board (onDelete: keep).</translation>
    </message>
    <message>
        <source>No longer among Business Central&apos;s orders: deleted, or completed (received or shipped and invoiced), which BC does not tell apart.</source>
        <translation>Nicht mehr unter den Aufträgen in Business Central: gelöscht oder abgeschlossen (erhalten bzw. geliefert und fakturiert); BC unterscheidet das nicht.</translation>
    </message>
    <message>
        <source>No longer in Business Central: deleted there.</source>
        <translation>Nicht mehr in Business Central: dort gelöscht.</translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message>
        <source>Use: ml-connector-cli replay --failed, or replay --id N with N an audit entry.</source>
        <translation>Aufruf: ml-connector-cli replay --failed oder replay --id N, wobei N die Nummer eines Audit-Eintrags ist.</translation>
    </message>
    <message>
        <source>&quot;replay&quot; takes either --failed or --id N. %1</source>
        <translation>&quot;replay&quot; erwartet entweder --failed oder --id N. %1</translation>
    </message>
    <message>
        <source>--id takes the number of an audit entry (see &quot;ml-connector-cli audit --status failed&quot;), not &quot;%1&quot;. %2</source>
        <translation>--id erwartet die Nummer eines Audit-Eintrags (siehe &quot;ml-connector-cli audit --status failed&quot;), nicht &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>Nothing to replay: no write or record is failed.</source>
        <translation>Nichts erneut auszuführen: Kein Schreibvorgang und kein Datensatz ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n failed write(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagener Schreibvorgang wird erneut ausgeführt</numerusform>
            <numerusform>%n fehlgeschlagene Schreibvorgänge werden erneut ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and reading %n record(s) again.</source>
        <translation>
            <numerusform> und %n Datensatz erneut gelesen.</numerusform>
            <numerusform> und %n Datensätze erneut gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>%1: notifications live until %2; polled hourly as a safety net</source>
        <translation>%1: Benachrichtigungen aktiv bis %2; stündliche Abfrage als Absicherung</translation>
    </message>
    <message>
        <source>%1: notifications failing (%2); polled on its cadence</source>
        <translation>%1: Benachrichtigungen gestört (%2); Abfrage im eingestellten Intervall</translation>
    </message>
    <message>
        <source>%1: polled (%2)</source>
        <translation>%1: Abfrage (%2)</translation>
    </message>
    <message>
        <source>&quot;run&quot; takes no arguments, got &quot;%1&quot;.</source>
        <translation>&quot;run&quot; akzeptiert keine Argumente, angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopping: letting the write on its way finish; what waits stays queued for the next start. (Again to stop at once.)</source>
        <translation>Wird gestoppt: Der laufende Schreibvorgang wird abgeschlossen; alles Weitere bleibt bis zum nächsten Start in der Warteschlange. (Erneut drücken, um sofort zu stoppen.)</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n mapping(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>%n Zuordnung wird synchronisiert; beenden mit Strg+C oder SIGTERM.</numerusform>
            <numerusform>%n Zuordnungen werden synchronisiert; beenden mit Strg+C oder SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: %1 Every mapping is polled on its cadence.</source>
        <translation>Webhooks: %1 Jede Zuordnung wird in ihrem Intervall abgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n pass(es).</source>
        <translation>
            <numerusform>Nach %n Durchlauf beendet.</numerusform>
            <numerusform>Nach %n Durchläufen beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>Local simulators of Business Central and monday.com on loopback, for tests and the demo.</source>
        <translation>Lokale Simulatoren von Business Central und monday.com auf Loopback, für Tests und die Demo.</translation>
    </message>
    <message>
        <source>Port of the Business Central simulator on 127.0.0.1; 0 picks a free one (default %1).</source>
        <translation>Port des Business-Central-Simulators auf 127.0.0.1; 0 wählt einen freien Port (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generated data (default %1).</source>
        <translation>Startwert (Seed) der generierten Daten (Standard: %1).</translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens in seconds (default 3599).</source>
        <translation>Gültigkeitsdauer ausgestellter Zugriffstoken in Sekunden (Standard: 3599).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Every SECONDS change a few records (pay, post, rename, create), as a bookkeeper would.</source>
        <translation>Alle SEKUNDEN einige Datensätze ändern (bezahlen, buchen, umbenennen, anlegen), wie es ein Buchhalter tun würde.</translation>
    </message>
    <message>
        <source>Put webhooks into the ready profile, the connector listening on 127.0.0.1:PORT.</source>
        <translation>Webhooks in das fertige Profil aufnehmen; der Connector lauscht auf 127.0.0.1:PORT.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Seconds Business Central waits after a change before it notifies (default 30, as BC does).</source>
        <translation>Sekunden, die Business Central nach einer Änderung wartet, bevor es benachrichtigt (Standard: 30, wie bei BC).</translation>
    </message>
    <message>
        <source>Print the startup information as JSON.</source>
        <translation>Startinformationen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also write the ready profile to FILE.</source>
        <translation>Das fertige Profil zusätzlich in DATEI schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Log every request to stderr.</source>
        <translation>Jede Anfrage auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>ml-connector-sandbox: --port takes 0 to 65535, --seed 0 to 4294967295, --token-lifetime 1 or more seconds, --live 1 to 86400 seconds, --webhooks 1 to 65535 and --webhook-delay 0 to 3600 seconds.</source>
        <translation>ml-connector-sandbox: --port erwartet 0 bis 65535, --seed 0 bis 4294967295, --token-lifetime 1 oder mehr Sekunden, --live 1 bis 86400 Sekunden, --webhooks 1 bis 65535 und --webhook-delay 0 bis 3600 Sekunden.</translation>
    </message>
    <message>
        <source>cannot watch for SIGINT and SIGTERM.</source>
        <translation>SIGINT und SIGTERM können nicht überwacht werden.</translation>
    </message>
    <message>
        <source>Running until Ctrl+C.</source>
        <translation>Läuft bis Strg+C.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot read the setting &quot;%1&quot; from the state database</source>
        <translation>Fehler beim Lesen der Einstellung &quot;%1&quot; aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot save the setting &quot;%1&quot; in the state database</source>
        <translation>Fehler beim Speichern der Einstellung &quot;%1&quot; in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot remove the setting &quot;%1&quot; from the state database</source>
        <translation>Fehler beim Entfernen der Einstellung &quot;%1&quot; aus der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>&quot;status&quot; takes no arguments, got &quot;%1&quot;.</source>
        <translation>&quot;status&quot; akzeptiert keine Argumente, angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; &quot;ml-connector-cli audit --status failed&quot; says why, &quot;ml-connector-cli replay --failed&quot; tries them again.</source>
        <translation>
            <numerusform>%n Datensatz fehlgeschlagen; &quot;ml-connector-cli audit --status failed&quot; nennt den Grund, &quot;ml-connector-cli replay --failed&quot; versucht es erneut.</numerusform>
            <numerusform>%n Datensätze fehlgeschlagen; &quot;ml-connector-cli audit --status failed&quot; nennt die Gründe, &quot;ml-connector-cli replay --failed&quot; versucht sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: off; every mapping is polled.</source>
        <translation>Webhooks: aus; jede Zuordnung wird abgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>Webhooks: off; the next run deletes %n subscription(s) left in Business Central.</source>
        <translation>
            <numerusform>Webhooks: aus; der nächste Lauf löscht %n in Business Central verbliebenes Abonnement.</numerusform>
            <numerusform>Webhooks: aus; der nächste Lauf löscht %n in Business Central verbliebene Abonnements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: on, notifications to %1</source>
        <translation>Webhooks: ein, Benachrichtigungen an %1</translation>
    </message>
    <message>
        <source>  %1: notifications live until %2</source>
        <translation>  %1: Benachrichtigungen aktiv bis %2</translation>
    </message>
    <message>
        <source>  %1: subscription %2 (%3); polled on its cadence meanwhile</source>
        <translation>  %1: Abonnement %2 (%3); bis dahin Abfrage im eingestellten Intervall</translation>
    </message>
    <message>
        <source>no error recorded</source>
        <translation>kein Fehler aufgezeichnet</translation>
    </message>
    <message>
        <source>  purchaseOrders: polled (Business Central does not notify about them)</source>
        <translation>  purchaseOrders: Abfrage (Business Central sendet dafür keine Benachrichtigungen)</translation>
    </message>
    <message>
        <source>%1 → board %2: %3 item(s)</source>
        <translation>%1 → Board %2: %3 Element(e)</translation>
    </message>
    <message>
        <source>  never polled</source>
        <translation>  noch nie abgefragt</translation>
    </message>
    <message>
        <source>  last poll %1, changes read up to %2</source>
        <translation>  letzte Abfrage %1, Änderungen gelesen bis %2</translation>
    </message>
    <message>
        <source>  write queue: %1 pending, %2 in flight, %3 failed, %4 done</source>
        <translation>  Schreibwarteschlange: %1 ausstehend, %2 in Bearbeitung, %3 fehlgeschlagen, %4 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) to read again on the next pass (notified by Business Central, or waiting for a linked record)</source>
        <translation>
            <numerusform>  %n Datensatz wird beim nächsten Durchlauf erneut gelesen (von Business Central gemeldet oder wartet auf einen verknüpften Datensatz)</numerusform>
            <numerusform>  %n Datensätze werden beim nächsten Durchlauf erneut gelesen (von Business Central gemeldet oder warten auf einen verknüpften Datensatz)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) could not be mapped onto the board&apos;s columns</source>
        <translation>
            <numerusform>  %n Datensatz konnte nicht auf die Spalten des Boards abgebildet werden</numerusform>
            <numerusform>  %n Datensätze konnten nicht auf die Spalten des Boards abgebildet werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>%1 %2: %3 (SQLite: %4)</source>
        <translation>%1 %2: %3 (SQLite: %4)</translation>
    </message>
    <message>
        <source>the disk is full. Free some space, then start ml-connector again.</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei, und starten Sie ml-connector dann erneut.</translation>
    </message>
    <message>
        <source>permission denied or read-only file system. Give the user running ml-connector read and write access to the file and its folder, or pass --data-dir to use another folder.</source>
        <translation>Zugriff verweigert oder schreibgeschütztes Dateisystem. Erteilen Sie dem Benutzer, unter dem ml-connector läuft, Lese- und Schreibrechte für die Datei und ihren Ordner, oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>the file is not a database. Move it away (ml-connector then starts with an empty state), or pass --data-dir to use another folder.</source>
        <translation>die Datei ist keine Datenbank. Verschieben Sie sie (ml-connector startet dann mit leerem Zustand), oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>the database file is damaged. Restore it from a backup, or move it away to start with an empty state.</source>
        <translation>die Datenbankdatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her, oder verschieben Sie sie, um mit leerem Zustand zu beginnen.</translation>
    </message>
    <message>
        <source>another program kept the database locked. Close any tool that has the file open, then try again.</source>
        <translation>ein anderes Programm hält die Datenbank gesperrt. Schließen Sie alle Programme, die die Datei geöffnet haben, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the disk reported an error. Check the disk and its file system, then try again.</source>
        <translation>der Datenträger hat einen Fehler gemeldet. Prüfen Sie den Datenträger und sein Dateisystem, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>an unexpected database error occurred. If it happens again, move the file away or pass --data-dir to use another folder.</source>
        <translation>ein unerwarteter Datenbankfehler ist aufgetreten. Falls er erneut auftritt, verschieben Sie die Datei oder geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
</context>
<context>
    <name>StrictJsonObject</name>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation>unbekannter Schlüssel; erwartet wird einer von %1</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>unbekannter Schlüssel; meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>required value is missing; expected %1</source>
        <translation>Pflichtwert fehlt; erwartet wird %1</translation>
    </message>
    <message>
        <source>expected a string (%1), got %2</source>
        <translation>erwartet wird eine Zeichenkette (%1), gefunden wurde %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet wird %1, gefunden wurde %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Use: ml-connector-cli reconcile [--entity E]</source>
        <translation>Aufruf: ml-connector-cli reconcile [--entity E]</translation>
    </message>
    <message>
        <source>Use: ml-connector-cli sync --once [--entity E] [--dry-run]</source>
        <translation>Aufruf: ml-connector-cli sync --once [--entity E] [--dry-run]</translation>
    </message>
    <message>
        <source>&quot;sync&quot; takes no arguments, got &quot;%1&quot;. %2</source>
        <translation>&quot;sync&quot; akzeptiert keine Argumente, angegeben wurde &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>&quot;sync&quot; needs --once: one pass, then exit. To keep syncing, use &quot;run&quot;. %1</source>
        <translation>&quot;sync&quot; benötigt --once: ein Durchlauf, dann Ende. Für fortlaufendes Synchronisieren verwenden Sie &quot;run&quot;. %1</translation>
    </message>
    <message>
        <source>--entity &quot;%1&quot; is not a Business Central entity the connector maps. %2</source>
        <translation>--entity &quot;%1&quot; ist keine vom Connector unterstützte Business-Central-Entität. %2</translation>
    </message>
    <message>
        <source>The profile maps no &quot;%1&quot;; nothing to sync.</source>
        <translation>Das Profil enthält keine Zuordnung für &quot;%1&quot;; nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopping: letting the write on its way finish; the next sync goes on from here.</source>
        <translation>Wird gestoppt: Der laufende Schreibvorgang wird abgeschlossen; die nächste Synchronisierung setzt hier fort.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>  %1 %2: create &quot;%3&quot;</source>
        <translation>  %1 %2: &quot;%3&quot; anlegen</translation>
    </message>
    <message>
        <source>  %1 %2: update %3</source>
        <translation>  %1 %2: %3 aktualisieren</translation>
    </message>
    <message>
        <source>%1 → board %2</source>
        <translation>%1 → Board %2</translation>
    </message>
    <message>
        <source>%1: would create %2 and update %3; %4 unchanged, %5 cannot be written</source>
        <translation>%1: würde %2 anlegen und %3 aktualisieren; %4 unverändert, %5 nicht schreibbar</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 failed</source>
        <translation>%1: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>  %n item(s) removed: their records are no longer in Business Central.</source>
        <translation>
            <numerusform>  %n Element entfernt: Sein Datensatz ist nicht mehr in Business Central vorhanden.</numerusform>
            <numerusform>  %n Elemente entfernt: Ihre Datensätze sind nicht mehr in Business Central vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n item(s) had been changed on the board by hand (%1); Business Central&apos;s values were written back.</source>
        <translation>
            <numerusform>  %n Element war auf dem Board von Hand geändert worden (%1); die Werte aus Business Central wurden zurückgeschrieben.</numerusform>
            <numerusform>  %n Elemente waren auf dem Board von Hand geändert worden (%1); die Werte aus Business Central wurden zurückgeschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n item(s) had been removed from the board by hand and were created again.</source>
        <translation>
            <numerusform>  %n Element war von Hand vom Board entfernt worden und wurde neu angelegt.</numerusform>
            <numerusform>  %n Elemente waren von Hand vom Board entfernt worden und wurden neu angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) wait for a linked record that is not on its board yet.</source>
        <translation>
            <numerusform>  %n Datensatz wartet auf einen verknüpften Datensatz, der noch nicht auf seinem Board ist.</numerusform>
            <numerusform>  %n Datensätze warten auf einen verknüpften Datensatz, der noch nicht auf seinem Board ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) failed; they are in the audit trail and can be replayed.</source>
        <translation>
            <numerusform>%n Schreibvorgang fehlgeschlagen; er steht im Audit-Protokoll und kann erneut ausgeführt werden.</numerusform>
            <numerusform>%n Schreibvorgänge fehlgeschlagen; sie stehen im Audit-Protokoll und können erneut ausgeführt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A transaction is already open on the state database connection %1; transactions cannot be nested. This is a bug in ml-connector; please report it.</source>
        <translation>Auf der Verbindung %1 zur Zustandsdatenbank ist bereits eine Transaktion offen; Transaktionen können nicht verschachtelt werden. Dies ist ein Fehler in ml-connector; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot start a change in the state database</source>
        <translation>Fehler beim Starten einer Änderung in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>There is no open transaction to commit on the state database connection %1. This is a bug in ml-connector; please report it.</source>
        <translation>Auf der Verbindung %1 zur Zustandsdatenbank gibt es keine offene Transaktion zum Festschreiben. Dies ist ein Fehler in ml-connector; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot save a change in the state database</source>
        <translation>Fehler beim Speichern einer Änderung in der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>WatermarkStore</name>
    <message>
        <source>Cannot read how far %1 on board %2 was synced from the state database</source>
        <translation>Fehler beim Lesen des Synchronisierungsstands von %1 auf Board %2 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot save how far %1 on board %2 was synced in the state database</source>
        <translation>Fehler beim Speichern des Synchronisierungsstands von %1 auf Board %2 in der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>WebhookNotification</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Der Anfrageinhalt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The body has no &quot;value&quot; array of notifications.</source>
        <translation>Der Anfrageinhalt enthält kein &quot;value&quot;-Array mit Benachrichtigungen.</translation>
    </message>
    <message>
        <source>A notification lacks its subscriptionId or resource, or has an unknown changeType.</source>
        <translation>Einer Benachrichtigung fehlt die subscriptionId oder die resource, oder sie hat einen unbekannten changeType.</translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionStore</name>
    <message>
        <source>Cannot save webhook subscription %1 in the state database</source>
        <translation>Fehler beim Speichern des Webhook-Abonnements %1 in der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read webhook subscription %1 from the state database</source>
        <translation>Fehler beim Lesen des Webhook-Abonnements %1 aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot read the webhook subscriptions from the state database</source>
        <translation>Fehler beim Lesen der Webhook-Abonnements aus der Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Cannot remove webhook subscription %1 from the state database</source>
        <translation>Fehler beim Entfernen des Webhook-Abonnements %1 aus der Zustandsdatenbank</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ml-connector cannot start</source>
        <translation>ml-connector kann nicht starten</translation>
    </message>
</context>
<context>
    <name>mlc</name>
    <message>
        <source>Cannot write the log file %1: %2.</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The %1 is empty, so it was not stored.</source>
        <translation>Das %1 ist leer und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>Business Central client secret</source>
        <translation>Clientgeheimnis für Business Central</translation>
    </message>
    <message>
        <source>monday.com API token</source>
        <translation>API-Token für monday.com</translation>
    </message>
    <message>
        <source>Environment (%1, %2 or the files named by %3, %4)</source>
        <translation>Umgebungsvariablen (%1, %2 oder die in %3, %4 angegebenen Dateien)</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set.</source>
        <translation>Weder %1 noch %2 ist gesetzt.</translation>
    </message>
    <message>
        <source>%1 names the file &quot;%2&quot;, which cannot be read: %3.</source>
        <translation>%1 verweist auf die Datei &quot;%2&quot;, die nicht gelesen werden kann: %3.</translation>
    </message>
    <message>
        <source>%1 names the file &quot;%2&quot;, which is larger than %3 KiB. The file should hold only the %4.</source>
        <translation>%1 verweist auf die Datei &quot;%2&quot;, die größer als %3 KiB ist. Die Datei sollte nur das %4 enthalten.</translation>
    </message>
    <message>
        <source>%1 names the file &quot;%2&quot;, which is empty. It should hold the %3.</source>
        <translation>%1 verweist auf die Datei &quot;%2&quot;, die leer ist. Sie sollte das %3 enthalten.</translation>
    </message>
    <message>
        <source>The %1 for headless use is read from the environment (%2, or the file named by %3), which the connector cannot change. Set the variable or edit the file, then restart the connector.</source>
        <translation>Für den Betrieb ohne Benutzeroberfläche wird das %1 aus der Umgebung gelesen (%2 oder die in %3 angegebene Datei), die der Connector nicht ändern kann. Setzen Sie die Variable oder bearbeiten Sie die Datei, und starten Sie den Connector dann neu.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock the keychain or allow ml-connector to use it, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1). Entsperren Sie den Schlüsselbund oder erlauben Sie ml-connector den Zugriff, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain holds no %1.</source>
        <translation>Der Schlüsselbund des Systems enthält kein %1.</translation>
    </message>
    <message>
        <source>The system keychain could not store the %1: %2.</source>
        <translation>Der Schlüsselbund des Systems konnte das %1 nicht speichern: %2.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the %1: %2.</source>
        <translation>Der Schlüsselbund des Systems konnte das %1 nicht entfernen: %2.</translation>
    </message>
    <message>
        <source>The system keychain could not read the %1: %2.</source>
        <translation>Der Schlüsselbund des Systems konnte das %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>System keychain (service %1)</source>
        <translation>Schlüsselbund des Systems (Dienst %1)</translation>
    </message>
    <message>
        <source>No system keychain is available (Secret Service / KWallet did not answer: %1). For headless use, set MLC_BC_CLIENT_SECRET and MLC_MONDAY_TOKEN, or MLC_BC_CLIENT_SECRET_FILE and MLC_MONDAY_TOKEN_FILE naming files that hold them.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (Secret Service / KWallet hat nicht geantwortet: %1). Setzen Sie für den Betrieb ohne Benutzeroberfläche MLC_BC_CLIENT_SECRET und MLC_MONDAY_TOKEN oder MLC_BC_CLIENT_SECRET_FILE und MLC_MONDAY_TOKEN_FILE mit den Pfaden von Dateien, die diese Werte enthalten.</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <source>In-memory store (secrets are forgotten when the program exits)</source>
        <translation>Ablage im Arbeitsspeicher (Geheimnisse werden beim Beenden des Programms verworfen)</translation>
    </message>
    <message>
        <source>No %1 has been stored in memory.</source>
        <translation>Im Arbeitsspeicher ist kein %1 abgelegt.</translation>
    </message>
    <message>
        <source>this key appears more than once in the same object; keep only one, because only the last would count</source>
        <translation>dieser Schlüssel kommt im selben Objekt mehrfach vor; behalten Sie nur einen, denn nur der letzte würde gelten</translation>
    </message>
    <message>
        <source>cannot write the profile file %1: %2</source>
        <translation>die Profildatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mlc::BcCollectionReader</name>
    <message>
        <source>the answer has no &quot;value&quot; list of records</source>
        <translation>die Antwort enthält keine &quot;value&quot;-Liste mit Datensätzen</translation>
    </message>
    <message>
        <source>an element of &quot;value&quot; that is not a JSON object</source>
        <translation>ein Element von &quot;value&quot;, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>the next page link &quot;%1&quot; does not point at the Business Central API</source>
        <translation>der Link zur nächsten Seite &quot;%1&quot; verweist nicht auf die Business-Central-API</translation>
    </message>
    <message>
        <source>the next page link points back at the same page</source>
        <translation>der Link zur nächsten Seite verweist wieder auf dieselbe Seite</translation>
    </message>
</context>
<context>
    <name>mlc::BcConnectionCheck</name>
    <message>
        <source>The environment shows this app no companies at all: check the environment name and the app&apos;s permissions in Business Central.</source>
        <translation>Die Umgebung zeigt dieser App überhaupt keine Unternehmen an: Prüfen Sie den Umgebungsnamen und die Berechtigungen der App in Business Central.</translation>
    </message>
    <message>
        <source>The environment&apos;s list of companies could not be read (%1), so check the tenant ID and the environment name.</source>
        <translation>Die Liste der Unternehmen in der Umgebung konnte nicht gelesen werden (%1); prüfen Sie daher die Mandanten-ID und den Umgebungsnamen.</translation>
    </message>
    <message>
        <source>%1 The environment&apos;s list of companies could not be read either (%2), so check the tenant ID and the environment name in the profile.</source>
        <translation>%1 Auch die Liste der Unternehmen in der Umgebung konnte nicht gelesen werden (%2); prüfen Sie daher die Mandanten-ID und den Umgebungsnamen im Profil.</translation>
    </message>
    <message>
        <source>The company %1 is not in this Business Central environment (%2).</source>
        <translation>Das Unternehmen %1 ist in dieser Business-Central-Umgebung nicht vorhanden (%2).</translation>
    </message>
    <message>
        <source>Set businessCentral.companyId to one of the companies it has: %1.</source>
        <translation>Setzen Sie businessCentral.companyId auf eines der vorhandenen Unternehmen: %1.</translation>
    </message>
    <message>
        <source>Business Central has no field &quot;%1&quot; on %2.</source>
        <translation>Business Central hat kein Feld &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Business Central has no fields &quot;%1&quot; on %2.</source>
        <translation>Business Central hat keine Felder &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Field names are case-sensitive: check the spelling in the profile&apos;s mapping, or remove the column that maps it.</source>
        <translation>Bei Feldnamen wird zwischen Groß- und Kleinschreibung unterschieden: Prüfen Sie die Schreibweise in der Zuordnung des Profils, oder entfernen Sie die Spalte, die das Feld zuordnet.</translation>
    </message>
</context>
<context>
    <name>mlc::BcError</name>
    <message>
        <source>Business Central rejected the connector&apos;s access token (%1). Add the app&apos;s client ID on the Business Central page &quot;Microsoft Entra applications&quot;, set its state to Enabled and assign permission sets.</source>
        <translation>Business Central hat das Zugriffstoken des Connectors abgelehnt (%1). Fügen Sie die Client-ID der App in Business Central auf der Seite &quot;Microsoft Entra-Anwendungen&quot; hinzu, setzen Sie den Status auf Aktiviert, und weisen Sie Berechtigungssätze zu.</translation>
    </message>
    <message>
        <source>Business Central could not be reached (%1) after %n attempt(s). Check the network and the API base URL.</source>
        <translation>Business Central war nach %n Versuch(en) nicht erreichbar (%1). Prüfen Sie das Netzwerk und die API-Basis-URL.</translation>
    </message>
    <message>
        <source>Business Central did not answer in time (%1) after %n attempt(s).</source>
        <translation>Business Central hat nach %n Versuch(en) nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>Business Central sent an answer the connector cannot read for %1: %2.</source>
        <translation>Business Central hat für %1 eine Antwort gesendet, die der Connector nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>Business Central answered HTTP %1 for %2: %3</source>
        <translation>Business Central hat für %2 mit HTTP %1 geantwortet: %3</translation>
    </message>
</context>
<context>
    <name>mlc::BcRecord</name>
    <message>
        <source>a record without an &quot;id&quot;</source>
        <translation>ein Datensatz ohne &quot;id&quot;</translation>
    </message>
    <message>
        <source>record %1 has a lastModifiedDateTime that is not a UTC timestamp</source>
        <translation>Datensatz %1 hat einen lastModifiedDateTime-Wert, der kein UTC-Zeitstempel ist</translation>
    </message>
</context>
<context>
    <name>mlc::BcRequest</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no error details were given</source>
        <translation>es wurden keine Fehlerdetails angegeben</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>mlc::BoardWriter</name>
    <message>
        <source>The connector stopped before monday.com answered this write.</source>
        <translation>Der Connector wurde beendet, bevor monday.com diesen Schreibvorgang beantwortet hat.</translation>
    </message>
    <message>
        <source>Found on the board by its BC id after a create that was not answered.</source>
        <translation>Nach einem unbeantworteten Anlegevorgang anhand der BC-ID auf dem Board gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n items on the board carry this BC id in column &quot;%1&quot;; delete the duplicates on monday.com, then replay this write.</source>
        <translation>
            <numerusform>%n Element auf dem Board enthält diese BC-ID in Spalte &quot;%1&quot;; löschen Sie die Duplikate auf monday.com, und führen Sie diesen Schreibvorgang dann erneut aus.</numerusform>
            <numerusform>%n Elemente auf dem Board enthalten diese BC-ID in Spalte &quot;%1&quot;; löschen Sie die Duplikate auf monday.com, und führen Sie diesen Schreibvorgang dann erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not put write %1 back on the queue.</source>
        <translation>Schreibvorgang %1 konnte nicht wieder in die Warteschlange gestellt werden.</translation>
    </message>
    <message>
        <source>Trying again at %1 UTC.</source>
        <translation>Neuer Versuch um %1 UTC.</translation>
    </message>
    <message>
        <source>monday.com accepted the new item but did not say its id.</source>
        <translation>monday.com hat das neue Element angenommen, aber dessen ID nicht mitgeteilt.</translation>
    </message>
    <message>
        <source>monday.com replayed the answer to an earlier attempt with the same key.</source>
        <translation>monday.com hat die Antwort auf einen früheren Versuch mit demselben Schlüssel erneut gesendet.</translation>
    </message>
    <message>
        <source>The item was no longer on the board.</source>
        <translation>Das Element war nicht mehr auf dem Board.</translation>
    </message>
</context>
<context>
    <name>mlc::Classifier</name>
    <message>
        <source>monday&apos;s answer is not valid JSON (%1 at byte %2)</source>
        <translation>Die Antwort von monday ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>monday&apos;s answer is not a JSON object</source>
        <translation>Die Antwort von monday ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>monday did not answer in time (%1)</source>
        <translation>monday hat nicht rechtzeitig geantwortet (%1)</translation>
    </message>
    <message>
        <source>monday could not be reached (%1). Check the network and the API URL</source>
        <translation>monday ist nicht erreichbar (%1). Prüfen Sie das Netzwerk und die API-URL</translation>
    </message>
    <message>
        <source>monday&apos;s answer was larger than the connector accepts (%1)</source>
        <translation>Die Antwort von monday ist größer, als der Connector akzeptiert (%1)</translation>
    </message>
    <message>
        <source>monday&apos;s daily API call limit for this account is used up. The connector pauses writes to monday until midnight UTC, when the limit resets</source>
        <translation>Das tägliche Limit für API-Aufrufe dieses monday-Kontos ist aufgebraucht. Der Connector setzt Schreibvorgänge an monday bis Mitternacht UTC aus, wenn das Limit zurückgesetzt wird</translation>
    </message>
    <message>
        <source>monday does not accept the API version set in the profile (monday.apiVersion). Use a version such as 2026-07</source>
        <translation>monday akzeptiert die im Profil festgelegte API-Version (monday.apiVersion) nicht. Verwenden Sie eine Version wie 2026-07</translation>
    </message>
    <message>
        <source>The monday user behind the API token may not use the API: the user is inactive or view-only, or has not confirmed their email address</source>
        <translation>Der monday-Benutzer hinter dem API-Token darf die API nicht verwenden: Der Benutzer ist inaktiv oder hat nur Leserechte, oder er hat seine E-Mail-Adresse nicht bestätigt</translation>
    </message>
    <message>
        <source>The monday API token lacks a permission the connector needs (%1). Grant the app the boards:read and boards:write scopes, or use a personal API token</source>
        <translation>Dem monday-API-Token fehlt eine Berechtigung, die der Connector benötigt (%1). Erteilen Sie der App die Bereiche boards:read und boards:write, oder verwenden Sie ein persönliches API-Token</translation>
    </message>
    <message>
        <source>monday refuses calls from this computer&apos;s IP address (the account&apos;s IP allow-list). Ask a monday admin to allow it</source>
        <translation>monday lehnt Aufrufe von der IP-Adresse dieses Computers ab (IP-Zulassungsliste des Kontos). Bitten Sie einen monday-Administrator, sie zuzulassen</translation>
    </message>
    <message>
        <source>monday rejected the API token. Store a valid token in the keychain or set MLC_MONDAY_TOKEN</source>
        <translation>monday hat das API-Token abgelehnt. Speichern Sie ein gültiges Token im Schlüsselbund, oder setzen Sie MLC_MONDAY_TOKEN</translation>
    </message>
    <message>
        <source>The monday user behind the API token may not do this (%1). Give the user access to the board</source>
        <translation>Der monday-Benutzer hinter dem API-Token darf dies nicht tun (%1). Geben Sie dem Benutzer Zugriff auf das Board</translation>
    </message>
    <message>
        <source>HTTP 403</source>
        <translation>HTTP 403</translation>
    </message>
    <message>
        <source>monday&apos;s complexity budget for this minute is used up</source>
        <translation>Das Komplexitätsbudget von monday für diese Minute ist aufgebraucht</translation>
    </message>
    <message>
        <source>monday is still working on an earlier attempt of this write</source>
        <translation>monday bearbeitet noch einen früheren Versuch dieses Schreibvorgangs</translation>
    </message>
    <message>
        <source>monday asked the connector to slow down</source>
        <translation>monday hat den Connector aufgefordert, langsamer zu senden</translation>
    </message>
    <message>
        <source>The monday board is locked by another change (a column change or an automation)</source>
        <translation>Das monday-Board ist durch eine andere Änderung gesperrt (eine Spaltenänderung oder eine Automatisierung)</translation>
    </message>
    <message>
        <source>monday answered HTTP %1</source>
        <translation>monday hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>monday answered with a redirect (HTTP %1). Check the API URL in the profile</source>
        <translation>monday hat mit einer Weiterleitung geantwortet (HTTP %1). Prüfen Sie die API-URL im Profil</translation>
    </message>
    <message>
        <source>monday did not find what the request named (%1)</source>
        <translation>monday hat nicht gefunden, was die Anfrage angibt (%1)</translation>
    </message>
    <message>
        <source>monday refused the request with HTTP %1 (%2)</source>
        <translation>monday hat die Anfrage mit HTTP %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>monday&apos;s answer holds neither data nor errors</source>
        <translation>Die Antwort von monday enthält weder Daten noch Fehler</translation>
    </message>
    <message>
        <source>The monday page cursor expired (cursors last 60 minutes); reading starts over</source>
        <translation>Der Seiten-Cursor von monday ist abgelaufen (Cursor gelten 60 Minuten); das Lesen beginnt von vorn</translation>
    </message>
    <message>
        <source>The label does not exist in column %1. Add it to the column on the board, map the value to an existing label, or let the mapping create labels</source>
        <translation>Das Label ist in Spalte %1 nicht vorhanden. Fügen Sie es der Spalte auf dem Board hinzu, ordnen Sie den Wert einem vorhandenen Label zu, oder lassen Sie die Zuordnung Labels anlegen</translation>
    </message>
    <message>
        <source>monday refused the value for column %1: %2. Check the column&apos;s type and the mapped field</source>
        <translation>monday hat den Wert für Spalte %1 abgelehnt: %2. Prüfen Sie den Typ der Spalte und das zugeordnete Feld</translation>
    </message>
    <message>
        <source>Column %1 does not exist on the board, or the token&apos;s user cannot see it. Fix the column id in the mapping</source>
        <translation>Spalte %1 ist auf dem Board nicht vorhanden, oder der Benutzer des Tokens kann sie nicht sehen. Korrigieren Sie die Spalten-ID in der Zuordnung</translation>
    </message>
    <message>
        <source>monday did not find what the request named: %1</source>
        <translation>monday hat nicht gefunden, was die Anfrage angibt: %1</translation>
    </message>
    <message>
        <source>monday could not read the connector&apos;s request (%1). This is a bug in the connector; please report it</source>
        <translation>monday konnte die Anfrage des Connectors nicht lesen (%1). Dies ist ein Fehler im Connector; bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>monday refused the request: %1</source>
        <translation>monday hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>(monday did not say which)</source>
        <translation>(monday hat nicht angegeben, welche)</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
</context>
<context>
    <name>mlc::DeletionSweep</name>
    <message>
        <source>Could not read the ids of %1 to find deleted records: %2</source>
        <translation>Die IDs von %1 konnten nicht gelesen werden, um gelöschte Datensätze zu finden: %2</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Es wurde nichts entfernt</translation>
    </message>
    <message>
        <source>Nothing was removed from board %1: %2 of its %3 items are no longer among the %4 %5 Business Central returned. That looks like the wrong company or a missing permission rather than deletions; check the profile and the app&apos;s permissions in BC.</source>
        <translation>Vom Board %1 wurde nichts entfernt: %2 seiner %3 Elemente sind nicht mehr unter den %4 %5, die Business Central zurückgegeben hat. Das deutet eher auf ein falsches Unternehmen oder eine fehlende Berechtigung hin als auf Löschungen; prüfen Sie das Profil und die Berechtigungen der App in BC.</translation>
    </message>
</context>
<context>
    <name>mlc::DriftCheck</name>
    <message>
        <source>Could not read board %1 to compare it with what was written: %2</source>
        <translation>Das Board %1 konnte nicht gelesen werden, um es mit den geschriebenen Werten zu vergleichen: %2</translation>
    </message>
    <message>
        <source>Changed on the board by hand since it was written; Business Central&apos;s values are written back by the next pass.</source>
        <translation>Seit dem Schreiben von Hand auf dem Board geändert; die Werte aus Business Central werden beim nächsten Durchlauf zurückgeschrieben.</translation>
    </message>
    <message>
        <source>Its item is no longer on the board; the next pass creates it again.</source>
        <translation>Das zugehörige Element ist nicht mehr auf dem Board; der nächste Durchlauf legt es neu an.</translation>
    </message>
</context>
<context>
    <name>mlc::EntraTokenSource</name>
    <message>
        <source>an answer larger than %1 KB</source>
        <translation>eine Antwort größer als %1 KB</translation>
    </message>
    <message>
        <source>an answer without a Bearer access token and its lifetime</source>
        <translation>eine Antwort ohne Bearer-Zugriffstoken und dessen Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The client secret was rejected (%1). The secret entered looks like a Secret ID (a GUID): use the secret&apos;s Value from the app registration, not its Secret ID.</source>
        <translation>Das Clientgeheimnis wurde abgelehnt (%1). Das eingegebene Geheimnis sieht wie eine Geheimnis-ID (eine GUID) aus: Verwenden Sie den Wert des Geheimnisses aus der App-Registrierung, nicht seine Geheimnis-ID.</translation>
    </message>
</context>
<context>
    <name>mlc::MappingPoller</name>
    <message>
        <source>The item was already on the board with these values.</source>
        <translation>Das Element war bereits mit diesen Werten auf dem Board.</translation>
    </message>
</context>
<context>
    <name>mlc::MondayBoardScan</name>
    <message>
        <source>Board %1 was not found, or the monday.com token has no access to it.</source>
        <translation>Das Board %1 wurde nicht gefunden, oder das monday.com-Token hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>monday.com answered a page of board %1 without its items.</source>
        <translation>monday.com hat eine Seite des Boards %1 ohne dessen Elemente geliefert.</translation>
    </message>
</context>
<context>
    <name>mlc::MondayColumnError</name>
    <message>
        <source>Column &quot;%1&quot; (%2, %3): %4</source>
        <translation>Spalte &quot;%1&quot; (%2, %3): %4</translation>
    </message>
</context>
<context>
    <name>mlc::MondayConnectionCheck</name>
    <message>
        <source>Board %1 was not found, or the monday.com token cannot see it. Check the board id in the profile and that the token&apos;s user is a member of the board.</source>
        <translation>Das Board %1 wurde nicht gefunden, oder das monday.com-Token kann es nicht sehen. Prüfen Sie die Board-ID im Profil und ob der Benutzer des Tokens Mitglied des Boards ist.</translation>
    </message>
    <message>
        <source>Board %1 is %2 on monday.com.</source>
        <translation>Das Board %1 hat auf monday.com den Status %2.</translation>
    </message>
    <message>
        <source>The BC id column %1 is not on board %2. Add a text column with that id, or set bcIdColumn to an existing text column.</source>
        <translation>Die BC-ID-Spalte %1 ist auf Board %2 nicht vorhanden. Fügen Sie eine Textspalte mit dieser ID hinzu, oder setzen Sie bcIdColumn auf eine vorhandene Textspalte.</translation>
    </message>
    <message>
        <source>The BC id column %1 on board %2 is a %3 column; it must be a text column.</source>
        <translation>Die BC-ID-Spalte %1 auf Board %2 ist eine Spalte vom Typ %3; sie muss eine Textspalte sein.</translation>
    </message>
    <message>
        <source>Column %1 (for the field %2) is not on board %3.</source>
        <translation>Spalte %1 (für das Feld %2) ist auf Board %3 nicht vorhanden.</translation>
    </message>
    <message>
        <source>Column %1 on board %2 does not fit the field %3: %4.</source>
        <translation>Spalte %1 auf Board %2 passt nicht zum Feld %3: %4.</translation>
    </message>
    <message>
        <source>Column %1 on board %2 lacks the labels %3. Add them on the board, or map those BC values to labels it has.</source>
        <translation>In Spalte %1 auf Board %2 fehlen die Labels %3. Fügen Sie sie auf dem Board hinzu, oder ordnen Sie diese BC-Werte vorhandenen Labels zu.</translation>
    </message>
</context>
<context>
    <name>mlc::MondayItemLookup</name>
    <message>
        <source>monday.com answered the search of board %1 without its items.</source>
        <translation>monday.com hat die Suche im Board %1 ohne dessen Elemente beantwortet.</translation>
    </message>
</context>
<context>
    <name>mlc::MondayRequest</name>
    <message>
        <source>No monday API token is set. Store one in the keychain or set MLC_MONDAY_TOKEN</source>
        <translation>Es ist kein monday-API-Token festgelegt. Speichern Sie eines im Schlüsselbund, oder setzen Sie MLC_MONDAY_TOKEN</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>mehr als %1 MB</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>mlc::MondayWriteQueue</name>
    <message>
        <source>The monday.com complexity budget is used up until it resets.</source>
        <translation>Das Komplexitätsbudget von monday.com ist bis zum Zurücksetzen aufgebraucht.</translation>
    </message>
    <message numerus="yes">
        <source>Pacing writes to %n a minute.</source>
        <translation>
            <numerusform>Schreibvorgänge werden auf %n pro Minute gedrosselt.</numerusform>
            <numerusform>Schreibvorgänge werden auf %n pro Minute gedrosselt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::SyncEngine</name>
    <message>
        <source>The engine is not running.</source>
        <translation>Die Synchronisierung läuft nicht.</translation>
    </message>
</context>
<context>
    <name>mlc::SyncPass</name>
    <message>
        <source>Stopped before this mapping was done; the next pass goes on from here.</source>
        <translation>Vor Abschluss dieser Zuordnung angehalten; der nächste Durchlauf setzt hier fort.</translation>
    </message>
    <message>
        <source>Could not read board %1: %2</source>
        <translation>Das Board %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Board %1 was not found, or the monday.com token has no access to it.</source>
        <translation>Das Board %1 wurde nicht gefunden, oder das monday.com-Token hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>Could not read the items already on board %1: %2</source>
        <translation>Die bereits auf Board %1 vorhandenen Elemente konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mlc::TokenErrorDecoder</name>
    <message>
        <source>The Microsoft sign-in service is unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>Der Microsoft-Anmeldedienst ist nicht verfügbar (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>an HTTP %1 answer without an error description</source>
        <translation>eine HTTP-%1-Antwort ohne Fehlerbeschreibung</translation>
    </message>
    <message>
        <source>The sign-in service at %1 could not be reached (%2). Check the network connection, proxy and firewall.</source>
        <translation>Der Anmeldedienst unter %1 ist nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung, den Proxy und die Firewall.</translation>
    </message>
    <message>
        <source>The sign-in service sent %1 instead of a token response. Check that the token URL points to Microsoft Entra ID (https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/v2.0/token).</source>
        <translation>Der Anmeldedienst hat %1 statt einer Tokenantwort gesendet. Prüfen Sie, ob die Token-URL auf Microsoft Entra ID verweist (https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/v2.0/token).</translation>
    </message>
    <message>
        <source>The client secret has expired (AADSTS7000222). Create a new client secret in the app registration and enter its Value.</source>
        <translation>Das Clientgeheimnis ist abgelaufen (AADSTS7000222). Erstellen Sie in der App-Registrierung ein neues Clientgeheimnis, und geben Sie dessen Wert ein.</translation>
    </message>
    <message>
        <source>The token URL names no tenant (AADSTS9001023). Use the tenant ID or domain name, for example contoso.onmicrosoft.com, instead of common or consumers.</source>
        <translation>Die Token-URL nennt keinen Mandanten (AADSTS9001023). Verwenden Sie die Mandanten-ID oder den Domänennamen, zum Beispiel contoso.onmicrosoft.com, statt common oder consumers.</translation>
    </message>
    <message>
        <source>Business Central is not available to this app in the tenant (AADSTS500011). Grant admin consent for the Dynamics 365 Business Central API permission.</source>
        <translation>Business Central ist für diese App im Mandanten nicht verfügbar (AADSTS500011). Erteilen Sie die Administratoreinwilligung für die API-Berechtigung Dynamics 365 Business Central.</translation>
    </message>
    <message>
        <source>The client secret was rejected (%1). Use the secret&apos;s Value from the app registration, not its Secret ID, and check it has not expired.</source>
        <translation>Das Clientgeheimnis wurde abgelehnt (%1). Verwenden Sie den Wert des Geheimnisses aus der App-Registrierung, nicht seine Geheimnis-ID, und prüfen Sie, ob es abgelaufen ist.</translation>
    </message>
    <message>
        <source>No app with this client ID was found in the tenant (AADSTS700016). Check the Application (client) ID, and that the tenant is the one where the app is registered.</source>
        <translation>Im Mandanten wurde keine App mit dieser Client-ID gefunden (AADSTS700016). Prüfen Sie die Anwendungs-ID (Client) und ob es sich um den Mandanten handelt, in dem die App registriert ist.</translation>
    </message>
    <message>
        <source>The tenant was not found (AADSTS90002). Check the tenant ID or domain name, for example contoso.onmicrosoft.com.</source>
        <translation>Der Mandant wurde nicht gefunden (AADSTS90002). Prüfen Sie die Mandanten-ID oder den Domänennamen, zum Beispiel contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The requested scope was rejected (%1). The scope must be https://api.businesscentral.dynamics.com/.default.</source>
        <translation>Der angeforderte Bereich wurde abgelehnt (%1). Der Bereich muss https://api.businesscentral.dynamics.com/.default lauten.</translation>
    </message>
    <message>
        <source>The app registration is disabled (AADSTS7000112). Enable the app in Microsoft Entra ID (Enterprise applications, Enabled for users to sign in).</source>
        <translation>Die App-Registrierung ist deaktiviert (AADSTS7000112). Aktivieren Sie die App in Microsoft Entra ID (Unternehmensanwendungen, Aktiviert für die Benutzeranmeldung).</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the token request (%1). Check the app registration and its Business Central API permission.</source>
        <translation>Microsoft Entra ID hat die Tokenanforderung abgelehnt (%1). Prüfen Sie die App-Registrierung und ihre API-Berechtigung für Business Central.</translation>
    </message>
</context>
<context>
    <name>mlc::WebhookListener</name>
    <message>
        <source>TLS is not available on this system (no OpenSSL found), so the listener cannot serve HTTPS; install OpenSSL or let a reverse proxy terminate TLS.</source>
        <translation>TLS ist auf diesem System nicht verfügbar (kein OpenSSL gefunden), daher kann der Empfänger kein HTTPS bereitstellen; installieren Sie OpenSSL, oder lassen Sie TLS von einem Reverse Proxy terminieren.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 cannot be read as PEM.</source>
        <translation>Das TLS-Zertifikat %1 kann nicht als PEM gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be read: %2</source>
        <translation>Der TLS-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 is not an unencrypted RSA or EC key in PEM.</source>
        <translation>Der TLS-Schlüssel %1 ist kein unverschlüsselter RSA- oder EC-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>Cannot listen for Business Central&apos;s notifications on %1:%2; is the port in use?</source>
        <translation>Benachrichtigungen von Business Central können auf %1:%2 nicht empfangen werden; wird der Port bereits verwendet?</translation>
    </message>
</context>
<context>
    <name>mlc::WebhookSubscriber</name>
    <message>
        <source>the state database could not be written: %1</source>
        <translation>die Zustandsdatenbank konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Business Central does not send notifications for purchase orders</source>
        <translation>Business Central sendet keine Benachrichtigungen für Einkaufsbestellungen</translation>
    </message>
    <message>
        <source>the subscriptions could not be read: %1</source>
        <translation>die Abonnements konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Business Central does not offer notifications for this entity</source>
        <translation>Business Central bietet für diese Entität keine Benachrichtigungen an</translation>
    </message>
    <message>
        <source>Business Central did not accept the subscription: %1</source>
        <translation>Business Central hat das Abonnement nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the subscription expired or was deleted in Business Central; subscribing again</source>
        <translation>das Abonnement ist abgelaufen oder wurde in Business Central gelöscht; es wird neu abonniert</translation>
    </message>
    <message>
        <source>the renewal failed: %1</source>
        <translation>die Verlängerung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mlc::gui::AppSession</name>
    <message>
        <source>The demo cannot start</source>
        <translation>Die Demo kann nicht starten</translation>
    </message>
    <message>
        <source>ml-connector</source>
        <translation>ml-connector</translation>
    </message>
</context>
<context>
    <name>mlc::ui::AccountsPage</name>
    <message>
        <source>Checking where secrets can be kept…</source>
        <translation>Speicherort für Geheimnisse wird ermittelt…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant&apos;s GUID</source>
        <translation>contoso.onmicrosoft.com oder die GUID des Mandanten</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>The app registration&apos;s application (client) ID</source>
        <translation>Anwendungs-ID (Client) der App-Registrierung</translation>
    </message>
    <message>
        <source>Connect to list the companies</source>
        <translation>Verbinden, um die Unternehmen aufzulisten</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Tenant ID:</source>
        <translation>Mandanten-ID:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Clientgeheimnis:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>Business Central</source>
        <translation>Business Central</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>monday.com</source>
        <translation>monday.com</translation>
    </message>
    <message>
        <source>Sign-in authority:</source>
        <translation>Anmeldeautorität:</translation>
    </message>
    <message>
        <source>Business Central API:</source>
        <translation>Business-Central-API:</translation>
    </message>
    <message>
        <source>monday.com API:</source>
        <translation>monday.com-API:</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Endpoints (national clouds, a proxy, the sandbox)</source>
        <translation>Endpunkte (nationale Clouds, Proxy, Sandbox)</translation>
    </message>
    <message>
        <source>Secrets are kept in: %1.</source>
        <translation>Speicherort für Geheimnisse: %1.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1 Secrets can still come from the environment (MLC_BC_CLIENT_SECRET, MLC_MONDAY_TOKEN).</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1 Geheimnisse können weiterhin aus Umgebungsvariablen gelesen werden (MLC_BC_CLIENT_SECRET, MLC_MONDAY_TOKEN).</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie das %1 ein.</translation>
    </message>
    <message>
        <source>Enter the %1: none is stored yet.</source>
        <translation>Geben Sie das %1 ein: Es ist noch keines gespeichert.</translation>
    </message>
    <message>
        <source>Enter the tenant ID, the environment and the client ID.</source>
        <translation>Geben Sie die Mandanten-ID, die Umgebung und die Client-ID ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n company(ies) in this environment; choose the one to sync.</source>
        <translation>
            <numerusform>Verbunden. %n Unternehmen in dieser Umgebung; wählen Sie das zu synchronisierende aus.</numerusform>
            <numerusform>Verbunden. %n Unternehmen in dieser Umgebung; wählen Sie das zu synchronisierende aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Connected as %1 (%2) in the account %3.</source>
        <translation>Verbunden als %1 (%2) im Konto %3.</translation>
    </message>
    <message>
        <source>The secret could not be kept: no keychain can be written here.</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: Hier ist kein beschreibbarer Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The secret is kept in the keychain.</source>
        <translation>Das Geheimnis ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The secret could not be kept: %1</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Stored; type to replace it</source>
        <translation>Gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>mlc::ui::AuditCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>BC record</source>
        <translation>BC-Datensatz</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>mlc::ui::AuditPage</name>
    <message>
        <source>All entities</source>
        <translation>Alle Entitäten</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select an entry to see it in full: old and new values, request, error.</source>
        <translation>Wählen Sie einen Eintrag aus, um ihn vollständig anzuzeigen: alte und neue Werte, Anfrage, Fehler.</translation>
    </message>
    <message>
        <source>There is no audit trail yet: it starts with the engine&apos;s first sync.</source>
        <translation>Es gibt noch kein Audit-Protokoll: Es beginnt mit der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Replay selected</source>
        <translation>Auswahl erneut ausführen</translation>
    </message>
    <message>
        <source>Replay all failed</source>
        <translation>Alle fehlgeschlagenen erneut ausführen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Exporting… %1 entries written</source>
        <translation>Export läuft… %1 Einträge geschrieben</translation>
    </message>
    <message>
        <source>BC number or id, or monday item id</source>
        <translation>BC-Nummer oder -ID oder monday-Element-ID</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
</context>
<context>
    <name>mlc::ui::BoardPreviewModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>not from Business Central</source>
        <translation>nicht aus Business Central</translation>
    </message>
    <message>
        <source>Business Central id %1</source>
        <translation>Business-Central-ID %1</translation>
    </message>
    <message>
        <source>The connector last wrote: %1</source>
        <translation>Zuletzt vom Connector geschrieben: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Business Central record</source>
        <translation>Business-Central-Datensatz</translation>
    </message>
</context>
<context>
    <name>mlc::ui::BoardPreviewPage</name>
    <message>
        <source>Read the board</source>
        <translation>Board lesen</translation>
    </message>
    <message>
        <source>Choose a mapped board and read it.</source>
        <translation>Wählen Sie ein zugeordnetes Board aus, und lesen Sie es.</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>Board preview</source>
        <translation>Board-Vorschau</translation>
    </message>
    <message>
        <source>%1 → board %2</source>
        <translation>%1 → Board %2</translation>
    </message>
    <message>
        <source>No mapping yet: map an entity to a board on the Mapping page.</source>
        <translation>Noch keine Zuordnung: Ordnen Sie auf der Seite Zuordnung eine Entität einem Board zu.</translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>Board wird gelesen…</translation>
    </message>
    <message>
        <source>Board %1 was not found, or the token has no access to it.</source>
        <translation>Board %1 wurde nicht gefunden, oder das Token hat keinen Zugriff darauf.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n item(s).</source>
        <translation>
            <numerusform>&quot;%1&quot;: %n Element.</numerusform>
            <numerusform>&quot;%1&quot;: %n Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The board holds what the connector last wrote.</source>
        <translation>Das Board enthält, was der Connector zuletzt geschrieben hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted value(s) differ from what the connector last wrote; the next reconcile writes Business Central&apos;s values back.</source>
        <translation>
            <numerusform>%n hervorgehobener Wert weicht von dem ab, was der Connector zuletzt geschrieben hat; beim nächsten Abgleich werden die Werte aus Business Central zurückgeschrieben.</numerusform>
            <numerusform>%n hervorgehobene Werte weichen von dem ab, was der Connector zuletzt geschrieben hat; beim nächsten Abgleich werden die Werte aus Business Central zurückgeschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::ui::ColumnMappingModel</name>
    <message>
        <source>Drop the field on one of the board&apos;s columns.</source>
        <translation>Legen Sie das Feld auf einer der Spalten des Boards ab.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>&quot;%1&quot; ist kein Feld von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the Business Central id, which the connector writes itself.</source>
        <translation>&quot;%1&quot; enthält die Business-Central-ID, die der Connector selbst schreibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go into &quot;%2&quot;: %3</source>
        <translation>&quot;%1&quot; kann nicht in &quot;%2&quot; übernommen werden: %3</translation>
    </message>
    <message>
        <source>Business Central id</source>
        <translation>Business-Central-ID</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Column id: %1</source>
        <translation>Spalten-ID: %1</translation>
    </message>
    <message>
        <source>Board column</source>
        <translation>Board-Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mapped field</source>
        <translation>Zugeordnetes Feld</translation>
    </message>
</context>
<context>
    <name>mlc::ui::FieldListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
</context>
<context>
    <name>mlc::ui::FirstRunBanner</name>
    <message>
        <source>&lt;b&gt;This is sample data.&lt;/b&gt; A Business Central and a monday.com account run inside the app, and nothing leaves it. Watch items arrive on the Status and Board preview pages.</source>
        <translation>&lt;b&gt;Dies sind Beispieldaten.&lt;/b&gt; Ein Business-Central- und ein monday.com-Konto laufen innerhalb der App, und nichts verlässt sie. Auf den Seiten Status und Board-Vorschau sehen Sie, wie Elemente eintreffen.</translation>
    </message>
    <message>
        <source>Set up my own accounts</source>
        <translation>Eigene Konten einrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started:&lt;/b&gt; &lt;a href=&quot;accounts&quot;&gt;1. Accounts&lt;/a&gt;: connect Business Central and monday.com. &lt;a href=&quot;mapping&quot;&gt;2. Mapping&lt;/a&gt;: map an entity to a board and save. &lt;a href=&quot;status&quot;&gt;3. Status&lt;/a&gt;: watch it sync.</source>
        <translation>&lt;b&gt;Erste Schritte:&lt;/b&gt; &lt;a href=&quot;accounts&quot;&gt;1. Konten&lt;/a&gt;: Verbinden Sie Business Central und monday.com. &lt;a href=&quot;mapping&quot;&gt;2. Zuordnung&lt;/a&gt;: Ordnen Sie eine Entität einem Board zu, und speichern Sie. &lt;a href=&quot;status&quot;&gt;3. Status&lt;/a&gt;: Verfolgen Sie die Synchronisierung.</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
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
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Board preview</source>
        <translation>Board-Vorschau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
    <name>mlc::ui::MappingPage</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Load the boards to choose one</source>
        <translation>Laden Sie die Boards, um eines auszuwählen</translation>
    </message>
    <message>
        <source>Load boards</source>
        <translation>Boards laden</translation>
    </message>
    <message>
        <source>Business Central:</source>
        <translation>Business Central:</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>Business Central fields</source>
        <translation>Business-Central-Felder</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>Board-Spalten</translation>
    </message>
    <message>
        <source>Map the selected field to this column</source>
        <translation>Ausgewähltes Feld dieser Spalte zuordnen</translation>
    </message>
    <message>
        <source>Remove the mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>Map →</source>
        <translation>Zuordnen →</translation>
    </message>
    <message>
        <source>Map the selected field to the selected column (Ctrl+M)</source>
        <translation>Ausgewähltes Feld der ausgewählten Spalte zuordnen (Strg+M)</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <source>Drag a field onto a column, or select both and press Ctrl+M.</source>
        <translation>Ziehen Sie ein Feld auf eine Spalte, oder wählen Sie beide aus und drücken Sie Strg+M.</translation>
    </message>
    <message>
        <source>A text column where the connector keeps each item&apos;s Business Central id, so an item is never made twice. Add one on the board if there is none.</source>
        <translation>Eine Textspalte, in der der Connector die Business-Central-ID jedes Elements speichert, damit kein Element doppelt angelegt wird. Fügen Sie dem Board eine hinzu, falls keine vorhanden ist.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Archive the item</source>
        <translation>Element archivieren</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Element löschen</translation>
    </message>
    <message>
        <source>Keep the item</source>
        <translation>Element behalten</translation>
    </message>
    <message>
        <source>Item name:</source>
        <translation>Elementname:</translation>
    </message>
    <message>
        <source>Business Central id column:</source>
        <translation>Spalte für Business-Central-ID:</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Abfrage alle:</translation>
    </message>
    <message>
        <source>When a record is deleted:</source>
        <translation>Wenn ein Datensatz gelöscht wird:</translation>
    </message>
    <message>
        <source>Selected column links to:</source>
        <translation>Ausgewählte Spalte verknüpft mit:</translation>
    </message>
    <message>
        <source>Values of the selected status or dropdown column</source>
        <translation>Werte der ausgewählten Status- oder Dropdown-Spalte</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Auf dem Board</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Read every record and plan it against the board, writing nothing</source>
        <translation>Alle Datensätze lesen und mit dem Board abgleichen, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Preview of the sample record</source>
        <translation>Vorschau des Beispieldatensatzes</translation>
    </message>
    <message>
        <source>Loading the boards…</source>
        <translation>Boards werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n board(s) found.</source>
        <translation>
            <numerusform>%n Board gefunden.</numerusform>
            <numerusform>%n Boards gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No sample record could be read: %1</source>
        <translation>Es konnte kein Beispieldatensatz gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a field on the left and a column on the right first.</source>
        <translation>Wählen Sie zuerst links ein Feld und rechts eine Spalte aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now goes into &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; wird jetzt in &quot;%2&quot; übernommen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose a board; the preview shows one record from Business Central.</source>
        <translation>Wählen Sie ein Board aus; die Vorschau zeigt einen Datensatz aus Business Central.</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Elementname</translation>
    </message>
    <message>
        <source>Cannot be written</source>
        <translation>Kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Choose a board first.</source>
        <translation>Wählen Sie zuerst ein Board aus.</translation>
    </message>
    <message>
        <source>Reading every record and planning it against the board…</source>
        <translation>Alle Datensätze werden gelesen und mit dem Board abgeglichen…</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>Der Probelauf wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>This will create %1 and update %2.</source>
        <translation>Dabei werden %1 erstellt und %2 aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already match.</source>
        <translation>
            <numerusform>%n stimmt bereits überein.</numerusform>
            <numerusform>%n stimmen bereits überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be written: %1</source>
        <translation>
            <numerusform>%n kann nicht geschrieben werden: %1</numerusform>
            <numerusform>%n können nicht geschrieben werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The engine syncs with this mapping now.</source>
        <translation>Gespeichert. Die Synchronisierung verwendet jetzt diese Zuordnung.</translation>
    </message>
    <message>
        <source>There is no data folder to save to.</source>
        <translation>Es ist kein Datenordner zum Speichern vorhanden.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Add a text column &quot;BC id&quot; to the board for the connector to keep the id in</source>
        <translation>Dem Board eine Textspalte &quot;BC-ID&quot; hinzufügen, in der der Connector die ID ablegt</translation>
    </message>
    <message>
        <source>Create missing labels</source>
        <translation>Fehlende Labels anlegen</translation>
    </message>
    <message>
        <source>monday.com adds a label the column lacks with the first record that needs it. The token&apos;s user must be allowed to change the board.</source>
        <translation>monday.com legt ein Label, das der Spalte fehlt, mit dem ersten Datensatz an, der es braucht. Der Benutzer des Tokens muss das Board ändern dürfen.</translation>
    </message>
    <message>
        <source>Not on the board yet: %1. They are created with the first record that needs them.</source>
        <translation>Noch nicht auf dem Board: %1. Sie werden mit dem ersten Datensatz angelegt, der sie braucht.</translation>
    </message>
    <message>
        <source>Not on the board yet: %1. Choose labels the column has, add these on the board, or let the connector create them.</source>
        <translation>Noch nicht auf dem Board: %1. Wählen Sie Labels, die die Spalte hat, legen Sie diese auf dem Board an, oder lassen Sie sie vom Connector anlegen.</translation>
    </message>
    <message>
        <source>BC id</source>
        <translation>BC-ID</translation>
    </message>
    <message>
        <source>The column could not be created: %1</source>
        <translation>Die Spalte konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The board has a &quot;BC id&quot; column now; the connector keeps each item&apos;s id there.</source>
        <translation>Das Board hat jetzt eine Spalte &quot;BC-ID&quot;; der Connector legt dort die ID jedes Elements ab.</translation>
    </message>
</context>
<context>
    <name>mlc::ui::ProfileDraft</name>
    <message>
        <source>The profile cannot be saved yet: %1</source>
        <translation>Das Profil kann noch nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mlc::ui::SettingsPage</name>
    <message>
        <source>Closing the window keeps ml-connector syncing in the system tray</source>
        <translation>Nach dem Schließen des Fensters synchronisiert ml-connector im Infobereich weiter</translation>
    </message>
    <message>
        <source>Start minimised to the system tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Launch at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the window closes and starts as usual.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher wird das Fenster wie gewohnt geschlossen und geöffnet.</translation>
    </message>
    <message>
        <source>The new language applies when ml-connector starts next.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ml-connector.</translation>
    </message>
</context>
<context>
    <name>mlc::ui::StatusModel</name>
    <message>
        <source>Entity → board</source>
        <translation>Entität → Board</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Changes by</source>
        <translation>Änderungen per</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächste Abfrage</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1 of %2/min</source>
        <translation>%1 von %2/min</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Backing off until %1</source>
        <translation>Gedrosselt bis %1</translation>
    </message>
    <message>
        <source>Writes stopped</source>
        <translation>Schreiben gestoppt</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Webhook (until %1)</source>
        <translation>Webhook (bis %1)</translation>
    </message>
    <message>
        <source>Polling (subscribing…)</source>
        <translation>Abfrage (Abonnement wird eingerichtet…)</translation>
    </message>
    <message>
        <source>Polling (webhook failing)</source>
        <translation>Abfrage (Webhook gestört)</translation>
    </message>
    <message>
        <source>Failed writes can be replayed from the Audit page.</source>
        <translation>Fehlgeschlagene Schreibvorgänge können auf der Seite Protokoll erneut ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>mlc::ui::StatusPage</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Nothing is syncing yet. Connect both accounts and map a board; the mappings then appear here with their progress.</source>
        <translation>Noch wird nichts synchronisiert. Verbinden Sie beide Konten, und ordnen Sie ein Board zu; die Zuordnungen erscheinen dann hier mit ihrem Fortschritt.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation>Die Synchronisierung läuft nicht.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n mapping(s).</source>
        <translation>
            <numerusform>%n Zuordnung wird synchronisiert.</numerusform>
            <numerusform>%n Zuordnungen werden synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing, but: %1</source>
        <translation>Synchronisierung läuft, aber: %1</translation>
    </message>
    <message>
        <source>Paused: nothing is read or written until you resume.</source>
        <translation>Angehalten: Bis Sie fortsetzen, wird nichts gelesen oder geschrieben.</translation>
    </message>
    <message>
        <source>Stopping: the write on its way finishes, the rest waits for the next start.</source>
        <translation>Wird gestoppt: Der laufende Schreibvorgang wird abgeschlossen, der Rest wartet auf den nächsten Start.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Stopped by a problem: %1</source>
        <translation>Wegen eines Problems gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>mlc::ui::StoredProfileSession</name>
    <message>
        <source>The stored profile cannot run yet: the %1 could not be read (%2). Put it in the system keychain (service ml-connector) or set %3, then start ml-connector again.</source>
        <translation>Das gespeicherte Profil kann noch nicht ausgeführt werden: Das %1 konnte nicht gelesen werden (%2). Legen Sie es im Schlüsselbund des Systems ab (Dienst ml-connector), oder setzen Sie %3, und starten Sie ml-connector dann erneut.</translation>
    </message>
</context>
<context>
    <name>mlc::ui::SyncSettingsBox</name>
    <message>
        <source>Sync (kept in the profile, also used by ml-connector-cli)</source>
        <translation>Synchronisierung (im Profil gespeichert, wird auch von ml-connector-cli verwendet)</translation>
    </message>
    <message>
        <source>Receive Business Central&apos;s changes as they happen (webhooks)</source>
        <translation>Änderungen aus Business Central sofort empfangen (Webhooks)</translation>
    </message>
    <message>
        <source> writes a minute per board</source>
        <translation> Schreibvorgänge pro Minute je Board</translation>
    </message>
    <message>
        <source>monday.com allows about 40 changes a minute on one board before it slows a client down.</source>
        <translation>monday.com erlaubt etwa 40 Änderungen pro Minute auf einem Board, bevor ein Client gedrosselt wird.</translation>
    </message>
    <message>
        <source>https://connector.example.com/bc-webhook</source>
        <translation>https://connector.example.com/bc-webhook</translation>
    </message>
    <message>
        <source>The HTTPS address Business Central calls: a reverse proxy or tunnel in front of the listener.</source>
        <translation>Die HTTPS-Adresse, die Business Central aufruft: ein Reverse-Proxy oder Tunnel vor dem Empfänger.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Webhooks:</source>
        <translation>Webhooks:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Empfangen auf:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Öffentliche URL:</translation>
    </message>
    <message>
        <source>&quot;Listen on&quot; takes an address and a port, such as 127.0.0.1:8787.</source>
        <translation>&quot;Empfangen auf&quot; erwartet eine Adresse und einen Port, etwa 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Public URL: %1</source>
        <translation>Öffentliche URL: %1</translation>
    </message>
    <message>
        <source>There is no data folder to save to.</source>
        <translation>Es ist kein Datenordner zum Speichern vorhanden.</translation>
    </message>
    <message>
        <source>Saved. The engine runs with these settings now.</source>
        <translation>Gespeichert. Die Synchronisierung läuft jetzt mit diesen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>mlc::ui::TrayIcon</name>
    <message>
        <source>Open ml-connector</source>
        <translation>ml-connector öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>ml-connector: not syncing</source>
        <translation>ml-connector: keine Synchronisierung</translation>
    </message>
    <message>
        <source>ml-connector: up to date</source>
        <translation>ml-connector: auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>ml-connector: syncing</source>
        <translation>ml-connector: Synchronisierung läuft</translation>
    </message>
    <message>
        <source>ml-connector: paused</source>
        <translation>ml-connector: angehalten</translation>
    </message>
    <message>
        <source>ml-connector: needs attention (see Status and Audit)</source>
        <translation>ml-connector: Eingriff erforderlich (siehe Status und Protokoll)</translation>
    </message>
    <message>
        <source>Writes to monday.com failed</source>
        <translation>Schreibvorgänge bei monday.com fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) could not be made. The Audit page says why and can replay them.</source>
        <translation>
            <numerusform>%n Schreibvorgang konnte nicht ausgeführt werden. Die Seite Protokoll nennt den Grund und kann ihn erneut ausführen.</numerusform>
            <numerusform>%n Schreibvorgänge konnten nicht ausgeführt werden. Die Seite Protokoll nennt die Gründe und kann sie erneut ausführen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::ui::ValueMapModel</name>
    <message>
        <source>Not on the board</source>
        <translation>Nicht auf dem Board</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Auf dem Board</translation>
    </message>
    <message>
        <source>Sent by Business Central as &quot;%1&quot;</source>
        <translation>Von Business Central als &quot;%1&quot; gesendet</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has no label &quot;%2&quot;. Choose one it has (%3), or add the label on the board; until then these records cannot be written.</source>
        <translation>Die Spalte &quot;%1&quot; hat kein Label &quot;%2&quot;. Wählen Sie ein vorhandenes (%3), oder fügen Sie das Label auf dem Board hinzu; bis dahin können diese Datensätze nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Business Central value</source>
        <translation>Business-Central-Wert</translation>
    </message>
    <message>
        <source>Board label</source>
        <translation>Board-Label</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>mlc::ui::WritesChart</name>
    <message>
        <source>Writes per minute over the last hour</source>
        <translation>Schreibvorgänge pro Minute in der letzten Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) in the last hour</source>
        <translation>
            <numerusform>%n Schreibvorgang in der letzten Stunde</numerusform>
            <numerusform>%n Schreibvorgänge in der letzten Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes per minute, last hour (peak %1)</source>
        <translation>Schreibvorgänge pro Minute, letzte Stunde (Spitze %1)</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
</TS>
