"""What the Export and Report dialogs start with when opened from the Stadtdialog menu: this layer's
GeoPackage, an output file beside it (not a temporary file that is gone tomorrow), and for the report the
project's district layer."""
from pathlib import Path

from qgis.core import QgsProject

from ..core.districts import polygon_layers
from ..core.i18n import tr
from ..core.layer_source import store_path


def algorithm_defaults(name, layer, project=None):
    project = project or QgsProject.instance()
    gpkg = Path(store_path(layer))
    params = {"INPUT": str(gpkg)}
    if name == "export":
        params["OUTPUT"] = str(gpkg.with_name("{}-{}.gpkg".format(gpkg.stem, tr("export"))))
    elif name == "report":
        params["OUTPUT"] = str(gpkg.with_name("{}-{}.pdf".format(gpkg.stem, tr("report"))))
        districts = district_layer(project, exclude=gpkg)
        if districts is not None:
            params["DISTRICTS"] = districts.id()
        title = _participation(gpkg)
        if title:
            params["TITLE"] = title
    return params


def _participation(gpkg):
    from ..core.errors import StadtdialogError
    from ..core.store import Store

    try:
        return Store(gpkg).meta("participation")
    except StadtdialogError:
        return None


def district_layer(project, exclude=None):
    """The project's polygon layer a planner means by districts: the visible one first, not one of ours."""
    polygons = polygon_layers(project, exclude)
    return polygons[0] if polygons else None
