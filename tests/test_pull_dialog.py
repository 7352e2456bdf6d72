"""The 'Connect and pull…' dialog driven like a user would, with a real task, project and message bar."""
import json
import random
import time

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtWidgets import QDialog, QPushButton, QWidget
from sample import broken_records, submissions
from stadtdialog.core.pull import connections
from stadtdialog.dialogs.pull_dialog import PullDialog


class Iface:
    """Just what the dialog uses of QGIS's iface: a real message bar and main window."""

    def __init__(self):
        self.window = QWidget()
        self.bar = QgsMessageBar(self.window)
        self.tables = []

    def messageBar(self):  # noqa: N802
        return self.bar

    def mainWindow(self):  # noqa: N802
        return self.window

    def showAttributeTable(self, layer):  # noqa: N802
        self.tables.append(layer)


def _wait_for_tasks(timeout=60):
    deadline = time.monotonic() + timeout
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        QgsApplication.processEvents()


def test_pull_from_the_dialog_adds_a_styled_layer_and_a_summary_with_quarantine_button(
        qgis_new_project, tmp_path, basic_auth):
    source = tmp_path / "export.geojson"
    features = submissions(20) + broken_records(random.Random(3), 21)
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    secret = "s3cret-Kaiserslautern"
    authcfg = basic_auth("planerin", secret)
    iface = Iface()
    dialog = PullDialog(iface)
    dialog.name.setText("Integration findet Stadt")
    dialog.url.setText(str(source))
    dialog.profile.setCurrentText("demo-kaiserslautern")
    dialog.auth.setConfigId(authcfg)
    dialog.output.setFilePath(str(tmp_path / "beitraege"))
    dialog.pull_button.click()
    _wait_for_tasks()

    group = QgsProject.instance().layerTreeRoot().findGroup("Stadtdialog")
    assert group is not None
    layer = group.findLayers()[0].layer()
    assert layer.featureCount() == 20 and layer.renderer().type() == "categorizedSymbol"
    # Suggestions are there for the review panel at once (no Processing run needed), and nothing is decided
    from stadtdialog.core import list_field

    suggested = [list_field.codes(f["suggested_action_areas"]) for f in layer.getFeatures()]
    assert sum(1 for codes in suggested if codes) >= 10
    assert {f["sync_state"] for f in layer.getFeatures()} == {"clean"}
    assert all(not list_field.codes(f["action_areas"]) for f in layer.getFeatures())
    assert layer.source().startswith(str(tmp_path / "beitraege.gpkg"))
    # The summary in the message bar, with the quarantine one click away.
    item = iface.bar.currentItem()
    assert "20 new" in item.text() and "5 quarantined" in item.text()
    button = item.findChild(QPushButton, "StadtdialogOpenQuarantine")
    button.click()
    window = iface.window.findChild(QDialog, "StadtdialogQuarantineDialog")
    assert window is not None and window.isVisible() and window.table.rowCount() == 5
    window.close()
    # The connection is saved for next time, with the auth config id but never the secret.
    saved = {c.name: c for c in connections.load_all()}["Integration findet Stadt"]
    assert saved.authcfg == authcfg and saved.profile == "demo-kaiserslautern" and saved.crs == "EPSG:25832"
    settings = QgsSettings()
    dump = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert secret not in dump and "planerin" not in dump


def test_pull_errors_reach_the_user_as_a_message_and_leave_no_file(qgis_new_project, tmp_path):
    connections.remove("missing")  # settings outlive a test run
    iface = Iface()
    dialog = PullDialog(iface)
    dialog.url.setText(str(tmp_path / "missing.geojson"))
    dialog.output.setFilePath(str(tmp_path / "out.gpkg"))
    dialog.pull_button.click()
    _wait_for_tasks()
    assert "missing.geojson does not exist" in iface.bar.currentItem().full_text
    assert not (tmp_path / "out.gpkg").exists()
    assert "missing" not in {c.name for c in connections.load_all()}  # a typo is not kept for next time
    assert len(iface.bar.items()) == 1  # ours, and no "task failed" of QGIS's pushed over it


def test_a_long_reason_shows_its_first_sentence_whole_and_the_rest_behind_details(qgis_new_project, tmp_path):
    from stadtdialog.dialogs import messages

    page = tmp_path / "saved-from-browser.geojson"  # a web page saved under a GeoJSON name
    page.write_text("<!DOCTYPE html><html><body>Beteiligung</body></html>", encoding="utf-8")
    iface = Iface()
    dialog = PullDialog(iface)
    dialog.url.setText(str(page))
    dialog.output.setFilePath(str(tmp_path / "out.gpkg"))
    dialog.pull_button.click()
    _wait_for_tasks()
    item = iface.bar.currentItem()
    assert "is a web page or XML file" in item.full_text and "portal" not in item.full_text  # a file, not a portal
    shown = item.text().split("</b>")[-1].strip()  # the bar's own text after its bold title
    assert shown and len(shown) <= messages.LINE + 2
    shortened = shown.rstrip(" …") != " ".join(item.full_text.split())
    assert shortened == (item.findChild(QPushButton, "StadtdialogDetails") is not None)  # the rest behind Details
    long_reason = ("The portal answered HTTP 503 on page 7 of 12 (https://geoportal.example/ogc/collections/"
                   "beitraege/items?offset=6000); nothing was changed. Try again later, or ask the portal's admin.")
    head, rest = messages.split(long_reason)
    assert head.startswith("The portal answered HTTP 503 on page 7 of 12") and "Try again later" in rest
    widget = messages.show(iface.bar, "<b>" + long_reason, title="Stadtdialog")
    assert widget.findChild(QPushButton, "StadtdialogDetails") is not None
    assert "&lt;b&gt;" in widget.text()  # markup from a server is shown as text, never rendered


def test_a_reason_behind_a_long_address_or_path_is_seen_and_the_log_keeps_it_whole(qgis_new_project):
    # With the review panel open the bar read „Stadtdialog: Lesen von http://127.0. …“ and „/…/d …“ (issue 25)
    from qgis.core import QgsApplication
    from stadtdialog.dialogs import messages

    reason = ("Lesen von http://127.0.0.1:5000/collections/beitraege/items?limit=500&offset=1500: keine Antwort nach "
              "3 Versuchen (Zeitüberschreitung). Nichts wurde geändert. Prüfen Sie die Netzwerkverbindung.")
    head, rest = messages.split(reason, 70)
    assert head.startswith("Lesen von 127.0.0.1:5000/…/items: keine Antwort") and len(head) <= 72
    assert rest == reason  # the whole, with the address, behind Details
    busy = "/home/anna/Planung/Beteiligung 2018/daten/beteiligung.gpkg ist belegt; nichts wurde geändert."
    assert messages.split(busy, 60)[0].startswith("…/beteiligung.gpkg ist belegt")
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append((tag, text)))
    iface = Iface()
    bar = iface.bar
    bar.resize(700, 40)  # the bar beside a docked panel
    messages.show(bar, reason)
    QgsApplication.processEvents()
    assert ("Stadtdialog", reason) in logged  # whole in the log, not as the bar cut it


def test_a_new_connection_starts_with_the_generic_profile(qgis_new_project):
    dialog = PullDialog(Iface())
    box = dialog.profile
    assert box.profile_name() == "generic" and box.currentText().startswith("Generic")  # shown by its title


def test_a_new_geopackage_gets_the_crs_chosen_in_the_dialog(qgis_new_project, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem
    from stadtdialog.core.store.gpkg_store import Store

    source = tmp_path / "berlin.geojson"
    features = submissions(8)
    for f in features:  # a participation in Berlin: UTM zone 33
        f["geometry"]["coordinates"] = [13.40 + f["geometry"]["coordinates"][0] - 7.77, 52.52]
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    iface = Iface()
    dialog = PullDialog(iface)
    dialog.name.setText("Berlin")
    dialog.url.setText(str(source))
    dialog.profile.setCurrentText("demo-kaiserslautern")
    dialog.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))
    dialog.output.setFilePath(str(tmp_path / "berlin.gpkg"))
    dialog.pull_button.click()
    _wait_for_tasks()
    assert "8 new" in iface.bar.currentItem().text()
    assert Store(tmp_path / "berlin.gpkg").crs_authid() == "EPSG:25833"
    assert {c.name: c for c in connections.load_all()}["Berlin"].crs == "EPSG:25833"


def test_suggestions_come_with_every_pull_unless_the_planner_switched_them_off(qgis_new_project, tmp_path):
    from stadtdialog.core import settings
    from stadtdialog.core.store.gpkg_store import Store

    source = tmp_path / "export.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(10)}), encoding="utf-8")
    old = settings.get(settings.SUGGEST_AFTER_PULL)
    try:
        for switched_on, name in ((True, "mit"), (False, "ohne")):
            settings.put(settings.SUGGEST_AFTER_PULL, switched_on)
            dialog = PullDialog(Iface())
            dialog.name.setText(name)
            dialog.url.setText(str(source))
            dialog.profile.set_profile("demo-kaiserslautern")
            dialog.output.setFilePath(str(tmp_path / (name + ".gpkg")))
            dialog.pull_button.click()
            _wait_for_tasks()
            suggested = Store(tmp_path / (name + ".gpkg")).count("submissions", "suggested_action_areas <> '[]'")
            assert (suggested > 0) == switched_on, name
    finally:
        settings.put(settings.SUGGEST_AFTER_PULL, old)


def _shortcuts(widget):
    """The Alt+letter of every label, button and check box of `widget`."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in widget.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


def test_every_field_of_the_dialog_has_its_own_alt_letter_in_english_and_in_german(qgis_new_project, tmp_path):
    import shutil
    import subprocess

    from conftest import ROOT
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    english = _shortcuts(PullDialog(Iface()))
    qm = tmp_path / "de.qm"
    subprocess.run([shutil.which("lrelease") or "lrelease", "-silent", str(ROOT / "i18n" / "stadtdialog_de.ts"),
                    "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        german = _shortcuts(PullDialog(Iface()))
    finally:
        QCoreApplication.removeTranslator(translator)
    for letters in (english, german):
        assert len(letters) >= 9 and len(set(letters)) == len(letters), letters  # Alt+letter reaches one field
    assert english != german
