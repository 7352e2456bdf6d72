"""Field-mapping profiles: how one portal's records map onto the submission schema.

Format 1 names flat properties. Format 2 (`"format": 2`) adds where the records are in an answer, nested
paths, multilingual fields, the location from lon/lat paths, a GeoJSON property or WKT, ids made of several
fields or of a fingerprint, categories from several fields with a lookup, the portal's state, date formats and
time zone, HTML texts, and how a file is read. `resources/profile.schema.json` describes both.
"""
import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .. import RESOURCES
from ..errors import StadtdialogError
from ..i18n import tr
from ..jsonfile import Checker, load
from ..sources import record_path
from ..store.schema import CATEGORIES, REVIEWER_FIELDS

PROFILE_DIR = RESOURCES / "profiles"
MAPPED_FIELDS = ("title", "text", "language", "created_at", "updated_at", "address", "district")
FEATURE_ID = "$id"
FINGERPRINT_PREFIX = "fp-"
STATES = ("active", "withdrawn", "hidden", "rejected", "skip")
ENCODINGS = ("auto", "utf-8", "windows-1252", "latin-1", "macroman")
TOP_KEYS = ("name", "title", "description", "id", "fields", "category", "personal_fields", "writeback",
            "geometry", "located_field", "default_language", "annotations_collection")
TOP_KEYS_2 = TOP_KEYS + ("format", "records", "location", "crs", "state", "dates", "file", "languages", "paging")


@dataclass(frozen=True)
class FieldSpec:
    paths: tuple                # alternatives, the first present wins
    languages: tuple = ()       # for multilingual values: the order to take them in ("*": any)
    html: bool = False          # the value is HTML: keep its text


@dataclass(frozen=True)
class Profile:
    name: str
    id_field: str                                   # how the id is made, as shown to users
    fields: dict                                    # schema field -> FieldSpec
    id_paths: tuple = ()                            # alternatives: the first one present is the id
    id_joined: tuple = ()                           # several fields that together are the id
    id_fingerprint: tuple = ()                      # paths hashed into an id where the portal gives none
    category_paths: tuple = ()
    category_values: dict = field(default_factory=dict)   # folded raw value -> category code
    category_none: frozenset = frozenset()          # folded raw values that mean "no category"
    category_split: str = None                      # one cell holds several values, separated by this
    personal_fields: tuple = ()
    writeback: dict = field(default_factory=dict)
    location: dict = field(default_factory=dict)    # {"lon", "lat"} | {"wkt"} | {"geojson"}: alternative paths
    crs: str = None                                 # of the coordinates the location gives
    located_field: str = None
    default_language: str = None
    annotations_collection: str = None
    description: str = ""
    path: Path = None
    format: int = 1
    records: str = None                             # where the records are in a JSON answer
    state_paths: tuple = ()                         # the first that maps decides (a `withdrawn` flag, a `state`)
    state_values: dict = field(default_factory=dict)  # folded raw value -> state
    date_formats: tuple = ()
    timezone: str = None                            # the portal's local time zone
    z_is_local: bool = False                        # the portal writes local time with a "Z"
    file: dict = field(default_factory=dict)        # encoding, delimiter, sheet, nested (column key separator)
    paging: dict = field(default_factory=dict)      # how a JSON API pages: {"style": next|page|offset|graphql, …}

    @property
    def category_field(self):
        return self.category_paths[0] if self.category_paths else None

    @property
    def geometry(self):
        return self.location

    def canonical_category(self, raw):
        """The category code for one raw value ('other' where it is unknown)."""
        if raw is None:
            return "other"
        code = self.category_values.get(fold(raw))
        if code:
            return code
        value = str(raw).strip()
        return value if value in CATEGORIES else "other"

    def category_of(self, record):
        """(code, raw text kept, unknown raw text or None) from the category fields in their order."""
        raws = []
        for path in self.category_paths:
            raws += _strings(record_path.get(record, path))
        if self.category_split:
            raws = [part.strip() for raw in raws for part in raw.split(self.category_split) if part.strip()]
        if not raws:
            return "other", None, None
        for raw in raws:
            code = self.category_values.get(fold(raw)) or (raw.strip() if raw.strip() in CATEGORIES else None)
            if code:
                return code, " | ".join(raws), None
        unknown = [r for r in raws if fold(r) not in self.category_none and r.strip()]
        return "other", " | ".join(raws), (" | ".join(unknown) or None)

    @property
    def state_path(self):
        return " / ".join(self.state_paths) or None

    def state_of(self, record):
        for path in self.state_paths:
            for raw in _strings(record_path.get(record, path)):
                state = self.state_values.get(fold(raw))
                if state:
                    return state
        return "active"

    def id_of(self, feature, props):
        """The portal's id for a record as text ('' where it has none)."""
        if self.id_joined:
            parts = [_id_text(record_path.get(props, p)) for p in self.id_joined]
            if all(parts):
                return ":".join(parts)
        for path in self.id_paths:
            value = _id_text(feature.get("id") if path == FEATURE_ID else record_path.get(props, path))
            if value:
                return value
        if self.id_fingerprint:
            values = [_id_text(record_path.get(props, p)) for p in self.id_fingerprint]
            if any(values):
                digest = hashlib.sha1("\x1f".join(values).encode("utf-8", "surrogatepass"), usedforsecurity=False)
                return FINGERPRINT_PREFIX + digest.hexdigest()[:16]
        return ""

    def reserved_names(self):
        """Portal property names (or paths) that the profile maps somewhere (not kept as 'extra')."""
        names = {p for spec in self.fields.values() for p in spec.paths} | set(self.personal_fields)
        names |= set(self.writeback.values()) | set(self.id_paths) | set(self.id_joined) | set(self.category_paths)
        names |= {self.located_field} | set(self.state_paths) | {p for paths in self.location.values() for p in paths}
        names.discard(None)
        return names


def fold(value):
    """Compared without case, accents or surrounding space: 'Idée ' and 'idee' are the same value."""
    text = unicodedata.normalize("NFKD", str(value).strip().casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _strings(value):
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):  # a multilingual name: every language's value is a candidate
        value = record_path.translations(value)
        return [s for k, v in value.items() if k != "machine_translations" for s in _strings(v)]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return [str(value)]


def _id_text(value):
    if value is None or isinstance(value, (dict, list, bool)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def user_profile_dir():
    """Where the profile assistant saves profiles: in the QGIS user profile, so they travel with it."""
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()) / "stadtdialog" / "profiles"


def resolve(name_or_path):
    path = Path(name_or_path)
    if path.suffix.lower() == ".json" or path.exists():
        return path
    saved = user_profile_dir() / "{}.json".format(name_or_path)
    if saved.exists() and not (PROFILE_DIR / saved.name).exists():
        return saved
    return PROFILE_DIR / "{}.json".format(name_or_path)


def builtin_profiles():
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json"))


def profile_title(name, language):
    """How a planner reads a profile's name: its title in `language` where it has one, else its name."""
    try:
        title = load(resolve(name)).get("title") or {}
    except StadtdialogError:
        return name
    return title.get(language) or title.get("en") or name if isinstance(title, dict) else name


def saved_profiles():
    """Profiles saved by the assistant (a built-in name always means the built-in one)."""
    folder = user_profile_dir()
    builtin = set(builtin_profiles())
    return sorted(p.stem for p in folder.glob("*.json") if p.stem not in builtin) if folder.is_dir() else []


def load_profile(name_or_path):
    path = resolve(name_or_path)
    if not path.exists() and path.parent == PROFILE_DIR:
        c = Checker(name_or_path)
        c.fail(None, tr("no such profile; built-in profiles are: {names}").format(
            names=", ".join(builtin_profiles())))
    return profile_from_dict(load(path), path)


def profile_from_dict(data, path):
    c = Checker(path)
    c.typed(data, "", dict)
    version = data.get("format", 1)
    c.one_of(version, "format", (1, 2))
    c.obj(data, "", TOP_KEYS_2 if version == 2 else TOP_KEYS + ("format",), required=("name", "id"))
    options = {"name": c.text(data["name"], "name"), "path": Path(path), "format": version}
    for key in ("located_field", "default_language", "annotations_collection", "description"):
        if key in data:
            options[key] = c.text(data[key], key)
    if "title" in data:
        for language, text in c.obj(data["title"], "title", ("de", "en")).items():
            c.text(text, "title." + language)
    options.update(_id(c, data["id"], version))
    options["fields"] = _fields(c, data.get("fields", {}), version, data.get("languages"))
    options.update(_category(c, data["category"], version) if "category" in data else {})
    options["personal_fields"] = tuple(c.text_list(data.get("personal_fields", []), "personal_fields"))
    writeback = c.obj(data.get("writeback", {}), "writeback", REVIEWER_FIELDS)
    for key, value in writeback.items():
        c.text(value, "writeback." + key)
    options["writeback"] = dict(writeback)
    options["location"] = _location(c, data, version)
    if version == 2:
        options.update(_format2(c, data))
    return Profile(**options)


def _id(c, value, version):
    if isinstance(value, str) or version == 1:
        text = c.text(value, "id")
        return {"id_field": text, "id_paths": (text,)}
    if isinstance(value, list):  # alternatives, as a spreadsheet labels its columns in several languages
        paths = tuple(c.text_list(value, "id"))
        if not paths:
            c.fail("id", tr("must not be empty"))
        return {"id_field": " / ".join(paths), "id_paths": paths}
    # {"fields": [...]}: together the id; {"field": "#", "fingerprint": [...]}: that field where an export has
    # it, else a fingerprint; {"fingerprint": [...]}: the portal gives none.
    spec = c.obj(value, "id", ("field", "fields", "fingerprint"))
    if not spec or ("field" in spec and "fields" in spec):
        c.fail("id", tr("give 'field' or 'fields', and/or 'fingerprint'"))
    options, shown = {}, []
    if "field" in spec:
        options["id_paths"] = (c.text(spec["field"], "id.field"),)
        shown.append(spec["field"])
    for key, option in (("fields", "id_joined"), ("fingerprint", "id_fingerprint")):
        if key in spec:
            paths = tuple(c.text_list(spec[key], "id." + key))
            if not paths:
                c.fail("id." + key, tr("must not be empty"))
            options[option] = paths
            shown.append(" + ".join(paths) if key == "fields" else
                         tr("fingerprint of {fields}").format(fields=", ".join(paths)))
    options["id_field"] = tr(" or ").join(shown)
    return options


def _fields(c, value, version, languages):
    fields = c.obj(value, "fields", MAPPED_FIELDS)
    default_languages = tuple(c.text_list(languages, "languages")) if languages is not None else ()
    specs = {}
    for key, spec in fields.items():
        where = "fields." + key
        if isinstance(spec, str) or version == 1:
            specs[key] = FieldSpec((c.text(spec, where),), default_languages)
            continue
        if isinstance(spec, list):
            specs[key] = FieldSpec(tuple(c.text_list(spec, where)), default_languages)
            continue
        c.obj(spec, where, ("path", "languages", "html"), required=("path",))
        paths = spec["path"]
        paths = (c.text(paths, where + ".path"),) if isinstance(paths, str) else tuple(
            c.text_list(paths, where + ".path"))
        langs = tuple(c.text_list(spec["languages"], where + ".languages")) if "languages" in spec \
            else default_languages
        html = c.typed(spec.get("html", False), where + ".html", bool)
        specs[key] = FieldSpec(paths, langs, html)
    return specs


def _category(c, value, version):
    allowed = ("field", "values") if version == 1 else ("field", "fields", "values", "none", "split")
    cat = c.obj(value, "category", allowed)
    if "field" in cat:
        paths = (c.text(cat["field"], "category.field"),)
    elif "fields" in cat:
        paths = tuple(c.text_list(cat["fields"], "category.fields"))
    else:
        c.fail("category.field", tr("is missing"))
    lookup = {}
    for key, entry in c.typed(cat.get("values", {}), "category.values", dict).items():
        where = "category.values." + key
        if isinstance(entry, str):  # format 1: portal value -> category
            c.one_of(c.text(entry, where), where, CATEGORIES)
            lookup[fold(key)] = entry
        else:  # format 2: category -> the portal values that mean it
            c.one_of(key, "category.values", CATEGORIES)
            for raw in c.text_list(entry, where):
                lookup[fold(raw)] = key
    none = frozenset(fold(v) for v in c.text_list(cat.get("none", []), "category.none"))
    split = c.text(cat["split"], "category.split") if "split" in cat else None
    return {"category_paths": paths, "category_values": lookup, "category_none": none, "category_split": split}


def _location(c, data, version):
    key = "location" if version == 2 and "location" in data else "geometry"
    allowed = ("lon", "lat", "wkt") if version == 1 else ("lon", "lat", "wkt", "geojson")
    location = c.obj(data.get(key, {}), key, allowed)
    paths = {}
    for name, value in location.items():
        where = "{}.{}".format(key, name)
        if version == 2 and isinstance(value, list):  # alternatives: the first one present
            paths[name] = tuple(c.text_list(value, where)) or c.fail(where, tr("must not be empty"))
        else:
            paths[name] = (c.text(value, where),)
    if ("lon" in location) != ("lat" in location):
        c.fail(key, tr("give both 'lon' and 'lat', or 'wkt'"))
    if len([k for k in location if k != "lat"]) > 1:
        c.fail(key, tr("give one of 'lon' and 'lat', 'wkt' or 'geojson'"))
    return paths


def _format2(c, data):
    options = {}
    if "records" in data:
        options["records"] = c.typed(data["records"], "records", str)
    if "crs" in data:
        options["crs"] = c.text(data["crs"], "crs")
    if "state" in data:
        state = c.obj(data["state"], "state", ("field", "values"), required=("field", "values"))
        paths = state["field"]
        options["state_paths"] = (c.text(paths, "state.field"),) if isinstance(paths, str) else tuple(
            c.text_list(paths, "state.field"))
        values = {}
        for code, raws in c.typed(state["values"], "state.values", dict).items():
            c.one_of(code, "state.values", STATES)
            for raw in c.text_list(raws, "state.values." + code):
                values[fold(raw)] = code
        options["state_values"] = values
    if "dates" in data:
        dates = c.obj(data["dates"], "dates", ("formats", "timezone", "z_is_local"))
        options["date_formats"] = tuple(c.text_list(dates.get("formats", []), "dates.formats"))
        if "timezone" in dates:
            options["timezone"] = _timezone(c, dates["timezone"])
        options["z_is_local"] = c.typed(dates.get("z_is_local", False), "dates.z_is_local", bool)
        if options["z_is_local"] and "timezone" not in options:
            c.fail("dates.timezone", tr("is needed with 'z_is_local'"))
    if "paging" in data:
        options["paging"] = _paging(c, data["paging"])
    if "file" in data:
        file = c.obj(data["file"], "file", ("encoding", "delimiter", "sheet", "nested", "replace_undecodable"))
        c.typed(file.get("replace_undecodable", False), "file.replace_undecodable", bool)
        if "nested" in file and len(c.text(file["nested"], "file.nested")) != 1:
            c.fail("file.nested", tr("must be one character"))
        if "encoding" in file:
            c.one_of(file["encoding"], "file.encoding", ENCODINGS)
        if "delimiter" in file and len(c.text(file["delimiter"], "file.delimiter", allow_empty=True)) != 1:
            c.fail("file.delimiter", tr("must be one character"))
        if "sheet" in file:
            c.text(file["sheet"], "file.sheet")
        options["file"] = dict(file)
    return options


PAGING = {
    "next": ((), ()),
    "page": (("size",), ("size_param", "start")),
    "offset": (("size",), ("size_param", "start")),
    "graphql": (("cursor", "has_next", "size"), ("variables", "size_variable", "cursor_variable")),
}


def _paging(c, value):
    """{"next": path} | {"page": param, "size": n, …} | {"offset": param, …} | {"graphql": query, …}"""
    styles = [s for s in PAGING if s in c.typed(value, "paging", dict)]
    if len(styles) != 1:
        c.fail("paging", tr("give one of: {styles}").format(styles=", ".join(PAGING)))
    style = styles[0]
    required, optional = PAGING[style]
    c.obj(value, "paging", (style,) + required + optional, required=required)
    paging = {"style": style}
    paging["next" if style == "next" else "param" if style in ("page", "offset") else "query"] = \
        c.text(value[style], "paging." + style)
    for key in required + optional:
        if key not in value:
            continue
        if key in ("size", "start"):
            paging[key] = c.typed(value[key], "paging." + key, int)
        elif key == "variables":
            paging[key] = c.typed(value[key], "paging.variables", dict)
        else:
            paging[key] = c.text(value[key], "paging." + key)
    if paging.get("size", 1) < 1:
        c.fail("paging.size", tr("must be at least 1"))
    paging.setdefault("start", 1 if style == "page" else 0)
    return paging


def _timezone(c, name):
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    c.text(name, "dates.timezone")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        c.fail("dates.timezone", tr("'{value}' is not a time zone such as Europe/Berlin").format(value=name))
    return name
