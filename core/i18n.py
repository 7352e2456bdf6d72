"""Translation for core: user-visible strings go through tr() with the plugin's context."""
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "@default"  # the context pylupdate5 gives tr() calls outside Qt classes


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def ui_language():
    """'de' or 'en', following QGIS's locale setting (falls back to the system locale)."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale

    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    return "de" if str(name).lower().startswith("de") else "en"
