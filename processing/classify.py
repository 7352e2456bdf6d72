"""stadtdialog:classify and stadtdialog:suggest — thin wrappers around core.classify."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.i18n import counted, tr
from ..core.review.classify import classify, store_catalogue, suggest_layer
from ..core.store.catalogue import load_catalogue
from ..core.store.schema import REVIEW_STATUSES
from .common import Algorithm, StoreInput, add_store_authcfg, postgres_layer


def _layer(algorithm, parameters, context):
    layer = postgres_layer(algorithm, parameters, context) or algorithm.parameterAsVectorLayer(
        parameters, "INPUT", context)
    if layer is None or layer.fields().indexOf("action_areas") < 0:
        raise QgsProcessingException(tr("INPUT must be the submissions layer of a Stadtdialog GeoPackage."))
    return layer


class ClassifyAlgorithm(StoreInput, Algorithm):
    NAME = "classify"

    def displayName(self):  # noqa: N802
        return tr("Classify submissions")

    def shortHelpString(self):  # noqa: N802
        return tr("Sets the action areas and review status (and optionally a planner note) of every submission "
                  "that matches the expression. Each change is recorded in the audit log.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Submissions"),
                                                            [QgsProcessing.SourceType.TypeVectorPoint]))
        add_store_authcfg(self)
        self.addParameter(QgsProcessingParameterExpression("EXPRESSION", tr("Submissions to classify"),
                                                           parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterString("ACTION_AREAS", tr("Action areas (comma-separated codes)"),
                                                       optional=True))
        # Static strings: STATUS=classified, as the contract says (QGIS 3.18+).
        self.addParameter(QgsProcessingParameterEnum("STATUS", tr("Review status"), options=list(REVIEW_STATUSES),
                                                     defaultValue="classified", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("NOTE", tr("Planner note"), optional=True))
        self.addOutput(QgsProcessingOutputNumber("CLASSIFIED", tr("Classified")))

    def work(self, parameters, context, feedback):
        layer = _layer(self, parameters, context)
        status = self.parameterAsEnumString(parameters, "STATUS", context)
        codes = [c.strip() for c in self.parameterAsString(parameters, "ACTION_AREAS", context).split(",")
                 if c.strip()]
        count = classify(layer, self.parameterAsExpression(parameters, "EXPRESSION", context), codes, status,
                         self.parameterAsString(parameters, "NOTE", context) or None, feedback=feedback)
        feedback.pushInfo(counted(count, tr("1 submission classified."), tr("{n} submissions classified.")))
        return {"CLASSIFIED": count}


class SuggestAlgorithm(StoreInput, Algorithm):
    NAME = "suggest"

    def displayName(self):  # noqa: N802
        return tr("Suggest action areas")

    def shortHelpString(self):  # noqa: N802
        return tr("Proposes action areas for each submission from its text and category, using the catalogue's "
                  "words and what reviewers have decided so far in the same layer (the classified submissions most "
                  "like it), and stores them in suggested_action_areas. Suggestions are never applied on their "
                  "own: a reviewer accepts them.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Submissions"),
                                                            [QgsProcessing.SourceType.TypeVectorPoint]))
        add_store_authcfg(self)
        self.addParameter(QgsProcessingParameterString("CATALOGUE", tr("Catalogue (name or JSON file)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean("ALL", tr("Also for submissions already reviewed"),
                                                        defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber("SUGGESTED", tr("Suggested")))

    def work(self, parameters, context, feedback):
        layer = _layer(self, parameters, context)
        name = self.parameterAsString(parameters, "CATALOGUE", context)
        catalogue = load_catalogue(name) if name else store_catalogue(layer)
        count = suggest_layer(layer, catalogue, not self.parameterAsBool(parameters, "ALL", context), feedback)
        return {"SUGGESTED": count}
