"""The numbers of a report: counts per action area × category × review status, per district, the catalogue.

No layout and no widgets: the PDF and the HTML report draw the same numbers.
"""
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import list_field
from ..errors import StadtdialogError
from ..i18n import tr
from ..review import display
from ..review.personal_data import mask
from ..store.catalogue import load_catalogue
from ..store.schema import CATEGORIES, CATEGORY_LABELS, STATUS_LABELS, SUBMISSIONS
from ..store.stores import as_store
from .districts import name_field as districts_name_field

NONE = ""  # the row of submissions without an action area


@dataclass
class ReportData:
    language: str
    title: str
    source: str
    pulled_at: str
    created: str
    total: int
    withdrawn: int
    areas: list                      # [(code, label, colour, description)], catalogue order
    catalogue_title: str = ""
    provenance: str = ""
    by_area_category: Counter = field(default_factory=Counter)   # (area code or NONE, category) -> n
    by_area_status: Counter = field(default_factory=Counter)     # (area code or NONE, status) -> n
    by_category: Counter = field(default_factory=Counter)
    by_status: Counter = field(default_factory=Counter)
    by_area: Counter = field(default_factory=Counter)            # a submission counts once per area it has
    districts: list = field(default_factory=list)                # [(name, {status: n}, total)]
    by_district_area: Counter = field(default_factory=Counter)   # (district name, area code or NONE) -> n
    outside_districts: int = 0
    without_place: int = 0                                       # submissions that give no place (counted, not mapped)
    submissions: list = field(default_factory=list)              # [(title, text, category, areas, status)]
    quotes: list = field(default_factory=list)                   # [(area code, [(title, text)])], catalogue order
    participation: str = ""                                      # the participation's name
    first: str = ""                                              # the first and last day submissions came in
    last: str = ""

    def area_label(self, code):
        if code == NONE:
            return tr("no action area yet")
        return next((label for c, label, _, _ in self.areas if c == code), code)

    def category_label(self, code):
        return CATEGORY_LABELS.get(code, {}).get(self.language, code)

    def status_label(self, code):
        return STATUS_LABELS[self.language].get(code, code)

    def area_rows(self):
        """Codes in catalogue order, then any code not in the catalogue, then 'none'."""
        codes = [c for c, _, _, _ in self.areas]
        extra = sorted({c for c, _ in self.by_area_category} - set(codes) - {NONE})
        return codes + extra + [NONE]


def collect(gpkg, districts=None, language="de", title=None):
    """title: the participation's name (else the one the pull noted, else the store's name)."""
    store = as_store(gpkg)
    key = "label_en" if language == "en" else "label_de"
    description = "description_en" if language == "en" else "description_de"
    rows = store.rows("action_areas", "code, label_de, label_en, description_de, description_en, colour, catalogue")
    areas = [(r["code"], r[key] or r["code"], r["colour"] or "#888888", r[description] or "") for r in rows]
    catalogue_title, provenance = _provenance(rows[0]["catalogue"] if rows else None, language)
    data = ReportData(
        language=language, title=tr("What the citizens said"),
        participation=title or store.meta("participation") or store.title.replace("-", " ").replace("_", " "),
        source=store.meta("source") or "",
        pulled_at=display.format_datetime(store.meta("last_pull"), language),
        created=display.format_date(date.today().isoformat(), language), total=0,
        withdrawn=store.count(SUBMISSIONS, "portal_state = 'withdrawn'"),
        areas=areas, catalogue_title=catalogue_title, provenance=provenance)
    active = "coalesce(portal_state, 'active') <> 'withdrawn'"
    period = store.one(SUBMISSIONS, "min(created_at) AS first, max(created_at) AS last", active)
    first, last = period["first"], period["last"]
    data.first, data.last = (display.format_date(first, language), display.format_date(last, language))
    candidates, marked = {}, {}
    quote = "quote" if "quote" in store.columns(SUBMISSIONS) else "0 AS quote"  # a store before schema 10
    for r in store.rows(SUBMISSIONS, "title, text, category, review_status, action_areas, placed_by, privacy, "
                                     "created_at, " + quote, active):
        data.total += 1
        data.without_place += r["placed_by"] == "none"
        codes = list_field.codes(r["action_areas"]) or [NONE]
        status = r["review_status"] or "new"
        category = r["category"] if r["category"] in CATEGORIES else "other"
        data.by_category[category] += 1
        data.by_status[status] += 1
        for code in codes:
            data.by_area[code] += 1
            data.by_area_category[code, category] += 1
            data.by_area_status[code, status] += 1
        title, text = mask(r["title"] or "", language, r["privacy"]), mask(r["text"] or "", language, r["privacy"])
        data.submissions.append((title, text, category, [c for c in codes if c], status))  # masked, as printed
        if r["quote"] and status != "not_relevant" and text.strip():  # a reviewer's choice, in every area it has
            for code in codes:
                marked.setdefault(code, []).append((0, r["created_at"] or "", title, text.strip()))
        elif status == "classified" and QUOTE_LENGTH[0] <= len(text.strip()) <= QUOTE_LENGTH[1]:
            for code in codes:
                candidates.setdefault(code, []).append((-len(text), r["created_at"] or "", title, text.strip()))
    for code in data.area_rows():
        if marked.get(code):  # the reviewers' quotes, newest first; the rule only where none is marked
            chosen = sorted(marked[code], key=lambda c: c[1], reverse=True)[:MARKED_PER_AREA]
            data.quotes.append((code, [(title, text) for _, _, title, text in chosen]))
        elif candidates.get(code):  # the rule the report states: the fullest texts, newest first when alike
            newest_first = sorted(candidates[code], key=lambda c: c[1], reverse=True)
            chosen = sorted(newest_first, key=lambda c: c[0])[:QUOTES_PER_AREA]  # stable: newest first where alike
            data.quotes.append((code, [(title, text) for _, _, title, text in chosen]))
    if districts is not None:
        data.districts, data.outside_districts, data.by_district_area = _by_district(store, districts)
    return data


QUOTES_PER_AREA = 3
MARKED_PER_AREA = 6  # the reviewers' own quotes: a few more, still a page a council member reads
QUOTE_LENGTH = (60, 400)  # characters: a statement, not a word, and short enough to read aloud


def quote_rule():
    return tr("The quotes the reviewers marked (up to {marked} per action area, the newest first); where they marked "
              "none in an area, up to {n} of the submissions classified in it: those with the most to say in {low} "
              "to {high} characters, the newest first where alike. Personal data masked.").format(
        marked=MARKED_PER_AREA, n=QUOTES_PER_AREA, low=QUOTE_LENGTH[0], high=QUOTE_LENGTH[1])



def _provenance(catalogue_id, language):
    if not catalogue_id:
        return "", ""
    try:
        catalogue = load_catalogue(catalogue_id)
    except StadtdialogError:
        return catalogue_id, ""
    return catalogue.title.get(language) or catalogue_id, catalogue.provenance_in(language)


def districts_layer(source):
    """A polygon layer from a layer object or a path/URI."""
    layer = source if isinstance(source, QgsVectorLayer) else QgsVectorLayer(str(source), "districts", "ogr")
    if not layer.isValid() or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise StadtdialogError(tr("The district layer {name} is not a readable polygon layer.").format(
            name=getattr(source, "name", lambda: source)()))
    return layer


def _by_district(store, source):
    """[(district name, {status: n}, total)] largest first, how many submissions lie in no district, and
    {(district name, action area code or NONE): n} (a submission counts once in each of its areas)."""
    layer = districts_layer(source)
    points = QgsVectorLayer(store.layer_uri(), SUBMISSIONS, store.provider)
    request = QgsFeatureRequest().setFilterExpression("coalesce(portal_state, 'active') <> 'withdrawn'")
    index, geometry, status, areas = QgsSpatialIndex(), {}, {}, {}
    for f in points.getFeatures(request):
        if f.hasGeometry():
            index.addFeature(f)
            geometry[f.id()] = f.geometry()
            status[f.id()] = f["review_status"] or "new"
            areas[f.id()] = list_field.codes(f["action_areas"]) or [NONE]
    transform = QgsCoordinateTransform(layer.crs(), points.crs(), QgsProject.instance())
    name_field = districts_name_field(layer)
    result, seen, by_area = [], set(), Counter()
    for district in layer.getFeatures():
        shape = district.geometry()
        if shape.isEmpty():
            continue
        shape.transform(transform)
        engine = QgsGeometry.createGeometryEngine(shape.constGet())
        engine.prepareGeometry()
        counts, in_district = Counter(), []
        for fid in index.intersects(shape.boundingBox()):
            if fid not in seen and engine.contains(geometry[fid].constGet()):
                seen.add(fid)  # overlapping districts: a submission counts in the first only
                counts[status[fid]] += 1
                in_district.append(fid)
        name = str(district[name_field]) if name_field else str(district.id())
        for fid in in_district:
            for code in areas[fid]:
                by_area[name, code] += 1
        result.append((name, counts, sum(counts.values())))
    return sorted(result, key=lambda r: (-r[2], r[0])), len(geometry) - len(seen), by_area
