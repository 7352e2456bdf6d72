"""Citizens' words, safe to publish (issue 24): personal data written into a text is kept in the store for the
planners and masked in everything that leaves it — CSV, GeoJSON and GeoPackage exports, the report, a note
written back to the portal — unless personal data is asked for; a reviewer's word on a finding is used
everywhere."""
import csv
import json

import pytest
from qgis.core import QgsVectorLayer
from sample import pulled_store, submissions
from stadtdialog.core.publish.export import export
from stadtdialog.core.store.gpkg_store import Store

CITIZEN = ("Hier fehlt eine Bank. Ruft mich an unter 0176 12345678 oder schreibt an anna.k@web.de – "
           "ich wohne in der Pfaffstraße 12. Das Bürgercenter (0631 365-0) weiß Bescheid.")
PLANTED = ("0176 12345678", "anna.k@web.de", "Pfaffstraße 12")


@pytest.fixture
def store_with_personal_text(tmp_path):
    features = submissions(4)
    features[1]["properties"]["text"] = CITIZEN
    features[2]["properties"]["titel"] = "Treffpunkt, fragt nach Frau Meier (meine Nachbarin Frau Meier)"
    # a column the profile does not map goes into the further details (extra): a citizen's words there too
    features[3]["properties"]["rueckmeldung"] = {"wunsch": "Bitte Rückruf unter 0176 12345678"}
    out = pulled_store(tmp_path, features)
    with Store(out).connect() as con:  # a reviewer's note that names the citizen's number again
        con.execute("UPDATE submissions SET planner_note = 'Rückruf unter 0176 12345678 vereinbart' "
                    "WHERE portal_id = 'KL-000002'")
    return out


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {r["portal_id"]: r for r in csv.DictReader(f)}


def test_personal_data_in_a_text_is_masked_in_every_export_and_kept_in_the_store(tmp_path, store_with_personal_text):
    out = store_with_personal_text
    stored = Store(out).rows("submissions", "text", "portal_id = 'KL-000002'")[0]["text"]
    assert stored == CITIZEN  # the planners still see the original
    export(out, tmp_path / "e.csv", language="de")
    row = _csv(tmp_path / "e.csv")["KL-000002"]
    assert row["text"] == ("Hier fehlt eine Bank. Ruft mich an unter [Telefonnummer] oder schreibt an "
                           "[E-Mail-Adresse] – ich wohne in der [Wohnadresse]. Das Bürgercenter (0631 365-0) weiß "
                           "Bescheid.")  # the city's own number stays
    assert row["planner_note"] == "Rückruf unter [Telefonnummer] vereinbart"
    assert _csv(tmp_path / "e.csv")["KL-000003"]["title"] == "Treffpunkt, fragt nach [Name] (meine Nachbarin [Name])"
    export(out, tmp_path / "e.geojson", language="en")
    export(out, tmp_path / "e.gpkg", language="en")
    written = (tmp_path / "e.geojson").read_text(encoding="utf-8")
    assert "[phone number]" in written and "[home address]" in written
    layer = QgsVectorLayer(str(tmp_path / "e.gpkg"), "e", "ogr")
    in_gpkg = " ".join(str(f[name]) for f in layer.getFeatures() for name in ("title", "text", "planner_note"))
    for text in (written, (tmp_path / "e.csv").read_text(encoding="utf-8-sig"), in_gpkg):
        assert not [p for p in PLANTED + ("Frau Meier",) if p in text]
    assert "privacy" not in _csv(tmp_path / "e.csv")["KL-000002"]  # a reviewer's word on it stays in the store
    extra = json.loads(_csv(tmp_path / "e.csv")["KL-000004"]["extra"])
    assert extra["rueckmeldung"]["wunsch"] == "Bitte Rückruf unter [Telefonnummer]"
    export(out, tmp_path / "all.csv", include_personal=True)  # asked for: the original, also in the export
    assert _csv(tmp_path / "all.csv")["KL-000002"]["text"] == CITIZEN
    assert "0176 12345678" in _csv(tmp_path / "all.csv")["KL-000004"]["extra"]


def test_a_reviewer_s_word_on_a_finding_is_used_everywhere(tmp_path, store_with_personal_text):
    out = store_with_personal_text
    privacy = json.dumps({"not_personal": ["Pfaffstraße 12"], "personal": ["Bank"]})
    with Store(out).connect() as con:
        con.execute("UPDATE submissions SET privacy = ?, reviewer = 'R' WHERE portal_id = 'KL-000002'", (privacy,))
    audit = Store(out).rows("audit_log", "field, new_value, \"user\"", "field = 'privacy'")
    assert [(a["new_value"], a["user"]) for a in audit] == [(privacy, "R")]  # audited like a decision
    with Store(out).connect() as con:
        con.execute("UPDATE submissions SET privacy = ? WHERE portal_id = 'KL-000004'", (privacy,))
    # nothing to write back for it
    assert Store(out).rows("submissions", "sync_state", "portal_id = 'KL-000004'")[0]["sync_state"] == "clean"
    export(out, tmp_path / "e.csv", language="en")
    text = _csv(tmp_path / "e.csv")["KL-000002"]["text"]
    assert "Pfaffstraße 12" in text and "[personal detail]" in text and "Bank" not in text
    from stadtdialog.core.publish.report_data import collect

    reported = next(t for _, t, *_ in collect(out, language="en").submissions if "Hier fehlt" in t)
    assert reported == text  # the report masks as the export does


def test_the_html_report_prints_no_planted_personal_data(tmp_path, store_with_personal_text):
    from stadtdialog.core.publish.report import report

    report(store_with_personal_text, tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Hier fehlt eine Bank" in html and not [p for p in PLANTED if p in html]


def test_a_note_written_back_to_the_portal_is_masked(tmp_path, pygeoapi):
    from stadtdialog.core.pull.sync import pull
    from stadtdialog.core.review.classify import classify
    from stadtdialog.core.writeback.push import push
    from test_push import PROFILE, portal_features

    server = pygeoapi(portal_features(4), editable=True, max_items=50)
    out = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, out)
    layer = QgsVectorLayer(Store(out).layer_uri(), "s", "ogr")
    classify(layer, "\"portal_id\" = 'KL-000002'", ["religion"], "classified",
             "Frau Meier (0176 12345678) ruft zurück", user="R")
    assert push(out).pushed == 1
    stored = json.loads(server.data.read_text(encoding="utf-8"))["_default"].values()
    note = next(d["properties"]["anmerkung_planung"] for d in stored if d["properties"]["beitrag_id"] == "KL-000002")
    assert "0176" not in note and "Meier" not in note and "ruft zurück" in note
    assert Store(out).rows("submissions", "planner_note", "portal_id = 'KL-000002'")[0]["planner_note"].startswith(
        "Frau Meier (0176")  # the store keeps it for the planners
