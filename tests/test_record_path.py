"""Paths into platform records, languages with fallback, and HTML as text: what format-2 profiles stand on."""
import pytest
from stadtdialog.core.errors import PortalError
from stadtdialog.core.pull.profile import profile_from_dict
from stadtdialog.core.sources import record_path as rp
from stadtdialog.core.sources.records import records_of

GRAPHQL = {"data": {"proposals": {"edges": [{"node": {"id": "1", "map_location": {"latitude": 49.4}}},
                                            {"node": {"id": "2", "map_location": None}}]}}}


def test_paths_walk_objects_lists_and_keys_that_contain_dots():
    assert rp.get(GRAPHQL, "data.proposals.edges[].node.id") == ["1", "2"]
    assert rp.get({"Referenznr.": "2018-1"}, "Referenznr.") == "2018-1"    # a label with a dot, found as it is
    assert rp.get({"a": {"b": [10, 20]}}, "a.b.1") == 20
    assert rp.get({"a": None}, "a.b") is None and rp.get({}, "x", "-") == "-"
    assert rp.records_at(GRAPHQL, "data.proposals.edges[].node")[1]["id"] == "2"
    assert rp.records_at([1, 2], "$") == [1, 2]


def test_a_records_path_that_leads_nowhere_says_what_the_answer_has():
    profile = profile_from_dict({"format": 2, "name": "p", "id": "id", "records": "data.items"}, "p.json")
    with pytest.raises(PortalError, match="records are at 'data.items', but the answer has no list there "
                                          r"\(it has: data, meta\)"):
        records_of({"data": {"proposals": []}, "meta": {}}, profile, "answer")


@pytest.mark.parametrize("record,expected", [
    ({"title": {"de": "", "en": "Bench", "machine_translations": {"de": "Bank"}}}, ("Bench", "en")),
    ({"title": {"de-DE": "Bank", "en": "Bench"}}, ("Bank", "de-DE")),
    ({"title": {"fr": "Banc"}}, ("Banc", "fr")),                       # '*': any language at all
    ({"title/en": "Bench", "title/ca": "Banc"}, ("Bench", "en")),      # flattened CSV columns
    ({"title_de": "Bank"}, ("Bank", "de")),
    ({"title": "Bank"}, ("Bank", None)),                               # not multilingual: as it is
    ({"title": {}}, (None, None)),
])
def test_languages_are_taken_in_order_with_fallback(record, expected):
    assert rp.pick_language(record, ["title"], ["de", "en", "*"]) == expected


def test_html_becomes_text_with_its_paragraphs_and_without_scripts():
    html = ("<p>Erste Zeile<br>zweite&nbsp;Zeile</p><p>Bänke &amp; Schatten</p>"
            "<script>alert(1)</script><ul><li>eins</li><li>zwei</li></ul>")
    assert rp.html_to_text(html) == "Erste Zeile\nzweite Zeile\n\nBänke & Schatten\n\neins\n\nzwei"
    assert rp.html_to_text("a &lt; b") == "a < b" and rp.html_to_text(None) is None
