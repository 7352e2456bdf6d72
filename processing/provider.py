"""The 'stadtdialog' Processing provider."""
from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "stadtdialog.svg"


class StadtdialogProvider(QgsProcessingProvider):
    def id(self):
        return "stadtdialog"

    def name(self):
        return "Stadtdialog"

    def longName(self):  # noqa: N802
        return tr("Stadtdialog – citizen participation")

    def icon(self):
        return QIcon(str(ICON))

    def loadAlgorithms(self):  # noqa: N802
        from .classify import ClassifyAlgorithm, SuggestAlgorithm
        from .draft_profile import DraftProfileAlgorithm
        from .export import ExportAlgorithm
        from .pull import PullAlgorithm
        from .push import PushAlgorithm
        from .report import ReportAlgorithm
        from .stores import CopyStoreAlgorithm, CreateStoreAlgorithm

        for algorithm in (PullAlgorithm(), SuggestAlgorithm(), ClassifyAlgorithm(), PushAlgorithm(),
                          ExportAlgorithm(), ReportAlgorithm(), DraftProfileAlgorithm(), CreateStoreAlgorithm(),
                          CopyStoreAlgorithm()):
            self.addAlgorithm(algorithm)
