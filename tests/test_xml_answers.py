"""XML answers that declare entities (the 'billion laughs' bomb, external entities) are refused unread,
with a message, and change nothing; ordinary WFS answers still read."""
from pathlib import Path

import pytest
from sample import submissions
from stadtdialog.core.errors import PortalError
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.sources import xml_safe

PROFILE = "demo-kaiserslautern"

BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        + b"".join(b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                   for i in range(1, 10))
        + b']>\n<wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs">&lol9;</wfs:WFS_Capabilities>')
EXTERNAL = (b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
            b'<wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs">&x;</wfs:WFS_Capabilities>')


@pytest.mark.parametrize("answer", [BOMB, EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_a_wfs_answering_with_entities_is_refused_and_nothing_is_written(tmp_path, mapserver, fault_proxy, answer):
    server = mapserver(submissions(5))
    proxy = fault_proxy(server.url)
    proxy.rule = lambda method, path: ("body", answer, "text/xml") if "GetCapabilities" in path else None
    out = tmp_path / "s.gpkg"
    with pytest.raises(PortalError, match="declares XML entities") as refused:
        pull(proxy.rewrite(server.wfs_url), PROFILE, out)
    assert "Nothing was changed" in str(refused.value) and "root:" not in str(refused.value)
    assert not out.exists()  # a failed first pull leaves no file


def test_the_same_wfs_without_the_bomb_pulls_normally(tmp_path, mapserver):
    server = mapserver(submissions(5))
    assert pull(server.wfs_url, PROFILE, tmp_path / "s.gpkg").new == 5


def test_gml_with_an_entity_declaration_is_not_handed_to_ogr():
    with pytest.raises(PortalError, match="declares XML entities"):
        xml_safe.check_prolog(BOMB.replace(b"WFS_Capabilities", b"FeatureCollection"), "page 1")
    xml_safe.check_prolog(b'<?xml version="1.0"?><!DOCTYPE x SYSTEM "x.dtd"><x/>', "page 1")  # no entities: fine


def test_namespaces_and_attributes_read_as_elementtree_reads_them():
    root = xml_safe.fromstring(Path(__file__).with_name("data").joinpath("wfs_transaction_response.xml")
                               .read_bytes(), "answer")
    assert root.tag == "{http://www.opengis.net/wfs}TransactionResponse"
    assert [e.text for e in root.iter("{http://www.opengis.net/wfs}totalUpdated")] == ["3"]
    assert root.find(".//{http://www.opengis.net/ogc}FeatureId").get("fid") == "submissions.7"
    with pytest.raises(xml_safe.ParseError):
        xml_safe.fromstring(b"<html><body>Wartung", "answer")
