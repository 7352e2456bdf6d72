"""XML from a portal (WFS capabilities, transaction answers, exception reports), parsed without entities.

An answer that declares entities (the "billion laughs" expansion bomb, external entities reaching for
local files) is refused with a message before anything expands. Python's ElementTree would accept entity
declarations; this builds the same tree through expat with every entity handler refusing.
"""
import re
import xml.etree.ElementTree as ET  # noqa: N817  # nosec B405 - tree building only; expat below parses
from xml.parsers import expat

from ..errors import PortalError
from ..i18n import tr

ParseError = ET.ParseError

# Entity declarations can only stand in the document type declaration, before the root element.
_DOCTYPE_ENTITY = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.IGNORECASE | re.DOTALL)


def local_name(tag):
    """An element's name without its namespace: '{http://www.opengis.net/wfs}totalUpdated' -> 'totalUpdated'."""
    return tag.rsplit("}", 1)[-1]


class EntitiesRefusedError(PortalError):
    """The answer declares XML entities; it is not read."""


def _refuse(what):
    def handler(*_args):
        raise EntitiesRefusedError(tr("{what}: the answer declares XML entities (as an entity-expansion attack "
                                 "would); it was not read. Nothing was changed.").format(what=what))
    return handler


def _name(raw):
    return "{" + raw if "}" in raw else raw  # expat gives 'uri}local' with '}' as the separator


def fromstring(body, what):
    """The root element of `body` (bytes or text); ParseError when it is not XML, EntitiesRefusedError (a
    PortalError) when it declares entities."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    refuse = _refuse(what)
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = lambda tag, attrs: builder.start(
        _name(tag), {_name(k): v for k, v in attrs.items()})
    parser.EndElementHandler = lambda tag: builder.end(_name(tag))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(body, True)
        return builder.close()
    except expat.ExpatError as exc:
        raise ParseError(str(exc)) from None
    except AssertionError:  # TreeBuilder: an empty or unbalanced document
        raise ParseError("no element found") from None


def check_prolog(body, what):
    """For XML read by another parser (GML through OGR): refuse a document type that declares entities."""
    head = body[:65536] if isinstance(body, bytes) else body[:65536].encode("utf-8", "replace")
    if _DOCTYPE_ENTITY.search(head):
        _refuse(what)()
