"""The profile choice: built-in and saved profiles by their title in the user's language; a profile name or the
path of a profile file can be typed as well."""
from qgis.PyQt.QtWidgets import QComboBox

from ..core.i18n import tr, ui_language
from ..core.pull.profile import builtin_profiles, profile_title, saved_profiles


class ProfileBox(QComboBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("profileChoice")
        self.setEditable(True)
        language = ui_language()
        for name in builtin_profiles() + saved_profiles():
            self.add_profile(name, language)
        self.setToolTip(tr("A built-in profile, one the assistant saved, or the path of a profile JSON file"))

    def add_profile(self, name, language=None):
        if self.findData(name) < 0:
            self.addItem(profile_title(name, language or ui_language()), name)
            self.setItemData(self.count() - 1, name, 3)  # Qt.ToolTipRole: the name scripts use

    def set_profile(self, name):
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)

    def profile_name(self):
        """The name (or path) of the profile chosen or typed."""
        text = self.currentText().strip()
        by_name = self.findData(text)
        if by_name >= 0:
            return text
        by_title = self.findText(text)
        return self.itemData(by_title) if by_title >= 0 else text
