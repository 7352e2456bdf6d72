"""stadtdialog:create_store and stadtdialog:copy_store — thin wrappers around core.pg_store and core.copy_store."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterCrs,
    QgsProcessingParameterString,
)

from ..core.errors import StylesNotSavedError
from ..core.i18n import tr
from ..core.store import schema
from ..core.store.stores import is_postgres
from .common import Algorithm, StoreInput, add_store_authcfg, store_authcfg, store_name

STORE_HELP = "postgres:CONNECTION, service=NAME or postgresql://user@host:port/database, with ?schema=…"


class CreateStoreAlgorithm(Algorithm):
    NAME = "create_store"

    def displayName(self):  # noqa: N802
        return tr("Make a team store (PostgreSQL/PostGIS)")

    def shortHelpString(self):  # noqa: N802
        return tr("Makes the Stadtdialog schema in a PostgreSQL/PostGIS database, or brings an existing one up to "
                  "date (it can be run again): the tables, the triggers that keep the audit log and refuse a save "
                  "that would overwrite a colleague's decision, and three roles — <schema>_reviewer (decides), "
                  "<schema>_coordinator (pulls, writes back, exports) and <schema>_owner. Run it with an account "
                  "that may create schemas and roles; then grant the roles to people's logins.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("OUTPUT", tr("Store") + " (" + STORE_HELP + ")"))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Coordinate reference system"),
                                                    defaultValue=schema.DEFAULT_CRS, optional=True))
        add_store_authcfg(self)
        self.addOutput(QgsProcessingOutputBoolean("ROLES", tr("Roles granted")))

    def work(self, parameters, context, feedback):
        from ..core.store.pg_store import PgStore, create, grant_roles, install

        name = self.parameterAsString(parameters, "OUTPUT", context).strip()
        authcfg = store_authcfg(self, parameters, context)
        if not is_postgres(name):
            raise QgsProcessingException(tr("OUTPUT names no PostgreSQL store: write {help}. (A GeoPackage is made "
                                            "by the first pull into it.)").format(help=STORE_HELP))
        store = PgStore(name, authcfg=authcfg, migrate=False)
        if store.exists():
            install(store, store.srid())
            feedback.pushInfo(tr("{name} was there; brought up to schema {version}.").format(
                name=name, version=schema.SCHEMA_VERSION))
        else:
            store = create(name, self.parameterAsCrs(parameters, "CRS", context).authid() or schema.DEFAULT_CRS,
                           authcfg)
            from ..core.review.styles import install_styles
            from ..core.store.catalogue import load_catalogue

            store.write_catalogue(load_catalogue())
            try:
                install_styles(store)
            except StylesNotSavedError as exc:
                feedback.reportError(str(exc))
            feedback.pushInfo(tr("{name} made.").format(name=name))
        roles = grant_roles(store)
        if not roles:
            feedback.reportError(tr("This login may not create roles: the store works, but the roles "
                                    "{schema}_reviewer, _coordinator and _owner were not made. Run this again "
                                    "with an account that may.").format(schema=store.schema))
        return {"OUTPUT": name, "ROLES": roles}


class CopyStoreAlgorithm(StoreInput, Algorithm):
    NAME = "copy_store"

    def displayName(self):  # noqa: N802
        return tr("Copy a participation to another store")

    def shortHelpString(self):  # noqa: N802
        return tr("Copies everything of a participation — submissions with their decisions, quarantine, audit log, "
                  "catalogue, the named styles and the form — from one store into a new one: a planner's "
                  "GeoPackage into the team's PostgreSQL store, or back. The source is not changed.")

    def initAlgorithm(self, config=None):  # noqa: N802
        from .common import add_store_parameters

        add_store_parameters(self)
        self.addParameter(QgsProcessingParameterString("OUTPUT", tr("New store (a GeoPackage path, or ") + STORE_HELP
                                                       + ")"))
        self.addParameter(QgsProcessingParameterAuthConfig(
            "OUTPUT_AUTHCFG", tr("Authentication for a PostgreSQL target"), optional=True))
        self.addOutput(QgsProcessingOutputString("COPIED", tr("Rows copied per table")))

    def work(self, parameters, context, feedback):
        from ..core.store.copy_store import copy_store

        target = self.parameterAsString(parameters, "OUTPUT", context).strip()
        counts = copy_store(store_name(self, parameters, context), target, store_authcfg(self, parameters, context),
                            self.parameterAsString(parameters, "OUTPUT_AUTHCFG", context) or None, feedback)
        return {"OUTPUT": target, "COPIED": ", ".join("{} {}".format(t, n) for t, n in counts.items())}
