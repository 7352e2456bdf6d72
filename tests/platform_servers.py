"""Local servers on 127.0.0.1 that page the committed platform fixtures exactly as the platforms do, for the
JSON API connectors: Go Vocal's JSON:API (`page[number]`, `page[size]`, absolute `links.next`, `included`
topics), CONSUL's GraphQL (graphql-ruby connections: base64 cursors, `first` capped at the server's maximum
page size, `pageInfo.hasNextPage/endCursor`), Django REST framework's limit/offset paging
(`count`, `next`, `results`), which adhocracy+'s API uses, Open311 GeoReport v2's `requests.json` (an array,
`page` and `page_size`) and SeeClickFix's API v2 (`issues`, `metadata.pagination.next_page_url`). Where each
rule comes from: tests/data/platforms/README.md."""
import base64
import http.server
import json
import threading
from urllib.parse import parse_qs, urlencode, urlsplit

from platform_files import table

GRAPHQL_MAX_PAGE_SIZE = 25


class PlatformServer:
    def __init__(self):
        self.go_vocal = table("go-vocal", "ideas.json")
        self.consul = table("consul", "proposals.json")["proposals"]
        self.decidim = [_decidim_node(p) for p in table("decidim", "proposals.json")]
        self.open311 = table("open311", "requests.json")
        self.seeclickfix = table("seeclickfix", "issues.json")
        self.requests = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                server.requests.append(("GET", self.path))
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                if parts.path == "/web_api/v1/ideas":
                    self._json(server.ideas_page(query))
                elif parts.path == "/api/ideas/":
                    self._json(server.drf_page(query))
                elif parts.path == "/open311/v2/requests.json":
                    self._json(server.open311_page(query))
                elif parts.path == "/api/v2/issues":
                    self._json(server.seeclickfix_page(query))
                else:
                    self._json({"errors": [{"status": "404", "title": "Not Found"}]}, 404)

            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                server.requests.append(("POST", body.get("variables")))
                if urlsplit(self.path).path == "/api":  # Decidim's GraphQL endpoint
                    if "proposals(first: $first, after: $after)" not in body.get("query", ""):
                        self._json({"errors": [{"message": "Parse error"}]})
                    else:
                        self._json({"data": {"component": {"proposals": server.connection(
                            server.decidim, body.get("variables") or {})}}})
                elif urlsplit(self.path).path != "/graphql":
                    self._json({"errors": [{"message": "not found"}]}, 404)
                elif "proposals(first: $first, after: $after)" not in body.get("query", ""):
                    self._json({"errors": [{"message": "Field 'proposal' doesn't exist on type 'Query'"}]})
                else:
                    self._json(server.proposals_page(body.get("variables") or {}))

            def _json(self, doc, status=200):
                payload = json.dumps(doc, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = "http://127.0.0.1:{}".format(self.httpd.server_address[1])
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    # Go Vocal: CitizenLab's `linked_json` (Kaminari pages; links self/first/prev/next/last as full URLs)
    def ideas_page(self, query):
        number, size = int(query.get("page[number]", 1)), min(int(query.get("page[size]", 12)), 250)
        ideas = self.go_vocal["ideas"]
        chunk = ideas[(number - 1) * size: number * size]
        last = max(1, -(-len(ideas) // size))

        def link(n):
            return "{}/web_api/v1/ideas?{}".format(self.url, urlencode({"page[number]": n, "page[size]": size}))

        used = {t["id"] for idea in chunk for t in idea["relationships"]["topics"]["data"]}
        return {"data": chunk, "included": [t for t in self.go_vocal["topics"] if t["id"] in used],
                "links": {"self": link(number), "first": link(1), "prev": link(number - 1) if number > 1 else None,
                          "next": link(number + 1) if number < last else None, "last": link(last)}}

    # CONSUL: graphql-ruby connection with max_page_size
    def proposals_page(self, variables):
        return {"data": {"proposals": self.connection(self.consul, variables)}}

    @staticmethod
    def connection(nodes, variables):
        """A graphql-ruby connection over `nodes`: base64 cursors, `first` capped at the maximum page size."""
        first = min(int(variables.get("first") or GRAPHQL_MAX_PAGE_SIZE), GRAPHQL_MAX_PAGE_SIZE)
        after = variables.get("after")
        start = int(base64.b64decode(after + "=" * (-len(after) % 4)).decode()) if after else 0
        edges = [{"cursor": _cursor(start + i + 1), "node": node} for i, node in enumerate(nodes[start:start + first])]
        return {"pageInfo": {"hasNextPage": start + first < len(nodes),
                             "endCursor": edges[-1]["cursor"] if edges else None},
                "edges": edges}

    # Django REST framework LimitOffsetPagination
    def drf_page(self, query):
        offset, limit = int(query.get("offset", 0)), int(query.get("limit", 10))
        ideas = [{"pk": i["id"], "name": i["attributes"]["title_multiloc"].get("de-DE", ""),
                  "point": i["attributes"]["location_point_geojson"]} for i in self.go_vocal["ideas"]]
        nxt = offset + limit < len(ideas)
        return {"count": len(ideas),
                "next": "{}/api/ideas/?{}".format(self.url, urlencode({"limit": limit, "offset": offset + limit}))
                if nxt else None, "previous": None, "results": ideas[offset:offset + limit]}

    # Open311 GeoReport v2: GET requests.json answers an array; servers that page take page and page_size
    def open311_page(self, query):
        number, size = int(query.get("page", 1)), min(int(query.get("page_size", 50)), 100)
        return self.open311[(number - 1) * size: number * size]

    # SeeClickFix API v2: page and per_page (20 by default, at most 100), pagination in metadata
    def seeclickfix_page(self, query):
        number, size = int(query.get("page", 1)), min(int(query.get("per_page", 20)), 100)
        issues = self.seeclickfix
        pages = max(1, -(-len(issues) // size))

        def link(n):
            return "{}/api/v2/issues?{}".format(self.url, urlencode({"page": n, "per_page": size}))

        return {"issues": issues[(number - 1) * size: number * size],
                "metadata": {"pagination": {"entries": len(issues), "page": number, "per_page": size, "pages": pages,
                                            "next_page": number + 1 if number < pages else None,
                                            "next_page_url": link(number + 1) if number < pages else None,
                                            "previous_page": number - 1 if number > 1 else None,
                                            "previous_page_url": link(number - 1) if number > 1 else None}}}

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def _cursor(index):
    return base64.b64encode(str(index).encode()).decode().rstrip("=")


def _decidim_node(p):
    """A proposal of the JSON export as Decidim's GraphQL API gives it: translated fields as
    `{translations: [{locale, text}]}`, the point as `coordinates`, camel-case names."""
    def translated(value):
        return {"translations": [{"locale": k, "text": v} for k, v in (value or {}).items()
                                 if k != "machine_translations"]}

    point = {"latitude": p["latitude"], "longitude": p["longitude"]} if p["latitude"] is not None else None
    return {"id": str(p["id"]), "title": translated(p["title"]), "body": translated(p["body"]),
            "address": p["address"], "coordinates": point, "withdrawn": p["state"] == "withdrawn",
            "state": p["state"] if p["state"] not in ("", "withdrawn") else None,  # 0.28: withdrawn is a flag
            "publishedAt": p["published_at"].replace(".000", ""),
            "category": {"name": translated(p["category"]["name"])} if p["category"]["id"] else None,
            "author": {"name": p["author"]["name"], "nickname": "@" + p["author"]["url"].rsplit("/", 1)[-1]}}
