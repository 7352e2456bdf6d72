"""The council report as a QGIS print layout: map by action area, counts, districts, bar chart, catalogue.

Every text is plain text (labels in font mode, table cells): nothing from the portal is read as HTML.
"""
from types import SimpleNamespace

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QFont

from ..errors import StadtdialogError
from ..i18n import tr
from ..review.styles import action_area_renderer, heatmap_renderer
from ..store.schema import CATEGORIES, CATEGORY_COLOURS, REVIEW_STATUSES
from ..store.stores import as_store
from .districts import style_districts
from .map_image import add_label, add_map, text_height
from .report_data import quote_rule

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
WIDTH = 277  # usable width of an A4 landscape page with 10 mm margins


MAP_PAGE = 1  # the page with the map (the HTML report shows it as its picture)
DENSITY_FROM = 100  # placed submissions from which a density map follows the map
DISTRICT_BARS = 15  # districts in the chart by district (the largest; the table has them all)


def build_layout(data, gpkg, districts=None, background=None):
    """(layout, layers to keep alive) for the report on `data` (report_data.ReportData). `background`: a
    background map layer that answered (basemap.for_report), drawn below the districts."""
    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(data.participation)
    store = as_store(gpkg)
    layer = QgsVectorLayer(store.layer_uri(), tr("Submissions"), store.provider)
    if not layer.isValid():
        raise StadtdialogError(tr("Cannot open the submissions in {path}.").format(path=gpkg))
    layer.setSubsetString("coalesce(portal_state, 'active') <> 'withdrawn'")
    layer.setRenderer(action_area_renderer(data.language, _catalogue(data)))
    layers = [layer]
    if districts is not None:
        layers.append(style_districts(districts))  # outlines with the districts' names
    if background is not None:
        layers.append(background)
    _title_page(layout, data)
    _map_page(layout, data, layers, _new_page(layout), background)
    if data.total - data.without_place >= DENSITY_FROM:  # many points hide each other: where they crowd
        density = QgsVectorLayer(store.layer_uri(), tr("Submissions"), store.provider)
        density.setSubsetString(layer.subsetString())
        density.setRenderer(heatmap_renderer())
        layers.append(density)
        _density_page(layout, [density] + layers[1:], _new_page(layout), background)
    _quotes_pages(layout, data)
    _counts_page(layout, data, _new_page(layout))
    _chart_page(layout, data, _new_page(layout))
    if data.districts:
        _district_chart_page(layout, data, _new_page(layout))
    _catalogue_page(layout, data, _new_page(layout))
    return layout, layers


def export_pdf(layout, path):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable, copyable text
    settings.dpi = 150
    result = QgsLayoutExporter(layout).exportToPdf(str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise StadtdialogError(tr("The report {path} could not be written.").format(path=path))


def export_cover_png(layout, path, dpi=96):
    """The map page as a PNG (the HTML report's picture)."""
    image = QgsLayoutExporter(layout).renderPageToImage(MAP_PAGE, QSize(), dpi)
    if image.isNull() or not image.save(str(path), "PNG"):
        raise StadtdialogError(tr("The map image {path} could not be written.").format(path=path))


def _catalogue(data):
    areas = [SimpleNamespace(code=code, colour=colour, label_in=lambda _lang, label=label: label)
             for code, label, colour, _ in data.areas]
    return SimpleNamespace(areas=areas)


def _new_page(layout):
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def _title_page(layout, data):
    """The participation's name, its period and its numbers, and where they come from."""
    y = 30
    height = text_height(data.participation, WIDTH - 20, 28, True)
    add_label(layout, data.participation, 20, y, WIDTH - 20, height, size=28, bold=True)
    y += height + 4
    add_label(layout, data.title, 20, y, WIDTH - 20, 12, size=16)
    y += 14
    if data.first:
        period = (tr("Submissions from {first} to {last}") if data.first != data.last else
                  tr("Submissions of {first}")).format(first=data.first, last=data.last)
        add_label(layout, period, 20, y, WIDTH - 20, 9, size=12)
    # The submissions, and the four parts that add up to them (withdrawn ones are not counted, as the counts page
    # says).
    tiles = [(data.total, tr("submissions")), (data.by_status.get("classified", 0), data.status_label("classified")),
             (data.by_status.get("in_review", 0), data.status_label("in_review")),
             (data.by_status.get("not_relevant", 0) + data.by_status.get("duplicate", 0),
              tr("not relevant or duplicate")),
             (data.by_status.get("new", 0), tr("not yet reviewed"))]
    width = (WIDTH - 20 - 4 * 6) / len(tiles)
    for i, (number, label) in enumerate(tiles):
        x = 20 + i * (width + 6)
        tile = QgsLayoutItemShape(layout)
        tile.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        tile.setSymbol(QgsFillSymbol.createSimple({"color": "#eef2f6", "outline_style": "no"}))
        tile.attemptMove(QgsLayoutPoint(x, 105, MM))
        tile.attemptResize(QgsLayoutSize(width, 38, MM))
        layout.addLayoutItem(tile)
        add_label(layout, str(number), x + 5, 110, width - 10, 16, size=26, bold=True)
        add_label(layout, label, x + 5, 128, width - 10, 12, size=10)
    facts = tr("Source: {source} · pulled on {pulled} · catalogue: {catalogue} · report of {created}").format(
        source=data.source, pulled=data.pulled_at, catalogue=data.catalogue_title, created=data.created)
    add_label(layout, facts, 20, 170, WIDTH - 20, text_height(facts, WIDTH - 20, 8), size=8)


def _map_page(layout, data, layers, page, background):
    _heading(layout, tr("The submissions by action area"), page)
    add_map(layout, layers, layers[:1], 10, 20, 195, 178, page=page, legend_title=tr("Action areas"))
    _background_note(layout, background, page)


def _background_note(layout, background, page):
    """The background map's source and attribution under a map (nothing where no background answered)."""
    if background is not None:
        note = " · ".join(t for t in (background.customProperty("stadtdialog/attribution"),) if t)
        add_label(layout, tr("Background map: {source}").format(source=note or background.name()), 10, 199, 195, 5,
                  size=7, page=page)


def _density_page(layout, layers, page, background):
    _heading(layout, tr("Where the submissions crowd"), page)
    add_map(layout, layers, [], 10, 20, 195, 178, page=page)  # a heat map's legend would be an empty box
    add_label(layout, tr("Darker red: more submissions close together (a heat map over all {n} placed "
                         "submissions). It shows where the points of the map before lie on top of each "
                         "other.").format(n=layers[0].featureCount()), 210, 20, 77, 40, size=9, page=page)
    _background_note(layout, background, page)


def _quotes_pages(layout, data):
    """What citizens said, per action area, as the report's rule chose it (masked like every publication)."""
    if not data.quotes:
        return
    page = _new_page(layout)
    y = _heading(layout, tr("What citizens said"), page)
    rule = quote_rule()
    add_label(layout, rule, 10, y, WIDTH, text_height(rule, WIDTH, 8), size=8, page=page)
    y += text_height(rule, WIDTH, 8) + 3
    for code, quotes in data.quotes:
        needed = 8 + text_height("„{}“".format(quotes[0][1]), WIDTH - 8, 9)
        if y + needed > 200:
            page, y = _new_page(layout), 10
        add_label(layout, data.area_label(code), 10, y, WIDTH, 7, size=11, bold=True, page=page)
        y += 8
        for title, text in quotes:
            said = ("„{}“ — {}" if data.language == "de" else "“{}” — {}").format(text, title)
            height = text_height(said, WIDTH - 8, 9)
            if y + height > 200:
                page, y = _new_page(layout), 10
            add_label(layout, said, 18, y, WIDTH - 8, height, size=9, page=page)
            y += height + 2
        y += 3


def _heading(layout, text, page, y=7):
    """A page's title, wrapped where it is long; returns where the page's content can start."""
    height = text_height(text, WIDTH, 14, True)
    add_label(layout, text, 10, y, WIDTH, height, size=14, bold=True, page=page)
    return y + height + 2


def _table(layout, headers, rows, x, y, width, height, page, widths=None):
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    table.setTableContents([[_cell(v) for v in row] for row in rows])
    columns = []
    for i, heading in enumerate(headers):
        column = QgsLayoutTableColumn(heading)
        if i and rows and all(isinstance(row[i], int) for row in rows):
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)  # counts line up under their heading
        columns.append(column)
    table.setHeaders(columns)
    table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
    if widths:
        # A manual table takes its widths here, not from its columns; each cell adds its margins on both sides.
        scale = (width - 2 * table.cellMargin() * len(widths) - 1) / sum(widths)
        table.setColumnWidths([w * scale for w in widths])
    table.setIncludeTableHeader(True)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(7.5)
    table.setContentTextFormat(text)
    header = QgsTextFormat(text)
    bold = QFont("DejaVu Sans")
    bold.setBold(True)
    header.setFont(bold)
    table.setHeaderTextFormat(header)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    frame.attemptResize(QgsLayoutSize(width, height, MM))
    table.addFrame(frame)
    return table


def _cell(value):
    cell = QgsTableCell(str(value))
    if isinstance(value, int):
        cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
    return cell


def _counts_page(layout, data, page):
    _heading(layout, tr("Submissions by action area and category"), page)
    headers = [tr("Action area")] + [data.category_label(c) for c in CATEGORIES] + [tr("Total")]
    rows = [[data.area_label(a)] + [data.by_area_category.get((a, c), 0) for c in CATEGORIES] + [data.by_area.get(a, 0)]
            for a in data.area_rows()]
    rows.append([tr("All submissions")] + [data.by_category.get(c, 0) for c in CATEGORIES] + [data.total])
    _table(layout, headers, rows, 10, 18, WIDTH, 85, page, [80] + [34] * len(CATEGORIES) + [27])
    _heading(layout, tr("Submissions by action area and review status"), page, y=106)
    headers = [tr("Action area")] + [data.status_label(s) for s in REVIEW_STATUSES] + [tr("Total")]
    rows = [[data.area_label(a)] + [data.by_area_status.get((a, s), 0) for s in REVIEW_STATUSES]
            + [data.by_area.get(a, 0)] for a in data.area_rows()]
    _table(layout, headers, rows, 10, 117, WIDTH, 85, page, [80] + [34] * len(REVIEW_STATUSES) + [27])
    add_label(layout, tr("A submission with several action areas counts once in each of them. Withdrawn "
                         "submissions ({n}) are not counted.").format(n=data.withdrawn), 10, 200, WIDTH, 6, size=7,
              page=page)


def _chart_page(layout, data, page):
    has_districts = bool(data.districts)
    chart_width = 150 if has_districts else WIDTH
    _heading(layout, tr("Submissions per action area, by category"), page)
    rows = data.area_rows()
    biggest = max([data.by_area.get(a, 0) for a in rows] + [1])
    bar_room = chart_width - 75 - 12
    top = _key(layout, [(CATEGORY_COLOURS[c], data.category_label(c)) for c in CATEGORIES], chart_width, page)
    for i, code in enumerate(rows):
        y = top + i * min(14, (198 - top) / max(len(rows), 1))
        count = data.by_area.get(code, 0)
        add_label(layout, data.area_label(code), 10, y, 72, 8, size=8, page=page)
        start = 85.0  # one segment per category, in the key's order: the bar is the area's total
        for category in CATEGORIES:
            part = data.by_area_category.get((code, category), 0)
            if part:
                _box(layout, CATEGORY_COLOURS[category], start, y, bar_room * part / biggest, 6, page)
                start += bar_room * part / biggest
        add_label(layout, str(count), max(start, 85.5) + 2, y, 12, 8, size=8, page=page)
    if has_districts:
        add_label(layout, tr("By district"), 170, 9, 117, 8, size=11, bold=True, page=page)
        headers = [tr("District"), tr("Total"), data.status_label("new"), data.status_label("classified")]
        table_rows = [[name, total, counts.get("new", 0), counts.get("classified", 0)]
                      for name, counts, total in data.districts]
        if data.outside_districts:
            table_rows.append([tr("outside all districts"), data.outside_districts, "", ""])
        if data.without_place:
            table_rows.append([tr("without a place"), data.without_place, "", ""])
        _table(layout, headers, table_rows, 170, 20, 117, 180, page, [50, 20, 22, 25])


def _district_chart_page(layout, data, page):
    """One bar per district (the largest first), in segments by action area, with a key."""
    _heading(layout, tr("Action areas by district"), page)
    colours = dict((code, colour) for code, _, colour, _ in data.areas)
    codes = [c for c in data.area_rows() if any(data.by_district_area.get((d[0], c)) for d in data.districts)]
    top = _key(layout, [(colours.get(c, "#bbbbbb"), data.area_label(c)) for c in codes], WIDTH, page)
    shown = data.districts[:DISTRICT_BARS]
    step = min(12, (190 - top) / max(len(shown), 1))
    biggest = max([sum(data.by_district_area.get((name, c), 0) for c in codes) for name, _, _ in shown] + [1])
    bar_room = WIDTH - 60 - 25
    for i, (name, _, total) in enumerate(shown):
        y = top + i * step
        add_label(layout, name, 10, y, 55, min(step, 8), size=8, page=page)
        start = 70.0
        for code in codes:
            part = data.by_district_area.get((name, code), 0)
            if part:
                _box(layout, colours.get(code, "#bbbbbb"), start, y + 0.5, bar_room * part / biggest,
                     min(step - 1.5, 6), page)
                start += bar_room * part / biggest
        add_label(layout, str(total), max(start, 70.5) + 2, y, 20, min(step, 8), size=8, page=page)
    note = tr("The number after a bar: the district's submissions. A submission with several action areas counts "
              "once in each, so a bar can be longer than its number says.")
    if len(data.districts) > len(shown):
        note += " " + tr("{n} smaller districts are in the table on the page before.").format(
            n=len(data.districts) - len(shown))
    add_label(layout, note, 10, 196, WIDTH, 8, size=7, page=page)


def _key(layout, entries, width, page, y=18):
    """A chart's key — a box of each colour and its label ([(colour, label)]), in rows within `width` from the
    left margin; returns where the chart below it begins."""
    x = 10
    for colour, label in entries:
        room = 4.5 + max(14, 1.6 * len(label)) + 3
        if x > 10 and x + room > 10 + width:
            x, y = 10, y + 6
        _box(layout, colour, x, y + 1.5, 3.5, 3.5, page)
        add_label(layout, label, x + 4.5, y, room - 4.5, 6, size=7, page=page)
        x += room
    return y + 10


def _box(layout, colour, x, y, width, height, page):
    box = QgsLayoutItemShape(layout)
    box.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    box.setSymbol(QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}))
    box.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    box.attemptResize(QgsLayoutSize(max(0.5, width), height, MM))
    layout.addLayoutItem(box)


def _catalogue_page(layout, data, page):
    y = _heading(layout, tr("The catalogue of action areas: {title}").format(title=data.catalogue_title), page)
    rows = [[label, description] for _, label, _, description in data.areas]
    height = 7 + sum(max(text_height(d, 175, 7.5), text_height(label, 80, 7.5)) for label, d in rows)
    _table(layout, [tr("Action area"), tr("Description")], rows, 10, y, WIDTH, height, page, [85, 185])
    provenance = tr("Provenance: {text}").format(text=data.provenance)
    add_label(layout, provenance, 10, y + height + 6, WIDTH, text_height(provenance, WIDTH, 9), size=9, page=page)

