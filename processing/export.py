"""stadtdialog:export — thin wrapper around core.export."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)

from ..core.i18n import counted, tr
from ..core.publish.export import export
from .common import Algorithm, StoreInput, add_store_parameters, store


class ExportAlgorithm(StoreInput, Algorithm):
    NAME = "export"

    def displayName(self):  # noqa: N802
        return tr("Export submissions")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes the submissions with the reviewers' decisions to a GeoPackage, GeoJSON or CSV file (the "
                  "format follows the file extension). Action areas are written as codes and as labels. Personal "
                  "data is left out unless you ask for it. In CSV files, cells that a spreadsheet would run as a "
                  "formula get a leading apostrophe.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_store_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Export file"), "GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv)"))
        self.addParameter(QgsProcessingParameterBoolean("INCLUDE_PERSONAL", tr("Include personal data"),
                                                        defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber("EXPORTED", tr("Exported submissions")))

    def work(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        count = export(store(self, parameters, context), output,
                       self.parameterAsBool(parameters, "INCLUDE_PERSONAL", context), feedback=feedback)
        feedback.pushInfo(counted(count, tr("1 submission exported to {path}"),
                                  tr("{n} submissions exported to {path}"), path=output))
        return {"OUTPUT": output, "EXPORTED": count}
