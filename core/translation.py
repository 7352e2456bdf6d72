"""Installs the plugin's compiled translation for QGIS's locale (GUI and qgis_process alike)."""

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from . import PLUGIN_DIR
from .i18n import ui_language

I18N_DIR = PLUGIN_DIR / "i18n"
_installed = []


def install():
    """Install once per process; returns the language in use."""
    language = ui_language()
    if _installed or language == "en":
        return language
    translator = QTranslator()
    if translator.load(str(I18N_DIR / "stadtdialog_{}.qm".format(language))):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    return language


def uninstall():
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
