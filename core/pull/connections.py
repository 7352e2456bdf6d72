"""Saved portal connections in QgsSettings: name, URL, type, profile, authcfg id and target — never secrets."""
from dataclasses import asdict, dataclass, fields

from qgis.core import QgsSettings

KEY = "stadtdialog/connections"


@dataclass
class Connection:
    name: str
    url: str
    kind: str = "auto"
    profile: str = "generic"
    authcfg: str = ""  # the id of a QGIS authentication configuration; the secret stays in its database
    output: str = ""
    keep_personal: bool = False
    crs: str = "EPSG:25832"  # of a new GeoPackage; an existing one keeps its own


def load_all():
    s = QgsSettings()
    s.beginGroup(KEY)
    try:
        names = s.childGroups()
        result = []
        for group in names:
            values = {f.name: s.value("{}/{}".format(group, f.name), None) for f in fields(Connection)}
            if not values.get("name") or not values.get("url"):
                continue
            values["keep_personal"] = str(values.get("keep_personal")).lower() == "true"
            result.append(Connection(**{k: v for k, v in values.items() if v is not None}))
        return sorted(result, key=lambda c: c.name.casefold())
    finally:
        s.endGroup()


def save(connection):
    s = QgsSettings()
    group = "{}/{}".format(KEY, _group(connection.name))
    for key, value in asdict(connection).items():
        s.setValue("{}/{}".format(group, key), value)


def remove(name):
    QgsSettings().remove("{}/{}".format(KEY, _group(name)))


def _group(name):
    return "".join(c if c.isalnum() else "_" for c in name)[:80] or "connection"
