<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/store/catalogue.py" line="92"/>
        <source>must list at least one action area</source>
        <translation>muss mindestens ein Handlungsfeld enthalten</translation>
    </message>
    <message>
        <location filename="../core/store/catalogue.py" line="100"/>
        <source>&apos;{code}&apos; must be lower-case letters, digits and _</source>
        <translation>'{code}' darf nur Kleinbuchstaben, Ziffern und _ enthalten</translation>
    </message>
    <message>
        <location filename="../core/store/catalogue.py" line="102"/>
        <source>&apos;{code}&apos; appears twice</source>
        <translation>'{code}' kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/store/catalogue.py" line="105"/>
        <source>must be a colour like #1f78b4</source>
        <translation>muss eine Farbe wie #1f78b4 sein</translation>
    </message>
    <message>
        <location filename="../core/store/catalogue.py" line="146"/>
        <source>names catalogue &apos;{named}&apos; but &apos;{given}&apos; was given</source>
        <translation>nennt den Katalog '{named}', angegeben wurde aber '{given}'</translation>
    </message>
    <message>
        <location filename="../core/store/catalogue.py" line="157"/>
        <source>&apos;{code}&apos; is not in catalogue &apos;{cat}&apos;</source>
        <translation>'{code}' steht nicht im Katalog '{cat}'</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="30"/>
        <source>{file}, key &apos;{key}&apos;</source>
        <translation>{file}, Schlüssel '{key}'</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="31"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="86"/>
        <source>{what}: no answer from {url} after {n} attempts ({reason}). Nothing was changed. Check the network connection or try again later.</source>
        <translation>{what}: keine Antwort von {url} nach {n} Versuchen ({reason}). Es wurde nichts geändert. Prüfen Sie die Netzwerkverbindung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="99"/>
        <source>{what}: the portal answered HTTP {status} ({phrase}) for {url}. Nothing was changed. {advice}</source>
        <translation>{what}: Das Portal antwortete mit HTTP {status} ({phrase}) für {url}. Es wurde nichts geändert. {advice}</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="134"/>
        <source>{what}: the answer from {url} is larger than {mb} MB; it was not read. Ask for smaller pages.</source>
        <translation>{what}: Die Antwort von {url} ist größer als {mb} MB und wurde nicht gelesen. Fordern Sie kleinere Seiten an.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="152"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="197"/>
        <source>Check the authentication configuration for this connection.</source>
        <translation>Prüfen Sie die Authentifizierungskonfiguration dieser Verbindung.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="199"/>
        <source>Check the address; the collection or layer may have been renamed.</source>
        <translation>Prüfen Sie die Adresse; die Sammlung (Collection) oder der Layer wurde vielleicht umbenannt.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="201"/>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="208"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="210"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="212"/>
        <source>connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="214"/>
        <source>the answer was cut off</source>
        <translation>die Antwort brach ab</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="215"/>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="11"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="32"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="11"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="12"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="12"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="21"/>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="25"/>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="29"/>
        <source>is not valid JSON (line {line}, column {col}: {msg})</source>
        <translation>ist kein gültiges JSON (Zeile {line}, Spalte {col}: {msg})</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="48"/>
        <source>unknown key; allowed are: {allowed}</source>
        <translation>unbekannter Schlüssel; erlaubt sind: {allowed}</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="302"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="57"/>
        <source>must be {kind}, not {actual}</source>
        <translation>muss {kind} sein, nicht {actual}</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="326"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="75"/>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>'{value}' ist keiner der Werte: {choices}</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="85"/>
        <source>the record is not a JSON object</source>
        <translation>der Datensatz ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="90"/>
        <source>the record&apos;s properties are not an object</source>
        <translation>die Eigenschaften des Datensatzes sind kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="95"/>
        <source>no id (field &apos;{field}&apos;)</source>
        <translation>keine ID (Feld '{field}')</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="97"/>
        <source>text that is not valid UTF-8</source>
        <translation>Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="137"/>
        <source>the citizen gave no location; placed inside the project area</source>
        <translation>ohne Ortsangabe; in das Projektgebiet gesetzt</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="141"/>
        <source>unknown category &apos;{value}&apos;</source>
        <translation>unbekannte Kategorie '{value}'</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="223"/>
        <source>text shortened from {n} characters</source>
        <translation>Text von {n} Zeichen gekürzt</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="233"/>
        <source>{field} &apos;{value}&apos; is not a date</source>
        <translation>{field} '{value}' ist kein Datum</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="63"/>
        <source>no location (no geometry)</source>
        <translation>kein Ort (keine Geometrie)</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="69"/>
        <source>no location (empty point)</source>
        <translation>kein Ort (leerer Punkt)</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="123"/>
        <source>coordinates are not numbers</source>
        <translation>Koordinaten sind keine Zahlen</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="182"/>
        <source>the {kind} geometry is empty or cannot be read</source>
        <translation>die {kind}-Geometrie ist leer oder nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="84"/>
        <source>a {kind} was placed at a point on it</source>
        <translation>ein {kind} wurde auf einen Punkt darin gesetzt</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="125"/>
        <source>coordinates are not finite numbers</source>
        <translation>Koordinaten sind keine endlichen Zahlen</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="91"/>
        <source>coordinates out of range for longitude/latitude ({x}, {y})</source>
        <translation>Koordinaten außerhalb des Bereichs für Länge/Breite ({x}, {y})</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="55"/>
        <source>coordinates cannot be transformed to {crs}</source>
        <translation>Koordinaten lassen sich nicht nach {crs} umrechnen</translation>
    </message>
    <message>
        <location filename="../core/sources/detect.py" line="19"/>
        <source>No source given: enter an OGC API collection URL, a WFS URL or a file.</source>
        <translation>Keine Quelle angegeben: Geben Sie die URL einer OGC-API-Collection, eine WFS-URL oder eine Datei an.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="102"/>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/sources/oapif.py" line="40"/>
        <source>Reading {url}</source>
        <translation>Lesen von {url}</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="40"/>
        <source>Downloading {url}</source>
        <translation>Herunterladen von {url}</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="44"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="139"/>
        <source>no coordinates</source>
        <translation>keine Koordinaten</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="145"/>
        <source>the WKT geometry cannot be read</source>
        <translation>die WKT-Geometrie ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/sources/geojson.py" line="31"/>
        <source>{what}: the portal sent a web page or XML instead of GeoJSON (is the address right, or is the portal down?). Nothing was changed.</source>
        <translation>{what}: Das Portal schickte eine Webseite oder XML statt GeoJSON (stimmt die Adresse, oder ist das Portal gestört?). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/geojson.py" line="42"/>
        <source>{what}: the answer is not valid JSON ({reason}). Nothing was changed.</source>
        <translation>{what}: Die Antwort ist kein gültiges JSON ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/geojson.py" line="47"/>
        <source>{what}: expected a GeoJSON object, got something else. Nothing was changed.</source>
        <translation>{what}: Erwartet wurde ein GeoJSON-Objekt, gekommen ist etwas anderes. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/geojson.py" line="64"/>
        <source>{what}: the answer is not a GeoJSON FeatureCollection. Nothing was changed.</source>
        <translation>{what}: Die Antwort ist keine GeoJSON-FeatureCollection. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/oapif.py" line="46"/>
        <source>Reading the collections of {url}</source>
        <translation>Lesen der Collections von {url}</translation>
    </message>
    <message>
        <location filename="../core/sources/oapif.py" line="54"/>
        <source>{url} offers {n} collections ({ids}); give the address of the one to pull, e.g. …/collections/{first}.</source>
        <translation>{url} bietet {n} Collections an ({ids}); geben Sie die Adresse der gewünschten an, z. B. …/collections/{first}.</translation>
    </message>
    <message>
        <location filename="../core/sources/oapif.py" line="100"/>
        <source>Page {n} of {url}</source>
        <translation>Seite {n} von {url}</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="50"/>
        <source>Reading the WFS capabilities of {url}</source>
        <translation>Lesen der WFS-Capabilities von {url}</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="56"/>
        <source>{what}: the answer is not XML.</source>
        <translation>{what}: Die Antwort ist kein XML.</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="62"/>
        <source>{url} does not answer as a WFS (tried version {v}).</source>
        <translation>{url} antwortet nicht als WFS (versucht: Version {v}).</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="74"/>
        <source>The WFS at {url} offers {n} layers ({names}); add typename=… to the address.</source>
        <translation>Der WFS unter {url} bietet {n} Ebenen an ({names}); ergänzen Sie typename=… in der Adresse.</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="79"/>
        <source>The WFS at {url} has no layer &apos;{name}&apos;; it offers: {names}.</source>
        <translation>Der WFS unter {url} hat keine Ebene '{name}'; angeboten werden: {names}.</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="143"/>
        <source>Page {n} of the WFS layer {name}</source>
        <translation>Seite {n} der WFS-Ebene {name}</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="163"/>
        <source>{what}: the WFS answered with an error: {text}</source>
        <translation>{what}: Der WFS antwortete mit einem Fehler: {text}</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="203"/>
        <source>{what}: the GML answer could not be read ({reason}).</source>
        <translation>{what}: Die GML-Antwort konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="209"/>
        <source>no such profile; built-in profiles are: {names}</source>
        <translation>dieses Profil gibt es nicht; mitgelieferte Profile: {names}</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="330"/>
        <source>give both &apos;lon&apos; and &apos;lat&apos;, or &apos;wkt&apos;</source>
        <translation>geben Sie 'lon' und 'lat' oder 'wkt' an</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="51"/>
        <source>The authentication configuration '{id}' does not exist in this QGIS profile. Choose one under Settings › Options › Authentication.</source>
        <translation>Die Authentifizierungskonfiguration '{id}' gibt es in diesem QGIS-Profil nicht. Wählen Sie eine unter Einstellungen › Optionen › Authentifizierung.</translation>
    </message>
    <message>
        <location filename="../core/sources/qgis_network.py" line="72"/>
        <source>The authentication configuration &apos;{id}&apos; could not be applied (is the master password set?).</source>
        <translation>Die Authentifizierungskonfiguration '{id}' konnte nicht angewendet werden (ist das Master-Passwort gesetzt?).</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="40"/>
        <source>{path} already exists; open it instead of creating it.</source>
        <translation>{path} existiert bereits; öffnen Sie die Datei, statt sie neu anzulegen.</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="670"/>
        <source>&apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation>'{crs}' ist kein Koordinatenbezugssystem, das QGIS kennt.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="50"/>
        <source>Cannot create the GeoPackage {path}.</source>
        <translation>Das GeoPackage {path} kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="69"/>
        <source>Cannot create the GeoPackage {path}: {reason}</source>
        <translation>Das GeoPackage {path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="105"/>
        <source>{path} was written by a newer Stadtdialog (schema {found}, this one knows {known}). Update the plugin.</source>
        <translation>{path} wurde von einem neueren Stadtdialog geschrieben (Schema {found}, dieses kennt {known}). Aktualisieren Sie das Plugin.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="118"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="128"/>
        <source>{path} is not a Stadtdialog GeoPackage.</source>
        <translation>{path} ist kein Stadtdialog-GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="132"/>
        <source>{path} has no schema version; it is not a Stadtdialog GeoPackage.</source>
        <translation>{path} hat keine Schemaversion; es ist kein Stadtdialog-GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="271"/>
        <source>{path} is busy: another program is writing to it. Nothing was changed; save or close the edits there and try again.</source>
        <translation>{path} ist belegt: Ein anderes Programm schreibt gerade hinein. Es wurde nichts geändert; speichern oder schließen Sie die Bearbeitung dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="274"/>
        <source>Writing to {path} failed: {reason}. Nothing was changed.</source>
        <translation>Schreiben in {path} fehlgeschlagen: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="340"/>
        <source>Cannot open {path} for writing.</source>
        <translation>{path} kann nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/store/gpkg_store.py" line="350"/>
        <source>Updating {path} to schema {version} failed: {reason}. The file was left at schema {old}.</source>
        <translation>Die Aktualisierung von {path} auf Schema {version} ist fehlgeschlagen: {reason}. Die Datei bleibt bei Schema {old}.</translation>
    </message>
    <message>
        <location filename="../core/review/styles.py" line="104"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../core/review/styles.py" line="105"/>
        <source>By action area</source>
        <translation>Nach Handlungsfeld</translation>
    </message>
    <message>
        <location filename="../core/review/styles.py" line="106"/>
        <source>By review status</source>
        <translation>Nach Bearbeitungsstand</translation>
    </message>
    <message>
        <location filename="../core/review/styles.py" line="108"/>
        <source>Heatmap of all submissions</source>
        <translation>Heatmap aller Beiträge</translation>
    </message>
    <message>
        <location filename="../core/review/styles.py" line="138"/>
        <source>Cannot open the submissions layer in {path}.</source>
        <translation>Die Beitragsebene in {path} kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/review/styles.py" line="145"/>
        <source>Saving the style &apos;{name}&apos; into {path} failed: {reason}</source>
        <translation>Speichern des Stils '{name}' in {path} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="40"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {withdrawn} withdrawn, {quarantined} quarantined</source>
        <translation>{new} neu, {updated} aktualisiert, {unchanged} unverändert, {withdrawn} zurückgezogen, {quarantined} in Quarantäne</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="120"/>
        <source>duplicate id &apos;{id}&apos; within this pull; the first one was kept</source>
        <translation>doppelte ID '{id}' in diesem Abruf; die erste wurde behalten</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="152"/>
        <source>Page {n}: {count} records read</source>
        <translation>Seite {n}: {count} Datensätze gelesen</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="194"/>
        <source>The portal listed no submissions at all; {n} stored submissions were kept as they are instead of being marked withdrawn.</source>
        <translation>Das Portal lieferte gar keine Beiträge; {n} gespeicherte Beiträge blieben unverändert, statt als zurückgezogen markiert zu werden.</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="222"/>
        <source>The pull was cancelled; the GeoPackage was left as it was.</source>
        <translation>Der Abruf wurde abgebrochen; das GeoPackage blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="46"/>
        <source>Connect and pull…</source>
        <translation>Verbinden und abrufen…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="53"/>
        <source>Open quarantine…</source>
        <translation>Quarantäne öffnen…</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>Stadtdialog – citizen participation</source>
        <translation>Stadtdialog – Bürgerbeteiligung</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="26"/>
        <source>Pull submissions from a portal</source>
        <translation>Beiträge aus einem Portal abrufen</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="29"/>
        <source>Pulls citizens' submissions from an OGC API – Features collection, a WFS layer (URL with typename) or a GeoJSON/CSV file or URL into a GeoPackage, through a field-mapping profile. New submissions are added, changed ones updated, missing ones marked withdrawn; reviewers' fields are never touched. Records that cannot be imported go to the 'quarantine' table with their reason. On any error the GeoPackage stays as it was.</source>
        <translation>Ruft Bürgerbeiträge aus einer OGC-API-Features-Collection, einer WFS-Ebene (URL mit typename) oder einer GeoJSON/CSV-Datei bzw. -URL über ein Feldzuordnungsprofil in ein GeoPackage ab. Neue Beiträge werden ergänzt, geänderte aktualisiert, fehlende als zurückgezogen markiert; die Felder der Prüfenden bleiben unberührt. Datensätze, die nicht übernommen werden können, landen mit Begründung in der Tabelle 'quarantine'. Bei jedem Fehler bleibt das GeoPackage unverändert.</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="36"/>
        <source>Source (URL or file)</source>
        <translation>Quelle (URL oder Datei)</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="37"/>
        <source>Field-mapping profile (name or JSON file)</source>
        <translation>Feldzuordnungsprofil (Name oder JSON-Datei)</translation>
    </message>
    <message>
        <location filename="../processing/push.py" line="33"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="44"/>
        <source>Only within bbox (minx,miny,maxx,maxy)</source>
        <translation>Nur innerhalb der BBox (minx,miny,maxx,maxy)</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="46"/>
        <source>Only within date/time interval</source>
        <translation>Nur im Zeitraum</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="48"/>
        <source>Keep personal data (names, e-mail)</source>
        <translation>Personenbezogene Daten behalten (Namen, E-Mail)</translation>
    </message>
    <message>
        <location filename="../core/publish/map_image.py" line="52"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="95"/>
        <source>The map image {path} could not be written.</source>
        <translation>Das Kartenbild {path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/pull/pull_task.py" line="16"/>
        <source>Stadtdialog: pulling {name}</source>
        <translation>Stadtdialog: Abruf von {name}</translation>
    </message>
    <message>
        <location filename="../core/pull/pull_task.py" line="33"/>
        <source>Unexpected error while pulling: {error}. Nothing was changed.</source>
        <translation>Unerwarteter Fehler beim Abruf: {error}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="34"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="34"/>
        <source>OGC API – Features</source>
        <translation>OGC API – Features</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="34"/>
        <source>WFS</source>
        <translation>WFS</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="43"/>
        <source>Stadtdialog – connect and pull</source>
        <translation>Stadtdialog – verbinden und abrufen</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="48"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="54"/>
        <source>e.g. Integration findet Stadt 2018</source>
        <translation>z. B. Integration findet Stadt 2018</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="59"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="105"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="84"/>
        <source>Keep personal data (names, e-mail) in the GeoPackage</source>
        <translation>Personenbezogene Daten (Namen, E-Mail) im GeoPackage behalten</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="85"/>
        <source>Off by default: personal data named in the profile is not stored.</source>
        <translation>Standardmäßig aus: Im Profil genannte personenbezogene Daten werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="89"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="89"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="89"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="101"/>
        <source>&amp;Pull</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="119"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="150"/>
        <source>Portal export</source>
        <translation>Portal-Export</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="198"/>
        <source>Enter the portal address or choose a file.</source>
        <translation>Geben Sie die Portaladresse ein oder wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="161"/>
        <source>Stadtdialog</source>
        <translation>Stadtdialog</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="105"/>
        <source>Stadtdialog GeoPackage</source>
        <translation>Stadtdialog-GeoPackage</translation>
    </message>
    <message>
        <location filename="../dialogs/summary.py" line="11"/>
        <source>Pulled {name}</source>
        <translation>{name} abgerufen</translation>
    </message>
    <message>
        <location filename="../dialogs/summary.py" line="10"/>
        <source>Open quarantine</source>
        <translation>Quarantäne öffnen</translation>
    </message>
    <message>
        <location filename="../core/review/classify.py" line="53"/>
        <source>Stadtdialog: classify {n} submissions</source>
        <translation>Stadtdialog: {n} Beiträge zuordnen</translation>
    </message>
    <message>
        <location filename="../core/review/classify.py" line="63"/>
        <source>Writing to {layer} failed: {errors}. Nothing was changed.</source>
        <translation>Schreiben in {layer} fehlgeschlagen: {errors}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/review/classify.py" line="84"/>
        <source>Unknown action area(s): {codes}. The catalogue has: {known}.</source>
        <translation>Unbekannte(s) Handlungsfeld(er): {codes}. Der Katalog enthält: {known}.</translation>
    </message>
    <message>
        <location filename="../core/review/classify.py" line="87"/>
        <source>Unknown review status &apos;{status}&apos;; use one of: {all}.</source>
        <translation>Unbekannter Bearbeitungsstand '{status}'; möglich sind: {all}.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="586"/>
        <source>&apos;classified&apos; needs at least one action area.</source>
        <translation>„zugeordnet“ braucht mindestens ein Handlungsfeld.</translation>
    </message>
    <message>
        <location filename="../core/review/classify.py" line="173"/>
        <source>The expression cannot be read: {error}</source>
        <translation>Der Ausdruck ist nicht lesbar: {error}</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="25"/>
        <source>Stadtdialog – likely duplicates</source>
        <translation>Stadtdialog – wahrscheinliche Duplikate</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="37"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="39"/>
        <source>At most this far apart</source>
        <translation>Höchstens so weit entfernt</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="40"/>
        <source>At least this similar (share of words)</source>
        <translation>Mindestens so ähnlich (Anteil gemeinsamer Wörter)</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="48"/>
        <source>&amp;Left is the duplicate</source>
        <translation>&amp;Links ist das Duplikat</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="49"/>
        <source>&amp;Right is the duplicate</source>
        <translation>&amp;Rechts ist das Duplikat</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="50"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Kein Duplikat</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="84"/>
        <source>No (more) likely duplicates.</source>
        <translation>Keine (weiteren) wahrscheinlichen Duplikate.</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="89"/>
        <source>Pair {n} of {total}: {distance:.0f} m apart, {share:.0%} of words in common</source>
        <translation>Paar {n} von {total}: {distance:.0f} m entfernt, {share:.0%} gemeinsame Wörter</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="93"/>
        <source>Stadtdialog review</source>
        <translation>Stadtdialog-Prüfung</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="154"/>
        <source>Planner&apos;s note (E to edit, Esc to return)</source>
        <translation>Notiz der Planung (E bearbeiten, Esc zurück)</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="156"/>
        <source>Previous (B)</source>
        <translation>Zurück (B)</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="157"/>
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="158"/>
        <source>Save and next (N)</source>
        <translation>Speichern und weiter (N)</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="240"/>
        <source>Add a Stadtdialog layer (Connect and pull…) to start reviewing.</source>
        <translation>Fügen Sie eine Stadtdialog-Ebene hinzu (Verbinden und abrufen…), um mit der Prüfung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="255"/>
        <source>All statuses</source>
        <translation>Alle Stände</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="255"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="255"/>
        <source>Any suggestion</source>
        <translation>Beliebiger Vorschlag</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="337"/>
        <source>Nothing left to review here.</source>
        <translation>Hier ist nichts mehr zu prüfen.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="342"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="444"/>
        <source>Suggested: {areas} (A to accept)</source>
        <translation>Vorschlag: {areas} (A übernimmt)</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="444"/>
        <source>No suggestion.</source>
        <translation>Kein Vorschlag.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="464"/>
        <source>Status: {status} · priority: {priority}</source>
        <translation>Stand: {status} · Priorität: {priority}</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="480"/>
        <source>{done} of {total} reviewed</source>
        <translation>{done} von {total} geprüft</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="531"/>
        <source>Action areas</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="540"/>
        <source>Accept suggestions</source>
        <translation>Vorschläge übernehmen</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="47"/>
        <source>Review status</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="569"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="574"/>
        <source>Planner&apos;s note</source>
        <translation>Notiz der Planung</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="591"/>
        <source>Could not save (the file may be busy); your changes are kept in the edit buffer. {errors}</source>
        <translation>Speichern nicht möglich (die Datei ist vielleicht belegt); Ihre Änderungen bleiben im Bearbeitungspuffer erhalten. {errors}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="48"/>
        <source>Review panel</source>
        <translation>Prüfbereich</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="52"/>
        <source>Find duplicates…</source>
        <translation>Duplikate finden…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="161"/>
        <source>Add a Stadtdialog layer first (Connect and pull…).</source>
        <translation>Fügen Sie zuerst eine Stadtdialog-Ebene hinzu (Verbinden und abrufen…).</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="24"/>
        <source>INPUT must be the submissions layer of a Stadtdialog GeoPackage.</source>
        <translation>INPUT muss die Beitragsebene eines Stadtdialog-GeoPackages sein.</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="32"/>
        <source>Classify submissions</source>
        <translation>Beiträge zuordnen</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="35"/>
        <source>Sets the action areas and review status (and optionally a planner note) of every submission that matches the expression. Each change is recorded in the audit log.</source>
        <translation>Setzt Handlungsfelder und Bearbeitungsstand (und wahlweise eine Notiz der Planung) für jeden Beitrag, auf den der Ausdruck zutrifft. Jede Änderung wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="76"/>
        <source>Submissions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="42"/>
        <source>Submissions to classify</source>
        <translation>Zuzuordnende Beiträge</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="44"/>
        <source>Action areas (comma-separated codes)</source>
        <translation>Handlungsfelder (Codes, durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="49"/>
        <source>Planner note</source>
        <translation>Notiz der Planung</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="50"/>
        <source>Classified</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="59"/>
        <source>{n} submissions classified.</source>
        <translation>{n} Beiträge zugeordnet.</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="67"/>
        <source>Suggest action areas</source>
        <translation>Handlungsfelder vorschlagen</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="79"/>
        <source>Catalogue (name or JSON file)</source>
        <translation>Katalog (Name oder JSON-Datei)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="81"/>
        <source>Also for submissions already reviewed</source>
        <translation>Auch für bereits geprüfte Beiträge</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="83"/>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../dialogs/classify_dialog.py" line="28"/>
        <source>Stadtdialog – classify several submissions</source>
        <translation>Stadtdialog – mehrere Beiträge zuordnen</translation>
    </message>
    <message>
        <location filename="../dialogs/classify_dialog.py" line="31"/>
        <source>The {n} selected submissions</source>
        <translation>Die {n} ausgewählten Beiträge</translation>
    </message>
    <message>
        <location filename="../dialogs/classify_dialog.py" line="33"/>
        <source>All submissions matching</source>
        <translation>Alle Beiträge, auf die zutrifft</translation>
    </message>
    <message>
        <location filename="../dialogs/classify_dialog.py" line="62"/>
        <source>&amp;Classify</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <location filename="../dialogs/classify_dialog.py" line="87"/>
        <source>{n} submissions classified; save the layer&apos;s edits to keep them, or undo.</source>
        <translation>{n} Beiträge zugeordnet; speichern Sie die Bearbeitung der Ebene, um sie zu behalten, oder machen Sie sie rückgängig.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="272"/>
        <source>All districts</source>
        <translation>Alle Stadtteile</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="51"/>
        <source>Classify several…</source>
        <translation>Mehrere zuordnen…</translation>
    </message>
    <message>
        <location filename="../core/writeback/writers.py" line="88"/>
        <source>Writing {n} submissions back (WFS-T)</source>
        <translation>Zurückschreiben von {n} Beiträgen (WFS-T)</translation>
    </message>
    <message>
        <location filename="../core/writeback/writers.py" line="95"/>
        <source>The WFS-T transaction was not applied as a whole ({done} of {n} updated): {text}</source>
        <translation>Die WFS-T-Transaktion wurde nicht vollständig ausgeführt ({done} von {n} aktualisiert): {text}</translation>
    </message>
    <message>
        <location filename="../core/writeback/writers.py" line="152"/>
        <source>Reading {id} on the portal</source>
        <translation>Lesen von {id} im Portal</translation>
    </message>
    <message>
        <location filename="../core/writeback/writers.py" line="187"/>
        <source>Writing {id} back</source>
        <translation>Zurückschreiben von {id}</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="59"/>
        <source>The profile &apos;{name}&apos; names no portal fields to write back to (its &apos;writeback&apos; section is empty); export the layer instead.</source>
        <translation>Das Profil '{name}' nennt keine Portalfelder zum Zurückschreiben (der Abschnitt 'writeback' ist leer); exportieren Sie die Ebene stattdessen.</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="128"/>
        <source>{source} is a file; files cannot be written back. Use the export instead.</source>
        <translation>{source} ist eine Datei; in Dateien wird nicht zurückgeschrieben. Nutzen Sie den Export.</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="75"/>
        <source>The push was cancelled; what was written so far is marked, the rest is still pending and will be written next time.</source>
        <translation>Das Zurückschreiben wurde abgebrochen; was bereits geschrieben ist, ist markiert, der Rest steht noch aus und wird beim nächsten Mal geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing/push.py" line="20"/>
        <source>Write back to the portal</source>
        <translation>Ins Portal zurückschreiben</translation>
    </message>
    <message>
        <location filename="../processing/push.py" line="31"/>
        <source>Portal address (default: where it was pulled from)</source>
        <translation>Portaladresse (Standard: Herkunft des Abrufs)</translation>
    </message>
    <message>
        <location filename="../processing/push.py" line="34"/>
        <source>Only list what would be written</source>
        <translation>Nur auflisten, was geschrieben würde</translation>
    </message>
    <message>
        <location filename="../processing/push.py" line="46"/>
        <source>would write {id}</source>
        <translation>würde {id} schreiben</translation>
    </message>
    <message>
        <location filename="../processing/push.py" line="48"/>
        <source>conflict: {id} was changed on the portal since the pull; not written</source>
        <translation>Konflikt: {id} wurde seit dem Abruf im Portal geändert; nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../core/publish/export.py" line="42"/>
        <source>Cannot export to &apos;{name}&apos;: use a file ending in .gpkg, .geojson or .csv.</source>
        <translation>Export nach „{name}“ nicht möglich: Bitte eine Datei mit der Endung .gpkg, .geojson oder .csv wählen.</translation>
    </message>
    <message>
        <location filename="../core/publish/export.py" line="46"/>
        <source>The export would overwrite the GeoPackage it reads from; choose another file.</source>
        <translation>Der Export würde das GeoPackage überschreiben, aus dem er liest; bitte eine andere Datei wählen.</translation>
    </message>
    <message>
        <location filename="../core/publish/export.py" line="151"/>
        <source>Could not create {path}.</source>
        <translation>{path} konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/publish/export.py" line="199"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="81"/>
        <source>{what}: the connection to {url} broke after the request was sent ({reason}); it may or may not have been applied. The next run checks the portal first.</source>
        <translation>{what}: Die Verbindung zu {url} brach nach dem Senden ab ({reason}); ob die Änderung angekommen ist, ist offen. Der nächste Lauf prüft zuerst das Portal.</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="133"/>
        <source>Reading the current state of {n} submissions on the portal</source>
        <translation>Aktueller Stand von {n} Beiträgen im Portal wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/writeback/writers.py" line="210"/>
        <source>Looking for the annotation of {id}</source>
        <translation>Anmerkung zu {id} wird gesucht</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="112"/>
        <source>{n} changed submissions to write back to {target}</source>
        <translation>{n} geänderte Beiträge zum Zurückschreiben nach {target}</translation>
    </message>
    <message>
        <location filename="../core/publish/report.py" line="25"/>
        <source>Cannot write a report to &apos;{name}&apos;: use a file ending in .pdf or .html.</source>
        <translation>Bericht nach „{name}“ nicht möglich: Bitte eine Datei mit der Endung .pdf oder .html wählen.</translation>
    </message>
    <message>
        <location filename="../core/publish/report.py" line="29"/>
        <source>Counting the submissions</source>
        <translation>Beiträge werden gezählt</translation>
    </message>
    <message>
        <location filename="../core/publish/report_data.py" line="61"/>
        <source>no action area yet</source>
        <translation>noch kein Handlungsfeld</translation>
    </message>
    <message>
        <location filename="../core/publish/report_data.py" line="160"/>
        <source>The district layer {name} is not a readable polygon layer.</source>
        <translation>Der Stadtteil-Layer {name} ist kein lesbarer Polygon-Layer.</translation>
    </message>
    <message>
        <location filename="../core/publish/report_html.py" line="33"/>
        <source>Map of the submissions by action area</source>
        <translation>Karte der Beiträge nach Handlungsfeld</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="243"/>
        <source>Submissions by action area and category</source>
        <translation>Beiträge nach Handlungsfeld und Kategorie</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="346"/>
        <source>Action area</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="280"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="247"/>
        <source>All submissions</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="249"/>
        <source>Submissions by action area and review status</source>
        <translation>Beiträge nach Handlungsfeld und Bearbeitungsstand</translation>
    </message>
    <message>
        <location filename="../core/publish/report_html.py" line="45"/>
        <source>Submissions per action area</source>
        <translation>Beiträge je Handlungsfeld</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="279"/>
        <source>By district</source>
        <translation>Nach Stadtteil</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="36"/>
        <source>District</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="343"/>
        <source>The catalogue of action areas: {title}</source>
        <translation>Der Katalog der Handlungsfelder: {title}</translation>
    </message>
    <message>
        <location filename="../core/publish/report_html.py" line="73"/>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="346"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="347"/>
        <source>Provenance: {text}</source>
        <translation>Herkunft: {text}</translation>
    </message>
    <message>
        <location filename="../core/publish/report_html.py" line="76"/>
        <source>The submissions</source>
        <translation>Die Beiträge</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="72"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="33"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="57"/>
        <source>Cannot open the submissions in {path}.</source>
        <translation>Die Beiträge in {path} lassen sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="88"/>
        <source>The report {path} could not be written.</source>
        <translation>Der Bericht {path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="254"/>
        <source>A submission with several action areas counts once in each of them. Withdrawn submissions ({n}) are not counted.</source>
        <translation>Ein Beitrag mit mehreren Handlungsfeldern zählt in jedem davon einmal. Zurückgezogene Beiträge ({n}) sind nicht mitgezählt.</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="284"/>
        <source>outside all districts</source>
        <translation>außerhalb aller Stadtteile</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="55"/>
        <source>Write back…</source>
        <translation>Zurückschreiben…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="56"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57"/>
        <source>Report for the council…</source>
        <translation>Bericht für den Stadtrat…</translation>
    </message>
    <message>
        <location filename="../processing/export.py" line="17"/>
        <source>Export submissions</source>
        <translation>Beiträge exportieren</translation>
    </message>
    <message>
        <location filename="../processing/export.py" line="20"/>
        <source>Writes the submissions with the reviewers&apos; decisions to a GeoPackage, GeoJSON or CSV file (the format follows the file extension). Action areas are written as codes and as labels. Personal data is left out unless you ask for it. In CSV files, cells that a spreadsheet would run as a formula get a leading apostrophe.</source>
        <translation>Schreibt die Beiträge mit den Entscheidungen der Prüfenden in eine GeoPackage-, GeoJSON- oder CSV-Datei (das Format ergibt sich aus der Dateiendung). Handlungsfelder werden als Kürzel und als Bezeichnung geschrieben. Personenbezogene Daten bleiben draußen, außer Sie verlangen sie. In CSV-Dateien bekommen Zellen, die eine Tabellenkalkulation als Formel ausführen würde, ein führendes Apostroph.</translation>
    </message>
    <message>
        <location filename="../processing/export.py" line="27"/>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <location filename="../processing/export.py" line="29"/>
        <source>Include personal data</source>
        <translation>Personenbezogene Daten einschließen</translation>
    </message>
    <message>
        <location filename="../processing/export.py" line="31"/>
        <source>Exported submissions</source>
        <translation>Exportierte Beiträge</translation>
    </message>
    <message>
        <location filename="../processing/export.py" line="37"/>
        <source>{n} submissions exported to {path}</source>
        <translation>{n} Beiträge nach {path} exportiert</translation>
    </message>
    <message>
        <location filename="../processing/push.py" line="23"/>
        <source>Writes the reviewers' decisions (the profile's writeback fields) back to where the submissions were pulled from: WFS-T Update in batches, OGC API – Features PUT, or POST into the annotations collection the profile names. A submission changed on the portal since the pull is a conflict: it is not written, it is marked and listed. A push that was interrupted can be run again: it writes what is still pending, nothing twice.</source>
        <translation>Schreibt die Entscheidungen der Prüfenden (die writeback-Felder des Profils) dorthin zurück, woher die Beiträge abgerufen wurden: WFS-T-Update in Stapeln, OGC API – Features PUT oder POST in die Anmerkungs-Collection, die das Profil nennt. Ein Beitrag, der seit dem Abruf im Portal geändert wurde, ist ein Konflikt: Er wird nicht geschrieben, sondern markiert und aufgelistet. Ein unterbrochenes Zurückschreiben kann erneut gestartet werden: Es schreibt, was noch aussteht, nichts doppelt.</translation>
    </message>
    <message>
        <location filename="../processing/push.py" line="38"/>
        <source>would be written (dry run)</source>
        <translation>würden geschrieben (Probelauf)</translation>
    </message>
    <message>
        <location filename="../processing/report.py" line="19"/>
        <source>Report for the council</source>
        <translation>Bericht für den Stadtrat</translation>
    </message>
    <message>
        <location filename="../processing/report.py" line="36"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../processing/report.py" line="38"/>
        <source>Districts (polygons)</source>
        <translation>Stadtteile (Polygone)</translation>
    </message>
    <message>
        <location filename="../processing/report.py" line="48"/>
        <source>Report on {n} submissions written to {path}</source>
        <translation>Bericht über {n} Beiträge nach {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../core/writeback/conflicts.py" line="69"/>
        <source>submission</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../core/writeback/conflicts.py" line="53"/>
        <source>no longer on the portal</source>
        <translation>nicht mehr im Portal</translation>
    </message>
    <message>
        <location filename="../core/writeback/conflicts.py" line="82"/>
        <source>Unknown choice &apos;{choice}&apos;.</source>
        <translation>Unbekannte Wahl „{choice}“.</translation>
    </message>
    <message>
        <location filename="../core/writeback/push_task.py" line="15"/>
        <source>Stadtdialog: checking what would be written</source>
        <translation>Stadtdialog: Prüfen, was geschrieben würde</translation>
    </message>
    <message>
        <location filename="../core/writeback/push_task.py" line="15"/>
        <source>Stadtdialog: writing back</source>
        <translation>Stadtdialog: Zurückschreiben</translation>
    </message>
    <message>
        <location filename="../core/writeback/push_task.py" line="30"/>
        <source>Unexpected error while writing back: {error}. What was written is marked; the rest is still pending.</source>
        <translation>Unerwarteter Fehler beim Zurückschreiben: {error}. Was geschrieben wurde, ist markiert; der Rest steht noch aus.</translation>
    </message>
    <message>
        <location filename="../core/writeback/push_task.py" line="36"/>
        <source>The push was cancelled; what was written so far is marked, the rest is still pending.</source>
        <translation>Das Zurückschreiben wurde abgebrochen; was bisher geschrieben wurde, ist markiert, der Rest steht noch aus.</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="33"/>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="33"/>
        <source>Write ours over the portal&apos;s</source>
        <translation>Unsere Fassung über die des Portals schreiben</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="33"/>
        <source>Take the portal&apos;s</source>
        <translation>Die Fassung des Portals übernehmen</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="69"/>
        <source>Changes that will be written:</source>
        <translation>Änderungen, die geschrieben werden:</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="82"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="75"/>
        <source>Conflicts (changed on the portal since the pull):</source>
        <translation>Konflikte (seit dem Abruf im Portal geändert):</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="76"/>
        <source>Compare with the portal</source>
        <translation>Mit dem Portal vergleichen</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="82"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="82"/>
        <source>On the portal</source>
        <translation>Im Portal</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="82"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="82"/>
        <source>Choice</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="85"/>
        <source>Apply choices</source>
        <translation>Wahl übernehmen</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="92"/>
        <source>Check first (dry run)</source>
        <translation>Erst prüfen (Probelauf)</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="93"/>
        <source>Write back</source>
        <translation>Zurückschreiben</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="118"/>
        <source>{n} conflicts wait for your choice.</source>
        <translation>{n} Konflikte warten auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="188"/>
        <source>{n} conflicts resolved; what you chose to write goes out with the next push.</source>
        <translation>{n} Konflikte gelöst; was Sie schreiben wollen, geht beim nächsten Zurückschreiben hinaus.</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="194"/>
        <source>The layer has unsaved edits. Save them first; only saved decisions are written back.</source>
        <translation>Der Layer hat ungespeicherte Änderungen. Bitte zuerst speichern; nur gespeicherte Entscheidungen werden zurückgeschrieben.</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="217"/>
        <source>Dry run: {n} would be written, {c} are conflicts. Nothing was changed.</source>
        <translation>Probelauf: {n} würden geschrieben, {c} sind Konflikte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="106"/>
        <source>{what}: {url} answered with a web page instead of confirming the change, so it may not have arrived; it stays pending and will be written next time.</source>
        <translation>{what}: {url} antwortete mit einer Webseite statt die Änderung zu bestätigen; sie ist womöglich nicht angekommen. Sie bleibt ausstehend und wird beim nächsten Mal geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="98"/>
        <source>latitude and longitude looked swapped (outside the area of {crs}); swapped</source>
        <translation>Breite und Länge wirkten vertauscht (außerhalb des Gebiets von {crs}); getauscht</translation>
    </message>
    <message>
        <location filename="../core/sources/geojson.py" line="36"/>
        <source>{what}: the answer is nested too deeply to be read safely; it was not read. Nothing was changed.</source>
        <translation>{what}: Die Antwort ist zu tief verschachtelt, um sicher gelesen zu werden; sie wurde nicht gelesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="160"/>
        <source>{what}: the server answered with a web page, not with features (a maintenance or login page?).</source>
        <translation>{what}: Der Server antwortete mit einer Webseite statt mit Objekten (eine Wartungs- oder Anmeldeseite?).</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="185"/>
        <source>{what}: the answer is neither GeoJSON nor GML features.</source>
        <translation>{what}: Die Antwort enthält weder GeoJSON- noch GML-Objekte.</translation>
    </message>
    <message>
        <location filename="../core/publish/export.py" line="79"/>
        <source>Cannot write {path} ({reason}); any earlier file there was left as it was. Choose a folder you may write to.</source>
        <translation>{path} lässt sich nicht schreiben ({reason}); eine frühere Datei dort blieb, wie sie war. Bitte einen Ordner wählen, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/writeback/writers.py" line="102"/>
        <source>The answer to the WFS-T transaction</source>
        <translation>Die Antwort auf die WFS-T-Transaktion</translation>
    </message>
    <message>
        <location filename="../core/sources/xml_safe.py" line="31"/>
        <source>{what}: the answer declares XML entities (as an entity-expansion attack would); it was not read. Nothing was changed.</source>
        <translation>{what}: Die Antwort deklariert XML-Entitäten (wie es ein Entity-Expansion-Angriff täte); sie wurde nicht gelesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="67"/>
        <source>{what}: the server's TLS certificate for {url} is not trusted ({reason}). If it is your city's own certificate authority, add it under Settings › Options › Authentication › Certificate Manager; verification stays on.</source>
        <translation>{what}: Dem TLS-Zertifikat des Servers für {url} wird nicht vertraut ({reason}). Wenn es die eigene Zertifizierungsstelle Ihrer Stadt ist, fügen Sie sie unter Einstellungen › Optionen › Authentifizierung › Zertifikatsmanager hinzu; die Prüfung bleibt eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="89"/>
        <source>{id} is no longer on the portal; its answer was not written and it is marked as a conflict.</source>
        <translation>{id} ist nicht mehr im Portal; die Antwort wurde nicht geschrieben und der Beitrag ist als Konflikt markiert.</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="88"/>
        <source>at 0, 0 (&apos;Null Island&apos;): a missing location written as zeros</source>
        <translation>bei 0, 0 („Null Island“): ein fehlender Ort, als Nullen geschrieben</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="102"/>
        <source>outside the area of use of {crs} ({x:.5f}, {y:.5f})</source>
        <translation>außerhalb des Geltungsbereichs von {crs} ({x:.5f}, {y:.5f})</translation>
    </message>
    <message>
        <location filename="../core/pull/locate.py" line="118"/>
        <source>{n} of {m} submissions lie outside the area of use of {crs}, around {lon:.2f}° E, {lat:.2f}° N; nothing was imported. Pull into a GeoPackage in a CRS that covers them, for example {fit} (parameter CRS).</source>
        <translation>{n} von {m} Beiträgen liegen außerhalb des Geltungsbereichs von {crs}, um {lon:.2f}° O, {lat:.2f}° N; es wurde nichts importiert. Laden Sie sie in ein GeoPackage mit einem Koordinatensystem, das sie abdeckt, zum Beispiel {fit} (Parameter CRS).</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="56"/>
        <source>Coordinate reference system of a new GeoPackage</source>
        <translation>Koordinatenbezugssystem eines neuen GeoPackages</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="82"/>
        <source>Used when the GeoPackage is created; an existing one keeps its own. Points outside its area of use are quarantined.</source>
        <translation>Gilt, wenn das GeoPackage neu angelegt wird; ein bestehendes behält sein eigenes. Punkte außerhalb seines Geltungsbereichs kommen in die Quarantäne.</translation>
    </message>
    <message>
        <location filename="../core/sources/encoding.py" line="50"/>
        <source>The file is not UTF-8; it was read as {encoding}. Check a few texts with umlauts; if they look wrong, save the export as UTF-8 and pull again.</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als {encoding} gelesen. Prüfen Sie einige Texte mit Umlauten; sehen sie falsch aus, speichern Sie den Export als UTF-8 und laden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../core/sources/encoding.py" line="29"/>
        <source>{n} places in the file could not be read as {encoding}; they are shown as “�” in the texts.</source>
        <translation>{n} Stellen der Datei konnten nicht als {encoding} gelesen werden; sie erscheinen in den Texten als „�“.</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="97"/>
        <source>{file}: the spreadsheet cannot be read (is it an XLSX or ODS file?).</source>
        <translation>{file}: Die Tabelle kann nicht gelesen werden (ist es eine XLSX- oder ODS-Datei?).</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="102"/>
        <source>{file}: the spreadsheet has no sheets.</source>
        <translation>{file}: Die Tabellendatei enthält keine Tabellenblätter.</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="104"/>
        <source>{file}: there is no sheet &apos;{sheet}&apos;; it has: {sheets}.</source>
        <translation>{file}: Es gibt kein Tabellenblatt „{sheet}“; vorhanden sind: {sheets}.</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="183"/>
        <source>The column &apos;{name}&apos; named in the profile&apos;s location is not in the file; it has: {cols}.</source>
        <translation>Die im Profil als Ort genannte Spalte „{name}“ ist nicht in der Datei; sie hat: {cols}.</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="33"/>
        <source>{what}: the profile says the records are at &apos;{path}&apos;, but the answer has no list there (it has: {keys}). Nothing was changed.</source>
        <translation>{what}: Laut Profil stehen die Einträge unter „{path}“, aber die Antwort hat dort keine Liste (sie hat: {keys}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="107"/>
        <source>the location is not a GeoJSON geometry</source>
        <translation>der Ort ist keine GeoJSON-Geometrie</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="254"/>
        <source>give &apos;field&apos; or &apos;fields&apos;, and/or &apos;fingerprint&apos;</source>
        <translation>„field“ oder „fields“ und/oder „fingerprint“ angeben</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="265"/>
        <source>fingerprint of {fields}</source>
        <translation>Fingerabdruck aus {fields}</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="267"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="332"/>
        <source>give one of &apos;lon&apos; and &apos;lat&apos;, &apos;wkt&apos; or &apos;geojson&apos;</source>
        <translation>eines von „lon“ und „lat“, „wkt“ oder „geojson“ angeben</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="360"/>
        <source>is needed with &apos;z_is_local&apos;</source>
        <translation>wird mit „z_is_local“ gebraucht</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="371"/>
        <source>must be one character</source>
        <translation>muss ein einzelnes Zeichen sein</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="419"/>
        <source>&apos;{value}&apos; is not a time zone such as Europe/Berlin</source>
        <translation>„{value}“ ist keine Zeitzone wie Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="177"/>
        <source>The portal gives its records no id; Stadtdialog made one from {fields}. A record whose {fields} is changed on the portal comes in as a new one and the old one as withdrawn.</source>
        <translation>Das Portal gibt seinen Einträgen keine Kennung; Stadtdialog hat eine aus {fields} gebildet. Ändert sich {fields} eines Eintrags im Portal, kommt er als neuer Beitrag herein und der alte gilt als zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="181"/>
        <source>{n} records were not imported because the portal does not publish them ({field}: draft).</source>
        <translation>{n} Einträge wurden nicht übernommen, weil das Portal sie nicht veröffentlicht ({field}: Entwurf).</translation>
    </message>
    <message>
        <location filename="../core/sources/detect.py" line="23"/>
        <source>A JSON API is read as its profile&apos;s &apos;paging&apos; says; the profile &apos;{name}&apos; has none.</source>
        <translation>Eine JSON-Schnittstelle wird so gelesen, wie es der Abschnitt „paging“ ihres Profils sagt; das Profil „{name}“ hat keinen.</translation>
    </message>
    <message>
        <location filename="../core/sources/jsonpages.py" line="50"/>
        <source>{what}: the portal answered with errors: {errors}. Nothing was changed.</source>
        <translation>{what}: Das Portal hat mit Fehlern geantwortet: {errors}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/jsonpages.py" line="63"/>
        <source>{what}: the portal&apos;s next link leads back to a page already read ({url}); the pull stopped. Nothing was changed.</source>
        <translation>{what}: Der Verweis des Portals auf die nächste Seite führt zu einer schon gelesenen Seite zurück ({url}); der Abruf wurde beendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="390"/>
        <source>give one of: {styles}</source>
        <translation>eines davon angeben: {styles}</translation>
    </message>
    <message>
        <location filename="../core/pull/profile.py" line="407"/>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="34"/>
        <source>File or file URL (GeoJSON, JSON, CSV, XLSX, ODS)</source>
        <translation>Datei oder Datei-URL (GeoJSON, JSON, CSV, XLSX, ODS)</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="35"/>
        <source>JSON API paged as the profile says (JSON:API, GraphQL, …)</source>
        <translation>JSON-Schnittstelle, seitenweise wie im Profil angegeben (JSON:API, GraphQL, …)</translation>
    </message>
    <message>
        <location filename="../core/pull/draft_profile.py" line="180"/>
        <source>{source}: no list of records found in the answer (it has: {keys}).</source>
        <translation>{source}: In der Antwort wurde keine Liste von Einträgen gefunden (sie hat: {keys}).</translation>
    </message>
    <message>
        <location filename="../core/pull/draft_profile.py" line="303"/>
        <source>Drafted by the profile assistant from {source} on {day}; check it before relying on it.</source>
        <translation>Vom Profil-Assistenten aus {source} am {day} entworfen; vor dem Gebrauch prüfen.</translation>
    </message>
    <message>
        <location filename="../core/pull/draft_profile.py" line="550"/>
        <source>not imported: the portal does not publish it</source>
        <translation>nicht übernommen: das Portal veröffentlicht ihn nicht</translation>
    </message>
    <message>
        <location filename="../processing/draft_profile.py" line="19"/>
        <source>Draft a profile for a new portal</source>
        <translation>Profil für ein neues Portal entwerfen</translation>
    </message>
    <message>
        <location filename="../processing/draft_profile.py" line="22"/>
        <source>Reads the first records of a portal or an export, proposes how its fields map onto submissions (id, title, text, category, date, location, personal fields) and which of its category values mean which category, and writes that as a profile file. Check the draft before relying on it; the same assistant is in Connect and pull.</source>
        <translation>Liest die ersten Einträge eines Portals oder Exports, schlägt vor, wie seine Felder auf Beiträge abgebildet werden (Kennung, Titel, Text, Kategorie, Datum, Ort, personenbezogene Felder) und welche seiner Kategoriewerte welche Kategorie bedeuten, und schreibt das als Profildatei. Den Entwurf vor dem Gebrauch prüfen; derselbe Assistent steht unter „Verbinden und abrufen“ bereit.</translation>
    </message>
    <message>
        <location filename="../processing/draft_profile.py" line="28"/>
        <source>Portal address or export file</source>
        <translation>Portaladresse oder Exportdatei</translation>
    </message>
    <message>
        <location filename="../processing/draft_profile.py" line="33"/>
        <source>Profile file</source>
        <translation>Profildatei</translation>
    </message>
    <message>
        <location filename="../processing/draft_profile.py" line="34"/>
        <source>Fields mapped</source>
        <translation>Zugeordnete Felder</translation>
    </message>
    <message>
        <location filename="../processing/draft_profile.py" line="47"/>
        <source>{n} records read; {fields} fields mapped; profile written to {path}</source>
        <translation>{n} Einträge gelesen; {fields} Felder zugeordnet; Profil geschrieben nach {path}</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="76"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="76"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="34"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="34"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="34"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="35"/>
        <source>Location (GeoJSON)</source>
        <translation>Ort (GeoJSON)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="35"/>
        <source>Location (WKT)</source>
        <translation>Ort (WKT)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="36"/>
        <source>Personal (not stored)</source>
        <translation>Personenbezogen (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="40"/>
        <source>no category of ours</source>
        <translation>keine unserer Kategorien</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="40"/>
        <source>Place of encounter</source>
        <translation>Ort der Begegnung</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="41"/>
        <source>A meeting place is missing here</source>
        <translation>Hier fehlt ein Treffpunkt</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="42"/>
        <source>Less pleasant corner</source>
        <translation>Weniger schöne Ecke</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="42"/>
        <source>Remark / idea</source>
        <translation>Anmerkung / Idee</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="42"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="58"/>
        <source>Stadtdialog – profile assistant</source>
        <translation>Stadtdialog – Profil-Assistent</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="60"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="69"/>
        <source>{source} — {n} records read</source>
        <translation>{source} — {n} Einträge gelesen</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="71"/>
        <source>Profile &amp;name</source>
        <translation>Profil&amp;name</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="73"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="73"/>
        <source>Filled</source>
        <translation>Gefüllt</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="73"/>
        <source>Use as</source>
        <translation>Verwenden als</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="74"/>
        <source>Value on the portal</source>
        <translation>Wert im Portal</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="74"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="76"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="79"/>
        <source>Fields found (change “Use as” where the proposal is wrong)</source>
        <translation>Gefundene Felder („Verwenden als“ ändern, wo der Vorschlag nicht stimmt)</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="79"/>
        <source>Category values present</source>
        <translation>Vorhandene Kategoriewerte</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="79"/>
        <source>Preview: the first 20 records as the pull will import them</source>
        <translation>Vorschau: die ersten 20 Einträge, wie der Abruf sie übernimmt</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="92"/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="93"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="204"/>
        <source>quarantined: {reason}</source>
        <translation>in Quarantäne: {reason}</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="208"/>
        <source>imported</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="235"/>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="235"/>
        <source>Profile (*.json)</source>
        <translation>Profil (*.json)</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="67"/>
        <source>&amp;Draft…</source>
        <translation>&amp;Entwerfen…</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="68"/>
        <source>Read the first records of the source and draft a profile for it</source>
        <translation>Die ersten Einträge der Quelle lesen und ein Profil dafür entwerfen</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="150"/>
        <source>Exports (*.geojson *.json *.csv *.tsv *.txt *.xlsx *.ods)</source>
        <translation>Exporte (*.geojson *.json *.csv *.tsv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="121"/>
        <source>Nothing to write back: every saved decision is already on {target}.</source>
        <translation>Nichts zurückzuschreiben: jede gespeicherte Entscheidung ist schon in {target}.</translation>
    </message>
    <message>
        <location filename="../dialogs/algorithm_defaults.py" line="24"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../dialogs/algorithm_defaults.py" line="26"/>
        <source>report</source>
        <translation>bericht</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="75"/>
        <source>{what}: the server name {host} is not known. Check the address. Nothing was changed.</source>
        <translation>{what}: Der Servername {host} ist unbekannt. Bitte die Adresse prüfen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../dialogs/history_widget.py" line="89"/>
        <source>The audit log of the submission, newest first.</source>
        <translation>Das Protokoll des Beitrags, das Neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../dialogs/history_widget.py" line="103"/>
        <source>Stadtdialog history</source>
        <translation>Stadtdialog-Verlauf</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="48"/>
        <source>Stadtdialog – quarantine of {name}</source>
        <translation>Stadtdialog – Quarantäne von {name}</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="52"/>
        <source>Nothing in quarantine: every record was imported.</source>
        <translation>Nichts in Quarantäne: Jeder Datensatz wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="60"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="60"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="80"/>
        <source>Choose a record to see it as the portal sent it.</source>
        <translation>Wählen Sie einen Datensatz, um ihn so zu sehen, wie das Portal ihn geschickt hat.</translation>
    </message>
    <message>
        <location filename="../dialogs/classify_dialog.py" line="31"/>
        <source>The selected submission</source>
        <translation>Der ausgewählte Beitrag</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="52"/>
        <source>1 record could not be imported. It was not dropped: fix it at the source and pull again.</source>
        <translation>1 Datensatz konnte nicht übernommen werden. Er ging nicht verloren: Korrigieren Sie ihn an der Quelle und rufen Sie erneut ab.</translation>
    </message>
    <message>
        <location filename="../dialogs/quarantine.py" line="52"/>
        <source>{n} records could not be imported. None of them was dropped: fix them at the source and pull again.</source>
        <translation>{n} Datensätze konnten nicht übernommen werden. Keiner davon ging verloren: Korrigieren Sie sie an der Quelle und rufen Sie erneut ab.</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="188"/>
        <source>bad request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="188"/>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="188"/>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="188"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="189"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="189"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="189"/>
        <source>gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="190"/>
        <source>changed in the meantime</source>
        <translation>inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="190"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="190"/>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="191"/>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="191"/>
        <source>bad gateway</source>
        <translation>fehlerhaftes Gateway</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="191"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/sources/http.py" line="191"/>
        <source>gateway timeout</source>
        <translation>Zeitüberschreitung am Gateway</translation>
    </message>
    <message>
        <location filename="../core/sources/geojson.py" line="29"/>
        <source>{what} is a web page or XML file, not GeoJSON (was it saved from a web browser?). Nothing was changed.</source>
        <translation>{what} ist eine Webseite oder XML-Datei, kein GeoJSON (im Webbrowser gespeichert?). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/sources/geojson.py" line="40"/>
        <source>{what} is not valid JSON ({reason}). Nothing was changed.</source>
        <translation>{what} ist kein gültiges JSON ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="56"/>
        <source>Address of the portal, or a file</source>
        <translation>Adresse des Portals oder eine Datei</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="57"/>
        <source>An OGC API – Features collection (https://geoportal.example/ogc/collections/beitraege), a WFS address, a JSON API, or an export file (GeoJSON, CSV, XLSX, ODS)</source>
        <translation>Eine OGC-API-Features-Collection (https://geoportal.example/ogc/collections/beitraege), eine WFS-Adresse, eine JSON-Schnittstelle oder eine Exportdatei (GeoJSON, CSV, XLSX, ODS)</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="89"/>
        <source>Saved &amp;connections</source>
        <translation>Gespeicherte &amp;Verbindungen</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="89"/>
        <source>&amp;Authentication</source>
        <translation>An&amp;meldung</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="89"/>
        <source>C&amp;RS of a new GeoPackage</source>
        <translation>&amp;KBS eines neuen GeoPackage</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="112"/>
        <source>1 changed submission to write back to {target}</source>
        <translation>1 geänderter Beitrag zum Zurückschreiben nach {target}</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="118"/>
        <source>1 conflict waits for your choice.</source>
        <translation>1 Konflikt wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="618"/>
        <source>Saved {id}: {status}, no action area.</source>
        <translation>{id} gespeichert: {status}, kein Handlungsfeld.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="618"/>
        <source>Saved {id}: {status}, 1 action area.</source>
        <translation>{id} gespeichert: {status}, 1 Handlungsfeld.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="618"/>
        <source>Saved {id}: {status}, {n} action areas.</source>
        <translation>{id} gespeichert: {status}, {n} Handlungsfelder.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="624"/>
        <source>It stays &apos;in review&apos;; C marks it classified.</source>
        <translation>Er bleibt „in Prüfung“; C markiert ihn als zugeordnet.</translation>
    </message>
    <message>
        <location filename="../core/publish/basemap.py" line="26"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../core/publish/basemap.py" line="26"/>
        <source>basemap.de (Germany&apos;s official base map)</source>
        <translation>basemap.de (amtliche Basiskarte Deutschlands)</translation>
    </message>
    <message>
        <location filename="../core/publish/basemap.py" line="27"/>
        <source>The city&apos;s own service (WMS, WMTS or XYZ)</source>
        <translation>Eigener Dienst der Stadt (WMS, WMTS oder XYZ)</translation>
    </message>
    <message>
        <location filename="../core/publish/basemap.py" line="27"/>
        <source>No background map</source>
        <translation>Keine Hintergrundkarte</translation>
    </message>
    <message>
        <location filename="../core/publish/basemap.py" line="45"/>
        <source>City base map</source>
        <translation>Stadtkarte</translation>
    </message>
    <message>
        <location filename="../core/publish/basemap.py" line="57"/>
        <source>Background: {name}</source>
        <translation>Hintergrund: {name}</translation>
    </message>
    <message>
        <location filename="../dialogs/messages.py" line="75"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_box.py" line="17"/>
        <source>A built-in profile, one the assistant saved, or the path of a profile JSON file</source>
        <translation>Ein mitgeliefertes Profil, eines des Assistenten oder der Pfad einer Profil-JSON-Datei</translation>
    </message>
    <message>
        <location filename="../core/publish/basemap.py" line="125"/>
        <source>Background map</source>
        <translation>Hintergrundkarte</translation>
    </message>
    <message>
        <location filename="../core/publish/report_data.py" line="85"/>
        <source>What the citizens said</source>
        <translation>Was die Bürgerinnen und Bürger sagten</translation>
    </message>
    <message>
        <location filename="../core/publish/report_html.py" line="29"/>
        <source>{total} submissions · source: {source} · pulled on {pulled} · report of {created}</source>
        <translation>{total} Beiträge · Quelle: {source} · abgerufen am {pulled} · Bericht vom {created}</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="120"/>
        <source>Submissions from {first} to {last}</source>
        <translation>Beiträge vom {first} bis {last}</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="120"/>
        <source>Submissions of {first}</source>
        <translation>Beiträge vom {first}</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="125"/>
        <source>submissions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="129"/>
        <source>not yet reviewed</source>
        <translation>noch nicht bearbeitet</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="141"/>
        <source>Source: {source} · pulled on {pulled} · catalogue: {catalogue} · report of {created}</source>
        <translation>Quelle: {source} · abgerufen am {pulled} · Katalog: {catalogue} · Bericht vom {created}</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="147"/>
        <source>The submissions by action area</source>
        <translation>Die Beiträge nach Handlungsfeld</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="156"/>
        <source>Background map: {source}</source>
        <translation>Hintergrundkarte: {source}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../processing/report.py" line="22"/>
        <source>A PDF (print layout) or HTML report: a map of the submissions by action area with legend, counts per action area, category and review status, counts per district when a district layer is given, a bar chart, and the catalogue with its provenance, after a title page with the participation&apos;s name, period and numbers. The map has the background map of the Stadtdialog settings where its server answers, and plain outlines where not. Language follows the QGIS locale.</source>
        <translation>Ein PDF- (Drucklayout) oder HTML-Bericht: nach einer Titelseite mit Name, Zeitraum und Zahlen der Beteiligung eine Karte der Beiträge nach Handlungsfeld mit Legende, Zahlen nach Handlungsfeld, Kategorie und Bearbeitungsstand, nach Stadtteil, wenn eine Stadtteil-Ebene angegeben ist, ein Balkendiagramm und der Katalog mit seiner Herkunft. Die Karte hat die Hintergrundkarte der Stadtdialog-Einstellungen, wenn deren Server antwortet, sonst nur Umrisse. Die Sprache folgt der QGIS-Spracheinstellung.</translation>
    </message>
    <message>
        <location filename="../processing/report.py" line="40"/>
        <source>Name of the participation (the title page&apos;s heading)</source>
        <translation>Name der Beteiligung (Überschrift der Titelseite)</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="23"/>
        <source>Stadtdialog – settings</source>
        <translation>Stadtdialog – Einstellungen</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="32"/>
        <source>https://geo.example/tiles/{z}/{x}/{y}.png, or a QGIS WMS/WMTS source</source>
        <translation>https://geo.example/tiles/{z}/{x}/{y}.png oder eine QGIS-WMS/WMTS-Quelle</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="33"/>
        <source>An XYZ tile address with {z}, {x} and {y}, or the data source of a WMS or WMTS layer as QGIS writes it (url=…&amp;layers=…&amp;format=…&amp;crs=…)</source>
        <translation>Eine XYZ-Kachel-Adresse mit {z}, {x} und {y} oder die Datenquelle einer WMS- oder WMTS-Ebene, wie QGIS sie schreibt (url=…&amp;layers=…&amp;format=…&amp;crs=…)</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="35"/>
        <source>Suggest action areas after every pull</source>
        <translation>Nach jedem Abruf Handlungsfelder vorschlagen</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="43"/>
        <source>keep the map&apos;s scale</source>
        <translation>Maßstab der Karte beibehalten</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="45"/>
        <source>The review panel centres each submission; it zooms to this scale when the map is closer, or much farther out</source>
        <translation>Der Prüfbereich zentriert jeden Beitrag; auf diesen Maßstab zoomt sie, wenn die Karte näher oder viel weiter heraus gezoomt ist</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="47"/>
        <source>The background map is added below the layers when a pull creates them. Offline it stays empty.</source>
        <translation>Die Hintergrundkarte wird unter die Ebenen gelegt, wenn ein Abruf sie anlegt. Ohne Netz bleibt sie leer.</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="51"/>
        <source>&amp;Background map</source>
        <translation>&amp;Hintergrundkarte</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="52"/>
        <source>&amp;Own service</source>
        <translation>&amp;Eigener Dienst</translation>
    </message>
    <message>
        <location filename="../dialogs/settings_dialog.py" line="55"/>
        <source>Review panel zooms in to at most</source>
        <translation>Prüfbereich zoomt höchstens auf</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="45"/>
        <source>{n} new</source>
        <translation>{n} neu</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="45"/>
        <source>{n} updated</source>
        <translation>{n} aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="45"/>
        <source>{n} unchanged</source>
        <translation>{n} unverändert</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="45"/>
        <source>{n} withdrawn</source>
        <translation>{n} zurückgezogen</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="45"/>
        <source>{n} quarantined</source>
        <translation>{n} in Quarantäne</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="48"/>
        <source>the source lists no submissions</source>
        <translation>die Quelle nennt keine Beiträge</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="38"/>
        <source>{n} written back</source>
        <translation>{n} zurückgeschrieben</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="38"/>
        <source>{n} conflicts</source>
        <translation>{n} Konflikte</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="38"/>
        <source>{n} failed</source>
        <translation>{n} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="38"/>
        <source>{n} skipped</source>
        <translation>{n} übersprungen</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="41"/>
        <source>nothing was pending</source>
        <translation>nichts stand aus</translation>
    </message>
    <message>
        <location filename="../core/writeback/push.py" line="38"/>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="166"/>
        <source>The GeoPackage of the layer &apos;{name}&apos; is not at {path} any more (moved or deleted?). Nothing was changed. Open the project from the folder that holds its GeoPackage, or pull again.</source>
        <translation>Das GeoPackage der Ebene „{name}“ liegt nicht mehr unter {path} (verschoben oder gelöscht?). Es wurde nichts geändert. Öffnen Sie das Projekt aus dem Ordner, der sein GeoPackage enthält, oder rufen Sie erneut ab.</translation>
    </message>
    <message>
        <location filename="../core/review/classify.py" line="112"/>
        <source>{n} of these submissions were decided by a colleague since they were read (first: {id} by {who}); nothing was changed. Run it again to put yours over theirs, or leave them out.</source>
        <translation>{n} dieser Beiträge hat eine Kollegin oder ein Kollege entschieden, nachdem sie gelesen wurden (zuerst: {id} von {who}); es wurde nichts geändert. Führen Sie es erneut aus, um Ihre Entscheidung darüberzuschreiben, oder lassen Sie sie aus.</translation>
    </message>
    <message>
        <location filename="../core/store/names.py" line="24"/>
        <source>The store name {name} has options Stadtdialog does not know: {keys} (it knows schema, sslmode and authcfg).</source>
        <translation>Der Speichername {name} hat Optionen, die Stadtdialog nicht kennt: {keys} (bekannt sind schema, sslmode und authcfg).</translation>
    </message>
    <message>
        <location filename="../core/store/names.py" line="32"/>
        <source>The store name {name} contains a password. Give it through a QGIS authentication configuration (AUTHCFG) or the service file instead; it must not be kept in names, projects or settings.</source>
        <translation>Der Speichername {name} enthält ein Passwort. Geben Sie es stattdessen über eine QGIS-Authentifizierungskonfiguration (AUTHCFG) oder die Service-Datei an; es darf nicht in Namen, Projekten oder Einstellungen stehen.</translation>
    </message>
    <message>
        <location filename="../core/store/names.py" line="42"/>
        <source>{name} names no PostgreSQL store: write postgres:CONNECTION, service=NAME or postgresql://user@host:port/database, with ?schema=… if it is not 'stadtdialog'.</source>
        <translation>{name} nennt keinen PostgreSQL-Speicher: Schreiben Sie postgres:VERBINDUNG, service=NAME oder postgresql://benutzer@host:port/datenbank, mit ?schema=…, wenn es nicht 'stadtdialog' ist.</translation>
    </message>
    <message>
        <location filename="../core/store/names.py" line="58"/>
        <source>The schema &apos;{schema}&apos; of {name} must be lower-case letters, digits and _ (it becomes a PostgreSQL schema and role names).</source>
        <translation>Das Schema '{schema}' von {name} darf nur Kleinbuchstaben, Ziffern und _ enthalten (daraus werden ein PostgreSQL-Schema und Rollennamen).</translation>
    </message>
    <message>
        <location filename="../dialogs/conflict_dialog.py" line="41"/>
        <source>Stadtdialog – a colleague decided meanwhile</source>
        <translation>Stadtdialog – inzwischen hat jemand anderes entschieden</translation>
    </message>
    <message>
        <location filename="../dialogs/conflict_dialog.py" line="46"/>
        <source>These submissions were decided by a colleague after you opened them. Nothing of theirs is lost: choose for each whose decision counts.</source>
        <translation>Diese Beiträge hat eine Kollegin oder ein Kollege entschieden, nachdem Sie sie geöffnet hatten. Nichts davon geht verloren: Wählen Sie für jeden, welche Entscheidung gilt.</translation>
    </message>
    <message>
        <location filename="../dialogs/conflict_dialog.py" line="51"/>
        <source>Submission</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../dialogs/conflict_dialog.py" line="51"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../dialogs/conflict_dialog.py" line="51"/>
        <source>Their decision</source>
        <translation>Deren Entscheidung</translation>
    </message>
    <message>
        <location filename="../dialogs/conflict_dialog.py" line="51"/>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../dialogs/conflict_dialog.py" line="68"/>
        <source>Take theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <location filename="../dialogs/conflict_dialog.py" line="69"/>
        <source>Put mine over it</source>
        <translation>Meine darüberschreiben</translation>
    </message>
    <message>
        <location filename="../core/store/copy_store.py" line="15"/>
        <source>{target} already exists; copy into a new GeoPackage or schema, so nothing there is overwritten.</source>
        <translation>{target} gibt es schon; kopieren Sie in ein neues GeoPackage oder Schema, damit dort nichts überschrieben wird.</translation>
    </message>
    <message>
        <location filename="../core/store/copy_store.py" line="35"/>
        <source>{table}: {n} rows copied</source>
        <translation>{table}: {n} Zeilen kopiert</translation>
    </message>
    <message>
        <location filename="../core/store/copy_store.py" line="64"/>
        <source>Copying the style &apos;{name}&apos; failed: {reason}</source>
        <translation>Das Kopieren des Stils '{name}' schlug fehl: {reason}</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="58"/>
        <source>The authentication configuration &apos;{id}&apos; could not be read (is the master password set?).</source>
        <translation>Die Authentifizierungskonfiguration '{id}' konnte nicht gelesen werden (ist das Master-Passwort gesetzt?).</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="70"/>
        <source>QGIS has no PostgreSQL connection named '{name}' (Data Source Manager › PostgreSQL).</source>
        <translation>QGIS hat keine PostgreSQL-Verbindung namens '{name}' (Datenquellenverwaltung › PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="226"/>
        <source>{name} was written by a newer Stadtdialog (schema {found}, this one knows {known}). Update the plugin.</source>
        <translation>{name} wurde von einem neueren Stadtdialog geschrieben (Schema {found}, dieses kennt {known}). Aktualisieren Sie die Erweiterung.</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="258"/>
        <source>Cannot connect to the PostgreSQL store {name}: {reason}</source>
        <translation>Keine Verbindung zum PostgreSQL-Speicher {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="305"/>
        <source>{name} holds no Stadtdialog store (schema {schema}); make one with stadtdialog:create_store or pull into it.</source>
        <translation>{name} enthält keinen Stadtdialog-Speicher (Schema {schema}); legen Sie einen mit stadtdialog:create_store an oder rufen Sie in ihn ab.</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="414"/>
        <source>{name} is busy; nothing was changed. Try again in a moment.</source>
        <translation>{name} ist gerade belegt; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="417"/>
        <source>Writing to {name} failed: {reason}. Nothing was changed.</source>
        <translation>Das Schreiben nach {name} schlug fehl: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="636"/>
        <source>Making the Stadtdialog schema {schema} in {name} failed: {reason}</source>
        <translation>Das Anlegen des Stadtdialog-Schemas {schema} in {name} schlug fehl: {reason}</translation>
    </message>
    <message>
        <location filename="../core/store/pg_store.py" line="666"/>
        <source>{name} already holds a Stadtdialog store; open it instead of creating it.</source>
        <translation>{name} enthält schon einen Stadtdialog-Speicher; öffnen Sie ihn, statt ihn anzulegen.</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="71"/>
        <source>Authentication for a PostgreSQL store</source>
        <translation>Anmeldung für einen PostgreSQL-Speicher</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="24"/>
        <source>Make a team store (PostgreSQL/PostGIS)</source>
        <translation>Team-Speicher anlegen (PostgreSQL/PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="27"/>
        <source>Makes the Stadtdialog schema in a PostgreSQL/PostGIS database, or brings an existing one up to date (it can be run again): the tables, the triggers that keep the audit log and refuse a save that would overwrite a colleague's decision, and three roles — &lt;schema&gt;_reviewer (decides), &lt;schema&gt;_coordinator (pulls, writes back, exports) and &lt;schema&gt;_owner. Run it with an account that may create schemas and roles; then grant the roles to people's logins.</source>
        <translation>Legt das Stadtdialog-Schema in einer PostgreSQL/PostGIS-Datenbank an oder bringt ein vorhandenes auf den neuesten Stand (es darf erneut laufen): die Tabellen, die Trigger, die das Protokoll führen und ein Speichern ablehnen, das die Entscheidung einer Kollegin oder eines Kollegen überschreiben würde, und drei Rollen — &lt;schema&gt;_reviewer (entscheidet), &lt;schema&gt;_coordinator (ruft ab, schreibt zurück, exportiert) und &lt;schema&gt;_owner. Führen Sie es mit einem Konto aus, das Schemas und Rollen anlegen darf; vergeben Sie die Rollen dann an die Anmeldungen der Leute.</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="34"/>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="35"/>
        <source>Coordinate reference system</source>
        <translation>Koordinatenbezugssystem</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="38"/>
        <source>Roles granted</source>
        <translation>Rollen vergeben</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="46"/>
        <source>OUTPUT names no PostgreSQL store: write {help}. (A GeoPackage is made by the first pull into it.)</source>
        <translation>OUTPUT nennt keinen PostgreSQL-Speicher: Schreiben Sie {help}. (Ein GeoPackage entsteht beim ersten Abruf in es.)</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="51"/>
        <source>{name} was there; brought up to schema {version}.</source>
        <translation>{name} war schon da; auf Schema {version} gebracht.</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="64"/>
        <source>{name} made.</source>
        <translation>{name} angelegt.</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="67"/>
        <source>This login may not create roles: the store works, but the roles {schema}_reviewer, _coordinator and _owner were not made. Run this again with an account that may.</source>
        <translation>Diese Anmeldung darf keine Rollen anlegen: Der Speicher funktioniert, aber die Rollen {schema}_reviewer, _coordinator und _owner wurden nicht angelegt. Führen Sie es erneut mit einem Konto aus, das es darf.</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="77"/>
        <source>Copy a participation to another store</source>
        <translation>Eine Beteiligung in einen anderen Speicher kopieren</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="80"/>
        <source>Copies everything of a participation — submissions with their decisions, quarantine, audit log, catalogue, the named styles and the form — from one store into a new one: a planner's GeoPackage into the team's PostgreSQL store, or back. The source is not changed.</source>
        <translation>Kopiert alles einer Beteiligung — Beiträge mit ihren Entscheidungen, Quarantäne, Protokoll, Katalog, die benannten Stile und das Formular — aus einem Speicher in einen neuen: das GeoPackage einer Planerin in den PostgreSQL-Speicher des Teams, oder zurück. Die Quelle bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="88"/>
        <source>New store (a GeoPackage path, or </source>
        <translation>Neuer Speicher (ein GeoPackage-Pfad oder </translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="90"/>
        <source>Authentication for a PostgreSQL target</source>
        <translation>Anmeldung für ein PostgreSQL-Ziel</translation>
    </message>
    <message>
        <location filename="../processing/stores.py" line="92"/>
        <source>Rows copied per table</source>
        <translation>Kopierte Zeilen je Tabelle</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="76"/>
        <source>A GeoPackage file, or a team&apos;s PostgreSQL store: postgres:CONNECTION (a PostgreSQL connection of QGIS, with its authentication), service=NAME or postgresql://user@host/database, each optionally with ?schema=NAME</source>
        <translation>Eine GeoPackage-Datei oder der PostgreSQL-Speicher eines Teams: postgres:VERBINDUNG (eine PostgreSQL-Verbindung von QGIS, mit ihrer Authentifizierung), service=NAME oder postgresql://benutzer@host/datenbank, jeweils wahlweise mit ?schema=NAME</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="89"/>
        <source>St&amp;ore (GeoPackage or PostgreSQL)</source>
        <translation>Spei&amp;cher (GeoPackage oder PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="199"/>
        <source>Choose the GeoPackage (or name the PostgreSQL store) to pull into.</source>
        <translation>Wählen Sie das GeoPackage (oder nennen Sie den PostgreSQL-Speicher), in das abgerufen werden soll.</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="89"/>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;fil</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="453"/>
        <source>Because of: {words}</source>
        <translation>Wegen: {words}</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="455"/>
        <source>Decided alike: {ids}</source>
        <translation>Ähnlich entschieden: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="70"/>
        <source>Proposes action areas for each submission from its text and category, using the catalogue&apos;s words and what reviewers have decided so far in the same layer (the classified submissions most like it), and stores them in suggested_action_areas. Suggestions are never applied on their own: a reviewer accepts them.</source>
        <translation>Schlägt für jeden Beitrag Handlungsfelder vor – aus Text und Kategorie, mit den Wörtern des Katalogs und dem, was Bearbeiterinnen und Bearbeiter in derselben Ebene bisher entschieden haben (die ähnlichsten zugeordneten Beiträge) – und speichert sie in suggested_action_areas. Vorschläge werden nie von selbst übernommen: Eine Bearbeiterin oder ein Bearbeiter nimmt sie an.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="452"/>
        <source>“{word}”</source>
        <translation>„{word}“</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="37"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {withdrawn} withdrawn, {quarantined} quarantined; {without_place} of the new and updated without a place</source>
        <translation>{new} neu, {updated} aktualisiert, {unchanged} unverändert, {withdrawn} zurückgezogen, {quarantined} in Quarantäne; {without_place} der neuen und aktualisierten ohne Ort</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="45"/>
        <source>{n} without a place</source>
        <translation>{n} ohne Ort</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="150"/>
        <source>{file}: no coordinate columns found (looked for lon/lat, location_lon/location_lat or WKT); every record was pulled without a place. If the file has coordinates, name their columns in the profile&apos;s &apos;location&apos; section.</source>
        <translation>{file}: keine Koordinatenspalten gefunden (gesucht: lon/lat, location_lon/location_lat oder WKT); alle Datensätze wurden ohne Ort abgerufen. Wenn die Datei Koordinaten hat, nennen Sie deren Spalten im Abschnitt „location“ des Profils.</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="132"/>
        <source>one of the two coordinates is missing</source>
        <translation>eine der beiden Koordinaten fehlt</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="210"/>
        <source>without a place: {note}</source>
        <translation>ohne Ort: {note}</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="273"/>
        <source>Without a place</source>
        <translation>Ohne Ort</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="345"/>
        <source>without a place: nothing to show on the map</source>
        <translation>ohne Ort: nichts auf der Karte zu zeigen</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="286"/>
        <source>without a place</source>
        <translation>ohne Ort</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="48"/>
        <source>Source type: {names} (or its number, 0–{last})</source>
        <translation>Art der Quelle: {names} (oder ihre Nummer, 0–{last})</translation>
    </message>
    <message>
        <location filename="../core/i18n.py" line="55"/>
        <source>{names} and {n} more</source>
        <translation>{names} und {n} weitere</translation>
    </message>
    <message>
        <location filename="../core/sources/records.py" line="28"/>
        <source>{what}: the answer is not a GeoJSON FeatureCollection, nor one list of records. Nothing was changed.</source>
        <translation>{what}: die Antwort ist weder eine GeoJSON-FeatureCollection noch eine Liste von Datensätzen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="134"/>
        <source>Personal data… (V)</source>
        <translation>Persönliche Angaben… (V)</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="390"/>
        <source>Personal data, masked when published: {found}</source>
        <translation>Persönliche Angaben, beim Veröffentlichen maskiert: {found}</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="392"/>
        <source>Marked as not personal: {words}</source>
        <translation>Als nicht persönlich markiert: {words}</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="407"/>
        <source>Not personal: {kind} “{text}”</source>
        <translation>Nicht persönlich: {kind} „{text}“</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="413"/>
        <source>Mark the selected words as personal</source>
        <translation>Markierte Wörter als persönlich kennzeichnen</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="413"/>
        <source>Mark “{words}” as personal</source>
        <translation>„{words}“ als persönlich kennzeichnen</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="418"/>
        <source>Personal (marked): “{words}”</source>
        <translation>Persönlich (markiert): „{words}“</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="432"/>
        <source>Personal data</source>
        <translation>Persönliche Angaben</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="174"/>
        <source>What citizens said</source>
        <translation>Stimmen aus der Beteiligung</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="127"/>
        <source>not relevant or duplicate</source>
        <translation>nicht relevant oder Duplikat</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="130"/>
        <source>placed by address: {address}</source>
        <translation>nach Adresse verortet: {address}</translation>
    </message>
    <message>
        <location filename="../core/pull/normalise.py" line="134"/>
        <source>the district &apos;{name}&apos; is not in the district layer</source>
        <translation>den Stadtteil „{name}“ gibt es in der Stadtteil-Ebene nicht</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="50"/>
        <source>Address points to place a contribution by the address it gives (optional)</source>
        <translation>Adresspunkte, um einen Beitrag nach seiner Adresse zu verorten (optional)</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="53"/>
        <source>Districts to name a contribution&apos;s district as they are named (optional)</source>
        <translation>Stadtteile, um den Stadtteil eines Beitrags so zu benennen wie sie (optional)</translation>
    </message>
    <message>
        <location filename="../core/pull/place.py" line="57"/>
        <source>The address layer {name} needs a street and a house-number field (such as strasse and hausnummer, or addr:street and addr:housenumber); it has: {fields}.</source>
        <translation>Die Adress-Ebene {name} braucht ein Feld für die Straße und eines für die Hausnummer (etwa strasse und hausnummer, oder addr:street und addr:housenumber); sie hat: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/pull/place.py" line="86"/>
        <source>The district layer {name} has no field with the districts&apos; names.</source>
        <translation>Die Stadtteil-Ebene {name} hat kein Feld mit den Namen der Stadtteile.</translation>
    </message>
    <message>
        <location filename="../core/pull/place.py" line="53"/>
        <source>The address layer {name} cannot be read.</source>
        <translation>Die Adress-Ebene {name} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/pull/place.py" line="83"/>
        <source>The district layer {name} cannot be read.</source>
        <translation>Die Stadtteil-Ebene {name} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../dialogs/profile_assistant.py" line="35"/>
        <source>Address (to place by)</source>
        <translation>Adresse (zum Verorten)</translation>
    </message>
    <message>
        <location filename="../core/pull/sync.py" line="181"/>
        <source>1 record was not imported because the portal does not publish it ({field}: draft).</source>
        <translation>1 Eintrag wurde nicht übernommen, weil das Portal ihn nicht veröffentlicht ({field}: Entwurf).</translation>
    </message>
    <message>
        <location filename="../core/review/classify.py" line="53"/>
        <source>Stadtdialog: classify 1 submission</source>
        <translation>Stadtdialog: 1 Beitrag zuordnen</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="110"/>
        <source>{file}: read the sheet &apos;{sheet}&apos; ({why}) of {count}: {sheets}. Name another in the profile&apos;s file section (&apos;sheet&apos;).</source>
        <translation>{file}: das Tabellenblatt „{sheet}“ gelesen ({why}), von {count}: {sheets}. Ein anderes nennen Sie im Abschnitt „file“ des Profils („sheet“).</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="110"/>
        <source>it has coordinates</source>
        <translation>es hat Koordinaten</translation>
    </message>
    <message>
        <location filename="../core/sources/files.py" line="110"/>
        <source>no sheet has coordinates</source>
        <translation>kein Blatt hat Koordinaten</translation>
    </message>
    <message>
        <location filename="../core/sources/wfs.py" line="133"/>
        <source>Reading the current state of 1 submission on the portal</source>
        <translation>Aktueller Stand von 1 Beitrag im Portal wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/writeback/writers.py" line="88"/>
        <source>Writing 1 submission back (WFS-T)</source>
        <translation>Zurückschreiben von 1 Beitrag (WFS-T)</translation>
    </message>
    <message>
        <location filename="../dialogs/classify_dialog.py" line="87"/>
        <source>1 submission classified; save the layer&apos;s edits to keep it, or undo.</source>
        <translation>1 Beitrag zugeordnet; speichern Sie die Bearbeitung der Ebene, um sie zu behalten, oder machen Sie sie rückgängig.</translation>
    </message>
    <message>
        <location filename="../dialogs/push_dialog.py" line="188"/>
        <source>1 conflict resolved; what you chose to write goes out with the next push.</source>
        <translation>1 Konflikt gelöst; was Sie schreiben wollen, geht beim nächsten Zurückschreiben hinaus.</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="59"/>
        <source>1 submission classified.</source>
        <translation>1 Beitrag zugeordnet.</translation>
    </message>
    <message>
        <location filename="../processing/export.py" line="37"/>
        <source>1 submission exported to {path}</source>
        <translation>1 Beitrag nach {path} exportiert</translation>
    </message>
    <message>
        <location filename="../processing/report.py" line="48"/>
        <source>Report on 1 submission written to {path}</source>
        <translation>Bericht über 1 Beitrag nach {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../core/publish/report_data.py" line="139"/>
        <source>The quotes the reviewers marked (up to {marked} per action area, the newest first); where they marked none in an area, up to {n} of the submissions classified in it: those with the most to say in {low} to {high} characters, the newest first where alike. Personal data masked.</source>
        <translation>Die von der Prüfung als Zitat markierten Beiträge (bis zu {marked} je Handlungsfeld, die neuesten zuerst); wo in einem Handlungsfeld keiner markiert ist, bis zu {n} der ihm zugeordneten Beiträge: die mit dem meisten Inhalt in {low} bis {high} Zeichen, bei gleicher Länge die neuesten zuerst. Persönliche Angaben maskiert.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="168"/>
        <source>Keys: 1–9, 0 action areas · A accept suggestions · C classified · I in review · X not relevant · D duplicate · P priority · E note · V personal data · Q quote for the report · N/Enter save and next · B previous · S skip · Ctrl+Z undo</source>
        <translation>Tasten: 1–9, 0 Handlungsfelder · A Vorschläge übernehmen · C zugeordnet · I in Prüfung · X nicht relevant · D Duplikat · P Priorität · E Notiz · V persönliche Angaben · Q Zitat für den Bericht · N/Enter speichern und weiter · B zurück · S überspringen · Strg+Z rückgängig</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="471"/>
        <source>quote for the report</source>
        <translation>Zitat für den Bericht</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="518"/>
        <source>Quote for the report</source>
        <translation>Zitat für den Bericht</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="519"/>
        <source>{id}: quoted in the report (masked); N saves it.</source>
        <translation>{id}: wird im Bericht zitiert (maskiert); N speichert es.</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="520"/>
        <source>{id}: no longer quoted in the report; N saves it.</source>
        <translation>{id}: wird im Bericht nicht mehr zitiert; N speichert es.</translation>
    </message>
    <message>
        <location filename="../core/writeback/conflicts.py" line="69"/>
        <source>changed on the portal in other fields</source>
        <translation>im Portal in anderen Feldern geändert</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="104"/>
        <source>1 marked as a duplicate, in the layer&apos;s edits: save them to keep it (Ctrl+Z undoes).</source>
        <translation>1 als Duplikat markiert, in der Bearbeitung der Ebene: speichern Sie sie, um es zu behalten (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="104"/>
        <source>{n} marked as duplicates, in the layer&apos;s edits: save them to keep them (Ctrl+Z undoes).</source>
        <translation>{n} als Duplikate markiert, in der Bearbeitung der Ebene: speichern Sie sie, um sie zu behalten (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="109"/>
        <source>1 marked as a duplicate; saved when you close.</source>
        <translation>1 als Duplikat markiert; wird beim Schließen gespeichert.</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="109"/>
        <source>{n} marked as duplicates; saved when you close.</source>
        <translation>{n} als Duplikate markiert; werden beim Schließen gespeichert.</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="111"/>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <location filename="../dialogs/duplicates_dialog.py" line="119"/>
        <source>The duplicates could not be saved: {errors}. They are still in the layer&apos;s edits.</source>
        <translation>Die Duplikate konnten nicht gespeichert werden: {errors}. Sie sind weiter in der Bearbeitung der Ebene.</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="64"/>
        <source>Stadtdialog store: a GeoPackage or postgres:CONNECTION</source>
        <translation>Stadtdialog-Speicher: GeoPackage oder postgres:VERBINDUNG</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="58"/>
        <source>Store: a GeoPackage or postgres:CONNECTION</source>
        <translation>Speicher: GeoPackage oder postgres:VERBINDUNG</translation>
    </message>
    <message>
        <location filename="../core/publish/basemap.py" line="83"/>
        <source>{name} (off: its server did not answer)</source>
        <translation>{name} (aus: ihr Server antwortete nicht)</translation>
    </message>
    <message>
        <location filename="../dialogs/pull_dialog.py" line="229"/>
        <source>The background map is switched off: its server did not answer. Tick it in the Layers panel when you are online.</source>
        <translation>Die Hintergrundkarte ist ausgeschaltet: ihr Server antwortete nicht. Haken Sie sie im Bedienfeld „Layer“ an, wenn Sie online sind.</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="262"/>
        <source>Submissions per action area, by category</source>
        <translation>Beiträge je Handlungsfeld, nach Kategorie</translation>
    </message>
    <message>
        <location filename="../core/review/styles.py" line="107"/>
        <source>By how the point was placed</source>
        <translation>Nach der Verortung des Punkts</translation>
    </message>
    <message>
        <location filename="../processing/draft_profile.py" line="31"/>
        <source>Sheet of a spreadsheet (else the first with coordinates)</source>
        <translation>Tabellenblatt (sonst das erste mit Koordinaten)</translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="40"/>
        <source>Sheet of a spreadsheet (else the profile&apos;s, else the first with coordinates)</source>
        <translation>Tabellenblatt (sonst das des Profils, sonst das erste mit Koordinaten)</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="469"/>
        <source>duplicate of {id}</source>
        <translation>Duplikat von {id}</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="556"/>
        <source>A duplicate of {id} ({distance} m away, {share}% of the words alike): {title}</source>
        <translation>Ein Duplikat von {id} ({distance} m entfernt, {share} % gleiche Wörter): {title}</translation>
    </message>
    <message>
        <location filename="../dialogs/review_panel.py" line="556"/>
        <source>A duplicate, but of none nearby with a text alike: write its id into &apos;Duplicate of&apos; in the form.</source>
        <translation>Ein Duplikat, aber von keinem ähnlichen Beitrag in der Nähe: tragen Sie dessen ID im Formular unter „Duplikat von“ ein.</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="161"/>
        <source>Where the submissions crowd</source>
        <translation>Wo sich die Beiträge häufen</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="163"/>
        <source>Darker red: more submissions close together (a heat map over all {n} placed submissions). It shows where the points of the map before lie on top of each other.</source>
        <translation>Dunkleres Rot: mehr Beiträge dicht beieinander (eine Heatmap über alle {n} verorteten Beiträge). Sie zeigt, wo die Punkte der Karte davor übereinander liegen.</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="292"/>
        <source>Action areas by district</source>
        <translation>Handlungsfelder nach Stadtteil</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="311"/>
        <source>The number after a bar: the district&apos;s submissions. A submission with several action areas counts once in each, so a bar can be longer than its number says.</source>
        <translation>Die Zahl hinter einem Balken: die Beiträge des Stadtteils. Ein Beitrag mit mehreren Handlungsfeldern zählt in jedem einmal, darum kann ein Balken länger sein, als seine Zahl sagt.</translation>
    </message>
    <message>
        <location filename="../core/publish/report_layout.py" line="314"/>
        <source>{n} smaller districts are in the table on the page before.</source>
        <translation>{n} kleinere Stadtteile stehen in der Tabelle auf der Seite davor.</translation>
    </message>
    <message>
        <location filename="../core/review/styles.py" line="128"/>
        <source>The styles were not saved in {name}: this login may not write QGIS&apos;s style table public.layer_styles. The store works and Stadtdialog styles its layers; colleagues who open the table without the plugin see it unstyled until city IT grants this login INSERT and DELETE on public.layer_styles.</source>
        <translation>Die Stile wurden nicht in {name} gespeichert: Diese Anmeldung darf die Stiltabelle von QGIS, public.layer_styles, nicht beschreiben. Der Speicher funktioniert, und Stadtdialog gestaltet seine Layer selbst; wer die Tabelle ohne das Plugin öffnet, sieht sie ungestaltet, bis die städtische IT dieser Anmeldung INSERT und DELETE auf public.layer_styles gewährt.</translation>
    </message>
</context>
</TS>
