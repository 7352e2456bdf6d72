"""Security: secrets stay in QGIS's authentication database, credentials never follow a redirect to another
host, TLS verification stays on, citizen text is plain text everywhere."""
import base64
import subprocess
import zipfile

import pytest
from conftest import FIGURES
from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsSettings,
)
from qgis.PyQt.QtNetwork import QSslCertificate
from sample import submissions
from stadtdialog.core.errors import PortalError, StadtdialogError
from stadtdialog.core.pull import connections
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.gpkg_store import Store

PROFILE = "demo-kaiserslautern"
USER, SECRET = "planerin", "Kennwort-Geheim-2018!"
HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & <b>fett</b>"


def test_no_secret_in_settings_project_geopackage_logs_or_messages(tmp_path, pygeoapi, fault_proxy, basic_auth,
                                                                  qgis_new_project):
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, *rest: logged.append(message))
    authcfg = basic_auth(USER, SECRET)
    server = pygeoapi(submissions(20), max_items=10)
    proxy = fault_proxy(server.url)
    url = proxy.rewrite(server.collection_url)
    connections.save(connections.Connection("Beteiligung", url, "oapif", PROFILE, authcfg, str(tmp_path / "s.gpkg")))
    gpkg = tmp_path / "s.gpkg"
    pull(url, PROFILE, gpkg, authcfg=authcfg)
    basic = base64.b64encode("{}:{}".format(USER, SECRET).encode()).decode()
    assert all(h.get("Authorization") == "Basic " + basic for h in proxy.headers)  # it was really used
    proxy.rule = lambda method, path: ("status", 401, None)  # the portal refuses the login now
    with pytest.raises(StadtdialogError) as refused:
        pull(url, PROFILE, gpkg, authcfg=authcfg)
    project = QgsProject.instance()
    add_submissions(Store(gpkg), project)
    qgz = tmp_path / "p.qgz"
    assert project.write(str(qgz))
    QgsSettings().sync()
    places = {"settings": open(QgsSettings().fileName(), "rb").read(), "geopackage": gpkg.read_bytes(),
              "message": str(refused.value).encode(), "log": "\n".join(logged).encode()}
    with zipfile.ZipFile(qgz) as z:
        places["project"] = b"".join(z.read(n) for n in z.namelist())
    leaks = [name for name, content in places.items() for secret in (SECRET, basic) if secret.encode() in content]
    assert not leaks
    assert authcfg.encode() in places["settings"]  # only the reference to the configuration is kept
    assert "401" in str(refused.value) and "authentication configuration" in str(refused.value)
    FIGURES.append("security: secret searched in settings, project, GeoPackage, log, messages: found 0 times")


def test_credentials_are_not_sent_on_to_another_host_after_a_redirect(tmp_path, pygeoapi, fault_proxy, basic_auth):
    authcfg = basic_auth(USER, SECRET)
    server = pygeoapi(submissions(12), max_items=5)  # pages 2 and 3 are asked of the other host directly
    other = fault_proxy(server.url)  # the other host: the same portal, reached under another name
    first = fault_proxy(server.url)
    other_base = other.url.replace("127.0.0.1", "localhost")
    first.rule = lambda method, path: ("redirect", other_base) if "/items" in path else None
    pull(first.rewrite(server.collection_url), PROFILE, tmp_path / "s.gpkg", authcfg=authcfg)
    assert any("Authorization" in h for h in first.headers)
    assert other.headers and not any("Authorization" in h for h in other.headers)


def _certificates(tmp_path):
    """A private certificate authority and a server certificate for 127.0.0.1 signed by it."""
    def openssl(*args):
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=tmp_path)

    # As a city's CA is made: key usage and constraints marked, which Python 3.13+ and urllib3 2.8 insist on
    # (VERIFY_X509_STRICT; without them: "CA cert does not include key usage extension").
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=Stadtverwaltung Test-CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj",
            "/CN=127.0.0.1")
    (tmp_path / "san.ext").write_text("subjectAltName=IP:127.0.0.1\nkeyUsage=critical,digitalSignature,"
                                      "keyEncipherment\nextendedKeyUsage=serverAuth\n"
                                      "authorityKeyIdentifier=keyid,issuer\nsubjectKeyIdentifier=hash\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
            "server.pem", "-days", "2", "-extfile", "san.ext")
    return tmp_path / "ca.pem", (str(tmp_path / "server.pem"), str(tmp_path / "server.key"))


@pytest.mark.parametrize("env_bundle", [None, "/etc/ssl/certs/ca-certificates.crt"],
                         ids=["no-REQUESTS_CA_BUNDLE", "REQUESTS_CA_BUNDLE-set"])
def test_tls_verification_stays_on_until_the_city_ca_is_trusted_in_qgis(tmp_path, pygeoapi, fault_proxy, basic_auth,
                                                                        monkeypatch, env_bundle):
    # Many machines set REQUESTS_CA_BUNDLE; requests then prefers it to anything not passed per request.
    if env_bundle:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", env_bundle)
    else:
        monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
        monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    ca, server_tls = _certificates(tmp_path)
    server = pygeoapi(submissions(8), max_items=50)
    https = fault_proxy(server.url, tls=server_tls)
    assert https.url.startswith("https://")
    gpkg = tmp_path / "s.gpkg"
    with pytest.raises(PortalError, match="not trusted") as refused:
        pull(https.rewrite(server.collection_url), PROFILE, gpkg)
    assert "Certificate Manager" in str(refused.value) and not gpkg.exists()
    assert "unable to get local issuer certificate" in str(refused.value)  # what the TLS library said
    basic_auth(USER, SECRET)  # unlocks the authentication database with its master password
    manager = QgsApplication.authManager()
    certificate = QSslCertificate.fromPath(str(ca))[0]
    assert manager.storeCertAuthority(certificate)
    manager.rebuildCaCertsCache()
    manager.rebuildTrustedCaCertsCache()
    try:
        assert pull(https.rewrite(server.collection_url), PROFILE, gpkg).new == 8
    finally:
        manager.removeCertAuthority(certificate)
        manager.rebuildCaCertsCache()
        manager.rebuildTrustedCaCertsCache()
    FIGURES.append("security: self-signed HTTPS refused with a message; accepted once its CA is trusted in QGIS")


def test_map_tips_and_identify_show_citizen_text_as_text(tmp_path, qgis_new_project):
    import json

    features = submissions(3)
    features[0]["properties"]["titel"] = HOSTILE
    features[0]["properties"]["text"] = HOSTILE
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    pull(source, PROFILE, tmp_path / "s.gpkg")
    layer = add_submissions(Store(tmp_path / "s.gpkg"), QgsProject.instance())
    feature = next(f for f in layer.getFeatures() if f["title"] == HOSTILE)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    assert "<script" not in tip and "<img" not in tip and "<b>fett" not in tip
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in tip and "&amp;" in tip
    shown = QgsExpression(layer.displayExpression()).evaluate(context)
    assert shown.endswith(HOSTILE)  # identify results show it as plain text, unchanged
