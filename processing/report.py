"""stadtdialog:report — thin wrapper around core.report."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.compat import no_threading_flag
from ..core.i18n import counted, tr
from ..core.publish.report import report
from .common import Algorithm, StoreInput, add_store_parameters, store


class ReportAlgorithm(StoreInput, Algorithm):
    NAME = "report"

    def displayName(self):  # noqa: N802
        return tr("Report for the council")

    def shortHelpString(self):  # noqa: N802
        return tr("A PDF (print layout) or HTML report: a map of the submissions by action area with legend, counts "
                  "per action area, category and review status, counts per district when a district layer is "
                  "given, a bar chart, and the catalogue with its provenance, after a title page with the "
                  "participation's name, period and numbers. The map has the background map of the Stadtdialog "
                  "settings where its server answers, and plain outlines where not. Language follows the QGIS locale.")

    def flags(self):
        # A print layout is made on the main thread, as QGIS's own layout export algorithms do: each layout label
        # made in a background thread logs "Cannot load HTML based item label in background threads" (some 50
        # per report). The Processing dialog keeps its progress bar and Cancel button live meanwhile.
        return super().flags() | no_threading_flag()

    def initAlgorithm(self, config=None):  # noqa: N802
        add_store_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Report"),
                                                                "PDF (*.pdf);;HTML (*.html)"))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "DISTRICTS", tr("Districts (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", tr("Name of the participation (the title page's heading)"), optional=True))

    def work(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        districts = self.parameterAsVectorLayer(parameters, "DISTRICTS", context)
        data = report(store(self, parameters, context), output, districts, feedback=feedback,
                      title=self.parameterAsString(parameters, "TITLE", context) or None)
        feedback.pushInfo(counted(data.total, tr("Report on 1 submission written to {path}"),
                                  tr("Report on {n} submissions written to {path}"), path=output))
        return {"OUTPUT": output}
