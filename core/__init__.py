"""Stadtdialog core: everything that works without widgets (qgis_process, tests, demo)."""
