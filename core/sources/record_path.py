"""Paths into a portal's records: `title`, `title.de`, `map_location.latitude`, `data.proposals.edges[].node`.

A path is split at dots; a part ending in `[]` takes every element of a list. A key that itself contains a dot
or a slash (a CSV column `title/en`, a spreadsheet label `Ort (Längengrad)`) is found as it is before the path
is split. Multilingual values — `{"de": …, "en": …}` objects, or flattened columns `title/de`, `title.de`,
`title_de` — are read in a language order with fallback.
"""
import html
import re
from html.parser import HTMLParser

_MISSING = object()


def split(path):
    return [part for part in str(path).split(".") if part != ""]


def get(record, path, default=None):
    """The value at `path` in `record` (a list where a part is `name[]`), or `default`."""
    if not isinstance(record, dict):
        return default
    if path in record:
        return record[path]
    value = _walk(record, split(path))
    return default if value is _MISSING else value


def _walk(value, parts):
    for i, part in enumerate(parts):
        many = part.endswith("[]")
        key = part[:-2] if many else part
        if key:
            if isinstance(value, dict) and key in value:
                value = value[key]
            elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
                value = value[int(key)]
            else:
                return _MISSING
        if many:
            if not isinstance(value, list):
                return _MISSING
            rest = parts[i + 1:]
            found = [v for v in (_walk(item, rest) for item in value) if v is not _MISSING]
            return [v for item in found for v in (item if isinstance(item, list) and _has_many(rest) else [item])]
    return value


def _has_many(parts):
    return any(part.endswith("[]") for part in parts)


def records_at(doc, path):
    """The records a path leads to (`""` or `"$"`: the document itself, when it is a list)."""
    if path in (None, "", "$"):
        return doc if isinstance(doc, list) else _MISSING
    value = _walk(doc, split(path))
    if value is _MISSING or not isinstance(value, list):
        return _MISSING
    return value


def first(record, paths):
    """(value, path) of the first path present with a value, or (None, None)."""
    for path in paths:
        value = get(record, path)
        if value not in (None, "", [], {}):
            return value, path
    return None, None


def translations(value):
    """A GraphQL translated field (`{"translations": [{"locale": "de", "text": …}]}`, Decidim) as `{"de": …}`;
    any other value as it is."""
    if isinstance(value, dict) and isinstance(value.get("translations"), list):
        return {t.get("locale"): t.get("text") for t in value["translations"]
                if isinstance(t, dict) and t.get("locale")}
    return value


def pick_language(record, paths, languages):
    """(text, language) from a multilingual field in the order of `languages` (`*`: any other); a plain
    value is taken as it is, with no language."""
    for path in paths:
        value = translations(get(record, path))
        if isinstance(value, dict) and value:
            found = _from_mapping(value, languages)
            if found[0] not in (None, ""):
                return found
            continue
        if value not in (None, "", [], {}):
            return value, None
        flattened = {lang: record.get("{}{}{}".format(path, sep, lang))
                     for lang in _languages_in(record, path) for sep in ("/", ".", "_")
                     if record.get("{}{}{}".format(path, sep, lang)) not in (None, "")}
        if flattened:
            return _from_mapping(flattened, languages)
    return None, None


_MACHINE = ("machine_translations",)


def _from_mapping(mapping, languages):
    clean = {str(k): v for k, v in mapping.items() if k not in _MACHINE and v not in (None, "")}
    for lang in languages:
        if lang == "*":
            for key in sorted(clean):
                if isinstance(clean[key], str):
                    return clean[key], key
            continue
        if lang in clean:
            return clean[lang], lang
        for key in clean:  # de-DE, de_CH for de
            if key.lower().startswith(lang.lower() + "-") or key.lower().startswith(lang.lower() + "_"):
                return clean[key], key
    return None, None


def _languages_in(record, path):
    pattern = re.compile(r"^{}[/._]([A-Za-z]{{2,3}}(?:[-_][A-Za-z]{{2,4}})?)$".format(re.escape(path)))
    return [m.group(1) for m in map(pattern.match, record) if m]


class _Text(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(value):
    """Plain text from the HTML a rich-text editor stores: paragraphs and line breaks as line breaks,
    entities decoded, tags, scripts and styles dropped. Text without tags only has its entities decoded."""
    if not isinstance(value, str):
        return value
    if "<" not in value:
        return html.unescape(value)
    parser = _Text()
    parser.feed(value)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
