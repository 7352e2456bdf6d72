"""Field-mapping profiles: how one portal's records map onto the submission schema."""
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import tr
from .jsonfile import Checker, load
from .schema import CATEGORIES, REVIEWER_FIELDS

PROFILE_DIR = Path(__file__).resolve().parent.parent / "resources" / "profiles"
MAPPED_FIELDS = ("title", "text", "language", "created_at", "updated_at")
FEATURE_ID = "$id"
TOP_KEYS = ("name", "description", "id", "fields", "category", "personal_fields", "writeback",
            "geometry", "located_field", "default_language", "annotations_collection")


@dataclass(frozen=True)
class Profile:
    name: str
    id_field: str
    fields: dict
    category_field: str = None
    category_values: dict = field(default_factory=dict)
    personal_fields: tuple = ()
    writeback: dict = field(default_factory=dict)
    geometry: dict = field(default_factory=dict)  # {"lon":…, "lat":…} or {"wkt":…} for tables
    located_field: str = None
    default_language: str = None
    annotations_collection: str = None
    description: str = ""
    path: Path = None

    def canonical_category(self, raw):
        if raw is None:
            return "other"
        value = str(raw).strip()
        if value in self.category_values:
            return self.category_values[value]
        folded = {k.casefold(): v for k, v in self.category_values.items()}
        return folded.get(value.casefold(), value if value in CATEGORIES else "other")

    def reserved_names(self):
        """Portal property names that the profile maps somewhere (not kept as 'extra')."""
        names = set(self.fields.values()) | set(self.personal_fields) | set(self.writeback.values())
        names |= {self.id_field, self.category_field, self.located_field} | set(self.geometry.values())
        names.discard(None)
        return names


def resolve(name_or_path):
    path = Path(name_or_path)
    if path.suffix.lower() == ".json" or path.exists():
        return path
    return PROFILE_DIR / "{}.json".format(name_or_path)


def builtin_profiles():
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json"))


def load_profile(name_or_path):
    path = resolve(name_or_path)
    if not path.exists() and path.parent == PROFILE_DIR:
        c = Checker(name_or_path)
        c.fail(None, tr("no such profile; built-in profiles are: {names}").format(
            names=", ".join(builtin_profiles())))
    data = load(path)
    c = Checker(path)
    c.obj(data, "", TOP_KEYS, required=("name", "id"))
    name = c.text(data["name"], "name")
    id_field = c.text(data["id"], "id")
    fields = c.obj(data.get("fields", {}), "fields", MAPPED_FIELDS)
    for key, value in fields.items():
        c.text(value, "fields." + key)
    category_field, values = None, {}
    if "category" in data:
        cat = c.obj(data["category"], "category", ("field", "values"), required=("field",))
        category_field = c.text(cat["field"], "category.field")
        values = c.typed(cat.get("values", {}), "category.values", dict)
        for raw, code in values.items():
            c.text(code, "category.values." + raw)
            c.one_of(code, "category.values." + raw, CATEGORIES)
    personal = c.text_list(data.get("personal_fields", []), "personal_fields")
    writeback = c.obj(data.get("writeback", {}), "writeback", REVIEWER_FIELDS)
    for key, value in writeback.items():
        c.text(value, "writeback." + key)
    geometry = c.obj(data.get("geometry", {}), "geometry", ("lon", "lat", "wkt"))
    for key, value in geometry.items():
        c.text(value, "geometry." + key)
    if ("lon" in geometry) != ("lat" in geometry):
        c.fail("geometry", tr("give both 'lon' and 'lat', or 'wkt'"))
    optional = {}
    for key in ("located_field", "default_language", "annotations_collection", "description"):
        if key in data:
            optional[key] = c.text(data[key], key)
    return Profile(name=name, id_field=id_field, fields=dict(fields), category_field=category_field,
                   category_values=dict(values), personal_fields=tuple(personal),
                   writeback=dict(writeback), geometry=dict(geometry), path=path, **optional)
