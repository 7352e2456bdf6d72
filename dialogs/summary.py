"""The pull summary in the message bar, with a button that opens the quarantine."""
from qgis.core import Qgis

from ..core.i18n import tr
from . import messages


def show_pull_result(bar, name, result, open_quarantine):
    level = Qgis.MessageLevel.Success if not result.quarantined else Qgis.MessageLevel.Warning
    buttons = [(tr("Open quarantine"), open_quarantine, "StadtdialogOpenQuarantine")] if result.quarantined else []
    widget = messages.show(bar, result.short_summary(), level, 0 if result.quarantined or result.warnings else 10,
                           title=tr("Pulled {name}").format(name=name), buttons=buttons, details=result.summary())
    for warning in result.warnings:
        messages.show(bar, warning, Qgis.MessageLevel.Warning)
    return widget
