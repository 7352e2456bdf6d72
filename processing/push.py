"""stadtdialog:push — thin wrapper around core.push."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from ..core.writeback.push import push
from .common import Algorithm, StoreInput, add_store_parameters, store

COUNTS = ("PUSHED", "CONFLICTS", "FAILED", "SKIPPED")


class PushAlgorithm(StoreInput, Algorithm):
    NAME = "push"

    def displayName(self):  # noqa: N802
        return tr("Write back to the portal")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes the reviewers' decisions (the profile's writeback fields) back to where the submissions "
                  "were pulled from: WFS-T Update in batches, OGC API – Features PUT, or POST into the annotations "
                  "collection the profile names. A submission changed on "
                  "the portal since the pull is a conflict: it is not written, it is marked and listed. A push "
                  "that was interrupted can be run again: it writes what is still pending, nothing twice.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_store_parameters(self)
        self.addParameter(QgsProcessingParameterString("TARGET", tr("Portal address (default: where it was "
                                                                    "pulled from)"), optional=True))
        self.addParameter(QgsProcessingParameterAuthConfig("AUTHCFG", tr("Authentication"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("DRY_RUN", tr("Only list what would be written"),
                                                        defaultValue=False))
        for name in COUNTS:
            self.addOutput(QgsProcessingOutputNumber(name, name.lower()))
        self.addOutput(QgsProcessingOutputNumber("PLANNED", tr("would be written (dry run)")))

    def work(self, parameters, context, feedback):
        result = push(store(self, parameters, context),
                      self.parameterAsString(parameters, "TARGET", context) or None,
                      self.parameterAsString(parameters, "AUTHCFG", context) or None,
                      self.parameterAsBool(parameters, "DRY_RUN", context), feedback=feedback)
        for pid in result.planned:
            feedback.pushInfo(tr("would write {id}").format(id=pid))
        for pid in result.conflict_ids:
            feedback.reportError(tr("conflict: {id} was changed on the portal since the pull; not written").format(
                id=pid))
        for error in result.errors:
            feedback.reportError(error)
        feedback.pushInfo(result.summary())
        values = result.as_dict()
        outputs = {name: values[name.lower()] for name in COUNTS}
        outputs["PLANNED"] = len(result.planned)
        return outputs
