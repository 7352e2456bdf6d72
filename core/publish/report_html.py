"""The report as one self-contained HTML file for the intranet.

Everything from the portal is escaped, and the page forbids scripts altogether (Content-Security-Policy),
so a citizen's text can never run or restyle the page.
"""
import base64
import html

from ..i18n import tr
from ..store.schema import CATEGORIES, REVIEW_STATUSES
from .report_data import quote_rule

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
STYLE = """body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:right}
td:first-child,th:first-child{text-align:left}.bar{height:1em;display:inline-block;vertical-align:middle}
.text{white-space:pre-wrap}.meta{color:#555;font-size:.9em}img{max-width:100%;border:1px solid #bbb}"""


def e(value):
    return html.escape("" if value is None else str(value), quote=True)


def render(data, cover_png):
    parts = ['<!DOCTYPE html>', '<html lang="{}">'.format(e(data.language)), "<head>", '<meta charset="utf-8">',
             '<meta http-equiv="Content-Security-Policy" content="{}">'.format(CSP),
             "<title>{}</title>".format(e(data.participation)), "<style>{}</style>".format(STYLE),
             "</head><body>", "<h1>{}</h1>".format(e(data.participation)), "<p>{}</p>".format(e(data.title)),
             '<p class="meta">{}</p>'.format(e(tr("{total} submissions · source: {source} · pulled on {pulled} · "
                                                  "report of {created}").format(
                 total=data.total, source=data.source, pulled=data.pulled_at, created=data.created)))]
    if cover_png:
        parts.append('<img alt="{}" src="data:image/png;base64,{}">'.format(
            e(tr("Map of the submissions by action area")), base64.b64encode(cover_png).decode("ascii")))
    rows = data.area_rows()
    parts.append("<h2>{}</h2>".format(e(tr("Submissions by action area and category"))))
    parts.append(_table([tr("Action area")] + [data.category_label(c) for c in CATEGORIES] + [tr("Total")],
                        [[data.area_label(a)] + [data.by_area_category.get((a, c), 0) for c in CATEGORIES]
                         + [data.by_area.get(a, 0)] for a in rows]
                        + [[tr("All submissions")] + [data.by_category.get(c, 0) for c in CATEGORIES] + [data.total]]))
    parts.append("<h2>{}</h2>".format(e(tr("Submissions by action area and review status"))))
    parts.append(_table([tr("Action area")] + [data.status_label(s) for s in REVIEW_STATUSES] + [tr("Total")],
                        [[data.area_label(a)] + [data.by_area_status.get((a, s), 0) for s in REVIEW_STATUSES]
                         + [data.by_area.get(a, 0)] for a in rows]))
    parts.append("<h2>{}</h2>".format(e(tr("Submissions per action area"))))
    biggest = max([data.by_area.get(a, 0) for a in rows] + [1])
    colours = {code: colour for code, _, colour, _ in data.areas}
    parts.append("<table>" + "".join(
        '<tr><td>{}</td><td style="text-align:left"><span class="bar" style="width:{:.1f}em;background:{}">'
        "</span> {}</td></tr>".format(e(data.area_label(a)), 30.0 * data.by_area.get(a, 0) / biggest,
                                      e(_colour(colours.get(a))), data.by_area.get(a, 0)) for a in rows) + "</table>")
    if data.districts:
        parts.append("<h2>{}</h2>".format(e(tr("By district"))))
        parts.append(_table([tr("District"), tr("Total")] + [data.status_label(s) for s in REVIEW_STATUSES],
                            [[name, total] + [counts.get(s, 0) for s in REVIEW_STATUSES]
                             for name, counts, total in data.districts]
                            + ([[tr("without a place"), data.without_place] + [""] * len(REVIEW_STATUSES)]
                               if data.without_place else [])))
        used = [c for c in rows if any(data.by_district_area.get((name, c)) for name, _, _ in data.districts)]
        parts.append("<h2>{}</h2>".format(e(tr("Action areas by district"))))
        parts.append(_table([tr("District")] + [data.area_label(c) for c in used],
                            [[name] + [data.by_district_area.get((name, c), 0) for c in used]
                             for name, _, _ in data.districts]))
    if data.quotes:
        parts.append("<h2>{}</h2>".format(e(tr("What citizens said"))))
        parts.append('<p class="meta">{}</p>'.format(e(quote_rule())))
        for code, quotes in data.quotes:
            parts.append("<h3>{}</h3>".format(e(data.area_label(code))))
            parts += ["<blockquote>{}<br><small>{}</small></blockquote>".format(e(text), e(title))
                      for title, text in quotes]
    parts.append("<h2>{}</h2>".format(e(tr("The catalogue of action areas: {title}").format(
        title=data.catalogue_title))))
    parts.append(_table([tr("Code"), tr("Action area"), tr("Description")],
                        [[c, label, d] for c, label, _, d in data.areas]))
    parts.append("<p>{}</p>".format(e(tr("Provenance: {text}").format(text=data.provenance))))
    parts.append("<h2>{}</h2>".format(e(tr("The submissions"))))
    parts.append("<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
        e(tr("Title")), e(tr("Text")), e(tr("Action area")), e(tr("Review status"))))
    for title, text, _category, codes, status in data.submissions:
        parts.append('<tr><td>{}</td><td class="text" style="text-align:left">{}</td><td>{}</td><td>{}</td></tr>'
                     .format(e(title), e(text), e("; ".join(data.area_label(c) for c in codes)),
                             e(data.status_label(status))))
    parts.append("</table></body></html>")
    return "\n".join(parts)


def _table(headers, rows):
    head = "<tr>" + "".join("<th>{}</th>".format(e(h)) for h in headers) + "</tr>"
    body = "".join("<tr>" + "".join("<td>{}</td>".format(e(v)) for v in row) + "</tr>" for row in rows)
    return "<table>{}{}</table>".format(head, body)


def _colour(value):
    """Only a #rrggbb colour from the catalogue reaches the style attribute."""
    text = str(value or "")
    if len(text) == 7 and text[0] == "#" and all(ch in "0123456789abcdefABCDEF" for ch in text[1:]):
        return text
    return "#9a9a9a"
