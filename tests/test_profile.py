"""Field-mapping profiles: built-ins load, mistakes give one clear message naming file and key."""
import json

import pytest
from stadtdialog.core.errors import ConfigError
from stadtdialog.core.profile import builtin_profiles, load_profile


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
