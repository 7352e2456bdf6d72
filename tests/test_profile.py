"""Field-mapping profiles: built-ins load, mistakes give one clear message naming file and key."""
import json

import pytest
from stadtdialog.core.errors import ConfigError
from stadtdialog.core.pull.profile import builtin_profiles, load_profile


def test_builtin_profiles_load():
    names = builtin_profiles()
    assert {"demo-kaiserslautern", "generic", "dipas", "adhocracy-plus"} <= set(names)
    for name in names:
        assert load_profile(name).name == name


def test_profile_maps_categories_in_both_portal_languages_and_keeps_unknown_as_other():
    p = load_profile("demo-kaiserslautern")
    assert p.canonical_category("Weniger schöne Ecke") == "unpleasant_place"
    assert p.canonical_category("Less pleasant corner") == "unpleasant_place"
    assert p.canonical_category("hier fehlt ein treffpunkt") == "missing_meeting_place"
    assert p.canonical_category("Sonstiges") == "other"


def test_unknown_profile_name_lists_the_builtin_ones():
    with pytest.raises(ConfigError, match="no such profile; built-in profiles are: .*generic"):
        load_profile("demo-kaiserlautern")


def _valid():
    return {"name": "p", "id": "beitrag_id", "fields": {"title": "titel"},
            "category": {"field": "kategorie", "values": {"Idee": "idea"}},
            "personal_fields": ["name"], "writeback": {"review_status": "status"}}


BROKEN = [
    ("typo in a top-level key", lambda d: {**d, "personal_field": ["x"]}, "key 'personal_field': unknown key"),
    ("typo in a field name", lambda d: {**d, "fields": {"titel": "x"}}, "key 'fields.titel': unknown key"),
    ("missing id", lambda d: {k: v for k, v in d.items() if k != "id"}, "key 'id': is missing"),
    ("empty id", lambda d: {**d, "id": " "}, "key 'id': must not be empty"),
    ("unknown category code", lambda d: {**d, "category": {"field": "k", "values": {"Idee": "ideas"}}},
     "key 'category.values.Idee': 'ideas' is not one of"),
    ("writes back a portal field", lambda d: {**d, "writeback": {"title": "titel"}},
     "key 'writeback.title': unknown key"),
    ("personal fields not a list", lambda d: {**d, "personal_fields": "name"},
     "key 'personal_fields': must be a list, not text"),
    ("lon without lat", lambda d: {**d, "geometry": {"lon": "x"}}, "key 'geometry': give both"),
    ("field mapped to a number", lambda d: {**d, "fields": {"title": 3}}, "key 'fields.title': must be text"),
    ("not json", lambda d: '{"name": "p",}', "is not valid JSON"),
    ("not an object", lambda d: "[]", "must be an object, not a list"),
]


@pytest.mark.parametrize("case,change,message", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_profile_names_file_key_and_problem(tmp_path, case, change, message):
    data = change(_valid())
    path = tmp_path / "profile.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_profile_file_with_bom_loads(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_valid()).encode())
    assert load_profile(str(path)).id_field == "beitrag_id"


def test_the_shipped_json_schema_describes_every_builtin_profile_and_the_loader_s_keys():
    import jsonschema
    from stadtdialog.core.pull.profile import PROFILE_DIR, TOP_KEYS_2

    schema = json.loads((PROFILE_DIR.parent / "profile.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["properties"]) == set(TOP_KEYS_2)  # the documentation and the loader cannot drift apart
    for path in sorted(PROFILE_DIR.glob("*.json")):
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"format": 2, "name": "p", "id": "x", "state": {"field": "s", "values": {"gone": []}}},
                            schema)


FORMAT_2_BROKEN = [
    ("unknown state", {"state": {"field": "s", "values": {"gone": ["x"]}}}, "key 'state.values': 'gone' is not one of"),
    ("unknown time zone", {"dates": {"timezone": "Europe/Kaiserslautern"}}, "is not a time zone"),
    ("z without zone", {"dates": {"z_is_local": True}}, "key 'dates.timezone': is needed"),
    ("bad encoding", {"file": {"encoding": "utf-16"}}, "key 'file.encoding': 'utf-16' is not one of"),
    ("lon alone", {"location": {"lon": "x"}}, "key 'location': give both"),
    ("wkt and geojson", {"location": {"wkt": "a", "geojson": "b"}}, "key 'location': give one of"),
    ("empty fingerprint", {"id": {"fingerprint": []}}, "key 'id.fingerprint': must not be empty"),
    ("format-2 key in format 1", {"format": 1, "records": "data"}, "key 'records': unknown key"),
]


@pytest.mark.parametrize("case,change,message", FORMAT_2_BROKEN, ids=[c[0] for c in FORMAT_2_BROKEN])
def test_format_2_mistakes_name_file_and_key(tmp_path, case, change, message):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(dict({"format": 2, "name": "p", "id": "x"}, **change)), encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        load_profile(path)


def test_format_2_paths_languages_and_made_ids():
    from stadtdialog.core.pull.profile import profile_from_dict

    p = profile_from_dict({"format": 2, "name": "p", "id": {"field": "nr", "fingerprint": ["t", "d"]},
                           "category": {"fields": ["a.b", "c"], "values": {"idea": ["Idée", "Idee"]},
                                        "none": ["keine"], "split": ","}}, "p.json")
    assert p.id_of({}, {"nr": 7}) == "7"
    made = p.id_of({}, {"t": "Titel", "d": "2018-07-01"})
    assert made.startswith("fp-") and made == p.id_of({}, {"d": "2018-07-01", "t": "Titel", "x": 1})
    assert p.category_of({"a": {"b": " IDEE "}}) == ("idea", "IDEE", None)
    assert p.category_of({"a": {"b": "keine"}, "c": "Verkehr, idée"})[0] == "idea"
    assert p.category_of({"a": {"b": "keine"}}) == ("other", "keine", None)          # no category, not unknown
    assert p.category_of({"c": "Verkehr"}) == ("other", "Verkehr", "Verkehr")
