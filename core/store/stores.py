"""Which store a planner names: a GeoPackage path, or a shared PostgreSQL/PostGIS store —

- ``postgres:NAME`` — a PostgreSQL connection saved in QGIS (Data Source Manager),
- ``service=NAME`` — an entry of pg_service.conf,
- ``postgresql://user@host:port/database`` — an address; the password never in it,

each optionally with ``?schema=…`` (default ``stadtdialog``). The password comes only from a QGIS
authentication configuration (`authcfg`) or the service file, never from the project, the settings or a log.
"""
from pathlib import Path

from .names import is_postgres


def open_store(name, authcfg=None, migrate=True):
    """The existing store `name` (a GeoPackage path or a PostgreSQL store name), migrated to the current schema."""
    if is_postgres(name):
        from .pg_store import PgStore

        return PgStore(name, authcfg=authcfg, migrate=migrate)
    from .gpkg_store import Store

    return Store(name, migrate=migrate)


def open_or_create(name, crs, authcfg=None):
    """The store `name`, made (empty, at the current schema) when it does not exist yet."""
    if is_postgres(name):
        from .pg_store import PgStore, create

        store = PgStore(name, authcfg=authcfg, migrate=False)
        return PgStore(name, authcfg=authcfg) if store.exists() else create(name, crs, authcfg=authcfg)
    from .gpkg_store import open_or_create as gpkg_open_or_create

    return gpkg_open_or_create(name, crs)


def exists(name, authcfg=None):
    if is_postgres(name):
        from .pg_store import PgStore

        return PgStore(name, authcfg=authcfg, migrate=False).exists()
    return Path(name).exists()


def remove_new(name, authcfg=None):
    """Undo a store a failed first pull made: the file, or the schema (only if it holds nothing else)."""
    if is_postgres(name):
        from .pg_store import PgStore

        PgStore(name, authcfg=authcfg, migrate=False).drop_if_empty()
    else:
        Path(name).unlink(missing_ok=True)


def store_of_layer(layer):
    """The Stadtdialog store a QGIS layer reads, from the layer's own source (it moves with a copied project);
    None for a layer of something else."""
    from .layer_source import store_path

    provider = layer.dataProvider()
    if provider is not None and provider.name() == "postgres":
        from .pg_store import PgStore, name_from_uri

        name, authcfg = name_from_uri(layer.source())
        return PgStore(name, authcfg=authcfg, migrate=False)
    path = store_path(layer)
    if not path or not str(path).lower().endswith(".gpkg"):
        return None
    from .gpkg_store import Store

    return Store(path, migrate=False)


def as_store(store_or_name, authcfg=None):
    """A store object as it is, or the store a name names (opened and migrated)."""
    return store_or_name if hasattr(store_or_name, "layer_uri") else open_store(store_or_name, authcfg)
