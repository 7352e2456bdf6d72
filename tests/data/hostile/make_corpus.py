"""Writes the hostile-input corpus next to this file: one file per case and cases.json with each case's
stated outcome. Run it again after changing a case: python3 tests/data/hostile/make_corpus.py

Outcomes: "imported" (as sent), "normalised" (imported, with a note saying what was done), "quarantined"
(in the quarantine table with its reason), "refused" (the pull stops with a clear message and changes
nothing). `match` is a piece of the note, reason or message; `check` compares a stored field with what was
sent.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = "demo-kaiserslautern"
ADHOC = "table-profile.json"  # a plain CSV table: id, name, description, location_lon/location_lat
TABLE_PROFILE = {"name": "csv-table", "id": "id",
                 "description": "The hostile CSV cases: a table with id, name, description and location_lon/lat.",
                 "fields": {"title": "name", "text": "description", "created_at": "created"},
                 "category": {"field": "category", "values": {}},
                 "geometry": {"lon": "location_lon", "lat": "location_lat"},
                 "personal_fields": ["creator", "email"], "writeback": {}}
POINT = [7.7689, 49.4447]
CASES = []


def feature(pid="H-1", text="Ein Treffpunkt am Stiftsplatz.", geometry=None, **props):
    p = {"beitrag_id": pid, "titel": "Titel " + str(pid), "text": text, "sprache": "de",
         "kategorie": "Ort der Begegnung", "erstellt_am": "2018-08-01T10:00:00Z"}
    p.update(props)
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": POINT} if geometry is None else geometry,
            "properties": p}


def collection(*features, **extra):
    return dict({"type": "FeatureCollection", "features": list(features)}, **extra)


def case(name, content, expect, match=None, profile=DEMO, check=None, pid="H-1", note=""):
    path = HERE / name
    if isinstance(content, (dict, list)):
        content = json.dumps(content, ensure_ascii=False)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    CASES.append({"file": name, "profile": profile, "expect": expect, "match": match, "check": check, "id": pid,
                  "about": note})


def verbatim(name, text, note, field="text"):
    props = {"text": text} if field == "text" else {"titel": text}
    case(name, collection(feature(**props)), "imported", check={"field": "title" if field == "titel" else field,
                                                                   "equals": text}, note=note)


def geojson_cases():
    case("basic.geojson", collection(feature()), "imported", note="a well-formed submission")
    case("malformed.geojson", json.dumps(collection(feature()))[:-40], "refused", "not valid JSON",
         note="cut off in the middle")
    case("not-a-collection.geojson", {"hello": "world"}, "refused", "not a GeoJSON FeatureCollection",
         note="JSON, but no GeoJSON")
    case("html-instead.geojson", "<!DOCTYPE html><html><body>Wartung</body></html>", "refused", "web page",
         note="an HTML page saved as .geojson")
    case("empty-file.geojson", "", "refused", "not valid JSON", note="zero bytes")
    deep = "[" * 100000 + "]" * 100000
    case("deep-nesting.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
         '{"beitrag_id":"H-1","x":' + deep + '},"geometry":{"type":"Point","coordinates":[7.7,49.4]}}]}',
         "refused", "nested too deeply", note="100,000 nested arrays")
    case("missing-id.geojson", collection(feature(pid=None)), "quarantined", "no id", pid=None)
    case("empty-id.geojson", collection(feature(pid="  ")), "quarantined", "no id", pid=None)
    case("object-id.geojson", collection(feature(pid={"a": 1})), "quarantined", "no id", pid=None)
    case("numeric-id.geojson", collection(feature(pid=42)), "imported", pid="42", note="a number as id")
    case("duplicate-id.geojson", collection(feature(), feature(text="Zweiter mit gleicher Id")), "quarantined",
         "duplicate id", note="the first is kept, the second quarantined")
    case("nan.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"beitrag_id":'
         '"H-1","text":"x"},"geometry":{"type":"Point","coordinates":[NaN, 49.4]}}]}', "quarantined", "coordinates",
         note="NaN as a coordinate")
    case("infinity.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
         '{"beitrag_id":"H-1","text":"x"},"geometry":{"type":"Point","coordinates":[Infinity, -Infinity]}}]}',
         "quarantined", "coordinates", note="Infinity as a coordinate")
    case("out-of-range.geojson", collection(feature(geometry={"type": "Point", "coordinates": [200.0, 95.0]})),
         "quarantined", "out of range")
    case("huge-number.geojson", collection(feature(geometry={"type": "Point", "coordinates": [1e308, 1e308]})),
         "quarantined", "out of range")
    case("giant-integer.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
         '{"beitrag_id":"H-1","text":"x"},"geometry":{"type":"Point","coordinates":[' + "9" * 400 + ', 49.4]}}]}',
         "quarantined", "not finite", note="an integer of 400 digits: more than any float holds")
    case("swapped-axes.geojson", collection(feature(geometry={"type": "Point", "coordinates": [49.4447, 7.7689]})),
         "normalised", "swapped",
         note="latitude first: valid numbers, but far from every other submission of the pull")
    case("point-3d.geojson", collection(feature(geometry={"type": "Point", "coordinates": POINT + [240.0]})),
         "imported", note="a height is dropped; the place is the same")
    case("point-zm.geojson", collection(feature(geometry={"type": "Point", "coordinates": POINT + [240.0, 7.0]})),
         "imported", note="height and measure are dropped")
    case("null-geometry.geojson", collection(feature(geometry={})), "normalised", "no location",
         note="a contribution without a place: reviewed all the same, no point made up")
    case("empty-point.geojson", collection(feature(geometry={"type": "Point", "coordinates": []})), "normalised",
         "empty point", note="a contribution without a place")
    case("line.geojson", collection(feature(geometry={"type": "LineString", "coordinates": [
        [7.76, 49.44], [7.77, 49.45]]})), "normalised", "LineString")
    case("polygon.geojson", collection(feature(geometry={"type": "Polygon", "coordinates": [[
        [7.76, 49.44], [7.78, 49.44], [7.78, 49.45], [7.76, 49.44]]]})), "normalised", "Polygon")
    case("empty-polygon.geojson", collection(feature(geometry={"type": "Polygon", "coordinates": []})),
         "quarantined", "empty")
    case("unknown-category.geojson", collection(feature(kategorie="Sonstwas")), "normalised", "unknown category")
    verbatim("html-script.geojson", "<script>alert('x')</script><img src=x onerror=alert(1)> & <b>fett</b>",
             "HTML and script stay text")
    verbatim("sql-quotes.geojson", "Robert'); DROP TABLE submissions;-- \"quoted\" ''", "SQL quotes stay text")
    verbatim("formula.geojson", "=HYPERLINK(\"http://evil.example\",\"klick\")", "a formula stays text",
             field="titel")
    verbatim("rtl.geojson", "مكان لقاء جميل في الحديقة \u202e‮ עברית כאן", "right-to-left scripts and an RLO mark")
    verbatim("emoji.geojson", "Toller Ort 👍🏽👨‍👩‍👧 🏳️‍🌈 und Ümläute", "emoji, ZWJ sequences, umlauts")
    case("mixed-newlines.geojson", collection(feature(text="Zeile 1\r\nZeile 2\nZeile 3\rZeile 4")), "imported",
         check={"field": "text", "equals": "Zeile 1\nZeile 2\nZeile 3\nZeile 4"},
         note="mixed line endings become one kind; the lines stay")
    case("long-text.geojson", collection(feature(text="Sehr lang. " * 12000)), "normalised", "shortened",
         note="132,000 characters: kept up to the limit, with a note")
    case("control-chars.geojson", collection(feature(text="Null\x00Byte und \x07Glocke")), "imported",
         check={"field": "text", "equals": "NullByte und Glocke"}, note="control characters removed")
    case("invalid-utf8.geojson", json.dumps(collection(feature(text="PLACEHOLDER"))).encode().replace(
        b"PLACEHOLDER", b"Stra\xdfe"), "quarantined", "not valid UTF-8",
         note="Latin-1 bytes in a UTF-8 file: that record is quarantined, the rest of the file imports")
    case("bom.geojson", "\ufeff" + json.dumps(collection(feature()), ensure_ascii=False), "imported",
         note="UTF-8 with a byte-order mark")
    case("bad-date.geojson", collection(feature(erstellt_am="31.02.2018")), "normalised", "created_at")
    case("props-not-object.geojson", collection({"type": "Feature", "properties": [1, 2],
                                                 "geometry": {"type": "Point", "coordinates": POINT}}),
         "quarantined", "not an object", pid=None)
    case("feature-not-object.geojson", collection("just a string"), "quarantined", "not a JSON object", pid=None)
    case("legacy-crs.geojson", collection(feature(geometry={"type": "Point", "coordinates": [410350.0, 5477850.0]}),
                                          crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}}),
         "imported", note="coordinates in EPSG:25832, named by the old GeoJSON 'crs' member")


def csv_cases():
    head = "id;name;description;category;created;location_lon;location_lat\r\n"
    case("semicolon-newlines.csv", head + 'A-1;"Treff";"Zeile eins\nZeile zwei; mit Semikolon";;2018-08-01;'
         '7,7689;49,4447\r\n', "imported", profile=ADHOC, pid="A-1",
         check={"field": "text", "equals": "Zeile eins\nZeile zwei; mit Semikolon"},
         note="semicolons, a quoted newline, decimal commas")
    case("bom.csv", "\ufeffid,name,description,location_lon,location_lat\nA-1,Treff,Text,7.7689,49.4447\n",
         "imported", profile=ADHOC, pid="A-1")
    case("mixed-line-endings.csv", "id,name,description,location_lon,location_lat\r\nA-1,a,b,7.76,49.44\n"
         "A-2,c,d,7.77,49.45\r\n", "imported", profile=ADHOC, pid="A-2")
    case("missing-lat.csv", "id,name,description,location_lon,location_lat\nA-1,a,b,7.76,\n", "quarantined",
         "coordinates", profile=ADHOC, pid=None)
    case("text-coordinates.csv", "id,name,description,location_lon,location_lat\nA-1,a,b,abc,def\n",
         "quarantined", "coordinates", profile=ADHOC, pid=None)
    case("formula.csv", "id,name,description,location_lon,location_lat\nA-1,=1+1,@SUM(A1:A2),7.76,49.44\n",
         "imported", profile=ADHOC, pid="A-1", check={"field": "title", "equals": "=1+1"})
    case("latin1.csv", "id,name,description,location_lon,location_lat\nA-1,Straße,Größe,7.76,49.44\n"
         .encode("latin-1"), "imported", profile=ADHOC, pid="A-1", check={"field": "text", "equals": "Größe"},
         note="a Latin-1 / Windows-1252 export (Excel's 'CSV'): no UTF-8 in it at all, so read as Windows-1252 "
              "and said so in the pull's notes; never imported garbled")
    case("macroman.csv", "id,name,description,location_lon,location_lat\nA-1,Büro,Grüße aus Köln,7.76,49.44\n"
         .encode("mac_roman"), "imported", profile=ADHOC, pid="A-1",
         check={"field": "text", "equals": "Grüße aus Köln"},
         note="saved by an old Mac program: umlauts at 0x80-0x9F tell MacRoman from Windows-1252")
    case("only-header.csv", "id,name,description,location_lon,location_lat\n", "imported", profile=ADHOC, pid=None,
         note="no rows: an empty layer, no error")


def profile_cases():
    base = {"name": "typo", "id": "beitrag_id", "fields": {"title": "titel"}}
    case("profile-typo-key.json", dict(base, writebak={"review_status": "status"}), "refused", "writebak",
         profile="SELF", pid=None, note="a misspelt top-level key")
    case("profile-typo-field.json", dict(base, fields={"titel": "titel"}), "refused", "titel", profile="SELF",
         pid=None, note="a field key that does not exist")
    case("profile-bad-category.json", dict(base, category={"field": "kategorie", "values": {"Idee": "ideas"}}),
         "refused", "ideas", profile="SELF", pid=None, note="a category code that is not one of ours")
    case("profile-not-json.json", "{name: 'x', id: }", "refused", "JSON", profile="SELF", pid=None)


if __name__ == "__main__":
    for old in HERE.iterdir():
        if old.name not in ("make_corpus.py",):
            old.unlink()
    geojson_cases()
    (HERE / ADHOC).write_text(json.dumps(TABLE_PROFILE, indent=1), encoding="utf-8")
    csv_cases()
    profile_cases()
    (HERE / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=1), encoding="utf-8")
    print("{} cases".format(len(CASES)))
