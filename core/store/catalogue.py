"""Action-area catalogues and crosswalks: data files in resources/catalogues/, loaded and checked."""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import RESOURCES
from ..errors import ConfigError
from ..i18n import tr
from ..jsonfile import Checker, load

CATALOGUE_DIR = RESOURCES / "catalogues"
DEFAULT_CATALOGUE = "integration-2013"
LANGUAGES = ("de", "en")
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class ActionArea:
    code: str
    label: dict
    description: dict
    colour: str
    keywords: dict = field(default_factory=dict)

    def label_in(self, language):
        return self.label.get(language) or self.label["en"]


@dataclass(frozen=True)
class Catalogue:
    id: str
    title: dict
    provenance: str               # in English, as stored in a GeoPackage's meta
    areas: tuple
    path: Path
    provenances: dict = None      # {language: text}
    idioms: tuple = ()            # phrases whose words name no area ("sein Geschäft machen"), any language
    by_context: tuple = ()        # keywords of several areas that name those the rest of the text names ("Training")

    def provenance_in(self, language):
        return (self.provenances or {}).get(language) or self.provenance

    def codes(self):
        return [a.code for a in self.areas]

    def area(self, code):
        for a in self.areas:
            if a.code == code:
                return a
        return None


@dataclass(frozen=True)
class Crosswalk:
    source: str
    target: str
    provenance: str
    mapping: dict  # source code -> tuple of target codes

    def translate(self, codes):
        seen = []
        for code in codes:
            for target in self.mapping.get(code, ()):
                if target not in seen:
                    seen.append(target)
        return seen


def _resolve(name_or_path):
    path = Path(name_or_path)
    if path.suffix.lower() == ".json" or path.exists():
        return path
    return CATALOGUE_DIR / "{}.json".format(name_or_path)


def load_catalogue(name_or_path=DEFAULT_CATALOGUE):
    path = _resolve(name_or_path)
    data = load(path)
    c = Checker(path)
    c.obj(data, "", ("id", "title", "provenance", "note", "adopted", "sources", "action_areas", "idioms",
                            "by_context"),
          required=("id", "title", "provenance", "action_areas"))
    c.text(data["id"], "id")
    title = _bilingual(c, data["title"], "title")
    provenance = _text_or_bilingual(c, data["provenance"], "provenance")
    if "sources" in data:
        c.text_list(data["sources"], "sources")
    c.typed(data["action_areas"], "action_areas", list)
    if not data["action_areas"]:
        c.fail("action_areas", tr("must list at least one action area"))
    areas, seen = [], set()
    for i, item in enumerate(data["action_areas"]):
        key = "action_areas[{}]".format(i)
        c.obj(item, key, ("code", "label", "description", "colour", "keywords"),
              required=("code", "label", "colour"))
        code = c.text(item["code"], key + ".code")
        if not _CODE.match(code):
            c.fail(key + ".code", tr("'{code}' must be lower-case letters, digits and _").format(code=code))
        if code in seen:
            c.fail(key + ".code", tr("'{code}' appears twice").format(code=code))
        seen.add(code)
        if not _COLOUR.match(c.text(item["colour"], key + ".colour")):
            c.fail(key + ".colour", tr("must be a colour like #1f78b4"))
        keywords = item.get("keywords", {})
        c.obj(keywords, key + ".keywords", LANGUAGES)
        for lang, words in keywords.items():
            c.text_list(words, "{}.keywords.{}".format(key, lang))
        areas.append(ActionArea(
            code=code,
            label=_bilingual(c, item["label"], key + ".label"),
            description=_bilingual(c, item.get("description", {"de": "", "en": ""}), key + ".description",
                                   allow_empty=True),
            colour=item["colour"],
            keywords={lang: tuple(w.lower() for w in words) for lang, words in keywords.items()},
        ))
    lists = {}
    for name in ("idioms", "by_context"):
        value = data.get(name, {})
        c.obj(value, name, LANGUAGES)
        for lang, phrases in value.items():
            c.text_list(phrases, "{}.{}".format(name, lang))
        lists[name] = tuple(p.lower() for phrases in value.values() for p in phrases)
    return Catalogue(data["id"], title, provenance["en"], tuple(areas), path, provenance, **lists)


def _text_or_bilingual(c, value, key):
    """{'de': …, 'en': …} from a bilingual object, or from one text meant for both."""
    if isinstance(value, dict):
        return _bilingual(c, value, key)
    text = c.text(value, key)
    return {"de": text, "en": text}


def load_crosswalk(name_or_path, source=None, target=None):
    """Load a crosswalk; with catalogues given, every code must exist in them."""
    path = _resolve(name_or_path)
    data = load(path)
    c = Checker(path)
    c.obj(data, "", ("from", "to", "provenance", "mapping"), required=("from", "to", "provenance", "mapping"))
    provenance = _text_or_bilingual(c, data["provenance"], "provenance")
    for key, catalogue in (("from", source), ("to", target)):
        c.text(data[key], key)
        if catalogue is not None and data[key] != catalogue.id:
            c.fail(key, tr("names catalogue '{named}' but '{given}' was given").format(
                named=data[key], given=catalogue.id))
    c.typed(data["mapping"], "mapping", dict)
    mapping = {}
    for code, targets in data["mapping"].items():
        key = "mapping.{}".format(code)
        if source is not None and source.area(code) is None:
            c.fail(key, tr("'{code}' is not in catalogue '{cat}'").format(code=code, cat=source.id))
        c.text_list(targets, key)
        for t in targets:
            if target is not None and target.area(t) is None:
                c.fail(key, tr("'{code}' is not in catalogue '{cat}'").format(code=t, cat=target.id))
        mapping[code] = tuple(targets)
    return Crosswalk(data["from"], data["to"], provenance["en"], mapping)


def _bilingual(c, value, key, allow_empty=False):
    c.obj(value, key, LANGUAGES, required=LANGUAGES)
    for lang in LANGUAGES:
        c.text(value[lang], "{}.{}".format(key, lang), allow_empty=allow_empty)
    return dict(value)


def builtin_catalogues():
    return sorted(p.stem for p in CATALOGUE_DIR.glob("*.json") if not p.stem.startswith("crosswalk"))


__all__ = ["ActionArea", "Catalogue", "ConfigError", "Crosswalk", "load_catalogue", "load_crosswalk"]


def write_into(store, catalogue):
    """The catalogue in use written into a store (either kind), in place of the one it had."""
    with store.transaction() as w:
        w.con.execute("DELETE FROM action_areas")
        w.con.executemany(
            "INSERT INTO action_areas(code, label_de, label_en, description_de, description_en, colour,"
            " keywords, catalogue) VALUES (?,?,?,?,?,?,?,?)",
            [(a.code, a.label["de"], a.label["en"], a.description["de"], a.description["en"], a.colour,
              json.dumps({k: list(v) for k, v in a.keywords.items()}, ensure_ascii=False), catalogue.id)
             for a in catalogue.areas])
        w.set_meta("catalogue", catalogue.id)
        w.set_meta("catalogue_provenance", catalogue.provenance)
