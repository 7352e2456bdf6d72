"""Catalogues and the crosswalk: the shipped files load; every kind of mistake gets its own clear message."""
import json

import pytest
from stadtdialog.core.errors import ConfigError
from stadtdialog.core.store.catalogue import load_catalogue, load_crosswalk


def test_default_catalogue_is_the_2013_concept_and_says_it_is_derived():
    c = load_catalogue()
    assert c.id == "integration-2013"
    assert len(c.areas) == 10
    assert "derived" in c.provenance.lower() and "4 February 2013" in c.provenance
    labels = {a.label["de"] for a in c.areas}
    assert {"Arbeit und Wirtschaft", "Sozialraumorientierung", "Willkommenskultur", "Religion"} <= labels
    assert all(a.label["en"] and a.colour.startswith("#") for a in c.areas)


def test_2022_catalogue_has_the_five_themes_and_crosswalk_reads_2013_codes_as_2022():
    old, new = load_catalogue("integration-2013"), load_catalogue("integration-2022")
    assert [a.label["de"] for a in new.areas] == [
        "Bildung und Arbeit", "Sprachförderung", "Begegnung, Sicherheit und Antirassismus",
        "Ehrenamt, Partizipation, Beteiligung", "Wohnbedarfe und Wohnraumversorgung"]
    walk = load_crosswalk("crosswalk-2013-2022", old, new)
    assert set(walk.mapping) == set(old.codes())  # every 2013 area can be read against 2022
    assert walk.translate(["asyl", "arbeit_wirtschaft"]) == ["sprachfoerderung", "wohnen", "bildung_arbeit"]


def _write(tmp_path, data, name="cat.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _valid():
    return json.loads(json.dumps({
        "id": "x", "title": {"de": "T", "en": "T"}, "provenance": "made for a test",
        "action_areas": [{"code": "a", "label": {"de": "A", "en": "A"}, "colour": "#112233",
                          "keywords": {"de": ["platz"], "en": ["square"]}}]}))


BROKEN = [
    ("not json", lambda d: "{ not json", "is not valid JSON (line 1"),
    ("unknown key", lambda d: {**d, "colour": "#fff"}, "key 'colour': unknown key"),
    ("missing provenance", lambda d: {k: v for k, v in d.items() if k != "provenance"}, "key 'provenance': is missing"),
    ("empty list", lambda d: {**d, "action_areas": []}, "key 'action_areas': must list at least one"),
    ("bad code", lambda d: {**d, "action_areas": [{**d["action_areas"][0], "code": "Arbeit"}]},
     "key 'action_areas[0].code': 'Arbeit' must be lower-case"),
    ("duplicate code", lambda d: {**d, "action_areas": d["action_areas"] * 2},
     "key 'action_areas[1].code': 'a' appears twice"),
    ("bad colour", lambda d: {**d, "action_areas": [{**d["action_areas"][0], "colour": "blue"}]},
     "key 'action_areas[0].colour': must be a colour"),
    ("missing English label", lambda d: {**d, "action_areas": [{**d["action_areas"][0], "label": {"de": "A"}}]},
     "key 'action_areas[0].label.en': is missing"),
    ("keywords not a list", lambda d: {**d, "action_areas": [{**d["action_areas"][0], "keywords": {"de": "platz"}}]},
     "key 'action_areas[0].keywords.de': must be a list, not text"),
    ("unknown language", lambda d: {**d, "title": {"de": "T", "en": "T", "fr": "T"}}, "key 'title.fr': unknown key"),
    ("by_context not a list", lambda d: {**d, "by_context": {"de": "training"}},
     "key 'by_context.de': must be a list, not text"),
]


@pytest.mark.parametrize("case,change,message", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_catalogue_names_file_key_and_problem(tmp_path, case, change, message):
    path = _write(tmp_path, change(_valid()))
    with pytest.raises(ConfigError) as info:
        load_catalogue(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_valid_catalogue_from_a_path_loads(tmp_path):
    assert load_catalogue(_write(tmp_path, _valid())).codes() == ["a"]


def test_crosswalk_with_a_code_missing_from_the_catalogue_is_refused(tmp_path):
    old, new = load_catalogue("integration-2013"), load_catalogue("integration-2022")
    path = _write(tmp_path, {"from": "integration-2013", "to": "integration-2022", "provenance": "p",
                             "mapping": {"arbeit_wirtschaft": ["bildung_und_arbeit"]}}, "cw.json")
    with pytest.raises(ConfigError, match=r"mapping.arbeit_wirtschaft': 'bildung_und_arbeit' is not in catalogue"):
        load_crosswalk(path, old, new)
