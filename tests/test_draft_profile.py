"""The profile assistant without widgets (core.draft_profile and stadtdialog:draft_profile): a drafted profile
imports every record of a new portal that has an id and a location."""
import json

import pytest
from platform_files import PLATFORMS, write_csv, write_xlsx
from qgis_process_run import run_json
from stadtdialog.core.pull import draft_profile as draft
from stadtdialog.core.pull.normalise import Rejected
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.sources.http import Http
from stadtdialog.core.store.gpkg_store import Store


def _draft(source):
    with Http() as http:
        sample = draft.read_sample(source, http)
    return sample, draft.propose(sample, draft.inventory(sample.records))


def test_qgis_process_drafts_a_working_profile_for_a_download_without_ids(tmp_path):
    source = PLATFORMS / "ushahidi" / "reports.csv"
    profile = tmp_path / "ushahidi-draft.json"
    result, _ = run_json("stadtdialog:draft_profile", {"SOURCE": source, "OUTPUT": profile}, tmp_path / "home")
    assert result["results"]["FIELDS"] >= 6   # id (made), title, text, date, location, category
    drafted = json.loads(profile.read_text(encoding="utf-8"))
    assert drafted["id"] == {"fingerprint": ["INCIDENT TITLE", "INCIDENT DATE", "LATITUDE", "LONGITUDE"]}
    assert drafted["fields"] == {"title": "INCIDENT TITLE", "text": "DESCRIPTION", "created_at": "INCIDENT DATE"}
    assert drafted["dates"]["formats"][0] == "%m/%d/%y %H:%M"              # 7/13/18: month first
    assert drafted["file"] == {"replace_undecodable": True, "encoding": "utf-8"}
    assert drafted["category"]["values"]["unpleasant_place"] == ["Weniger schöne Ecke"]
    out = tmp_path / "s.gpkg"
    pulled = pull(source, str(profile), out)
    assert (pulled.new, pulled.quarantined, pulled.without_place) == (5, 0, 1)  # every report, one without a place
    assert {r["created_at"] for r in Store(out).rows("submissions")} >= {"2018-07-13T12:12:00.000Z"}


def test_a_survey_export_gets_its_id_date_and_personal_fields(tmp_path):
    sample, profile = _draft(PLATFORMS / "kobo" / "submissions.geojson")
    assert profile["id"] == "_id" and profile["fields"]["created_at"] == "_submission_time"
    assert profile["personal_fields"] == ["_submitted_by"]
    assert profile["fields"]["text"] == "kommentar"
    assert "location" not in profile                                       # the features have their geometry
    path = draft.save(profile, tmp_path / "kobo.json")
    result = pull(PLATFORMS / "kobo" / "submissions.geojson", str(path), tmp_path / "s.gpkg")
    assert (result.new, result.quarantined) == (3, 0)


def test_json_records_languages_html_and_the_category_lookup_from_the_values_present():
    sample, profile = _draft(PLATFORMS / "decidim" / "proposals.json")
    assert profile["records"] == "$" and profile["id"] == "id"
    assert profile["fields"]["title"] == {"path": "title", "languages": ["de", "en", "*"]}
    assert profile["fields"]["text"]["html"] is True
    assert profile["location"] == {"lon": "longitude", "lat": "latitude"}
    assert profile["category"]["field"] == "category.name"
    assert profile["category"]["values"]["meeting_place"] == ["Ort der Begegnung", "Place of encounter"]
    assert "author.name" in profile["personal_fields"]
    rows = draft.preview(profile, sample)
    assert len(rows) == 5 and not any(isinstance(row, Rejected) for _, row in rows)
    assert sum(row.x is None for _, row in rows) == 1  # the proposal without a map location: without a place
    assert rows[0][1].record["title"] == "Sitzbänke am Stiftsplatz"


def test_the_field_whose_values_say_our_categories_is_the_category():
    sample, profile = _draft(PLATFORMS / "dipas" / "contributions.geojson")
    assert profile["category"]["field"] == "category"      # not contributionType, whose values say less
    assert profile["category"]["values"]["meeting_place"] == ["Ort der Begegnung"]
    assert [f.path for f in draft.inventory(sample.records) if f.kind == "bool"] == ["dipasLocated"]


@pytest.mark.parametrize("header,expected", [
    ("Titre;Description;Catégorie;Date de création;Longitude;Latitude;Courriel",
     {"title": "Titre", "text": "Description", "created_at": "Date de création"}),
    ("Título;Descripción;Categoría;Fecha;Longitud;Latitud;Correo",
     {"title": "Título", "text": "Descripción", "created_at": "Fecha"}),
    ("Titel;Beschreibung;Kategorie;Erstellt;Länge;Breite;E-Mail",
     {"title": "Titel", "text": "Beschreibung", "created_at": "Erstellt"}),
], ids=["fr", "es", "de"])
def test_field_names_are_recognised_in_french_spanish_and_german(tmp_path, header, expected):
    row = "Banc;Il manque un banc ici, près de l'arrêt.;Lieu de rencontre;2018-07-0{0} 10:00;7.7{0};49.4{0};a{0}@x.org"
    rows = [row.format(i) for i in range(1, 6)]
    source = tmp_path / "export.csv"
    source.write_text("\n".join([header] + rows), encoding="utf-8")
    sample, profile = _draft(source)
    assert profile["fields"] == expected
    columns = header.split(";")
    assert profile["location"] == {"lon": columns[4], "lat": columns[5]}
    assert profile["personal_fields"] == [columns[6]]
    assert profile["category"]["values"] == {"meeting_place": ["Lieu de rencontre"]}


def test_a_paged_json_api_is_drafted_with_its_records_path_and_paging(tmp_path, platform_server):
    sample, profile = _draft(platform_server.url + "/web_api/v1/ideas?page[size]=12")
    assert (profile["records"], profile["paging"]) == ("data", {"next": "links.next"})
    assert profile["location"] == {"geojson": "attributes.location_point_geojson"}
    assert profile["fields"]["title"]["path"] == "attributes.title_multiloc"
    path = draft.save(profile, tmp_path / "gv.json")
    result = pull(platform_server.url + "/web_api/v1/ideas?page[size]=12", str(path), tmp_path / "s.gpkg")
    assert (result.new, result.quarantined, result.without_place) == (30, 0, 1)


@pytest.mark.parametrize("platform, source, expected", [
    ("seeclickfix", "issues.json", {"id": "id", "title": "summary", "text": "description",
                                    "category": "request_type.title"}),
    ("open311", "requests.json", {"id": "service_request_id", "text": "description", "category": "service_name"}),
])
def test_the_draft_never_makes_a_person_a_title_and_uses_the_portal_s_id_and_category(platform, source, expected):
    sample, profile = _draft(PLATFORMS / platform / source)
    roles = {"id": profile["id"], "title": profile["fields"].get("title"), "text": profile["fields"].get("text"),
             "category": profile.get("category", {}).get("field")}
    assert {k: roles[k] for k in expected} == expected
    personal = profile["personal_fields"]
    if platform == "seeclickfix":  # everything under the reporter object, by name
        assert {"reporter.name", "reporter.avatar.full", "reporter.id"} <= set(personal)
    assert not {roles["title"], roles["text"], roles["category"]} & set(personal)
    assert roles["category"] not in ("status", "point.type", "request_type.id")
    rows = draft.preview(profile, sample)
    assert not any(isinstance(row, Rejected) for _, row in rows)


def test_a_workbook_is_read_at_the_sheet_with_the_map_answers_and_the_profile_says_which(tmp_path):
    # A survey tool's workbook: the respondents' sheet first, the map answers in a later one (Maptionnaire
    # exports one sheet per question); a pull with the draft reads the same sheet.
    respondents = ("Befragte", ["respondent", "alter", "e-mail"], [["r1", "30-39", "a@example.org"],
                                                                   ["r2", "60+", ""]])
    answers = [[f"A-{i}", f"Treffpunkt {i}", f"Hier treffen sich viele Nachbarn, Nummer {i}.", 7.75 + i / 1000,
                49.44] for i in range(1, 7)]
    source = write_xlsx(tmp_path / "umfrage.xlsx", ["answer_id", "titel", "antwort", "lon", "lat"], answers,
                        sheet="Karte Treffpunkte", before=[respondents, ("Leer", ["x"], [["1"]])])
    sample, profile = _draft(source)
    assert profile["file"]["sheet"] == "Karte Treffpunkte"
    assert profile["id"] == "answer_id" and profile["location"] == {"lon": "lon", "lat": "lat"}
    assert any("Karte Treffpunkte" in n and "Befragte" in n for n in sample.notes)  # says which and the others
    out = tmp_path / "s.gpkg"
    result = pull(source, str(draft.save(profile, tmp_path / "p.json")), out)
    assert (result.new, result.without_place, result.quarantined) == (6, 0, 0)
    # Another sheet, named: in qgis_process (SHEET), and over the profile's in a pull
    other, _ = run_json("stadtdialog:draft_profile", {"SOURCE": source, "SHEET": "Befragte",
                                                      "OUTPUT": tmp_path / "befragte.json"}, tmp_path / "home")
    drafted = json.loads((tmp_path / "befragte.json").read_text(encoding="utf-8"))
    assert drafted["file"]["sheet"] == "Befragte" and "e-mail" in drafted["personal_fields"]
    named = pull(source, str(tmp_path / "befragte.json"), tmp_path / "b.gpkg", sheet="Befragte")
    assert (named.new, named.without_place) == (2, 2)  # the respondents, read from the sheet named


def test_people_who_wrote_or_endorsed_are_personal_and_an_id_repeated_across_rounds_is_joined(tmp_path):
    # Decidim's proposal export names its authors and endorsers by nickname; a participatory budget that
    # runs in rounds repeats a proposal's id in each round (Helsinki's OmaStadi).
    labels = ["id", "round", "title", "body", "category", "authors_nicknames", "endorsements_nicknames",
              "service_code"]
    rows = [[str(i % 5 + 1), str(i // 5 + 1), f"Vorschlag {i}", f"Ein Ort für Begegnung, Nummer {i}.",
             ["Treffpunkt", "Fehlender Treffpunkt"][i % 2], f"@nick{i}", f"@fan{i % 3}; @fan{i % 4}",
             f"4e7b3e4c992b9451090000{i % 2:02d}"] for i in range(10)]
    source = write_csv(tmp_path / "proposals.csv", labels, rows)
    sample, profile = _draft(source)
    assert {"authors_nicknames", "endorsements_nicknames"} <= set(profile["personal_fields"])
    assert profile.get("category", {}).get("field") == "category"
    assert profile["id"] == {"fingerprint": ["id", "round"]}
    assert profile["fields"]["title"] == "title"
    result = pull(source, str(draft.save(profile, tmp_path / "p.json")), tmp_path / "s.gpkg")
    assert (result.new, result.quarantined) == (10, 0)
    assert b"@nick" not in (tmp_path / "s.gpkg").read_bytes()


def test_a_code_or_an_office_repeated_on_many_submissions_is_no_title(tmp_path):
    # Open311 as Bloomington's uReport answers: a service code of 24 hexadecimal digits, and the office
    # responsible; neither tells submissions apart, so the draft takes no title (the text is read).
    requests = [{"service_request_id": f"4fbd40b2b1fe2c4b020000{i:02d}", "status": "open",
                 "service_code": f"4e7b3e4c992b9451090000{i % 3:02d}",
                 "agency_responsible": ["Street Department", "Parks", "Sanitation"][i % 3],
                 "description": f"The lamp at corner {i} has been out for a week.",
                 "requested_datetime": "2012-05-23T15:55:28-04:00", "lat": 39.16 + i / 1000, "long": -86.53}
                for i in range(12)]
    source = tmp_path / "requests.json"
    source.write_text(json.dumps(requests), encoding="utf-8")
    sample, profile = _draft(source)
    assert profile["id"] == "service_request_id"
    assert "title" not in profile["fields"] and profile["fields"]["text"] == "description"
