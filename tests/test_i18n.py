"""German is complete: every user-visible string has a translation, and QGIS's locale switches to it."""
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

TS = ROOT / "i18n" / "stadtdialog_de.ts"


def _messages(path):
    return {m.find("source").text: m.find("translation") for m in ET.parse(path).getroot().iter("message")}


def test_every_tr_string_in_the_code_has_a_german_translation(tmp_path):
    sources = subprocess.run(["git", "ls-files", "*.py", "*.ui"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    sources = [s for s in sources if not s.startswith(("tests/", "scripts/"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    committed = _messages(TS)
    missing = [s for s in _messages(fresh) if s not in committed or committed[s].get("type") == "unfinished"
               or not (committed[s].text or "").strip()]
    assert not missing, "run 'make transup' and translate: {}".format(missing)


def test_the_compiled_translation_speaks_german(tmp_path):
    qm = tmp_path / "de.qm"
    subprocess.run([shutil.which("lrelease") or "lrelease", "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from stadtdialog.core.i18n import tr

        assert tr("Connect and pull…") == "Verbinden und abrufen…"
        assert tr("no location (no geometry)") == "kein Ort (keine Geometrie)"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("locale,expected", [("de_DE", "de"), ("en_GB", "en")])
def test_ui_language_follows_qgis_locale_setting(locale, expected):
    from stadtdialog.core.i18n import ui_language

    settings = QgsSettings()
    old = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    try:
        assert ui_language() == expected
    finally:
        settings.setValue("locale/overrideFlag", old[0] or False)
        settings.setValue("locale/userLocale", old[1] or "")


def test_qt_s_own_buttons_and_file_dialogs_have_german_translations_installed():
    # QGIS loads Qt's qt_de.qm / qtbase_de.qm for a German locale; Debian ships them in qttranslations5-l10n.
    from qgis.PyQt.QtCore import QLibraryInfo

    path = QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath) if hasattr(
        QLibraryInfo, "location") else QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    assert translator.load("qtbase_de", path), "Qt's German translations are missing in " + path
    assert translator.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert translator.translate("QFileDialog", "File &name:") == "Datei&name:"
