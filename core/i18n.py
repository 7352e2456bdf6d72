"""Translation for core: user-visible strings go through tr() with the plugin's context.

tr() gives a Text: the words in the running language that also remember their message (the English source)
and the values put into it. What is stored for later readers (quarantine reasons, import notes) keeps that
message and those values, so it can be shown in whatever language the reader has (see words())."""
import json

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "@default"  # the context pylupdate5 gives tr() calls outside Qt classes


class Text(str):
    """Translated words that know their message id (`source`) and arguments (`args`)."""

    __slots__ = ("source", "args")

    def __new__(cls, value, source=None, args=None):
        text = super().__new__(cls, value)
        if isinstance(value, Text) and source is None:
            source, args = value.source, value.args
        text.source = str(value) if source is None else source
        text.args = args or {}
        return text

    def format(self, *args, **kwargs):
        if args:  # positional values cannot be kept by name: plain words
            return str.format(self, *args, **kwargs)
        return Text(str.format(self, **kwargs), self.source, kwargs)

    def english(self):
        return self.source.format(**self.args) if self.args else self.source

    def code(self):
        """The message and its values as JSON, for storing; words() puts it back into words."""
        return json.dumps({"message": self.source, "args": self.args}, ensure_ascii=False, default=str,
                          separators=(",", ":"))


def tr(text):
    return Text(QCoreApplication.translate(CONTEXT, text), text)


def counted(n, one, many, **values):
    """`one` (a tr() text for one thing) or `many` (for none or several, with {n}), formatted: German and
    English both say "1 Konflikt" / "1 conflict" but "0 Konflikte", "2 conflicts"."""
    return (one if n == 1 else many).format(n=n, **values)


def some_of(names, most=20):
    """Names joined with commas, complete, or the first `most` of them and how many more: a list of a file's
    columns never stops without saying so."""
    names = [str(n) for n in names]
    shown = ", ".join(names[:most])
    return tr("{names} and {n} more").format(names=shown, n=len(names) - most) if len(names) > most else shown


def english(text):
    """The words of a Text in English (as stored for other programs); any other value as it is."""
    return text.english() if isinstance(text, Text) else str(text)


def text_of(exc):
    """The message an exception was raised with, keeping its Text."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], Text) else str(exc)


def words(code, fallback=""):
    """A stored code() in the running language; `fallback` (the stored words) when there is none."""
    return _render(_loads(code), fallback)


def _loads(code):
    try:
        return json.loads(code) if code else None
    except (TypeError, ValueError):
        return None


def _render(data, fallback=""):
    if not isinstance(data, dict) or not isinstance(data.get("message"), str):
        return fallback or ""
    translated = QCoreApplication.translate(CONTEXT, data["message"])
    try:
        return translated.format(**(data.get("args") or {}))
    except (KeyError, IndexError, ValueError, TypeError):
        return fallback or translated


def codes_of(texts):
    """A JSON list of code()s for several Texts (import notes); '[]' for none."""
    return "[" + ",".join(t.code() if isinstance(t, Text) else Text(t).code() for t in texts) + "]"


def words_of(codes, fallback="", separator="; "):
    """Stored code()s — one, or a JSON list of them — in the running language; `fallback` when there are none."""
    items = _loads(codes)
    if isinstance(items, dict):  # one message
        items = [items]
    if not isinstance(items, list) or not items:
        return fallback or ""
    return separator.join(_render(item) for item in items)


def ui_language():
    """'de' or 'en', following QGIS's locale setting (falls back to the system locale)."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale

    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    return "de" if str(name).lower().startswith("de") else "en"
