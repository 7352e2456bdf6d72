"""Portal addresses: query parameters set on a URL, or taken off it (the connectors and the writers share these)."""
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


def with_params(url, params):
    """`url` with `params` set in its query (others kept)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({k: str(v) for k, v in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def strip_query(url):
    """`url` without its query and fragment."""
    return urlunsplit(urlsplit(url)._replace(query="", fragment=""))
