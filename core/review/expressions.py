"""QGIS expression functions of Stadtdialog, for forms and labels that show stored messages in the reader's
language. Registered once per process by whatever configures a layer (plugin, qgis_process, tests)."""
from qgis.core import QgsExpression, QgsExpressionFunction

from ..i18n import words_of

WORDS = "stadtdialog_words"
PERSONAL = "stadtdialog_personal_data"
_registered = []


class _Words(QgsExpressionFunction):
    def __init__(self):
        super().__init__(WORDS, 2, "Stadtdialog",
                         "<h3>stadtdialog_words(codes, fallback)</h3>Stored Stadtdialog messages (a JSON list, "
                         "such as the field import_notes) in the user's language; <i>fallback</i> when there "
                         "are none.", False, True)

    def func(self, values, context, parent, node):  # noqa: ARG002 - QGIS's signature
        codes, fallback = (None if v is None or str(v) == "NULL" else v for v in values)
        return words_of(str(codes) if codes is not None else "", str(fallback or ""))


class _PersonalData(QgsExpressionFunction):
    def __init__(self):
        super().__init__(PERSONAL, 3, "Stadtdialog",
                         "<h3>stadtdialog_personal_data(text, privacy, language)</h3>The personal data found in a "
                         "citizen's text (masked in exports and reports), less what a reviewer marked as not "
                         "personal; empty when there is none.", False, True)

    def func(self, values, context, parent, node):  # noqa: ARG002 - QGIS's signature
        from .personal_data import describe, findings

        text, privacy, language = (None if v is None or str(v) == "NULL" else v for v in values)
        return describe(findings(str(text or ""), privacy), str(language or "de"))


def register():
    for name, make in ((WORDS, _Words), (PERSONAL, _PersonalData)):
        if not QgsExpression.isFunctionName(name):
            function = make()
            if QgsExpression.registerFunction(function):
                _registered.append(function)  # QGIS keeps a pointer: Python must keep the object
