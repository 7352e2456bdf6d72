"""The pull summary in the message bar, with a button that opens the quarantine."""
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QPushButton

from ..core.i18n import tr


def show_pull_result(bar, name, result, open_quarantine):
    text = result.summary()
    level = Qgis.MessageLevel.Success if not result.quarantined else Qgis.MessageLevel.Warning
    widget = bar.createMessage(tr("Pulled {name}").format(name=name), text)
    if result.quarantined:
        button = QPushButton(tr("Open quarantine"), widget)
        button.setObjectName("StadtdialogOpenQuarantine")
        button.clicked.connect(open_quarantine)
        widget.layout().addWidget(button)
    bar.pushWidget(widget, level, 0 if result.quarantined or result.warnings else 10)
    for warning in result.warnings:
        bar.pushMessage(tr("Stadtdialog"), warning, level=Qgis.MessageLevel.Warning, duration=0)
    return widget
