"""Placing a contribution that gives no point by what the citizen wrote, where the planner has the data: an address
(street and house number) found in an address layer the city already has — house coordinates from the cadastre,
OpenStreetMap addresses, any point layer with street and number fields — and a district name matched against the
planner's district layer. No online geocoding: nothing leaves the machine, and nothing is guessed.

Spellings are forgiven as people write them: case, accents, ß/ss, "Str."/"Straße"/"strasse", "St."/"Sankt",
hyphens and spaces; a house number's letter ("12a") must match, a missing one does not count as a match."""
import re
import unicodedata

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

from ..errors import StadtdialogError
from ..fieldtypes import DISTRICT_NAMES, field_named
from ..i18n import tr

STREET_FIELDS = ("strasse", "straße", "str", "street", "strassenname", "straßenname", "addr:street", "addr_street",
                 "street_name", "strname", "lagebezeichnung", "via", "calle", "rue")
NUMBER_FIELDS = ("hausnummer", "hnr", "hsnr", "nr", "number", "housenumber", "house_number", "addr:housenumber",
                 "addr_housenumber", "hausnr", "numero", "civico", "no")
ADDRESS = re.compile(r"^\s*(?P<street>.*?[^\d\s,])\s*,?\s*(?:Nr\.?\s*)?(?P<number>\d{1,4}\s*[a-zA-Z]?)\b")


def fold(text):
    """A name as compared: lower case, no accents (ß as ss), 'str.'/'strasse' as 'strasse', 'st.' as 'sankt',
    no hyphens, dots or spaces."""
    text = str(text or "").strip().lower().replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\bst\.\s*", "sankt ", text)
    text = re.sub(r"str\.(?=\s|$|\d)|str(?=\s|$|\d)", "strasse", text)
    return re.sub(r"[\s.\-'’]+", "", text)


def split_address(text):
    """(street, number) of 'Pfaffstraße 12', 'Pfaffstr. 12a, 67655 Kaiserslautern', 'Pfaffstraße Nr. 12'; None
    without a house number."""
    m = ADDRESS.match(str(text or ""))
    return (m.group("street"), m.group("number").replace(" ", "")) if m else None


def _layer(source, unreadable):
    layer = source if isinstance(source, QgsVectorLayer) else QgsVectorLayer(str(source), "layer", "ogr")
    if not layer.isValid():
        raise StadtdialogError(unreadable.format(name=source))
    return layer


class Addresses:
    """An address layer as a lookup: (street, number) as the citizen wrote them -> a point in the store's CRS."""

    def __init__(self, source, crs):
        layer = _layer(source, tr("The address layer {name} cannot be read."))
        street = field_named(layer, STREET_FIELDS, text_only=False)
        number = field_named(layer, NUMBER_FIELDS, text_only=False)
        if street is None or number is None:
            raise StadtdialogError(tr("The address layer {name} needs a street and a house-number field (such as "
                                      "strasse and hausnummer, or addr:street and addr:housenumber); it has: "
                                      "{fields}.").format(name=layer.name(),
                                                           fields=", ".join(layer.fields().names())))
        transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(crs), QgsProject.instance())
        self.points = {}
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            point = geometry.centroid().asPoint()
            key = (fold(feature[street]), fold(feature[number]))
            self.points.setdefault(key, (point.x(), point.y(), "{} {}".format(feature[street], feature[number])))

    def find(self, text):
        """(x, y, the address as the layer writes it) for an address text, or None."""
        parts = split_address(text)
        return self.points.get((fold(parts[0]), fold(parts[1]))) if parts else None


class Districts:
    """The planner's district layer as names: a district as the citizen (or the portal) wrote it -> its name in
    the layer."""

    def __init__(self, source):
        layer = _layer(source, tr("The district layer {name} cannot be read."))
        field = field_named(layer, DISTRICT_NAMES)
        if field is None:
            raise StadtdialogError(tr("The district layer {name} has no field with the districts' names.").format(
                name=layer.name()))
        self.names = {fold(f[field]): str(f[field]) for f in layer.getFeatures() if f[field] not in (None, "")}

    def find(self, text):
        return self.names.get(fold(text)) if text else None
