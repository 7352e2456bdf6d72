"""OGC API – Features: find the collection, page by `next` links, fetch ahead when paging is by offset."""
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from ..errors import PortalError
from ..i18n import tr
from . import geojson
from .base import Page, Source
from .paging import prefetch
from .urls import strip_query, with_params

ACCEPT = {"Accept": "application/geo+json, application/json;q=0.9"}
# Landing pages and collections are JSON, not GeoJSON; QGIS Server's /wfs3 answers 400 to a
# geo+json Accept header there (it ignores q-values).
META_ACCEPT = {"Accept": "application/json"}
LIMITS = (10000, 1000, 100)


class OapifSource(Source):
    kind = "oapif"

    def __init__(self, url, http, bbox=None, datetime=None, doc=None):
        super().__init__(url)
        self.http = http
        self.filters = {k: v for k, v in (("bbox", bbox), ("datetime", datetime)) if v}
        self.complete = not self.filters
        self.items_url = self._items_url(url, doc)

    def describe(self):
        return self.items_url

    # -- finding the collection ------------------------------------------------
    def _json(self, url, what):
        _, body = self.http.get(url, what=what, headers=META_ACCEPT)
        return geojson.parse(body, what)

    def _items_url(self, url, doc):
        path = urlsplit(url).path.rstrip("/")
        if path.endswith("/items"):
            return strip_query(url)
        doc = doc or self._json(url, tr("Reading {url}").format(url=url))
        if "itemType" in doc or geojson.link(doc, "items"):
            return geojson.link(doc, "items") or _join(url, "items")
        if path.endswith("/collections") or "collections" in doc:
            return self._only_collection(doc.get("collections") or [], url)
        data = geojson.link(doc, "data") or _join(url, "collections")
        listing = self._json(data, tr("Reading the collections of {url}").format(url=url))
        return self._only_collection(listing.get("collections") or [], url)

    def _only_collection(self, collections, url):
        ids = [c.get("id") for c in collections if isinstance(c, dict) and c.get("id")]
        if len(ids) == 1:
            match = collections[0]
            return geojson.link(match, "items") or _join(_base(url), "collections/{}/items".format(ids[0]))
        raise PortalError(tr("{url} offers {n} collections ({ids}); give the address of the one to pull, "
                             "e.g. …/collections/{first}.").format(
            url=url, n=len(ids), ids=", ".join(ids[:10]), first=ids[0] if ids else "name"))

    # -- paging ----------------------------------------------------------------
    def pages(self):
        # The consumer may empty a page once it has it: count and read links before yielding.
        first = self._first_page()
        next_url, count = geojson.link(first.doc, "next"), len(first.features)
        first.doc = None
        # The next link's offset is the page size the server really uses (it may clamp `limit`). Fetching
        # ahead starts before the first page goes to the consumer: the server works while we do.
        offset = _offset(next_url) if next_url and count else None
        ahead = self._offset_pages(next_url, offset, first.matched) if offset else None
        total = -(-first.matched // count) if first.matched and count else None  # for progress only
        try:
            first.total = total
            yield first
            if not next_url or not count:
                return
            for page in ahead if ahead is not None else self._linked_pages(next_url, 2):
                page.total = total
                yield page
        finally:
            if ahead is not None:
                ahead.close()

    def _first_page(self):
        last_error = None
        for limit in LIMITS:
            params = dict(self.filters, limit=limit)
            try:
                page = self._page(with_params(self.items_url, params), 1)
            except PortalError as exc:
                # Some servers refuse a limit above their maximum (HTTP 400); others clamp it.
                if exc.status != 400:
                    raise
                last_error = exc
                continue
            return page
        raise last_error

    def _page(self, url, number):
        return self._parse(self._download(url, number), number)

    def _what(self, number):
        return tr("Page {n} of {url}").format(n=number, url=self.items_url)

    def _download(self, url, number):
        return self.http.get(url, what=self._what(number), headers=ACCEPT)[1]

    def _parse(self, body, number):
        what = self._what(number)
        doc = geojson.parse(body, what)
        page = Page(geojson.features_of(doc, what), geojson.crs_of(doc), number, lossy=geojson.LOSSY in doc)
        page.doc = doc
        matched = doc.get("numberMatched")
        page.matched = matched if matched.__class__ is int and matched >= 0 else None
        return page

    def _linked_pages(self, url, number):
        while url:
            page = self._page(url, number)
            url, count = geojson.link(page.doc, "next"), len(page.features)
            page.doc = None
            yield page
            if not count:
                return
            number += 1

    def _offset_pages(self, template, limit, matched=None):
        """The next link pages by offset: fetch ahead (up to the count the server gave, if any). The
        server's own links still decide the end."""
        last = -(-matched // limit) - 2 if matched is not None else None  # prefetch counts from page 2

        def download(i):
            return self._download(with_params(template, {"offset": limit * (i + 1)}), i + 2)

        def parse(i, body):
            return self._parse(body, i + 2)

        def looks_last(body):  # fewer features than a full page (a guess for fetching ahead only)
            return body.count(b'"Feature"') < limit

        return _OffsetPages(prefetch(download, parse, last=last, looks_last=looks_last), limit,
                            self._linked_pages)


class _OffsetPages:
    """Pages fetched ahead by offset, in order; the server's own links still decide the end."""

    def __init__(self, pages, limit, linked_pages):
        self.pages, self.limit, self.linked_pages = pages, limit, linked_pages
        self.rest = None

    def __iter__(self):
        return self._run()

    def _run(self):
        try:
            for page in self.pages:
                next_url, count = geojson.link(page.doc, "next"), len(page.features)
                page.doc = None
                yield page
                if not count or not next_url:
                    return
                if _offset(next_url) != self.limit * page.number:
                    # The server changed how it pages: follow its links from here on.
                    self.pages.close()
                    yield from self.linked_pages(next_url, page.number + 1)
                    return
        finally:
            self.close()

    def close(self):
        self.pages.close()


def _offset(url):
    value = dict(parse_qsl(urlsplit(url).query)).get("offset")
    return int(value) if value and value.isdigit() else None


def _join(url, tail):
    return strip_query(url).rstrip("/") + "/" + tail


def _base(url):
    path = urlsplit(url).path
    root = path.split("/collections")[0]
    return urlunsplit(urlsplit(url)._replace(path=root, query="", fragment=""))

