"""Named styles stored in the GeoPackage (layer_styles), so they load for anyone who opens it."""
import base64
import re

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsHeatmapRenderer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsStyle,
    QgsSvgMarkerSymbolLayer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from .. import RESOURCES, list_field
from ..compat import save_style_to_database
from ..errors import StoreError, StylesNotSavedError
from ..i18n import tr, ui_language
from ..store import schema
from ..store.catalogue import load_catalogue
from . import display, form

ICONS = RESOURCES / "icons"
LANGUAGES = ("de", "en")


def _embedded_svg(category):
    # Embedded, not a path: the style must work on any machine that opens the GeoPackage.
    data = (ICONS / "{}.svg".format(category)).read_bytes()
    return "base64:" + base64.b64encode(data).decode("ascii")


def _svg_symbol(category, size=6.0):
    layer = QgsSvgMarkerSymbolLayer(_embedded_svg(category), size)
    layer.setFillColor(QColor(schema.CATEGORY_COLOURS[category]))
    layer.setStrokeColor(QColor("#ffffff"))
    # Round badges centred on the place: pins (bottom anchor or offset) are cropped in QGIS 3.22 legends.
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, layer)
    return symbol


def _dot(colour, size=2.6, outline="#ffffff"):
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": outline,
                                         "size": str(size)})


def category_renderer(language):
    categories = [QgsRendererCategory(code, _svg_symbol(code), schema.CATEGORY_LABELS[code][language])
                  for code in schema.CATEGORIES]
    return QgsCategorizedSymbolRenderer("category", categories)


def status_renderer(language):
    labels = schema.STATUS_LABELS[language]
    colours = {"new": "#ff2d2d", "in_review": "#ffb000", "classified": "#2e8b57",
               "not_relevant": "#b0b0b0", "duplicate": "#b0b0b0"}
    sizes = {"new": 3.6, "in_review": 3.2}
    categories = [QgsRendererCategory(s, _dot(colours[s], sizes.get(s, 2.2)), labels[s])
                  for s in schema.REVIEW_STATUSES]
    return QgsCategorizedSymbolRenderer("review_status", categories)


def placed_by_renderer(language):
    """How each point came to be where it is: by the citizen on the map, by the portal, by the address given (a
    ring: the place is the address's, not one the citizen marked)."""
    labels = display.PLACED_BY_LABELS[language]
    symbols = {"citizen": _dot("#2c6fbb", 2.8), "portal": _dot("#7f7f7f", 2.6),
               "address": QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,0",
                                                        "outline_color": "#e08a00", "outline_width": "0.8",
                                                        "size": "3.6"})}
    return QgsCategorizedSymbolRenderer("placed_by", [QgsRendererCategory(code, symbol, labels[code])
                                                      for code, symbol in symbols.items()])


def action_area_renderer(language, catalogue):
    root = QgsRuleBasedRenderer.Rule(None)
    for area in catalogue.areas:
        expression = "array_contains({}, '{}')".format(list_field.expression("action_areas"), area.code)
        root.appendChild(QgsRuleBasedRenderer.Rule(_dot(area.colour, 3.0), 0, 0, expression,
                                                   area.label_in(language)))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        _dot("#9a9a9a", 1.8), 0, 0, "array_length({}) = 0".format(list_field.expression("action_areas")),
        NOT_CLASSIFIED[language]))
    return QgsRuleBasedRenderer(root)


def heatmap_renderer():
    renderer = QgsHeatmapRenderer()
    renderer.setRadius(12)
    renderer.setColorRamp(QgsStyle.defaultStyle().colorRamp("Reds") or renderer.colorRamp())
    return renderer


def style_names():
    """(name, description) of every style Stadtdialog stores; names are stable for scripts."""
    names = []
    for lang in LANGUAGES:
        names += [("category-" + lang, tr("By category") + " ({})".format(lang)),
                  ("action-area-" + lang, tr("By action area") + " ({})".format(lang)),
                  ("review-status-" + lang, tr("By review status") + " ({})".format(lang)),
                  ("placed-by-" + lang, tr("By how the point was placed") + " ({})".format(lang))]
    return names + [("heatmap", tr("Heatmap of all submissions"))]


def renderer_for(name, catalogue):
    if name == "heatmap":
        return heatmap_renderer()
    kind, lang = name.rsplit("-", 1)
    if kind == "category":
        return category_renderer(lang)
    if kind == "action-area":
        return action_area_renderer(lang, catalogue)
    if kind == "placed-by":
        return placed_by_renderer(lang)
    return status_renderer(lang)


def install_styles(store, catalogue=None, default_language=None):
    """Save every named style into the store (the GeoPackage's layer_styles, or PostgreSQL's public.layer_styles,
    as QGIS itself keeps them); the category style in the user's language is the default."""
    if not getattr(store, "may_save_styles", lambda: True)():
        raise StylesNotSavedError(tr(
            "The styles were not saved in {name}: this login may not write QGIS's style table public.layer_styles. "
            "The store works and Stadtdialog styles its layers; colleagues who open the table without the plugin see "
            "it unstyled until city IT grants this login INSERT and DELETE on public.layer_styles.").format(
                name=store.name))
    catalogue = catalogue or load_catalogue()
    language = default_language or ui_language()
    default = "category-" + language
    layer = QgsVectorLayer(store.layer_uri(), schema.SUBMISSIONS, store.provider)
    if not layer.isValid():
        raise StoreError(tr("Cannot open the submissions layer in {path}.").format(path=store.name))
    form.configure(layer, language)  # the form travels with every style
    store.forget_styles([n for n, _ in style_names()])
    for name, description in style_names():
        layer.setRenderer(renderer_for(name, catalogue))
        message = save_style_to_database(layer, name, description, name == default)
        if message:
            raise StoreError(tr("Saving the style '{name}' into {path} failed: {reason}").format(
                name=name, path=store.name, reason=message))
    return [n for n, _ in style_names()]


# -- in a project: the styles of the user's language in the layer's style list --------------------------------
KINDS = ("category", "action-area", "review-status", "placed-by", "heatmap")
TITLES = {"de": {"category": "Nach Kategorie", "action-area": "Nach Handlungsfeld",
                 "review-status": "Nach Bearbeitungsstand", "placed-by": "Nach Verortung", "heatmap": "Heatmap"},
          "en": {"category": "By category", "action-area": "By action area", "review-status": "By review status",
                 "placed-by": "By placement", "heatmap": "Heatmap"}}
NOT_CLASSIFIED = {"de": "noch nicht zugeordnet", "en": "not classified yet"}
_AREA_RULE = re.compile(r"array_contains\(.*'([a-z][a-z0-9_]*)'\)\s*$")


def apply_styles(layer, language, catalogue):
    """Give a newly added layer the styles in `language` (its style list: by category, by action area, by
    review status, heatmap), showing the one by category."""
    manager = layer.styleManager()
    titles = TITLES[language]
    points_as_obstacles(layer)  # in every style of the list
    for kind in KINDS:
        layer.setRenderer(renderer_for(kind if kind == "heatmap" else kind + "-" + language, catalogue))
        if titles[kind] not in manager.styles():
            manager.addStyleFromLayer(titles[kind])
    manager.setCurrentStyle(titles["category"])
    layer.setRenderer(renderer_for("category-" + language, catalogue))
    for name in manager.styles():
        if name not in titles.values():
            manager.removeStyle(name)


def points_as_obstacles(layer):
    """The submissions draw no labels but keep other layers' labels off their symbols: a district's name is
    placed beside the points, not on them."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "portal_id"
    settings.drawLabels = False
    text = QgsTextFormat()  # a font every machine has: QGIS 3.40 tries to download a missing one (and says so)
    text.setFont(QFont("DejaVu Sans"))
    settings.setFormat(text)
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setFactor(2.0)  # the strongest: a label does not sit on a citizen's point
    settings.setObstacleSettings(obstacle)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def relabel(layer, language, labels):
    """Put the legends of a layer's styles into `language` without touching its symbols (a planner may have
    changed them): category and status labels, action-area rules, the names of our styles.
    labels: {action area code: label}."""
    manager = layer.styleManager()
    ours = {title: kind for titles in TITLES.values() for kind, title in titles.items()}
    current = manager.currentStyle()
    for name in list(manager.styles()):
        manager.setCurrentStyle(name)
        _relabel_renderer(layer.renderer(), language, labels)
        if name in ours and TITLES[language][ours[name]] not in manager.styles():
            manager.renameStyle(name, TITLES[language][ours[name]])
            current = TITLES[language][ours[name]] if current == name else current
    manager.setCurrentStyle(current)
    _relabel_renderer(layer.renderer(), language, labels)


def _relabel_renderer(renderer, language, labels):
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        names = {"category": {c: schema.CATEGORY_LABELS[c][language] for c in schema.CATEGORIES},
                 "review_status": schema.STATUS_LABELS[language],
                 "placed_by": display.PLACED_BY_LABELS[language]}.get(renderer.classAttribute(), {})
        for i, category in enumerate(renderer.categories()):
            if category.value() in names:
                renderer.updateCategoryLabel(i, names[category.value()])
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            found = _AREA_RULE.search(rule.filterExpression() or "")
            if found and found.group(1) in labels:
                rule.setLabel(labels[found.group(1)])
            elif (rule.filterExpression() or "").startswith("array_length("):
                rule.setLabel(NOT_CLASSIFIED[language])
