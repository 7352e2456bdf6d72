<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/catalogue.py" line="83"/>
        <source>must list at least one action area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="91"/>
        <source>&apos;{code}&apos; must be lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="93"/>
        <source>&apos;{code}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="96"/>
        <source>must be a colour like #1f78b4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="122"/>
        <source>names catalogue &apos;{named}&apos; but &apos;{given}&apos; was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="133"/>
        <source>&apos;{code}&apos; is not in catalogue &apos;{cat}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="15"/>
        <source>{file}, key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="16"/>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="55"/>
        <source>{what}: the server's TLS certificate for {url} is not trusted. If it is your city's own certificate authority, add it under Settings › Options › Authentication › Certificate Manager; verification stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="62"/>
        <source>{what}: no answer from {url} after {n} attempts ({reason}). Nothing was changed. Check the network connection or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="74"/>
        <source>{what}: the portal answered HTTP {status} ({phrase}) for {url}. Nothing was changed. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="89"/>
        <source>{what}: the answer from {url} is larger than {mb} MB; it was not read. Ask for smaller pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="106"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="124"/>
        <source>Check the authentication configuration for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="126"/>
        <source>Check the address; the collection or layer may have been renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="128"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="135"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="137"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="139"/>
        <source>connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="141"/>
        <source>the answer was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/http.py" line="142"/>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="12"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="12"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="12"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="13"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="13"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="22"/>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="26"/>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="30"/>
        <source>is not valid JSON (line {line}, column {col}: {msg})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="49"/>
        <source>unknown key; allowed are: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="53"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="58"/>
        <source>must be {kind}, not {actual}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="65"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jsonfile.py" line="76"/>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="47"/>
        <source>the record is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="52"/>
        <source>the record&apos;s properties are not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="59"/>
        <source>no id (field &apos;{field}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="62"/>
        <source>text that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="69"/>
        <source>the citizen gave no location; placed inside the project area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="74"/>
        <source>unknown category &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="110"/>
        <source>text shortened from {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="119"/>
        <source>{field} &apos;{value}&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="124"/>
        <source>no location (no geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="129"/>
        <source>no location (empty point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/files.py" line="114"/>
        <source>coordinates are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="140"/>
        <source>the {kind} geometry is empty or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="146"/>
        <source>a {kind} was placed at a point on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/files.py" line="105"/>
        <source>coordinates are not finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="150"/>
        <source>coordinates out of range for longitude/latitude ({x}, {y})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/normalise.py" line="156"/>
        <source>coordinates cannot be transformed to {crs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/detect.py" line="18"/>
        <source>No source given: enter an OGC API collection URL, a WFS URL or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="85"/>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/oapif.py" line="36"/>
        <source>Reading {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/files.py" line="34"/>
        <source>Downloading {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/files.py" line="38"/>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/files.py" line="64"/>
        <source>{file}: no coordinate columns found (looked for lon/lat, location_lon/location_lat or WKT); name them in the profile&apos;s &apos;geometry&apos; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/files.py" line="87"/>
        <source>The column &apos;{name}&apos; named in the profile&apos;s geometry section is not in the file; it has: {cols}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/files.py" line="120"/>
        <source>no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/files.py" line="126"/>
        <source>the WKT geometry cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/geojson.py" line="15"/>
        <source>{what}: the portal sent a web page or XML instead of GeoJSON (is the address right, or is the portal down?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/geojson.py" line="20"/>
        <source>{what}: the answer is not valid JSON ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/geojson.py" line="23"/>
        <source>{what}: expected a GeoJSON object, got something else. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/geojson.py" line="38"/>
        <source>{what}: the answer is not a GeoJSON FeatureCollection. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/oapif.py" line="42"/>
        <source>Reading the collections of {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/oapif.py" line="50"/>
        <source>{url} offers {n} collections ({ids}); give the address of the one to pull, e.g. …/collections/{first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/oapif.py" line="85"/>
        <source>Page {n} of {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/wfs.py" line="45"/>
        <source>Reading the WFS capabilities of {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/wfs.py" line="51"/>
        <source>{what}: the answer is not XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/wfs.py" line="57"/>
        <source>{url} does not answer as a WFS (tried version {v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/wfs.py" line="69"/>
        <source>The WFS at {url} offers {n} layers ({names}); add typename=… to the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/wfs.py" line="74"/>
        <source>The WFS at {url} has no layer &apos;{name}&apos;; it offers: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/wfs.py" line="127"/>
        <source>Page {n} of the WFS layer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/wfs.py" line="136"/>
        <source>{what}: the WFS answered with an error: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portals/wfs.py" line="173"/>
        <source>{what}: the GML answer could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile.py" line="64"/>
        <source>no such profile; built-in profiles are: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile.py" line="90"/>
        <source>give both &apos;lon&apos; and &apos;lat&apos;, or &apos;wkt&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/qgis_network.py" line="65"/>
        <source>The authentication configuration '{id}' does not exist in this QGIS profile. Choose one under Settings › Options › Authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/qgis_network.py" line="72"/>
        <source>The authentication configuration &apos;{id}&apos; could not be applied (is the master password set?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="128"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="129"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="130"/>
        <source>classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="131"/>
        <source>not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema.py" line="132"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="35"/>
        <source>{path} already exists; open it instead of creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="40"/>
        <source>&apos;{crs}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="45"/>
        <source>Cannot create the GeoPackage {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="62"/>
        <source>Cannot create the GeoPackage {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="88"/>
        <source>{path} was written by a newer Stadtdialog (schema {found}, this one knows {known}). Update the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="99"/>
        <source>Cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="109"/>
        <source>{path} is not a Stadtdialog GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="113"/>
        <source>{path} has no schema version; it is not a Stadtdialog GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="242"/>
        <source>{path} is busy: another program is writing to it. Nothing was changed; save or close the edits there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="245"/>
        <source>Writing to {path} failed: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="267"/>
        <source>Cannot open {path} for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store.py" line="277"/>
        <source>Updating {path} to schema {version} failed: {reason}. The file was left at schema {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="86"/>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="87"/>
        <source>By action area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="88"/>
        <source>By review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="89"/>
        <source>Heatmap of all submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="109"/>
        <source>Cannot open the submissions layer in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="114"/>
        <source>Saving the style &apos;{name}&apos; into {path} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync.py" line="31"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {withdrawn} withdrawn, {quarantined} quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync.py" line="91"/>
        <source>duplicate id &apos;{id}&apos; within this pull; the first one was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync.py" line="98"/>
        <source>Page {n}: {count} records read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync.py" line="130"/>
        <source>The portal listed no submissions at all; {n} stored submissions were kept as they are instead of being marked withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync.py" line="157"/>
        <source>The pull was cancelled; the GeoPackage was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="34"/>
        <source>Connect and pull…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="36"/>
        <source>Open quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>Stadtdialog – citizen participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="20"/>
        <source>Pull submissions from a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="23"/>
        <source>Pulls citizens' submissions from an OGC API – Features collection, a WFS layer (URL with typename) or a GeoJSON/CSV file or URL into a GeoPackage, through a field-mapping profile. New submissions are added, changed ones updated, missing ones marked withdrawn; reviewers' fields are never touched. Records that cannot be imported go to the 'quarantine' table with their reason. On any error the GeoPackage stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="33"/>
        <source>Source (URL or file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="34"/>
        <source>Field-mapping profile (name or JSON file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="36"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="37"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="39"/>
        <source>Only within bbox (minx,miny,maxx,maxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="41"/>
        <source>Only within date/time interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="43"/>
        <source>Keep personal data (names, e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/pull.py" line="45"/>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
