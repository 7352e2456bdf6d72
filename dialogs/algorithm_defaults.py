"""What the Export and Report dialogs start with when opened from the Stadtdialog menu: this layer's store, an
output file beside its GeoPackage (not a temporary file that is gone tomorrow; for a PostgreSQL store, in the
project's folder), and for the report the project's district layer and the participation's name."""
from pathlib import Path

from qgis.core import QgsProject

from ..core.errors import StadtdialogError
from ..core.i18n import tr
from ..core.publish.districts import polygon_layers
from ..core.store.stores import store_of_layer


def algorithm_defaults(name, layer, project=None):
    project = project or QgsProject.instance()
    store = store_of_layer(layer)
    params = {"INPUT": store.name}
    if store.kind == "postgres":
        params["STORE_AUTHCFG"] = store.authcfg or ""
        folder = Path(project.homePath() or Path.home())
    else:
        folder = Path(store.name).parent
    if name == "export":
        params["OUTPUT"] = str(folder / "{}-{}.gpkg".format(store.title, tr("export")))
    elif name == "report":
        params["OUTPUT"] = str(folder / "{}-{}.pdf".format(store.title, tr("report")))
        districts = district_layer(project, exclude=store.name if store.kind == "gpkg" else None)
        if districts is not None:
            params["DISTRICTS"] = districts.id()
        title = _participation(store)
        if title:
            params["TITLE"] = title
    return params


def _participation(store):
    try:
        return store.meta("participation")
    except StadtdialogError:
        return None


def district_layer(project, exclude=None):
    """The project's polygon layer a planner means by districts: the visible one first, not one of ours."""
    polygons = polygon_layers(project, exclude)
    return polygons[0] if polygons else None
