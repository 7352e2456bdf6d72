"""QGIS's network settings reach the portal: authcfg credentials, proxy, and nothing secret is kept."""
import base64

from qgis.core import QgsSettings
from sample import submissions
from stadtdialog.core.pull.sync import pull

PROFILE = "demo-kaiserslautern"


def test_authcfg_credentials_are_sent_to_the_portal_and_stored_nowhere(tmp_path, pygeoapi, fault_proxy, basic_auth):
    secret = "Kennwort-2018!"
    authcfg = basic_auth("planerin", secret)
    server = pygeoapi(submissions(25), max_items=10)
    proxy = fault_proxy(server.url)  # in front of the portal: sees what the portal would see
    out = tmp_path / "s.gpkg"
    assert pull(proxy.rewrite(server.collection_url), PROFILE, out, authcfg=authcfg).new == 25
    expected = "Basic " + base64.b64encode("planerin:{}".format(secret).encode()).decode()
    assert len(proxy.headers) >= 3 and all(h.get("Authorization") == expected for h in proxy.headers)
    assert secret.encode() not in out.read_bytes() and b"planerin" not in out.read_bytes()


def test_qgis_proxy_settings_route_the_pull_through_the_proxy(tmp_path, pygeoapi, fault_proxy):
    server = pygeoapi(submissions(12), max_items=5)
    forward = fault_proxy(server.url)  # acts as the city's HTTP proxy
    host, port = forward.url.rsplit(":", 1)
    settings = QgsSettings()
    keys = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort")
    old = {k: settings.value(k) for k in keys}
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", host.replace("http://", ""))
    settings.setValue("proxy/proxyPort", port)
    try:
        result = pull(server.collection_url, PROFILE, tmp_path / "s.gpkg")
    finally:
        for k, v in old.items():
            settings.setValue(k, v) if v is not None else settings.remove(k)
    assert result.new == 12
    # Every request reached the portal through the proxy, asked for by its absolute address.
    assert len(forward.log) >= 3 and all(path.startswith(server.url + "/") for _, _, path, _ in forward.log)
