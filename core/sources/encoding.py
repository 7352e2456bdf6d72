"""Which text encoding a CSV export is in: UTF-8, or — where the bytes say so unambiguously — the
single-byte encoding a spreadsheet or an old Mac saved it in (Windows-1252, MacRoman).

A file with valid UTF-8 sequences and a few broken bytes stays UTF-8: only the records with the broken
bytes are quarantined. A file with no UTF-8 sequence at all but bytes above 127 was written by a program
that does not speak UTF-8; which single-byte encoding it was is told apart by where its letters lie
(MacRoman puts ä, ö, ü, é at 0x80-0x9F, where Windows-1252 has rare signs such as Š, Ÿ, €).
"""
import re

from ..i18n import tr

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_UNDEFINED = set(b"\x81\x8d\x8f\x90\x9d")


CODECS = {"utf-8": "utf-8-sig", "windows-1252": "cp1252", "latin-1": "latin-1", "macroman": "mac_roman"}


def decode_export(body, encoding="auto", replace=False):
    """(text, lossy, note): `lossy` when undecodable bytes survive as escapes (their records are
    quarantined), `note` a sentence for the pull's notes when a single-byte encoding was detected.
    `encoding` other than "auto" is the one the profile says the portal writes; `replace`: bytes that are not
    in it become "�" (with a note) instead of sending their records to quarantine."""
    if replace:
        codec = CODECS.get(encoding, "utf-8-sig")
        text = body.decode(codec, errors="replace")
        broken = text.count("\ufffd") - body.decode(codec, errors="ignore").count("\ufffd")
        note = tr("{n} places in the file could not be read as {encoding}; they are shown as “�” in "
                  "the texts.").format(n=broken, encoding="UTF-8" if codec == "utf-8-sig" else encoding) \
            if broken else None
        return text, False, note
    if encoding != "auto":
        try:
            return body.decode(CODECS[encoding]), False, None
        except UnicodeDecodeError:
            return body.decode(CODECS[encoding], errors="surrogateescape"), True, None
    try:
        return body.decode("utf-8-sig"), False, None
    except UnicodeDecodeError:
        pass
    high = [b for b in body if b >= 0x80]
    if _UTF8_SEQUENCE.search(body) or not high:
        return body.decode("utf-8-sig", errors="surrogateescape"), True, None
    c1 = sum(1 for b in high if b < 0xA0)
    letters = sum(1 for b in high if b >= 0xC0)
    encoding, label = ("mac_roman", "MacRoman") if c1 > letters else ("cp1252", "Windows-1252")
    if encoding == "cp1252" and _CP1252_UNDEFINED & set(high):
        encoding, label = "latin-1", "Latin-1 (ISO 8859-1)"
    note = tr("The file is not UTF-8; it was read as {encoding}. Check a few texts with umlauts; if they look "
              "wrong, save the export as UTF-8 and pull again.").format(encoding=label)
    return body.decode(encoding), False, note
