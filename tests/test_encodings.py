"""CSV exports saved by spreadsheets and old programs: read in the encoding they are in, said so, and a
refusal always says what is wrong (never an empty 'ERROR:')."""
import json

from qgis_process_run import qgis_process
from stadtdialog.core.errors import PortalError, printable
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.store.gpkg_store import Store

# adhocracy+'s map-idea export with its German column labels, as Excel saves it as "CSV" on Windows.
HEADER = "Referenznr.;Titel;Beschreibung;Ort (Längengrad);Ort (Breitengrad);Kategorie"
ROWS = ["MI-1;Spielplatz an der Weststadt;Schöne Grüße: mehr Bänke, bitte!;7,7612;49,4437;Umwelt",
        "MI-2;Café im Viertel;Ein Treffpunkt für alle Älteren;7,7701;49,4461;Soziales"]
PROFILE = {"name": "adhocracy-plus-de", "id": "Referenznr.",
           "fields": {"title": "Titel", "text": "Beschreibung"},
           "category": {"field": "Kategorie", "values": {}},
           "geometry": {"lon": "Ort (Längengrad)", "lat": "Ort (Breitengrad)"}, "writeback": {}}


def _files(tmp_path, encoding):
    source = tmp_path / "ideen.csv"
    source.write_bytes("\r\n".join([HEADER] + ROWS).encode(encoding))
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    return source, profile


def test_a_windows_1252_export_is_read_as_such_and_says_so(tmp_path):
    source, profile = _files(tmp_path, "cp1252")
    result = pull(source, str(profile), tmp_path / "s.gpkg")
    assert (result.new, result.quarantined) == (2, 0)
    assert any("read as Windows-1252" in w for w in result.warnings)
    texts = {r["portal_id"]: r["text"] for r in Store(tmp_path / "s.gpkg").rows("submissions")}
    assert texts == {"MI-1": "Schöne Grüße: mehr Bänke, bitte!", "MI-2": "Ein Treffpunkt für alle Älteren"}


def test_the_same_export_in_utf_8_has_no_note(tmp_path):
    source, profile = _files(tmp_path, "utf-8")
    result = pull(source, str(profile), tmp_path / "s.gpkg")
    assert result.new == 2 and not result.warnings


def test_a_column_name_that_cannot_be_decoded_is_shown_escaped(tmp_path):
    # Mostly UTF-8 (so it stays UTF-8), one header byte broken: the message names it, escaped.
    source = tmp_path / "kaputt.csv"
    source.write_bytes("Titel;Straße;Ort (L\xe4nge);Breite\nA;b;7.7;49.4\n".encode()
                       .replace(b"L\xc3\xa4nge", b"L\xe4nge"))
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(dict(PROFILE, id="Titel")), encoding="utf-8")
    try:
        pull(source, str(profile), tmp_path / "s.gpkg")
    except PortalError as exc:
        text = str(exc)
    assert "Ort (L\\xe4nge)" in text and "Straße" in text
    text.encode("utf-8")  # printable: no lone surrogate left in the message


def test_qgis_process_shows_the_whole_message_not_an_empty_error(tmp_path):
    source = tmp_path / "kaputt.csv"
    source.write_bytes(b"Titel;Ort (L\xe4nge);Breite\nA;7.7;49.4\n" + "Straße".encode())
    proc = qgis_process(["run", "stadtdialog:pull", "--", "SOURCE=" + str(source), "PROFILE=adhocracy-plus",
                         "OUTPUT=" + str(tmp_path / "o.gpkg")], tmp_path / "home", check=False)
    assert proc.returncode != 0
    error_lines = [line for line in proc.stdout.splitlines() + proc.stderr.splitlines() if line.startswith("ERROR:")]
    assert error_lines and all(line[len("ERROR:"):].strip() for line in error_lines), proc.stdout + proc.stderr
    assert "Ort (Längengrad)" in proc.stdout + proc.stderr  # the column the profile looked for


def test_printable_keeps_good_text_and_escapes_only_broken_bytes():
    assert printable("Größe") == "Größe"
    assert printable("Gr\udcf6\udcdfe") == "Gr\\xf6\\xdfe"
