"""stadtdialog:report — a PDF for the council or an HTML page for the intranet."""
import os
import tempfile
from pathlib import Path

from ..errors import StadtdialogError
from ..feedback import Feedback
from ..i18n import tr, ui_language
from ..store.stores import as_store
from . import basemap
from .export import cannot_write, put_in_place
from .report_data import collect, districts_layer
from .report_html import render
from .report_layout import build_layout, export_cover_png, export_pdf


def report(gpkg, output, districts=None, language=None, feedback=None, title=None, background=True,
           store_authcfg=None):
    """Write the report on `gpkg` to `output` (.pdf or .html); returns the ReportData it shows. `title`: the
    participation's name; `background`: draw the planner's background map where its server answers."""
    feedback = feedback or Feedback()
    output = Path(output)
    kind = output.suffix.lower()
    if kind not in (".pdf", ".html", ".htm"):
        raise StadtdialogError(tr("Cannot write a report to '{name}': use a file ending in .pdf or .html.").format(
            name=output.name))
    language = language or ui_language()
    layer = districts_layer(districts) if districts is not None else None
    feedback.pushInfo(tr("Counting the submissions"))
    store = as_store(gpkg, store_authcfg)
    data = collect(store, layer, language, title)
    feedback.setProgress(30)
    layout, _keep = build_layout(data, store, layer, basemap.for_report() if background else None)
    feedback.setProgress(50)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(suffix=kind, prefix=".stadtdialog-", dir=str(output.parent))
        os.close(fd)
        if kind == ".pdf":
            export_pdf(layout, tmp)
        else:
            png = tmp + ".png"
            try:
                export_cover_png(layout, png)
                cover = Path(png).read_bytes()
            finally:
                if os.path.exists(png):
                    os.unlink(png)
            Path(tmp).write_text(render(data, cover), encoding="utf-8")
        put_in_place(tmp, output)  # the previous report stays until the new one is complete
    except OSError as exc:
        raise StadtdialogError(cannot_write(output, exc)) from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    feedback.setProgress(100)
    return data
