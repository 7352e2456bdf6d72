"""Paging JSON APIs that are not OGC API: `links.next` (JSON:API, REST), page or offset parameters, and GraphQL
with cursors. The profile's `paging` says which; its `records` says where the records are in each answer.

Same network behaviour as the OGC API connector (retries, size cap, messages naming the page); pages numbered
in advance (page/offset) are fetched ahead. JSON:API `included` resources are put in place of the
relationships that point to them, so a profile reaches a topic's name as
`relationships.topics.data[].attributes.title_multiloc`.
"""
import json
from urllib.parse import urljoin

from ..errors import PortalError
from ..i18n import tr
from . import geojson, record_path
from .base import Page, Source
from .paging import prefetch
from .records import as_features, page_crs, records_of
from .urls import with_params

ACCEPT = {"Accept": "application/vnd.api+json, application/json;q=0.9"}
MAX_PAGES = 100000  # a server whose "next" never ends is an error, not an endless pull


class JsonPagesSource(Source):
    kind = "json"

    def __init__(self, url, profile, http):
        super().__init__(url)
        self.profile, self.http = profile, http
        self.paging = profile.paging

    def pages(self):
        style = self.paging["style"]
        if style == "graphql":
            yield from self._graphql()
        elif style == "next":
            yield from self._linked()
        else:
            yield from self._numbered()

    # -- one answer --------------------------------------------------------------
    def _what(self, number):
        return tr("Page {n} of {url}").format(n=number, url=self.url)

    def _parse(self, body, number):
        what = self._what(number)
        text, lossy = geojson.decode(body)
        doc = geojson.parse(text, what, any_json=True)
        if isinstance(doc, dict) and doc.get("errors") and not doc.get("data"):
            raise PortalError(tr("{what}: the portal answered with errors: {errors}. Nothing was changed.").format(
                what=what, errors=_errors(doc["errors"])))
        if isinstance(doc, dict) and isinstance(doc.get("included"), list):
            _resolve_included(doc)
        records = records_of(doc, self.profile, what)
        page = Page(as_features(records, self.profile), page_crs(self.profile), number, lossy=lossy)
        return page, doc

    # -- next links ----------------------------------------------------------------
    def _linked(self):
        url, number, seen = self.url, 1, set()
        while url:
            if url in seen or number > MAX_PAGES:
                raise PortalError(tr("{what}: the portal's next link leads back to a page already read ({url}); "
                                     "the pull stopped. Nothing was changed.").format(what=self._what(number),
                                                                                       url=url))
            seen.add(url)
            page, doc = self._parse(self.http.get(url, what=self._what(number), headers=ACCEPT)[1], number)
            link = record_path.get(doc, self.paging["next"]) if isinstance(doc, dict) else None
            if isinstance(link, dict):
                link = link.get("href")
            url = urljoin(url, link) if isinstance(link, str) and link.strip() and page.features else None
            yield page
            number += 1

    # -- page or offset parameters -----------------------------------------------------
    def _numbered(self):
        size, start = self.paging["size"], self.paging["start"]
        step = size if self.paging["style"] == "offset" else 1

        def download(i):
            params = {self.paging["param"]: start + i * step}
            if self.paging.get("size_param"):
                params[self.paging["size_param"]] = size
            return self.http.get(with_params(self.url, params), what=self._what(i + 1), headers=ACCEPT)[1]

        def parse(i, body):
            return self._parse(body, i + 1)[0]

        pages = prefetch(download, parse)
        try:
            for page in pages:
                count = len(page.features)
                yield page
                if count < size or page.number >= MAX_PAGES:
                    return
        finally:
            pages.close()

    # -- GraphQL --------------------------------------------------------------------------
    def _graphql(self):
        cursor, number = None, 1
        while True:
            variables = dict(self.paging.get("variables") or {})
            variables[self.paging.get("size_variable", "first")] = self.paging["size"]
            if cursor is not None:
                variables[self.paging.get("cursor_variable", "after")] = cursor
            body = json.dumps({"query": self.paging["query"], "variables": variables}).encode("utf-8")
            _, answer = self.http.request("POST", self.url, what=self._what(number), reads_only=True, data=body,
                                          headers={"Content-Type": "application/json",
                                                   "Accept": "application/json"})
            page, doc = self._parse(answer, number)
            has_next = record_path.get(doc, self.paging["has_next"])
            cursor = record_path.get(doc, self.paging["cursor"])
            count = len(page.features)
            yield page  # the consumer may empty the page: decide before
            if has_next is not True or cursor in (None, "") or not count or number >= MAX_PAGES:
                return
            number += 1


def _errors(errors):
    messages = [e.get("message") if isinstance(e, dict) else str(e) for e in errors][:3]
    return "; ".join(str(m)[:200] for m in messages if m)


def _resolve_included(doc):
    """Relationship identifiers ({"type", "id"}) get the included resource's attributes beside them."""
    index = {(r.get("type"), str(r.get("id"))): r for r in doc["included"] if isinstance(r, dict)}
    for record in doc.get("data") if isinstance(doc.get("data"), list) else [doc.get("data")]:
        if not isinstance(record, dict):
            continue
        for relation in (record.get("relationships") or {}).values():
            data = relation.get("data") if isinstance(relation, dict) else None
            items = data if isinstance(data, list) else [data]
            for item in items:
                if isinstance(item, dict):
                    found = index.get((item.get("type"), str(item.get("id"))))
                    if found and "attributes" in found:
                        item.setdefault("attributes", found["attributes"])

