"""HTTP for portals: requests with QGIS's network settings, timeouts, retries and a size cap."""
import email.utils
import re
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

import requests

from ..errors import CancelledError, PortalError
from ..i18n import tr
from . import qgis_network

USER_AGENT = "Stadtdialog (QGIS plugin)"
RETRY_STATUS = {429, 500, 502, 503, 504}


class Http:
    """One portal connection. Retries connection errors, 429 and 5xx with backoff."""

    def __init__(self, authcfg=None, timeout=(10, 60), retries=4, backoff=0.5, max_bytes=512 * 2**20,
                 max_wait=60, feedback=None):
        self.authcfg = authcfg
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.max_bytes, self.max_wait = max_bytes, max_wait
        self.feedback = feedback
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        # One connection per request: single-connection servers (qgis_mapserver) otherwise wait on an idle
        # keep-alive connection while the next request, on a new one, is never served.
        self.session.headers["Connection"] = "close"
        self.session.proxies.update(qgis_network.proxies())
        # Passed with every request: a session-wide setting loses against REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE
        # in the environment, and the CAs trusted in QGIS would then be ignored.
        self.verify = qgis_network.ca_bundle()
        self._auth_host = None

    def _apply_auth(self, url):
        # Credentials only for the host they were configured for; requests strips
        # Authorization itself when a redirect leaves that host.
        host = urlsplit(url).netloc
        if self.authcfg and self._auth_host in (None, host):
            headers = qgis_network.auth_headers(self.authcfg, url)
            self._auth_host = host
            return headers
        return {}

    def request(self, method, url, what=None, params=None, reads_only=False, **kwargs):
        """Send with retries; returns (response, body bytes). `what` names the page for messages.
        `reads_only`: a POST that changes nothing (a GraphQL query), retried like a GET."""
        what = what or url
        writes = method == "POST" and not reads_only
        headers = dict(kwargs.pop("headers", {}) or {})
        headers.update(self._apply_auth(url))
        attempt = 0
        while True:
            self._check_cancel()
            # A fresh connection for every request. A pooled one that the server is closing (it was asked to
            # with "Connection: close", but need not say so in its answer) fails the next request as
            # "connection failed", and a POST that fails that way looks as if it was lost after sending.
            self.session.close()
            try:
                response = self.session.request(method, url, params=params, headers=headers, verify=self.verify,
                                                timeout=self.timeout, stream=True, **kwargs)
                body = self._read(response, url, what)
            except requests.exceptions.SSLError as exc:
                raise PortalError(tr(
                    "{what}: the server's TLS certificate for {url} is not trusted ({reason}). If it is your city's "
                    "own certificate authority, add it under Settings › Options › Authentication › "
                    "Certificate Manager; verification stays on.").format(
                        what=what, url=_short(url), reason=_tls_reason(exc))) from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                    requests.exceptions.ChunkedEncodingError) as exc:
                if _unknown_host(exc):  # a typo in the address: trying again only makes the user wait
                    raise PortalError(tr(
                        "{what}: the server name {host} is not known. Check the address. Nothing was changed.")
                        .format(what=what, host=urlsplit(url).hostname)) from None
                if writes and not isinstance(exc, requests.exceptions.ConnectTimeout) \
                        and "NewConnectionError" not in repr(exc):
                    # A POST that may have reached the server is never sent twice: it could create twice.
                    raise PortalError(tr(
                        "{what}: the connection to {url} broke after the request was sent ({reason}); it may or "
                        "may not have been applied. The next run checks the portal first.").format(
                        what=what, url=_short(url), reason=_reason(exc))) from None
                if attempt >= self.retries:
                    raise PortalError(tr(
                        "{what}: no answer from {url} after {n} attempts ({reason}). Nothing was changed. "
                        "Check the network connection or try again later.").format(
                        what=what, url=_short(url), n=attempt + 1, reason=_reason(exc))) from None
                self._sleep(self.backoff * 2**attempt)
                attempt += 1
                continue
            if response.status_code in RETRY_STATUS and attempt < self.retries and (
                    not writes or response.status_code in (429, 503)):  # 429/503: not processed
                self._sleep(_retry_after(response) or self.backoff * 2**attempt)
                attempt += 1
                continue
            if response.status_code >= 400:
                raise PortalError(tr(
                    "{what}: the portal answered HTTP {status} ({phrase}) for {url}. Nothing was changed. {advice}"
                ).format(what=what, status=response.status_code,
                         phrase=status_phrase(response.status_code, response.reason), url=_short(url),
                         advice=_advice(response.status_code)), status=response.status_code)
            if method in ("PUT", "POST", "PATCH", "DELETE") and not reads_only and _web_page(response, body):
                # A maintenance or login page in front of the portal says 200 without writing anything.
                raise PortalError(tr(
                    "{what}: {url} answered with a web page instead of confirming the change, so it may not have "
                    "arrived; it stays pending and will be written next time.").format(what=what, url=_short(url)),
                    status=response.status_code)
            return response, body

    def close(self):
        """Release pooled connections: some servers (qgis_mapserver) serve one connection at a time, and an
        idle keep-alive connection left open would block everyone else's requests."""
        self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def get(self, url, what=None, params=None, headers=None):
        return self.request("GET", url, what=what, params=params, headers=headers)

    def _read(self, response, url, what):
        chunks, size = [], 0
        # Large reads: each one runs in C with the GIL released. Small ones make this thread wait
        # for the GIL between chunks while the main thread normalises, and the server stalls.
        for chunk in response.iter_content(1 << 22):
            size += len(chunk)
            if size > self.max_bytes:
                response.close()
                raise PortalError(tr("{what}: the answer from {url} is larger than {mb} MB; it was not read. "
                                     "Ask for smaller pages.").format(
                    what=what, url=_short(url), mb=self.max_bytes // 2**20))
            chunks.append(chunk)
        response.close()
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > size and not response.headers.get("Content-Encoding"):
            raise requests.exceptions.ChunkedEncodingError("truncated body ({} of {} bytes)".format(size, declared))
        return b"".join(chunks)

    def _sleep(self, seconds):
        deadline = time.monotonic() + min(seconds, self.max_wait)
        while time.monotonic() < deadline:
            self._check_cancel()
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))

    def _check_cancel(self):
        if self.feedback is not None and self.feedback.isCanceled():
            raise CancelledError(tr("Cancelled; nothing was changed."))


def _web_page(response, body):
    """An HTML page where a write's confirmation belongs (an empty 204 is fine, whatever its type says)."""
    head = body.lstrip()[:64].lower()
    return bool(head) and (head.startswith((b"<!doctype html", b"<html"))
                           or response.headers.get("Content-Type", "").lower().startswith("text/html"))


# What the resolver says when a name does not exist (Linux, macOS/BSD, Windows), as opposed to a resolver
# that cannot be reached right now ("Temporary failure in name resolution"), which is retried.
_NO_SUCH_NAME = ("Name or service not known", "nodename nor servname provided", "getaddrinfo failed",
                 "No address associated with hostname")


def _unknown_host(exc):
    text = repr(exc)
    return any(marker in text for marker in _NO_SUCH_NAME)


def _retry_after(response):
    value = response.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def status_phrase(status, server_phrase=""):
    """What an HTTP status means, in the user's language (the server's own phrase is English, or anything)."""
    phrases = {400: tr("bad request"), 401: tr("not logged in"), 403: tr("access denied"), 404: tr("not found"),
               405: tr("not allowed"), 408: tr("timed out"), 409: tr("conflict"), 410: tr("gone"),
               412: tr("changed in the meantime"), 413: tr("too large"), 429: tr("too many requests"),
               500: tr("server error"), 502: tr("bad gateway"), 503: tr("unavailable"), 504: tr("gateway timeout")}
    return phrases.get(status) or (server_phrase or "")[:60]


def _advice(status):
    if status in (401, 403):
        return tr("Check the authentication configuration for this connection.")
    if status == 404:
        return tr("Check the address; the collection or layer may have been renamed.")
    if status in RETRY_STATUS:
        return tr("Try again later.")
    return ""


def _reason(exc):
    text = str(exc)
    if "timed out" in text.lower() or isinstance(exc, requests.exceptions.Timeout):
        return tr("timed out")
    if "refused" in text.lower():
        return tr("connection refused")
    if "reset" in text.lower():
        return tr("connection reset")
    if "truncated" in text.lower():
        return tr("the answer was cut off")
    return tr("connection failed")


def _short(url):
    return url if len(url) <= 160 else url[:157] + "…"


def _tls_reason(exc):
    """What the TLS library said, without the connection-pool wrapping ('CA cert does not include key usage
    extension', 'self-signed certificate in certificate chain', …): what GIS staff need to fix it."""
    match = re.search(r"certificate verify failed: ([^(]+?)\s*\(_ssl", str(exc))
    return match.group(1) if match else "certificate verify failed"
