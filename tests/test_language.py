"""Every word in the user's language, decided when the layer comes into a project, not when the GeoPackage
was made: the same file under German and English has no word of the other language in the layer tree, the
legends, the form or the quarantine; a project saved in one language and read in the other follows the reader."""
import json
import random

import pytest
from locales import Locale
from qgis.core import QgsProject
from sample import broken_records, submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review import display, form, project_layers, styles
from stadtdialog.core.review.project_layers import add_submissions, adopt, quarantine_layer
from stadtdialog.core.store import schema
from stadtdialog.core.store.gpkg_store import Store


def _vocabulary(language):
    words = set(form.ALIASES[language].values()) | set(form.LABELS[language].values())
    words |= {schema.CATEGORY_LABELS[c][language] for c in schema.CATEGORIES}
    words |= set(schema.STATUS_LABELS[language].values()) | set(display.PORTAL_STATE_LABELS[language].values())
    words |= set(styles.TITLES[language].values()) | set(project_layers.AUDIT_ALIASES[language].values())
    words |= set(project_layers.QUARANTINE_ALIASES[language].values()) | {styles.NOT_CLASSIFIED[language]}
    words |= {n.format(name="").strip(" –") for n in project_layers.NAMES[language].values()}
    return {w for w in words if isinstance(w, str)}


FOREIGN = {"de": _vocabulary("en") - _vocabulary("de"), "en": _vocabulary("de") - _vocabulary("en")}


@pytest.fixture
def gpkg(tmp_path):
    features = submissions(20) + broken_records(random.Random(5), 21)
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    with Locale("en"):
        pull(source, "demo-kaiserslautern", tmp_path / "beteiligung.gpkg")  # the file made in English
    return tmp_path / "beteiligung.gpkg"


def _seen(project):
    """The words a planner meets: layer names, legend and style names, form tabs and labels, field names."""
    seen = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        seen.append(layer.name())
        seen += [item.label() for item in layer.renderer().legendSymbolItems()] if layer.renderer() else []
        seen += layer.styleManager().styles()
        seen += [layer.attributeDisplayName(i) for i in range(layer.fields().count())]
        config = layer.editFormConfig()
        seen += [tab.name() for tab in config.tabs()]
        for i in range(layer.fields().count()):
            setup = layer.editorWidgetSetup(i)
            if setup.type() == "ValueMap":
                seen += [label for entry in setup.config()["map"] for label in entry]
    return seen


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_same_geopackage_speaks_only_the_user_s_language(gpkg, qgis_new_project, language):
    from stadtdialog.dialogs.quarantine import quarantine_entries

    with Locale(language):
        project = QgsProject.instance()
        layer = add_submissions(Store(gpkg), project)
        quarantine_layer(Store(gpkg), project)
        seen = _seen(project)
        reasons = [e[0] for e in quarantine_entries(Store(gpkg), language)]
    assert layer.editFormConfig().tabs()[0].name() == form.LABELS[language]["Submission"]
    assert schema.CATEGORY_LABELS["meeting_place"][language] in seen
    assert styles.TITLES[language]["category"] in seen
    assert [w for w in seen if w in FOREIGN[language]] == []
    assert len(reasons) == 5
    expected = "Koordinaten sind keine Zahlen" if language == "de" else "coordinates are not numbers"
    assert expected in reasons


def test_a_project_saved_in_german_reads_in_english_and_keeps_the_planner_s_own_names(gpkg, tmp_path,
                                                                                      qgis_new_project):
    project = QgsProject.instance()
    with Locale("de"):
        layer = add_submissions(Store(gpkg), project)
        renderer = layer.renderer()
        first = renderer.categories()[0]  # kept: its symbol lives in it
        symbol = first.symbol().clone()
        symbol.setSize(9.5)  # a planner's own symbol size
        renderer.updateCategorySymbol(0, symbol)
        for other in project.mapLayers().values():
            if other.name().endswith("– Verlauf"):
                other.setName("Mein Protokoll")  # and a name of their own
        assert project.write(str(tmp_path / "p.qgz"))
    project.clear()
    with Locale("en"):
        project.layersAdded.connect(adopt)  # as the plugin does
        try:
            assert project.read(str(tmp_path / "p.qgz"))
        finally:
            project.layersAdded.disconnect(adopt)
        seen = _seen(project)
    assert [w for w in seen if w in FOREIGN["en"]] == []
    assert "Mein Protokoll" in seen and "beteiligung – action areas" in seen
    submissions_layer = next(n.layer() for n in project.layerTreeRoot().findLayers()
                             if n.layer().customProperty(project_layers.ROLE) == schema.SUBMISSIONS)
    first = submissions_layer.renderer().categories()[0]
    assert first.symbol().size() == 9.5  # the planner's symbols kept, the words changed
    assert first.label() == "Place of encounter"


@pytest.mark.parametrize("language, expected", [
    ("de", ["0 zurückgeschrieben, 1 Konflikt, 0 fehlgeschlagen, 0 übersprungen",
            "2 zurückgeschrieben, 2 Konflikte, 1 fehlgeschlagen, 0 übersprungen", "1 Konflikt"]),
    ("en", ["0 written back, 1 conflict, 0 failed, 0 skipped", "2 written back, 2 conflicts, 1 failed, 0 skipped",
            "1 conflict"]),
])
def test_counts_are_said_in_the_singular_for_one(language, expected):
    # "0 zurückgeschrieben, 1 Konflikte" was what a planner read after a push with one conflict
    from stadtdialog.core.i18n import counted, tr
    from stadtdialog.core.writeback.push import PushResult

    with Locale(language):
        said = [PushResult(conflicts=1).summary(), PushResult(pushed=2, conflicts=2, failed=1).summary(),
                PushResult(conflicts=1).short_summary()]
        one = counted(1, tr("1 submission classified."), tr("{n} submissions classified."))
        many = counted(3, tr("1 submission classified."), tr("{n} submissions classified."))
    assert said == expected
    assert (one, many) == (("1 Beitrag zugeordnet.", "3 Beiträge zugeordnet.") if language == "de" else
                           ("1 submission classified.", "3 submissions classified."))
