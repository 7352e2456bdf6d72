"""stadtdialog:draft_profile — thin wrapper around core.draft_profile: a profile drafted from a new portal."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from ..core.pull import draft_profile
from ..core.sources.http import Http
from .common import Algorithm, add_kind_parameter


class DraftProfileAlgorithm(Algorithm):
    NAME = "draft_profile"

    def displayName(self):  # noqa: N802
        return tr("Draft a profile for a new portal")

    def shortHelpString(self):  # noqa: N802
        return tr("Reads the first records of a portal or an export, proposes how its fields map onto "
                  "submissions (id, title, text, category, date, location, personal fields) and which of its "
                  "category values mean which category, and writes that as a profile file. Check the draft "
                  "before relying on it; the same assistant is in Connect and pull.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("SOURCE", tr("Portal address or export file")))
        add_kind_parameter(self)
        self.addParameter(QgsProcessingParameterAuthConfig("AUTHCFG", tr("Authentication"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SHEET", tr("Sheet of a spreadsheet (else the first with coordinates)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Profile file"), "JSON (*.json)"))
        self.addOutput(QgsProcessingOutputNumber("FIELDS", tr("Fields mapped")))

    def work(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        source = self.parameterAsString(parameters, "SOURCE", context)
        kind = self.parameterAsEnumString(parameters, "KIND", context) or "auto"
        with Http(authcfg=self.parameterAsString(parameters, "AUTHCFG", context) or None,
                  feedback=feedback) as http:
            sample = draft_profile.read_sample(source, http, kind,
                                               sheet=self.parameterAsString(parameters, "SHEET", context) or None)
        profile = draft_profile.propose(sample, draft_profile.inventory(sample.records))
        draft_profile.save(profile, output)
        count = draft_profile.mapped_count(profile)
        feedback.pushInfo(tr("{n} records read; {fields} fields mapped; profile written to {path}").format(
            n=len(sample.records), fields=count, path=output))
        return {"OUTPUT": output, "FIELDS": count}
