"""Applies QGIS's network settings to a requests session: proxy, trusted CAs, authcfg.

Credentials never pass through settings or logs: they are read from the QGIS
authentication database at request time and put into request headers only.
"""
import tempfile

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..errors import PortalError
from ..i18n import tr

_ca_bundles = {}


def proxies():
    """requests-style proxies from QGIS's proxy settings (Settings › Options › Network)."""
    s = QgsSettings()
    if not s.value("proxy/proxyEnabled", False, type=bool):
        return {}
    kind = str(s.value("proxy/proxyType", "HttpProxy"))
    host, port = s.value("proxy/proxyHost", ""), s.value("proxy/proxyPort", "")
    if not host or kind == "DefaultProxy":
        return {}
    scheme = "socks5h" if "Socks" in kind else "http"
    url = "{}://{}:{}".format(scheme, host, port) if port else "{}://{}".format(scheme, host)
    excluded = s.value("proxy/proxyExcludedUrls", "") or ""
    result = {"http": url, "https": url}
    if excluded:
        result["no_proxy"] = ",".join(u for u in str(excluded).split("|") if u)
    return result


def ca_bundle():
    """System CAs plus the CAs trusted in QGIS's authentication database; True if there are none."""
    manager = QgsApplication.authManager()
    extra = [c.toPem().data().decode("ascii") for c in manager.trustedCaCertsCache()] if manager else []
    if not extra:
        return True
    key = hash(tuple(extra))
    if key not in _ca_bundles:
        system = ""
        for candidate in ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt"):
            try:
                with open(candidate, encoding="ascii", errors="ignore") as f:
                    system = f.read()
                break
            except OSError:
                continue
        bundle = tempfile.NamedTemporaryFile("w", suffix=".pem", prefix="stadtdialog-ca-", delete=False)
        with bundle:
            bundle.write(system + "\n" + "\n".join(extra))
        _ca_bundles[key] = bundle.name
    return _ca_bundles[key]


def auth_headers(authcfg, url):
    """Headers the authentication configuration adds for `url` (Basic, API header, OAuth2…)."""
    if not authcfg:
        return {}
    manager = QgsApplication.authManager()
    if manager is None or authcfg not in manager.configIds():
        raise PortalError(tr("The authentication configuration '{id}' does not exist in this QGIS "
                             "profile. Choose one under Settings › Options › Authentication.").format(id=authcfg))
    request = QNetworkRequest(QUrl(url))
    ok = manager.updateNetworkRequest(request, authcfg)
    if isinstance(ok, tuple):
        ok = ok[0]
    if not ok:
        raise PortalError(tr("The authentication configuration '{id}' could not be applied "
                             "(is the master password set?).").format(id=authcfg))
    return {bytes(h).decode("latin-1"): bytes(request.rawHeader(h)).decode("latin-1")
            for h in request.rawHeaderList()}
