"""The background map under the submissions, as the planner chose it once (settings.BASEMAP): OpenStreetMap
tiles by default, basemap.de, or the city's own WMS/WMTS/XYZ service — with its attribution.

Tiles are fetched by QGIS when the map is drawn: offline the layer just stays empty, nothing is waited for."""
from urllib.parse import quote

from qgis.core import QgsProject, QgsRasterLayer

from .. import settings
from ..i18n import tr

ROLE = "stadtdialog/basemap"          # custom property of the background layer: which choice it is
ATTRIBUTION = "stadtdialog/attribution"
# choice -> (title, XYZ tile URL, attribution). basemap.de's WMTS is addressed by its REST tile URL, so nothing
# is asked of the server before the first tile (a capabilities request would hold QGIS up when offline).
SERVICES = {
    "osm": ("OpenStreetMap", "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors"),
    "basemap.de": ("basemap.de", "https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/"
                   "de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png",
                   "© GeoBasis-DE / BKG, CC BY 4.0"),
}
CHOICES = ("osm", "basemap.de", "custom", "none")


def choice_labels():
    return {"osm": tr("OpenStreetMap"), "basemap.de": tr("basemap.de (Germany's official base map)"),
            "custom": tr("The city's own service (WMS, WMTS or XYZ)"), "none": tr("No background map")}


def xyz_source(url, zmax=19):
    return "type=xyz&url={}&zmax={}&zmin=0".format(quote(url, safe=":/{}"), zmax)


def service(choice=None, custom=None):
    """(title, QGIS data source, attribution) of a choice (the settings' when None); None for 'none'."""
    choice = choice or settings.get(settings.BASEMAP)
    if choice == "none" or choice not in CHOICES:
        return None
    if choice == "custom":
        source = (custom if custom is not None else settings.get(settings.BASEMAP_CUSTOM)).strip()
        if not source:
            return None
        if "{z}" in source and "{x}" in source and not source.startswith(("type=", "url=")):
            source = xyz_source(source)
        return tr("City base map"), source, ""
    title, url, attribution = SERVICES[choice]
    return title, xyz_source(url), attribution


def make_layer(choice=None, custom=None):
    """The background layer of a choice (the settings' when None); None for 'none' or an unusable source."""
    choice = choice or settings.get(settings.BASEMAP)
    found = service(choice, custom)
    if found is None:
        return None
    title, source, attribution = found
    layer = QgsRasterLayer(source, tr("Background: {name}").format(name=title), "wms")
    if not layer.isValid():
        return None
    layer.setCustomProperty(ROLE, choice)
    layer.setCustomProperty(ATTRIBUTION, attribution)
    metadata = layer.metadata()
    metadata.setRights([attribution] if attribution else [])
    layer.setMetadata(metadata)
    return layer


def find(project):
    return next((layer for layer in project.mapLayers().values() if layer.customProperty(ROLE)), None)


def add_basemap(project=None, choice=None, visible=True):
    """Put the chosen background map at the bottom of the project's layers, once; returns it (or None).
    `visible`: False adds it switched off (its server did not answer: an empty map asks nothing of it)."""
    project = project or QgsProject.instance()
    existing = find(project)
    if existing is not None:
        return existing
    layer = make_layer(choice)
    if layer is None:
        return None
    if not visible:  # the layer tree says why it is off, where the planner would turn it on
        layer.setName(tr("{name} (off: its server did not answer)").format(name=layer.name()))
    project.addMapLayer(layer, False)
    node = project.layerTreeRoot().addLayer(layer)  # last: drawn below everything else
    node.setItemVisibilityChecked(visible)
    return layer


def attributions(project, visible_only=True):
    """The attributions of the background layers shown, for the map and the report."""
    root = project.layerTreeRoot()
    found = []
    for layer in project.mapLayers().values():
        text = layer.customProperty(ATTRIBUTION)
        node = root.findLayer(layer.id())
        if text and (not visible_only or (node is not None and node.isVisible())) and text not in found:
            found.append(text)
    return found


def probe_url(source):
    """An address that tells whether the background's server answers: its first tile, or the service itself."""
    from urllib.parse import parse_qs, unquote

    params = parse_qs(source, keep_blank_values=True)
    url = unquote((params.get("url") or [""])[0])
    for key, value in (("{z}", "0"), ("{x}", "0"), ("{y}", "0"), ("{-y}", "0")):
        url = url.replace(key, value)
    return url


def reachable(source, timeout=3):
    """Whether the server of a background's data source answers now: a report (headless, waiting for every
    tile) draws no background rather than wait for a network that is not there, and a pull adds it switched
    off rather than have QGIS ask for tiles that cannot come."""
    from ..errors import PortalError, StadtdialogError
    from ..sources.http import Http

    url = probe_url(source)
    if not url.startswith(("http://", "https://")):
        return False
    try:
        with Http(timeout=(timeout, timeout), retries=0) as http:
            http.get(url, what=tr("Background map"))
        return True
    except PortalError as exc:
        return exc.status is not None  # it answered, even if not with this tile
    except StadtdialogError:
        return False


def for_report():
    """The background layer for a report's map, or None when it is switched off or cannot be reached."""
    found = service()
    return make_layer() if found is not None and reachable(found[1]) else None


def online():
    """Whether the chosen background map's server answers (None: no background map is chosen)."""
    found = service()
    return None if found is None else reachable(found[1])
