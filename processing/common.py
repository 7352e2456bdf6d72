"""What the algorithms share: the base every algorithm derives from, and a store named as a GeoPackage path or a
PostgreSQL store name (see core.store.stores), with the credentials of a PostgreSQL store from a QGIS
authentication configuration (STORE_AUTHCFG)."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
)

from ..core.errors import StadtdialogError
from ..core.i18n import tr
from ..core.sources.detect import KINDS
from ..core.store.stores import is_postgres, open_store


class Algorithm(QgsProcessingAlgorithm):
    """One Stadtdialog algorithm: its id (NAME), words (displayName, shortHelpString), parameters (initAlgorithm)
    and work (work(), returning the outputs; not run(), which is QgsProcessingAlgorithm's own and what Python's
    processing.run calls). Progress and cancel go through the feedback given to core; a StadtdialogError
    reaches the user as a Processing error with its message, never as a traceback."""

    NAME = ""

    def name(self):
        return self.NAME

    def createInstance(self):  # noqa: N802
        return type(self)()

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS's API
        return super().checkParameterValues(kind_by_name(parameters), context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            return self.work(kind_by_name(parameters), context, feedback)
        except StadtdialogError as exc:
            raise QgsProcessingException(str(exc)) from None

    def work(self, parameters, context, feedback):
        raise NotImplementedError


def add_kind_parameter(algorithm):
    """KIND, the same in every algorithm: a name (auto, oapif, wfs, file, json), or its number as older scripts
    give it."""
    algorithm.addParameter(QgsProcessingParameterEnum(
        "KIND", tr("Source type: {names} (or its number, 0–{last})").format(names=", ".join(KINDS),
                                                                          last=len(KINDS) - 1),
        options=list(KINDS), defaultValue="auto", optional=True, usesStaticStrings=True))


def kind_by_name(parameters):
    """The parameters with KIND as a name where it was given as a number."""
    raw = parameters.get("KIND")
    if isinstance(raw, int) or (isinstance(raw, str) and raw.strip().isdigit()):
        if 0 <= int(raw) < len(KINDS):
            return dict(parameters, KIND=KINDS[int(raw)])
    return parameters


def add_store_parameters(algorithm, name="INPUT"):
    algorithm.addParameter(QgsProcessingParameterFile(
        name, tr("Stadtdialog store: a GeoPackage or postgres:CONNECTION"),
        extension="gpkg"))
    add_store_authcfg(algorithm)


def add_store_authcfg(algorithm):
    algorithm.addParameter(QgsProcessingParameterAuthConfig(
        "STORE_AUTHCFG", tr("Authentication for a PostgreSQL store"), optional=True))


def store_name(algorithm, parameters, context, name="INPUT"):
    """The store named by a parameter: a PostgreSQL store name as it is, a file as Processing resolves it."""
    raw = parameters.get(name)
    raw = raw.strip() if isinstance(raw, str) else raw
    if isinstance(raw, str) and is_postgres(raw):
        return raw
    return algorithm.parameterAsFile(parameters, name, context)


def store_authcfg(algorithm, parameters, context):
    return algorithm.parameterAsString(parameters, "STORE_AUTHCFG", context) or None


def store(algorithm, parameters, context, name="INPUT"):
    """The store itself (opened and migrated); a StadtdialogError with the reason when it cannot be opened."""
    return open_store(store_name(algorithm, parameters, context, name), store_authcfg(algorithm, parameters, context))


def postgres_layer(algorithm, parameters, context):
    """The submissions layer of a PostgreSQL store named in INPUT (kept by the context), or None."""
    raw = parameters.get("INPUT")
    if not (isinstance(raw, str) and is_postgres(raw)):
        return None
    from qgis.core import QgsVectorLayer

    found = store(algorithm, parameters, context)
    layer = QgsVectorLayer(found.layer_uri(), "submissions", found.provider)
    context.temporaryLayerStore().addMapLayer(layer)
    return layer


class StoreInput:
    """Algorithms whose INPUT is a GeoPackage file or a submissions layer take a PostgreSQL store's name there too
    (Processing's own check of the parameter knows only files and layers)."""

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS's API
        raw = parameters.get("INPUT")
        if isinstance(raw, str) and is_postgres(raw):
            if isinstance(self.parameterDefinition("INPUT"), QgsProcessingParameterFile):
                parameters = dict(parameters, INPUT="postgresql-store.gpkg")  # checked in processAlgorithm
            else:
                try:
                    parameters = dict(parameters, INPUT=postgres_layer(self, parameters, context))
                except (QgsProcessingException, StadtdialogError) as exc:
                    return False, str(exc)
        return super().checkParameterValues(parameters, context)
