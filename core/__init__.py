"""Stadtdialog core: everything that works without widgets (qgis_process, tests, demo)."""
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent  # the plugin folder: resources/ and i18n/ beside core/
RESOURCES = PLUGIN_DIR / "resources"
