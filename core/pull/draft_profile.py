"""The profile assistant's work, without widgets: read the first records of a new portal, list its fields with
sample values, propose the mapping (by name in German, English, Spanish and French, and by content), propose
the category lookup from the values present, and preview records exactly as a pull would import them.

    sample = read_sample(source, http)           # records, and how they were found
    fields = inventory(sample.records)            # [Field(path, samples, filled, distinct, unique, kind)]
    profile = propose(sample, fields)             # a format-2 profile (a dict), ready to save
    rows = preview(profile, sample, 20)           # [(record, row or reason)]
"""
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import PortalError
from ..i18n import some_of, tr
from ..sources import record_path
from ..sources.files import FileSource, read_table
from ..sources.geojson import decode, parse
from ..sources.records import as_features, page_crs
from .normalise import Normaliser, Rejected, parse_date
from .profile import fold, profile_from_dict

SAMPLE = 500
ROLES = ("id", "title", "text", "category", "created_at", "updated_at", "lon", "lat", "geojson", "wkt", "personal",
         "state", "address", "district")
# Names a field goes by, folded (see profile.fold), in German, English, Spanish and French. The first role
# whose names match wins; content decides among several candidates.
NAMES = {
    "id": ("id", "_id", "#", "pk", "uuid", "_uuid", "nr", "nummer", "kennung", "beitrag_id", "referenznr.",
           "reference no.", "reference", "identificador", "identifiant", "numero", "folio", "fid", "objectid"),
    "title": ("title", "titel", "titulo", "titre", "titolo", "name", "nombre", "nom", "betreff", "subject", "asunto",
              "sujet", "oggetto", "summary", "zusammenfassung", "resumen", "resume", "sommario", "incident title",
              "headline", "ueberschrift", "uberschrift", "title_multiloc"),
    "text": ("description", "beschreibung", "text", "body", "content", "inhalt", "contenido", "contenu",
             "descripcion", "comment", "kommentar", "commentaire", "comentario", "observaciones", "observations",
             "remarque", "anmerkung", "message", "nachricht", "mensaje", "details", "body_multiloc",
             "contributioncontent", "beitrag", "propuesta", "proposition", "idee", "idea", "idée", "descrizione",
             "testo", "commento", "segnalazione"),
    "category": ("category", "kategorie", "categoria", "categorie", "type", "typ", "tipo", "art", "topic", "topics",
                 "thema", "tema", "theme", "rubrik", "rubrique", "contributiontype", "tags", "tag", "labels",
                 "service_name", "service", "dienst", "request_type", "anliegen", "argomento"),
    "created_at": ("created", "created_at", "createdat", "erstellt", "erstellt_am", "date", "datum", "fecha",
                   "date de creation", "datecreated", "_submission_time", "submitted_at", "submission_time",
                   "incident date", "published_at", "publiziert", "fecha de creacion", "timestamp", "zeit"),
    "updated_at": ("updated", "updated_at", "geaendert", "geandert", "geaendert_am", "modified", "modificado",
                   "modifie", "last_modified"),
    "lon": ("lon", "lng", "long", "longitude", "laenge", "lange", "laengengrad", "langengrad", "longitud", "x",
            "ort (langengrad)", "location (longitude)", "location_lon"),
    "lat": ("lat", "latitude", "breite", "breitengrad", "latitud", "y", "ort (breitengrad)", "location (latitude)",
            "location_lat"),
    "personal": ("author", "autor", "auteur", "creator", "urheber", "user", "username", "usuario", "utilisateur",
                 "email", "e-mail", "mail", "correo", "courriel", "phone", "telefon", "telephone", "telefono",
                 "first name", "last name", "vorname", "nachname", "apellido", "prenom", "_submitted_by",
                 "submitted_by", "author_name", "creator email", "creator phone", "ihre e-mailadresse",
                 "ihre telefonnummer", "public_author", "deviceid", "phonenumber", "simserial", "subscriberid",
                 "autore", "utente", "nome utente", "cognome", "nome e cognome", "indirizzo email", "reporter",
                 "melder", "meldende", "submitter", "requester", "assignee", "avatar", "avatar_url", "user_id",
                 "author_id", "reporter_id", "creator_id", "userid", "display_name", "screen_name", "first_name",
                 "last_name", "full_name", "handle", "collector", "recorder", "enumerator", "interviewer",
                 "surveyor", "contact", "kontakt", "ihr name", "your name"),
    "state": ("state", "status", "estado", "etat", "publication_status", "approved", "_validation_status",
              "retired_reason", "zustand", "verified"),
    "address": ("address", "adresse", "anschrift", "direccion", "indirizzo", "street_address", "strasse", "straße",
                "ort (adresse)", "location_address", "addr"),
    "district": ("district", "district_name", "stadtteil", "ortsteil", "ortsbezirk", "stadtbezirk", "bezirk",
                 "quartier", "barrio", "distrito", "quartiere", "geozone", "geozone_name", "neighbourhood",
                 "neighborhood", "kiez"),
}
# Words inside a field's name that say it holds people (Decidim's authors_nicknames, endorsements_nicknames;
# CONSUL's author_username; a list of supporters or followers) — not an authority or an authorisation.
PERSONAL_WORDS = re.compile(r"(^|[^a-z])(nick ?names?|authors?|endorse(ments?|rs?)|supporters?|followers?|"
                            r"signator(y|ies)|signers?|voters?|reporters?|creators?|usernames?)([^a-z]|$)")
# Words in a category value that say which of our categories it is, in the four languages.
CATEGORY_WORDS = {
    "missing_meeting_place": ("fehlt", "missing", "falta", "manque", "fehlender"),
    "meeting_place": ("begegnung", "treffpunkt", "meeting", "encounter", "encuentro", "rencontre", "reunion"),
    "unpleasant_place": ("unschon", "weniger schon", "unpleasant", "desagradable", "desagreable", "angst",
                         "dunkel", "problem", "kritik", "obstruc"),
    "idea": ("idee", "idea", "vorschlag", "proposal", "propuesta", "proposition", "anregung", "anmerkung",
             "suggestion", "sugerencia"),
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
PHONE = re.compile(r"^(\+\d[\d\s()/-]{6,}|0\d{2,5}[\s/-][\d\s/-]{4,})$")
GEOMETRY_TYPES = {"point", "multipoint", "linestring", "multilinestring", "polygon", "multipolygon", "feature",
                  "geometrycollection"}
US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?: (\d{1,2}):(\d{2}))?$")
WKT = re.compile(r"^\s*(POINT|LINESTRING|POLYGON|MULTI\w+)\s*Z?\s*\(", re.IGNORECASE)
LANGUAGE_KEY = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")


@dataclass
class Sample:
    records: list                     # the properties of each record (dicts)
    geometries: list                  # the record's own GeoJSON geometry, or None
    source: str
    kind: str = "file"                # file | json | oapif | wfs
    records_path: str = None          # where the records are in a JSON answer
    paging: dict = None
    file: dict = field(default_factory=dict)   # encoding and delimiter options that reading needed
    notes: list = field(default_factory=list)


@dataclass
class Field:
    path: str
    samples: list
    filled: int
    distinct: int
    unique: bool
    kind: str                         # text | number | date | multilingual | geometry | list | bool


# -- reading ----------------------------------------------------------------------------------------------

def read_sample(source, http, kind="auto", limit=SAMPLE, sheet=None):
    """The first records of `source`, as they are, and how they were found (`sheet`: a spreadsheet's sheet to
    read, else the first with coordinates)."""
    source = str(source).strip()
    is_url = source.lower().startswith(("http://", "https://"))
    if not is_url and not Path(source).exists():
        raise PortalError(tr("{path} does not exist.").format(path=source))
    if kind in ("oapif", "wfs") or (is_url and kind == "auto" and not _looks_like_file(source)):
        return _sample_service(source, http, kind, limit)
    reader = FileSource(source, None, http)
    body = reader._read()
    if reader.is_table(body):
        notes, chosen = [], {}
        columns, rows, lossy = read_table(body, None, source, notes, chosen, sheet)
        records = [dict(row) for _, row in zip(range(limit), rows)]
        for record in records:
            record.pop(None, None)
        options = {"replace_undecodable": True, "encoding": "utf-8"} if lossy else {}
        options.update(chosen)  # the sheet read: the profile then reads the same one
        return Sample(records, [None] * len(records), source, "file", file=options, notes=notes)
    text, _ = decode(body)
    doc = parse(text, source, any_json=True)
    return _sample_json(doc, source, "file", limit)


def _looks_like_file(url):
    return url.lower().split("?")[0].endswith((".csv", ".tsv", ".txt", ".json", ".geojson", ".xlsx", ".ods"))


def _sample_service(source, http, kind, limit):
    from ..sources import open_source
    from .profile import load_profile

    _, body = http.get(source, what=tr("Reading {url}").format(url=source),
                       headers={"Accept": "application/geo+json, application/json;q=0.9"})
    try:
        text, _ = decode(body)
        doc = parse(text, source, any_json=True)
    except PortalError:
        doc = None
    if doc is not None and not _is_ogc(doc):
        return _sample_json(doc, source, "json", limit)
    portal = open_source(source, load_profile("generic"), http, kind=kind)
    for page in portal.pages():
        features = page.features[:limit]
        return Sample([f.get("properties") or {} for f in features], [f.get("geometry") for f in features],
                      source, portal.kind)
    return Sample([], [], source, portal.kind)


def _is_ogc(doc):
    return isinstance(doc, dict) and ("links" in doc and isinstance(doc.get("links"), list)
                                      or doc.get("type") == "FeatureCollection")


def _sample_json(doc, source, kind, limit):
    path = None
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        records = doc.get("features") or []
    else:
        path = find_records(doc)
        if path is None:
            raise PortalError(tr("{source}: no list of records found in the answer (it has: {keys}).").format(
                source=source, keys=some_of(sorted(doc), 12) if isinstance(doc, dict) else "-"))
        records = record_path.records_at(doc, path)
    records = [r for r in records[:limit] if isinstance(r, dict)]
    props = [r.get("properties") if r.get("type") == "Feature" and isinstance(r.get("properties"), dict) else r
             for r in records]
    geometries = [r.get("geometry") if r.get("type") == "Feature" else None for r in records]
    return Sample(props, geometries, source, kind, records_path=path, paging=_paging(doc) if kind == "json" else None)


def find_records(doc):
    """The path of the first list of objects in an answer, breadth first ('$' for a top-level list);
    GraphQL connections are unwrapped to their nodes."""
    if isinstance(doc, list):
        return "$"
    queue = [(doc, "")]
    while queue:
        value, path = queue.pop(0)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:20]):
            if all(set(v) >= {"node"} for v in value[:20]):
                return path + "[].node"
            return path
        if isinstance(value, dict):
            for key, item in value.items():
                if key not in ("links", "included", "meta", "errors", "pageInfo"):
                    queue.append((item, "{}.{}".format(path, key) if path else key))
    return None


def _paging(doc):
    if not isinstance(doc, dict):
        return None
    links = doc.get("links")
    if isinstance(links, dict) and "next" in links:
        return {"next": "links.next"}
    if "next" in doc and (doc["next"] is None or isinstance(doc["next"], str)):
        return {"next": "next"}
    return None


# -- what the fields are ----------------------------------------------------------------------------------

def inventory(records):
    """Every field (nested paths dotted; multilingual objects kept whole) with samples and what it holds."""
    values = {}
    for record in records:
        for path, value in _leaves(record):
            values.setdefault(path, []).append(value)
    fields = []
    for path, found in values.items():
        present = [v for v in found if v not in (None, "", [], {})]
        texts = [_as_text(v) for v in present]
        counts = Counter(texts)
        fields.append(Field(path, [t[:80] for t, _ in counts.most_common(3)], len(present), len(counts),
                            bool(present) and len(counts) == len(present) == len(records), _kind(present)))
    return fields


def _leaves(value, prefix=""):
    for key, item in value.items():
        path = "{}.{}".format(prefix, key) if prefix else str(key)
        if isinstance(item, dict) and item and not _multilingual(item) and "coordinates" not in item:
            yield from _leaves(item, path)
        else:
            yield path, item


def _multilingual(value):
    keys = [k for k in value if k != "machine_translations"]
    return bool(keys) and all(LANGUAGE_KEY.match(str(k)) for k in keys) and \
        all(isinstance(value[k], (str, type(None))) for k in keys)


def _as_text(value):
    if isinstance(value, dict) and _multilingual(value):
        return next((v for v in value.values() if isinstance(v, str) and v), "")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def _kind(values):
    if not values:
        return "text"
    if all(isinstance(v, dict) and "coordinates" in v for v in values):
        return "geometry"
    if all(isinstance(v, dict) and _multilingual(v) for v in values):
        return "multilingual"
    if all(isinstance(v, bool) for v in values):
        return "bool"
    if all(_number(v) is not None for v in values):
        return "number"
    if all(isinstance(v, str) and WKT.match(v) for v in values):
        return "wkt"
    if all(isinstance(v, str) and _date_like(v) for v in values):
        return "date"
    if all(isinstance(v, list) for v in values):
        return "list"
    return "text"


def _number(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip().replace(",", ".")) if str(value).strip() else None
    except ValueError:
        return None


def _date_like(text):
    return bool(US_DATE.match(text.strip())) or (parse_date(text) is not None and not text.strip().isdigit())


# -- proposing ----------------------------------------------------------------------------------------------

def propose(sample, fields, name=None, roles=None, lookup=None, title=None):
    """A format-2 profile for the sample, as a dict. `roles` ({role: path}, personal: [paths]) and `lookup`
    ({category: [values]}) override what is proposed: the assistant's table edits. `title`: the name as the
    planner wrote it ("Mein Portal Kaiserslautern"), shown wherever profiles are chosen."""
    roles = assign_roles(sample, fields) if roles is None else roles
    by_path = {f.path: f for f in fields}
    profile = {"format": 2, "name": name or _name(sample.source),
               "description": tr("Drafted by the profile assistant from {source} on {day}; check it before "
                                 "relying on it.").format(source=sample.source, day=date.today().isoformat())}
    if title and title.strip():
        profile["title"] = {"de": title.strip(), "en": title.strip()}
    if sample.records_path:
        profile["records"] = sample.records_path
    if sample.paging:
        profile["paging"] = sample.paging
    if roles.get("id"):
        profile["id"] = roles["id"]
    else:
        made = joined_id(sample, fields) or [
            p for p in (roles.get("title"), roles.get("created_at"), roles.get("lat"), roles.get("lon")) if p] or \
            [f.path for f in fields if f.filled][:3]
        profile["id"] = {"fingerprint": made}
    mapped = {}
    for role in ("title", "text", "created_at", "updated_at", "address", "district"):
        if roles.get(role):
            spec = {"path": roles[role]}
            if by_path[roles[role]].kind == "multilingual":
                spec["languages"] = ["de", "en", "*"]
            if role == "text" and any("<" in s and ">" in s for s in by_path[roles[role]].samples):
                spec["html"] = True
            mapped[role] = spec if len(spec) > 1 else spec["path"]
    profile["fields"] = mapped
    location = _location(sample, roles)
    if location:
        profile["location"] = location
    if roles.get("category"):
        values = category_lookup(sample, roles["category"]) if lookup is None else lookup
        profile["category"] = {"field": roles["category"], "values": {k: v for k, v in values.items() if v}}
    formats = _date_formats(sample, [roles.get("created_at"), roles.get("updated_at")])
    if formats:
        profile["dates"] = {"formats": formats}
    if sample.file:
        profile["file"] = dict(sample.file)
    profile["personal_fields"] = roles.get("personal", [])
    profile["writeback"] = {}
    return profile


def assign_roles(sample, fields):
    """{role: path} (personal: [paths]): every role by the field's name first, then what is left by content."""
    roles, taken = {"personal": []}, set()
    for f in fields:
        if _matches(f.path, "personal") or _personal_content(f):
            roles["personal"].append(f.path)
            taken.add(f.path)
    for f in fields:  # a portal's state is never its category
        if f.path not in taken and _matches(f.path, "state"):
            taken.add(f.path)
    order = ("id", "lon", "lat", "created_at", "updated_at", "address", "district", "category", "text", "title")
    for by_name in (True, False):
        for role in order:
            if role in roles:
                continue
            if by_name:
                candidates = [f for f in fields if f.path not in taken and f.filled and _matches(f.path, role)
                              and _fits(role, f, len(sample.records))]
            else:
                candidates = [f for f in fields if f.path not in taken and f.filled
                              and _fits_by_content(role, f, len(sample.records))]
            if role in ("title", "text"):
                candidates = [f for f in candidates if not any(MACHINE.match(s.strip()) for s in f.samples)]
            if role == "title" and not by_name:  # found by content, a title tells most submissions apart: not a
                # service code or an office repeated on many
                candidates = [f for f in candidates if f.distinct >= max(2, 0.6 * len(sample.records))]
            if candidates:
                chosen = max(candidates, key=lambda f: _score(role, f, sample))
                roles[role] = chosen.path
                taken.add(chosen.path)
    if not any(sample.geometries) and not (roles.get("lon") and roles.get("lat")):
        geo = next((f for f in fields if f.kind == "geometry" and f.path not in taken), None) or \
            next((f for f in fields if f.kind == "wkt" and f.path not in taken), None)
        if geo:
            roles["geojson" if geo.kind == "geometry" else "wkt"] = geo.path
    return roles


def _personal_content(f):
    """Samples that are e-mail addresses or phone numbers: personal, whatever the field is called."""
    texts = [s.strip() for s in f.samples if isinstance(s, str) and s.strip()]
    return bool(texts) and (all(EMAIL.match(t) for t in texts) or
                            all(PHONE.match(t) and sum(c.isdigit() for c in t) >= 7 for t in texts))


def _matches(path, role):
    """The field's name, its last part, or (for long survey-style names) one of its words is a name of the role."""
    last = fold(path.split(".")[-1])
    whole = fold(path)
    names = NAMES[role]
    if last in names or whole in names:
        return True
    if role == "personal":  # anything under an author, any e-mail address, who wrote, endorsed or follows
        return any(fold(part) in names for part in path.split(".")) or any(n in whole for n in ("email", "e-mail")) \
            or bool(PERSONAL_WORDS.search(whole))
    if role == "id":  # service_request_id, proposal_id: named like an id (a personal one is taken already)
        return last.endswith(("_id", " id", "-id")) or last.endswith("id") and last[:-2].endswith(("_", " ")) or \
            last.startswith(("id_", "id ", "id-"))
    words = [w for w in re.split(r"[^a-z0-9#]+", whole) if len(w) > 3]
    return role in ("title", "text", "category") and any(w in names for w in words)


def _fits(role, f, n):
    if role == "id":
        return f.unique and f.kind in ("text", "number")
    if role in ("lon", "lat"):
        return f.kind == "number"
    if role in ("created_at", "updated_at"):
        return f.kind in ("date", "number", "text")
    if role == "category":
        return _category_like(f, n)
    return f.kind in ("text", "multilingual")


def _category_like(f, n):
    """Few distinct words a person reads (2 to 40): never numeric codes, geometry types or long free text."""
    if f.kind not in ("text", "multilingual", "list") or f.distinct > max(2, min(40, n)):
        return False
    texts = [s for s in f.samples if isinstance(s, str)]
    if texts and all(fold(t) in GEOMETRY_TYPES for t in texts):
        return False
    return not texts or sum(len(t) for t in texts) / len(texts) <= 60


MACHINE = re.compile(r"^([0-9a-f]{16,}|[0-9a-f-]{32,36}|https?://\S+|\S+\.(jpe?g|png|gif|pdf|mp3|mp4|m4a|wav))$"
                     r"|^[-\d., ]+$", re.IGNORECASE)


def _fits_by_content(role, f, n):
    if role in ("title", "text"):
        # Words a person wrote: not a survey's metadata (_uuid), an address of a photo, or numbers
        return f.kind in ("text", "multilingual") and f.distinct > 1 and not f.path.startswith("_") and \
            not any(MACHINE.match(s.strip()) for s in f.samples)
    if role in ("created_at",):
        return f.kind == "date"
    if role == "category":
        return f.kind == "text" and 1 < f.distinct <= min(30, max(2, n // 3)) and _category_like(f, n)
    return False


def _score(role, f, sample=None):
    length = sum(len(s) for s in f.samples) / max(len(f.samples), 1)
    if role == "category" and sample is not None:  # the field whose values say our categories best
        primary = fold(f.path.split(".")[-1]) in NAMES["category"][:4] or fold(f.path) in NAMES["category"][:4]
        return (len([v for vs in category_lookup(sample, f.path).values() for v in vs]), primary, f.filled)
    if role == "text":
        return length
    if role == "title":
        return -abs(length - 40) + f.distinct
    if role == "id":  # a field called id before one named like an id
        return (fold(f.path.split(".")[-1]) in NAMES["id"], f.filled)
    return f.filled


def joined_id(sample, fields):
    """[id, round]: an id that repeats across a participation's rounds or phases, told apart by one field of few
    values (the pair is the id, not the title and place a citizen may still edit). None when there is none."""
    n = len(sample.records)
    ids = [f for f in fields if f.filled == n and f.kind in ("text", "number") and _matches(f.path, "id")]
    others = sorted((f for f in fields if f.filled == n and f.kind in ("text", "number") and 1 < f.distinct <= 20),
                    key=lambda f: f.distinct)
    for first in ids:
        for other in others:
            if other.path == first.path:
                continue
            pairs = {(str(record_path.get(r, first.path)), str(record_path.get(r, other.path)))
                     for r in sample.records}
            if len(pairs) > first.distinct and len(pairs) >= 0.85 * n:
                return [first.path, other.path]
    return None


def _location(sample, roles):
    if roles.get("lon") and roles.get("lat"):
        return {"lon": roles["lon"], "lat": roles["lat"]}
    if roles.get("geojson"):
        return {"geojson": roles["geojson"]}
    if roles.get("wkt"):
        return {"wkt": roles["wkt"]}
    return None


def category_lookup(sample, path):
    """{category: [the portal's values]} for the values present that say which category they are."""
    lookup = {}
    for raw in sorted({v for r in sample.records for v in _values(record_path.get(r, path))}):
        folded = fold(raw)
        for code, words in CATEGORY_WORDS.items():
            if any(w in folded for w in words):
                lookup.setdefault(code, []).append(raw)
                break
    return lookup


def category_values(sample, path):
    """The distinct values present in the category field, with how often each occurs."""
    return Counter(v for r in sample.records for v in _values(record_path.get(r, path))).most_common()


def _values(value):
    if value in (None, ""):
        return []
    if isinstance(value, list):
        return [s for v in value for s in _values(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _values(v)]
    return [str(value).strip()]


def _date_formats(sample, paths):
    formats = []
    for path in filter(None, paths):
        texts = [str(record_path.get(r, path) or "") for r in sample.records]
        us = [US_DATE.match(t.strip()) for t in texts if t.strip()]
        if us and all(us):
            year = "%Y" if len(us[0].group(3)) == 4 else "%y"
            first_is_month = any(int(m.group(2)) > 12 for m in us) or not any(int(m.group(1)) > 12 for m in us)
            day_month = "%m/%d/" if first_is_month else "%d/%m/"
            formats += [day_month + year + " %H:%M", day_month + year]
    return sorted(set(formats), key=formats.index)


def _name(source):
    return slug(Path(str(source).split("?")[0].rstrip("/")).stem)


def slug(text):
    """A profile name that is also a safe file name: letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text or "")).strip("-") or "portal"


# -- preview --------------------------------------------------------------------------------------------------

def preview(profile_dict, sample, n=20, crs="EPSG:25832"):
    """[(record, Row or Rejected)] for the first `n` records, exactly as a pull would take them."""
    profile = profile_from_dict(profile_dict, Path("draft.json"))
    records = []
    for props, geometry in zip(sample.records[:n], sample.geometries[:n]):
        records.append({"type": "Feature", "properties": props, "geometry": geometry} if geometry is not None
                       else props)
    features = as_features(records, profile)
    normaliser = Normaliser(profile, sample.source, crs)
    out = []
    for feature in features:
        identity = normaliser.identify(feature)
        if isinstance(identity, Rejected) or identity == "skip":
            out.append((feature, identity if isinstance(identity, Rejected)
                        else Rejected(tr("not imported: the portal does not publish it"), "")))
            continue
        out.append((feature, normaliser.build(feature, page_crs(profile), *identity)))
    return out


def mapped_count(profile_dict):
    """How many of our fields the profile maps (id, the named fields, location, category, personal)."""
    count = 1 + len(profile_dict.get("fields", {}))
    count += 1 if profile_dict.get("location") else 0
    count += 1 if profile_dict.get("category") else 0
    return count + len(profile_dict.get("personal_fields", []))


def save(profile_dict, path):
    """Write the profile (checked by loading it back first: a broken draft is never saved)."""
    profile_from_dict(profile_dict, Path(path))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(profile_dict, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return Path(path)

