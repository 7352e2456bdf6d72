"""Switching QGIS's user-interface language for a test: the locale setting and the plugin's translation."""
from qgis.core import QgsSettings


class Locale:
    def __init__(self, language):
        self.language = language

    def __enter__(self):
        from stadtdialog.core.translation import install

        self.settings = QgsSettings()
        self.old = self.settings.value("locale/overrideFlag"), self.settings.value("locale/userLocale")
        self.settings.setValue("locale/overrideFlag", True)
        self.settings.setValue("locale/userLocale", "de_DE" if self.language == "de" else "en_GB")
        install()
        return self

    def __exit__(self, *exc):
        from stadtdialog.core.translation import uninstall

        uninstall()
        self.settings.setValue("locale/overrideFlag", self.old[0] or False)
        self.settings.setValue("locale/userLocale", self.old[1] or "")
