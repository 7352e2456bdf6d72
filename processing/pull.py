"""stadtdialog:pull — thin wrapper around core.sync.pull."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.i18n import tr
from ..core.pull.sync import pull
from ..core.store import schema
from ..core.store.stores import is_postgres
from .common import Algorithm, add_kind_parameter, add_store_authcfg, store_authcfg

COUNTS = ("PULLED", "NEW", "UPDATED", "UNCHANGED", "WITHDRAWN", "QUARANTINED", "WITHOUT_PLACE", "PLACED_BY_ADDRESS")


class PullAlgorithm(Algorithm):
    NAME = "pull"

    def displayName(self):  # noqa: N802
        return tr("Pull submissions from a portal")

    def shortHelpString(self):  # noqa: N802
        return tr("Pulls citizens' submissions from an OGC API – Features collection, a WFS layer "
                  "(URL with typename) or a GeoJSON/CSV file or URL into a GeoPackage, through a field-mapping "
                  "profile. New submissions are added, changed ones updated, missing ones marked withdrawn; "
                  "reviewers' fields are never touched. Records that cannot be imported go to the "
                  "'quarantine' table with their reason. On any error the GeoPackage stays as it was.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("SOURCE", tr("Source (URL or file)")))
        self.addParameter(QgsProcessingParameterString("PROFILE", tr("Field-mapping profile (name or JSON file)"),
                                                       defaultValue="generic"))
        self.addParameter(QgsProcessingParameterAuthConfig("AUTHCFG", tr("Authentication"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SHEET", tr("Sheet of a spreadsheet (else the profile's, else the first with coordinates)"),
            optional=True))
        add_kind_parameter(self)
        self.addParameter(QgsProcessingParameterString("BBOX", tr("Only within bbox (minx,miny,maxx,maxy)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("DATETIME", tr("Only within date/time interval"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean("KEEP_PERSONAL", tr("Keep personal data (names, e-mail)"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "ADDRESSES", tr("Address points to place a contribution by the address it gives (optional)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "DISTRICTS", tr("Districts to name a contribution's district as they are named (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Coordinate reference system of a new GeoPackage"),
                                                    defaultValue=schema.DEFAULT_CRS, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Store: a GeoPackage or postgres:CONNECTION"),
            fileFilter="GeoPackage (*.gpkg)"))
        add_store_authcfg(self)
        for name in COUNTS:
            self.addOutput(QgsProcessingOutputNumber(name, name.lower()))

    def work(self, parameters, context, feedback):
        raw = parameters.get("OUTPUT")
        output = raw.strip() if isinstance(raw, str) and is_postgres(raw) else \
            self.parameterAsFileOutput(parameters, "OUTPUT", context)
        result = pull(
            self.parameterAsString(parameters, "SOURCE", context),
            self.parameterAsString(parameters, "PROFILE", context) or "generic",
            output,
            authcfg=self.parameterAsString(parameters, "AUTHCFG", context) or None,
            kind=self.parameterAsEnumString(parameters, "KIND", context) or "auto",
            bbox=self.parameterAsString(parameters, "BBOX", context) or None,
            datetime=self.parameterAsString(parameters, "DATETIME", context) or None,
            keep_personal=self.parameterAsBool(parameters, "KEEP_PERSONAL", context),
            crs=self.parameterAsCrs(parameters, "CRS", context).authid() or schema.DEFAULT_CRS,
            feedback=feedback,
            store_authcfg=store_authcfg(self, parameters, context),
            addresses=self.parameterAsVectorLayer(parameters, "ADDRESSES", context),
            districts=self.parameterAsVectorLayer(parameters, "DISTRICTS", context),
            sheet=self.parameterAsString(parameters, "SHEET", context) or None,
        )
        for warning in result.warnings:
            feedback.reportError(warning)
        feedback.pushInfo(result.summary())
        values = result.as_dict()
        outputs = {name: values[name.lower()] for name in COUNTS}
        outputs["OUTPUT"] = output
        return outputs
