"""The plugin headless in the real qgis_process.bin, and the installable zip."""
import subprocess
import zipfile

from conftest import ROOT
from qgis_process_run import qgis_process, run_json


def test_qgis_process_lists_the_provider_and_its_algorithms(tmp_path):
    proc = qgis_process(["list"], tmp_path / "home")
    assert "Stadtdialog" in proc.stdout
    assert "stadtdialog:pull" in proc.stdout


def test_pull_algorithm_reports_counts_as_numbers(tmp_path, sample):
    import json

    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": sample}), encoding="utf-8")
    out = tmp_path / "out.gpkg"
    result, _ = run_json("stadtdialog:pull", {"SOURCE": source, "PROFILE": "demo-kaiserslautern", "OUTPUT": out},
                         tmp_path / "home")
    r = result["results"]
    assert (r["PULLED"], r["NEW"], r["UPDATED"], r["UNCHANGED"], r["WITHDRAWN"], r["QUARANTINED"]) == (
        25, 25, 0, 0, 0, 0)
    assert out.exists()


def test_export_and_report_algorithms_answer_with_their_outputs(tmp_path, sample):
    import json

    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": sample}), encoding="utf-8")
    gpkg, home = tmp_path / "s.gpkg", tmp_path / "home"
    run_json("stadtdialog:pull", {"SOURCE": source, "PROFILE": "demo-kaiserslautern", "OUTPUT": gpkg}, home)
    result, _ = run_json("stadtdialog:export", {"INPUT": gpkg, "OUTPUT": tmp_path / "e.csv"}, home)
    assert result["results"]["EXPORTED"] == 25 and (tmp_path / "e.csv").exists()
    result, proc = run_json("stadtdialog:report", {"INPUT": gpkg, "OUTPUT": tmp_path / "r.pdf"}, home)
    assert result["results"]["OUTPUT"] == str(tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    proc = qgis_process(["run", "stadtdialog:export", "--", "INPUT=" + str(gpkg), "OUTPUT=" + str(tmp_path / "e.xlsx")],
                        home, check=False)
    assert proc.returncode != 0 and ".gpkg, .geojson or .csv" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_the_report_follows_a_german_qgis_locale(tmp_path, sample):
    import json

    home = tmp_path / "home"
    profile = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "QGIS"
    profile.mkdir(parents=True)
    (profile / "QGIS3.ini").write_text("[locale]\noverrideFlag=true\nuserLocale=de_DE\n", encoding="utf-8")
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": sample}), encoding="utf-8")
    gpkg, html = tmp_path / "s.gpkg", tmp_path / "bericht.html"
    run_json("stadtdialog:pull", {"SOURCE": source, "PROFILE": "demo-kaiserslautern", "OUTPUT": gpkg}, home)
    run_json("stadtdialog:report", {"INPUT": gpkg, "OUTPUT": html}, home)
    page = html.read_text(encoding="utf-8")
    assert '<html lang="de">' in page and "Beiträge nach Handlungsfeld und Kategorie" in page
    assert "noch kein Handlungsfeld" in page and "Bildung und Erziehung" in page


def test_algorithm_errors_are_messages_not_tracebacks(tmp_path):
    out = tmp_path / "out.gpkg"
    proc = qgis_process(["run", "stadtdialog:pull", "--", "SOURCE=" + str(tmp_path / "missing.geojson"),
                         "PROFILE=generic", "OUTPUT=" + str(out)], tmp_path / "home", check=False)
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "missing.geojson does not exist" in text
    assert "Traceback" not in text
    assert not out.exists()


def test_package_zip_installs_as_a_plugin_folder_that_loads(tmp_path):
    out = tmp_path / "stadtdialog.zip"
    subprocess.run(["make", "-s", "package", "PACKAGE_OUT=" + str(out)], cwd=ROOT, check=True, capture_output=True)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert all(n.startswith("stadtdialog/") for n in names)
        assert "stadtdialog/metadata.txt" in names and "stadtdialog/i18n/stadtdialog_de.qm" in names
        assert not [n for n in names if n.startswith(("stadtdialog/tests/", "stadtdialog/scripts/",
                                                      "stadtdialog/.ci/")) or n.endswith("Makefile")]
        assert not [n for n in names if "/." in n], "hidden files (test profiles, caches) must not ship"
        zf.extractall(tmp_path / "plugins")
    proc = qgis_process(["list"], tmp_path / "home", plugin_path=tmp_path / "plugins")
    assert "stadtdialog:pull" in proc.stdout


def test_algorithms_run_from_python_give_the_outputs_and_a_planner_s_message(tmp_path, sample):
    """What the Python console, a model and the algorithm dialog do (processing.run ends in alg.run)."""
    import json

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    from stadtdialog.processing.provider import StadtdialogProvider

    class Feedback(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatal=False):  # noqa: N802 - QGIS's API
            self.errors.append(error)

    def run(algorithm_id, parameters):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        return algorithm.run(parameters, QgsProcessingContext(), feedback)

    provider = StadtdialogProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    feedback = Feedback()
    try:
        source = tmp_path / "portal.geojson"
        source.write_text(json.dumps({"type": "FeatureCollection", "features": sample}), encoding="utf-8")
        gpkg = tmp_path / "s.gpkg"
        pulled, ok = run("stadtdialog:pull", {"SOURCE": str(source), "PROFILE": "demo-kaiserslautern",
                                              "OUTPUT": str(gpkg)})
        assert ok and (pulled["NEW"], pulled["OUTPUT"]) == (25, str(gpkg))
        exported, ok = run("stadtdialog:export", {"INPUT": str(gpkg), "OUTPUT": str(tmp_path / "e.csv")})
        assert ok and exported["EXPORTED"] == 25
        _, ok = run("stadtdialog:pull", {"SOURCE": str(source), "PROFILE": "kein-profil",
                                         "OUTPUT": str(tmp_path / "t.gpkg")})
        assert not ok and any("no such profile" in e for e in feedback.errors)  # a message, not a traceback
        assert not any("Traceback" in e for e in feedback.errors)
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)


def test_kind_takes_the_same_names_and_numbers_in_every_algorithm(tmp_path, sample):
    import json

    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": sample}), encoding="utf-8")
    home = tmp_path / "home"
    by_name, _ = run_json("stadtdialog:pull", {"SOURCE": source, "PROFILE": "demo-kaiserslautern", "KIND": "file",
                                               "OUTPUT": tmp_path / "a.gpkg"}, home)
    by_number, _ = run_json("stadtdialog:pull", {"SOURCE": source, "PROFILE": "demo-kaiserslautern", "KIND": 3,
                                                 "OUTPUT": tmp_path / "b.gpkg"}, home)
    assert by_name["results"]["NEW"] == by_number["results"]["NEW"] == 25
    for kind in ("file", 3):
        drafted, _ = run_json("stadtdialog:draft_profile", {"SOURCE": source, "KIND": kind,
                                                            "OUTPUT": tmp_path / "p{}.json".format(kind)}, home)
        assert drafted["results"]["FIELDS"] >= 4
