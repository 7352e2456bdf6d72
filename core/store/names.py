"""PostgreSQL store names as a planner writes them — ``postgres:NAME`` (a connection saved in QGIS),
``service=NAME`` (pg_service.conf), ``postgresql://user@host:port/database`` — each optionally with
``?schema=…``; read and checked here, with no password in them."""
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import StoreError
from ..i18n import tr

DEFAULT_SCHEMA = "stadtdialog"
PREFIXES = ("postgres:", "postgresql:", "service=", "postgresql://", "postgres://")


def is_postgres(name):
    return str(name).strip().lower().startswith(PREFIXES)


def parse(name):
    """{'service'|'connection'|'host', 'port', 'database', 'user', 'schema'} of a PostgreSQL store name."""
    text = str(name).strip()
    base, _, query = text.partition("?")
    options = {k.lower(): v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    unknown = set(options) - {"schema", "sslmode", "authcfg"}
    if unknown:
        raise StoreError(tr("The store name {name} has options Stadtdialog does not know: {keys} (it knows "
                            "schema, sslmode and authcfg).").format(name=text, keys=", ".join(sorted(unknown))))
    params = {"schema": options.get("schema") or DEFAULT_SCHEMA, "sslmode": options.get("sslmode") or "",
              "authcfg": options.get("authcfg") or ""}
    lowered = base.lower()
    if lowered.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(base)
        if parts.password:
            raise StoreError(tr("The store name {name} contains a password. Give it through a QGIS authentication "
                                "configuration (AUTHCFG) or the service file instead; it must not be kept in "
                                "names, projects or settings.").format(name=_without_password(text)))
        params.update(host=parts.hostname or "localhost", port=str(parts.port or 5432),
                      database=unquote(parts.path.lstrip("/")) or "postgres", user=unquote(parts.username or ""))
    elif lowered.startswith("service="):
        params["service"] = base.split("=", 1)[1].strip()
    elif lowered.startswith(("postgres:", "postgresql:")):
        params["connection"] = base.split(":", 1)[1].strip()
    if not (params.get("service") or params.get("connection") or params.get("host")):
        raise StoreError(tr("{name} names no PostgreSQL store: write postgres:CONNECTION, service=NAME or "
                            "postgresql://user@host:port/database, with ?schema=… if it is not "
                            "'stadtdialog'.").format(name=text))
    _check_identifier(params["schema"], text)
    return params


def _without_password(text):
    parts = urlsplit(text)
    return text.replace(":{}@".format(parts.password), "@") if parts.password else text


def _check_identifier(schema, name):
    import re

    if not re.match(r"^[a-z_][a-z0-9_]{0,62}$", schema):
        raise StoreError(tr("The schema '{schema}' of {name} must be lower-case letters, digits and _ (it becomes a "
                            "PostgreSQL schema and role names).").format(schema=schema, name=name))
