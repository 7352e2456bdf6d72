"""Exports for the city's GIS and the council report, read back the way their readers would."""
import csv
import json
import subprocess
import unicodedata

import pytest
from conftest import ROOT
from osgeo import ogr
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage
from sample import submissions
from stadtdialog.core.errors import StadtdialogError
from stadtdialog.core.publish.export import export
from stadtdialog.core.publish.report import report
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.classify import classify
from stadtdialog.core.store.schema import CATEGORIES
from stadtdialog.resources.demo.districts import write_districts

HOSTILE = {1: "=HYPERLINK(\"http://evil.example\",\"klick\")", 2: "+49 631 365-0 anrufen", 3: "-1+1",
           4: "@SUM(A1:A9)", 5: "Zeile eins\nZeile zwei; \"zitiert\"", 6: "<script>alert('x')</script> & <b>fett</b>"}


@pytest.fixture
def gpkg(tmp_path):
    features = submissions(120)
    for number, text in HOSTILE.items():
        features[number - 1]["properties"]["text"] = text
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    path = tmp_path / "s.gpkg"
    pull(source, "demo-kaiserslautern", path, keep_personal=True)
    layer = QgsVectorLayer("{}|layername=submissions".format(path), "s", "ogr")
    classify(layer, "\"category\" = 'meeting_place'", ["kultur_sport", "religion"], "classified", "=1+1", user="R")
    classify(layer, "\"category\" = 'unpleasant_place'", ["sozialraum"], "in_review", user="R")
    return path


def test_csv_export_neutralises_formulas_keeps_text_and_leaves_personal_data_out(gpkg, tmp_path):
    out = tmp_path / "export.csv"
    assert export(gpkg, out) == 120
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = {r["portal_id"]: r for r in csv.DictReader(f)}
    assert len(rows) == 120
    assert rows["KL-000001"]["text"] == "'" + HOSTILE[1]  # a spreadsheet shows it, never runs it
    assert rows["KL-000002"]["text"].startswith("'+") and rows["KL-000003"]["text"] == "'-1+1"
    assert rows["KL-000004"]["text"].startswith("'@")
    assert rows["KL-000005"]["text"] == HOSTILE[5]  # newlines and quotes survive, quoted
    assert rows["KL-000006"]["text"] == HOSTILE[6]
    classified = [r for r in rows.values() if r["review_status"] == "classified"]
    assert classified and all(r["action_areas"] == "kultur_sport; religion" for r in classified)
    assert all(r["action_areas_labels"] in ("Kultur und Sport; Religion", "Culture and sport; Religion")
               for r in classified)
    assert all(r["planner_note"] == "'=1+1" for r in classified)
    assert "personal" not in next(iter(rows.values()))
    assert "@example.org" not in out.read_text(encoding="utf-8-sig")
    assert all(7.5 < float(r["lon"]) < 8.0 and 49.3 < float(r["lat"]) < 49.6 for r in rows.values())


def test_geojson_and_geopackage_exports_carry_codes_labels_and_personal_data_only_when_asked(gpkg, tmp_path):
    geojson = tmp_path / "export.geojson"
    assert export(gpkg, geojson, include_personal=True) == 120
    doc = json.loads(geojson.read_text(encoding="utf-8"))
    first = next(f for f in doc["features"] if f["properties"]["review_status"] == "classified")
    assert first["properties"]["action_areas"] == ["kultur_sport", "religion"]  # a real array, not text
    assert first["properties"]["action_areas_labels"]
    assert "@example.org" in json.dumps(doc["features"][0]["properties"]["personal"])
    lon, lat = doc["features"][0]["geometry"]["coordinates"]
    assert 7.5 < lon < 8.0 and 49.3 < lat < 49.6  # RFC 7946: WGS 84 longitude, latitude
    out = tmp_path / "export.gpkg"
    assert export(gpkg, out) == 120
    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == 120 and layer.GetLayerDefn().GetFieldIndex("personal") < 0
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "25832"


def test_a_failed_export_leaves_the_previous_file_alone(gpkg, tmp_path):
    out = tmp_path / "export.csv"
    out.write_text("the previous export", encoding="utf-8")
    with pytest.raises(StadtdialogError, match=r"\.gpkg, \.geojson or \.csv"):
        export(gpkg, tmp_path / "export.xlsx")
    with pytest.raises(StadtdialogError, match="overwrite"):
        export(gpkg, gpkg)
    assert out.read_text(encoding="utf-8") == "the previous export"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".stadtdialog-")]


def _text(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_pdf_report_has_the_map_the_counts_the_districts_and_the_catalogue(gpkg, tmp_path):
    districts = write_districts(tmp_path / "districts.gpkg")
    out = tmp_path / "report.pdf"
    data = report(gpkg, out, str(districts))
    text = _text(out)
    classified = data.by_status["classified"]
    assert classified > 0 and data.by_area["kultur_sport"] == classified
    label = data.area_label("kultur_sport")  # in the user's language
    assert "120" in text and label in text and data.area_label("sozialraum") in text
    row = next(line for line in text.splitlines() if line.strip().startswith(label)
               and line.split()[-1].isdigit() and len(line.split()) > 5)
    assert row.split()[-1] == str(classified)  # the total of the action area's row
    assert "Innenstadt" in text and "Vogelweh" in text  # per district
    assert sum(total for _, _, total in data.districts) + data.outside_districts == 120
    assert "working groups" in text or "Arbeitsgruppen" in text  # the catalogue's provenance
    # The map (page 2, after the title page) draws the classified submissions in their action area's colour.
    subprocess.run(["pdftoppm", "-r", "60", "-f", "2", "-l", "2", "-png", str(out), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    found = {image.pixel(x, y) for x in range(0, image.width() * 2 // 3) for y in range(image.height())}
    colour = {code: QColor(value).rgb() for code, _, value, _ in data.areas}
    assert colour["kultur_sport"] in found or colour["religion"] in found


def test_the_chart_stacks_each_action_area_by_category_in_the_key_s_colours(gpkg, tmp_path):
    from stadtdialog.core.store.schema import CATEGORY_COLOURS

    out = tmp_path / "report.pdf"
    data = report(gpkg, out, language="en", background=False)
    pages = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout.split("\f")
    number = next(i for i, p in enumerate(pages, start=1) if "Submissions per action area, by category" in p)
    assert all(data.category_label(c) in pages[number - 1] for c in CATEGORIES)  # the key names every category
    shots = ROOT / "demo-output" / "report"  # the README's English report page (make screenshots)
    shots.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-f", str(number), "-l", str(number), "-png", "-singlefile", str(out),
                    str(shots / "en-chart")], check=True)
    image = QImage(str(shots / "en-chart.png"))
    mm = image.width() / 297  # A4 landscape
    found = {QColor(image.pixel(x, y)).name() for x in range(int(84 * mm), image.width())  # the bars, below the key
             for y in range(int(27 * mm), image.height())}
    present = {c for (_, c), n in data.by_area_category.items() if n}
    assert len(present) >= 2 and {CATEGORY_COLOURS[c] for c in present} <= found  # one segment per category


def test_a_chart_by_district_shows_each_district_s_action_areas_and_a_density_map_where_points_are_many(
        gpkg, tmp_path):
    districts = write_districts(tmp_path / "districts.gpkg")
    out = tmp_path / "report.pdf"
    data = report(gpkg, out, str(districts), language="en", background=False)
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    number = next(i for i, p in enumerate(pages, start=1) if "Action areas by district" in p)
    page = pages[number - 1]
    for name, _, total in data.districts[:15]:  # each district's bar, with its number of submissions
        line = next(line for line in page.splitlines() if line.strip().startswith(name))
        assert line.split()[-1] == str(total)
    used = {code for (_, code), n in data.by_district_area.items() if n}
    assert all(data.area_label(code) in page for code in used)  # the key names every area in the bars
    assert sum(n for (name, code), n in data.by_district_area.items() if name == data.districts[0][0]) >= \
        data.districts[0][2]  # a submission counts once in each of its areas
    subprocess.run(["pdftoppm", "-r", "60", "-f", str(number), "-l", str(number), "-png", "-singlefile", str(out),
                    str(tmp_path / "district-chart")], check=True)
    image = QImage(str(tmp_path / "district-chart.png"))
    found = {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}
    colours = {code: colour for code, _, colour, _ in data.areas}
    assert {colours[c] for c in used if c in colours} <= found  # the bars in the areas' colours
    # 120 placed submissions: a density map follows the map, drawn in the heat map's reds
    density = next(i for i, p in enumerate(pages, start=1) if "Where the submissions crowd" in p)
    assert density == 3
    subprocess.run(["pdftoppm", "-r", "60", "-f", "3", "-l", "3", "-png", "-singlefile", str(out),
                    str(tmp_path / "density")], check=True)
    image = QImage(str(tmp_path / "density.png"))
    reds = sum(1 for x in range(0, image.width() * 2 // 3, 2) for y in range(0, image.height(), 2)
               if QColor(image.pixel(x, y)).red() > 150 and QColor(image.pixel(x, y)).green() < 110)
    assert reds > 50


def test_the_html_report_has_the_action_areas_by_district(gpkg, tmp_path):
    out = tmp_path / "report.html"
    data = report(gpkg, out, str(write_districts(tmp_path / "districts.gpkg")), language="en", background=False)
    page = out.read_text(encoding="utf-8")
    table = page[page.index("<h2>Action areas by district</h2>"):]
    table = table[:table.index("</table>")]
    name = data.districts[0][0]
    row = table[table.index("<td>{}</td>".format(name)):].split("</tr>")[0]
    cells = [int(c.split("</td>")[0]) for c in row.split("<td>")[2:]]
    assert sum(cells) == sum(n for (d, _), n in data.by_district_area.items() if d == name) > 0


def test_few_placed_submissions_get_no_density_map(tmp_path):
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(20)}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", tmp_path / "s.gpkg")
    out = tmp_path / "report.pdf"
    report(tmp_path / "s.gpkg", out, language="en", background=False)
    assert "Where the submissions crowd" not in _text(out)


def test_the_report_opens_with_a_title_page_of_the_participation_its_period_and_numbers(gpkg, tmp_path):
    from locales import Locale

    out = tmp_path / "bericht.pdf"
    with Locale("de"):
        data = report(gpkg, out, title="Integration findet Stadt – Im Dialog zum Erfolg!", background=False)
    first = unicodedata.normalize("NFKC", subprocess.run(  # NFKC: the PDF's "fi" ligature read as two letters
        ["pdftotext", "-f", "1", "-l", "1", str(out), "-"], check=True, capture_output=True, text=True).stdout)
    assert "Integration findet Stadt – Im Dialog zum" in first and "Erfolg!" in first  # the name, wrapped, whole
    assert "Beiträge vom {} bis {}".format(data.first, data.last) in " ".join(first.split())
    assert data.first.count(".") == 2 and data.first != data.last  # the period in German dates
    assert str(data.total) in first and str(data.by_status["classified"]) in first and "zugeordnet" in first
    pages = [p for p in subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True,
                                       text=True).stdout.split("\f") if p.strip()]
    last = pages[-1]
    assert "Arbeitsgruppen" in last and "working groups" not in last  # the provenance in the reader's language
    assert "Derived" not in _text(out)
    assert "Ersetzen Sie" not in last and "Code" not in last  # written for the reader, not the administrator
    quotes = next(p for p in pages if "Stimmen aus der Beteiligung" in p)  # what citizens said, by action area
    assert "je Handlungsfeld" in quotes and "„" in quotes
    tiles = [int(n) for n in first.split() if n.isdigit()][:5]  # the title page's boxes add up to the total
    assert tiles[0] == data.total == sum(tiles[1:])
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # readable as the user's other files are


def test_html_report_shows_citizen_text_as_text_and_runs_nothing(gpkg, tmp_path):
    out = tmp_path / "report.html"
    report(gpkg, out)
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "data:image/png;base64," in page  # the map travels inside the page
    assert "Kultur und Sport" in page or "Culture and sport" in page
