"""Reading JSON data files (catalogues, profiles) with errors that name file, key and problem."""
import json
from pathlib import Path

from .errors import ConfigError
from .i18n import tr


def _type_name(kind):
    return {
        str: tr("text"), list: tr("a list"), dict: tr("an object"),
        int: tr("a number"), bool: tr("true or false"),
    }[kind]


def load(path):
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(path, None, tr("cannot be read ({reason})").format(reason=exc.strerror)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(path, None, tr("is not UTF-8 text")) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            path, None, tr("is not valid JSON (line {line}, column {col}: {msg})").format(
                line=exc.lineno, col=exc.colno, msg=exc.msg)
        ) from None


class Checker:
    """Checks one loaded file; every method raises ConfigError naming the dotted key."""

    def __init__(self, path):
        self.path = Path(path)

    def fail(self, key, problem):
        raise ConfigError(self.path, key, problem)

    def obj(self, value, key, allowed, required=()):
        self.typed(value, key, dict)
        unknown = sorted(set(value) - set(allowed))
        if unknown:
            self.fail(_join(key, unknown[0]), tr("unknown key; allowed are: {allowed}").format(
                allowed=", ".join(sorted(allowed))))
        for name in required:
            if name not in value:
                self.fail(_join(key, name), tr("is missing"))
        return value

    def typed(self, value, key, kind):
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(key, tr("must be {kind}, not {actual}").format(
                kind=_type_name(kind), actual=_describe(value)))
        return value

    def text(self, value, key, allow_empty=False):
        self.typed(value, key, str)
        if not allow_empty and not value.strip():
            self.fail(key, tr("must not be empty"))
        return value

    def text_list(self, value, key):
        self.typed(value, key, list)
        for i, item in enumerate(value):
            self.text(item, "{}[{}]".format(key, i))
        return value

    def one_of(self, value, key, choices):
        if value not in choices:
            self.fail(key, tr("'{value}' is not one of: {choices}").format(
                value=value, choices=", ".join(choices)))
        return value


def _join(key, name):
    return "{}.{}".format(key, name) if key else name


def _describe(value):
    if value is None:
        return "null"
    for kind in (bool, str, list, dict, int):
        if isinstance(value, kind):
            return _type_name(kind)
    return type(value).__name__
