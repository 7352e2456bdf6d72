"""Turns one portal record into a submission row, or into a quarantine reason."""
import hashlib
import json
import math
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from ..i18n import codes_of, english, tr
from ..sources import record_path
from .locate import Locator, NoPlace, Unlocated

MAX_TEXT = 100_000         # characters kept of a citizen's text
MAX_RAW = 200_000          # characters of a quarantined record kept for inspection
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE_FORMATS = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                 "%Y/%m/%d %H:%M:%S", "%Y/%m/%d")


NO_ANSWERS = "-"


def _encoder(**options):
    """A JSON encoder function made once: a pull encodes twice per record, and json.dumps() and
    JSONEncoder.encode() set the C encoder up again on every call. Same output as json.dumps."""
    encoder = json.JSONEncoder(default=str, check_circular=False, **options)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return encoder.encode
    strings = json.encoder.encode_basestring_ascii if encoder.ensure_ascii else json.encoder.encode_basestring
    probe = [{"b": 1.5, "a": ["ä", None, True, 10 ** 20]}, {"x": float("nan")}, {"d": datetime(2018, 7, 1)}]
    try:  # the arguments are CPython's own call in JSONEncoder.iterencode; check they still mean the same
        fast = make(None, str, strings, None, encoder.key_separator, encoder.item_separator, encoder.sort_keys,
                    False, True)
        if "".join(fast(probe, 0)) == encoder.encode(probe):
            return lambda value: "".join(fast(value, 0))
    except (TypeError, ValueError):
        pass
    return encoder.encode


_HASH_JSON = _encoder(sort_keys=True, separators=(",", ":"))
_STORE_JSON = _encoder(ensure_ascii=False)


@dataclass
class Rejected:
    reason: str
    raw: str


SKIPPED = "skip"  # identify(): a record the portal itself does not publish (a draft); not imported


@dataclass
class Row:
    portal_id: str
    record: dict  # portal-owned fields
    x: float
    y: float


class Normaliser:
    def __init__(self, profile, source, target_crs, keep_personal=False, addresses=None, districts=None):
        """`addresses`, `districts`: the planner's layers as place.Addresses / place.Districts (optional)."""
        self.profile, self.source, self.keep_personal = profile, source, keep_personal
        self.addresses, self.districts = addresses, districts
        self.locator = Locator(target_crs)
        self._reserved = profile.reserved_names()
        self._not_hashed = set(profile.writeback.values())
        self._answer_names = [name for _, name in sorted(profile.writeback.items())]

    def normalise(self, feature, crs, lossy=True):
        """A Row, or Rejected with the reason in words a planner understands."""
        identity = self.identify(feature, lossy)
        if isinstance(identity, Rejected):
            return identity
        return self.build(feature, crs, *identity)

    def identify(self, feature, lossy=True):
        """(portal_id, fingerprint), or Rejected. Cheap on purpose: a re-pull stops here for
        every submission whose fingerprint has not changed. `lossy` False means the page
        decoded as UTF-8, so the per-record check can be skipped."""
        if not isinstance(feature, dict):
            return Rejected(tr("the record is not a JSON object"), _raw(feature, ()))
        props = feature.get("properties")
        if props is None:
            props = {}
        if not isinstance(props, dict):
            return Rejected(tr("the record's properties are not an object"), self.raw(feature))
        if "problem" in feature:
            return Rejected(feature["problem"], self.raw(feature))
        portal_id = self.profile.id_of(feature, props)
        if not portal_id:
            return Rejected(tr("no id (field '{field}')").format(field=self.profile.id_field), self.raw(feature))
        if lossy and (_undecodable(props) or _undecodable(portal_id)):
            return Rejected(tr("text that is not valid UTF-8"), self.raw(feature))
        if self.profile.state_path and self.profile.state_of(props) == SKIPPED:
            return SKIPPED
        return portal_id, self.fingerprint(props, feature.get("geometry"))

    def state_of(self, feature):
        """The portal's state of an identified record: active unless the profile maps a state field."""
        return self.profile.state_of(feature.get("properties") or {}) if self.profile.state_path else "active"

    def build(self, feature, crs, portal_id, fingerprint):
        """The submission row for an identified record, or Rejected."""
        return self.build_many([(feature, portal_id, fingerprint)], crs)[0]

    def build_many(self, identified, crs):
        """Rows (or Rejected) for [(feature, portal_id, fingerprint)] of one page, in order."""
        points = self.locator.locate_all([feature.get("geometry") for feature, _, _ in identified], crs)
        return [self._row(feature, portal_id, fingerprint, point) if not isinstance(point, Unlocated)
                else self._row(feature, portal_id, fingerprint, (None, None, None, [point]))
                if isinstance(point, NoPlace)  # a contribution without a place: reviewed all the same
                else Rejected(point, self.raw(feature))
                for (feature, portal_id, fingerprint), point in zip(identified, points)]

    def _row(self, feature, portal_id, fingerprint, point):
        props = feature.get("properties") or {}
        x, y, kind, notes = point
        profile = self.profile
        placed_by = "none" if x is None else "citizen"
        address = _text(self._value(props, "address")[0], 500) or ""
        district = _text(self._value(props, "district")[0], 200) or ""
        if x is None and address and self.addresses is not None:
            found = self.addresses.find(address)
            if found is not None:  # where the city's address layer has it: no point made up
                x, y, placed_by = found[0], found[1], "address"
                notes = [tr("placed by address: {address}").format(address=found[2])]
        if district and self.districts is not None:
            matched = self.districts.find(district)
            if matched is None:
                notes.append(tr("the district '{name}' is not in the district layer").format(name=_clip(district, 80)))
            district = matched or district
        if x is not None and profile.located_field and props.get(profile.located_field) in (False, "false", "0", 0):
            notes.append(tr("the citizen gave no location; placed inside the project area"))
            placed_by = "portal"
        category, raw_category, unknown = profile.category_of(props)
        if unknown:
            notes.append(tr("unknown category '{value}'").format(value=_clip(unknown, 80)))
        title, title_language = self._value(props, "title")
        text, text_language = self._value(props, "text")
        record = {
            "portal_id": portal_id,
            "source": self.source,
            "category": category,
            "category_raw": "" if raw_category is None else _text(raw_category, 500) or "",
            "title": _text(title, 1000) or "",
            "text": self._long_text(text, notes) or "",
            "language": _text(self._value(props, "language")[0], 20) or title_language or text_language
            or profile.default_language or "",
            "created_at": self._date(self._value(props, "created_at")[0], "created_at", notes),
            "updated_at": self._date(self._value(props, "updated_at")[0], "updated_at", notes),
            "portal_state": profile.state_of(props),
            "geometry_kind": kind,
            "placed_by": placed_by,
            "district": district,
            "address": address,
            "extra": _json(self._extra(props)),
            "personal": _json(self._personal(props)) if self.keep_personal else None,
            "portal_hash": fingerprint,
            "portal_feature_id": None if feature.get("id") is None else str(feature["id"]),
            "portal_answer_hash": self.answer_fingerprint(props),
        }
        # In English for other programs, and as messages with their values, shown in the reader's language.
        record["import_note"] = "; ".join(english(n) for n in notes)
        record["import_notes"] = codes_of(notes) if notes else "[]"
        return Row(portal_id, record, x, y)

    def fingerprint(self, props, geometry):
        """What the portal sent, less the fields we write back (so our own push is no change)."""
        if self._not_hashed and not self._not_hashed.isdisjoint(props):
            props = {k: v for k, v in props.items() if k not in self._not_hashed}
        blob = _HASH_JSON([props, geometry])
        return hashlib.sha1(blob.encode("ascii"), usedforsecurity=False).hexdigest()

    def answer_fingerprint(self, props):
        """The portal's values of the fields we write back, compared the same whatever types it keeps."""
        names = self._answer_names
        if not any(props.get(name) not in (None, "") for name in names):
            return NO_ANSWERS  # the usual case on a pull: nothing answered yet
        values = [_answer_value(props.get(name)) for name in names]
        blob = json.dumps(values, ensure_ascii=True, separators=(",", ":"))
        return hashlib.sha1(blob.encode("ascii"), usedforsecurity=False).hexdigest()

    # -- pieces ----------------------------------------------------------------
    def _value(self, props, name):
        """(value, language) of a mapped field: the first of its paths present, a multilingual one in the
        profile's language order, HTML as its text."""
        spec = self.profile.fields.get(name)
        if spec is None:
            return None, None
        if self.profile.format == 1:
            return props.get(spec.paths[0]), None
        if spec.languages:
            value, language = record_path.pick_language(props, spec.paths, spec.languages)
        else:
            value, language = record_path.first(props, spec.paths)[0], None
        if spec.html:
            value = record_path.html_to_text(value)
        return value, language

    def _extra(self, props):
        reserved = self._reserved
        if self.profile.format == 1:
            return {k: v for k, v in props.items() if k not in reserved}
        return {k: v for k, v in _flatten(props) if not _under(k, reserved)}

    def _personal(self, props):
        if self.profile.format == 1:
            return {k: props[k] for k in self.profile.personal_fields if k in props}
        found = {p: record_path.get(props, p) for p in self.profile.personal_fields}
        return {k: v for k, v in found.items() if v is not None}

    def raw(self, feature):
        """The record as received, less the profile's personal fields."""
        return _raw(feature, self.profile.personal_fields)

    def _long_text(self, value, notes):
        text = _text(value, None)
        if text is not None and len(text) > MAX_TEXT:
            notes.append(tr("text shortened from {n} characters").format(n=len(text)))
            text = text[:MAX_TEXT]
        return text

    def _date(self, value, name, notes):
        if value in (None, ""):
            return None
        profile = self.profile
        parsed = parse_date(value, profile.date_formats, profile.timezone, profile.z_is_local)
        if parsed is None:
            notes.append(tr("{field} '{value}' is not a date").format(field=name, value=_clip(str(value), 40)))
        return parsed


_UTC_SECONDS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def parse_date(value, formats=(), zone=None, z_is_local=False):
    """GeoPackage DATETIME text in UTC, or None. `formats` (strptime) are tried first; times without a zone
    are in `zone` where the profile names the portal's time zone, else stored as given; `z_is_local`: the
    portal writes its local time with a "Z" that is not true."""
    if formats or zone:
        return _parse_with_profile(value, formats, zone, z_is_local)
    if isinstance(value, str) and _UTC_SECONDS.match(value) and "1900" <= value[:4] <= "2200":
        try:  # the common case, already UTC: validate cheaply, keep the text
            datetime(int(value[:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]), int(value[14:16]),
                     int(value[17:19]))
            return value[:19] + ".000Z"
        except ValueError:
            return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds or seconds
        try:
            return _iso(datetime.fromtimestamp(seconds, tz=timezone.utc))
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" UTC", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None or not (1900 <= parsed.year <= 2200):
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc)
    return _iso(parsed)


def _parse_with_profile(value, formats, zone, z_is_local):
    if not isinstance(value, str):
        return parse_date(value)
    text = value.strip()
    if z_is_local and text.endswith("Z"):
        text = text[:-1]
    parsed = None
    for fmt in formats:
        try:
            parsed = datetime.strptime(text, fmt)
            break
        except ValueError:
            continue
    if parsed is None:
        stored = parse_date(text)
        if stored is None or not zone or _has_zone(text):
            return stored
        parsed = datetime.strptime(stored, "%Y-%m-%dT%H:%M:%S.%fZ")
    if parsed.tzinfo is None and zone:
        from zoneinfo import ZoneInfo

        parsed = parsed.replace(tzinfo=ZoneInfo(zone))
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc)
    return _iso(parsed) if 1900 <= parsed.year <= 2200 else None


def _has_zone(text):
    return bool(re.search(r"(Z|UTC|[+-]\d{2}:?\d{2})$", text))


def _flatten(value, prefix=""):
    """(dotted path, value) for the leaves of nested objects; lists stay whole."""
    for key, item in value.items():
        path = "{}.{}".format(prefix, key) if prefix else str(key)
        if isinstance(item, dict) and item:
            yield from _flatten(item, path)
        else:
            yield path, item


def _under(path, reserved):
    if path in reserved:
        return True
    return any(path.startswith(r.replace("[]", "") + ".") for r in reserved)


def _answer_value(value):
    """None and "" alike, numbers as text, JSON-array text and arrays alike."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.lstrip().startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "{:03d}Z".format(moment.microsecond // 1000)


def _text(value, limit):
    if value is None:
        return None
    if value.__class__ is str and value.isprintable():  # the common case: nothing to clean
        return value[:limit] if limit else value
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    text = _CONTROL.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return text[:limit] if limit else text


def _clip(text, n):
    return text if len(text) <= n else text[: n - 1] + "…"


def _json(value):
    return _STORE_JSON(value) if value else None


def _undecodable(value):
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_undecodable(k) or _undecodable(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_undecodable(v) for v in value)
    return False


def _without(props, personal):
    """The properties less the personal ones (nested paths such as `author.name` too)."""
    kept = {k: v for k, v in props.items() if k not in personal}
    for path in personal:
        parts = record_path.split(path)
        if len(parts) > 1 and isinstance(kept.get(parts[0]), dict):
            kept[parts[0]] = _without(kept[parts[0]], [".".join(parts[1:])])
    return kept


def _raw(feature, personal):
    if isinstance(feature, dict):
        feature = dict(feature)
        props = feature.get("properties")
        if isinstance(props, dict):
            feature["properties"] = _without(props, personal)
        feature.pop("problem", None)
    text = json.dumps(feature, ensure_ascii=False, default=str)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= MAX_RAW else text[:MAX_RAW] + "…"
