"""Fills unfinished German translations in i18n/stadtdialog_de.ts from a Python dict file.

Usage: python3 scripts/ts_fill.py DICT.py   (DICT.py defines DE = {source: translation})
The .ts file stays the source of truth; this only saves typing when many strings are new.
"""
import runpy
import sys
import xml.etree.ElementTree as ET  # noqa: N817
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "i18n" / "stadtdialog_de.ts"


def main():
    table = runpy.run_path(sys.argv[1])["DE"]
    tree = ET.parse(TS)  # noqa: S314 - our own file
    tree.getroot().set("language", "de_DE")
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            if source in table:
                translation.text = table[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("no translation:", repr(source))


if __name__ == "__main__":
    main()
