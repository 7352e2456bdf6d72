"""One exception family whose messages a planner can act on."""


class StadtdialogError(Exception):
    """Base class: the message is complete and meant for the user."""

    def __init__(self, *args):
        if args and isinstance(args[0], str):
            args = (printable(args[0]),) + args[1:]
        super().__init__(*args)


def printable(text):
    """Text that can be shown, logged and printed anywhere: bytes that were not UTF-8 (kept by the readers as
    surrogate escapes) appear as \\xNN instead of making the whole message unprintable (qgis_process then
    showed an empty 'ERROR:')."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class ConfigError(StadtdialogError):
    """A catalogue, profile or other data file is unusable."""

    def __init__(self, path, key, problem):
        from .i18n import tr

        self.path, self.key, self.problem = str(path), key, problem
        where = tr("{file}, key '{key}'").format(file=self.path, key=key) if key else self.path
        super().__init__(tr("{where}: {problem}").format(where=where, problem=problem))


class StoreError(StadtdialogError):
    """The GeoPackage cannot be created, opened, migrated or written."""


class StylesNotSavedError(StoreError):
    """The store works, but QGIS's style table could not be written (the login may not); the plugin styles its
    layers all the same."""


class StoreBusyError(StoreError):
    """Another program holds a write lock on the GeoPackage."""


class PortalError(StadtdialogError):
    """The portal could not be reached or answered something unusable; `status` is the HTTP status if any."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


class CancelledError(StadtdialogError):
    """The user cancelled; nothing was changed."""
