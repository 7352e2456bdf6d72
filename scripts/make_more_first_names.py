"""Writes resources/privacy/more_first_names.json: the first names of many countries, in their own scripts, that are
no word of a German or English dictionary — the longer list the detector weighs only in context (a first name
followed by a name, "Babucarr Ceesay"; a name in another script beside a Latin text; a feature of the word tagger),
where the city's own first_names.json is believed alone.

Source: the first names of every locale of Faker's person providers (https://github.com/joke2k/faker, MIT licence,
faker/providers/person/*/__init__.py), read from an installed Faker; dropped: names of fewer than three letters, names
of more than one word, names already in first_names.json, and every name that is a word of Debian's German
(wngerman, /usr/share/dict/ngerman) or English (wamerican, lower-case entries of /usr/share/dict/american-english)
word list, in any case ("Beste", "Bella", "Will"), and every word of a country's or a time zone city's name in
Debian's tzdata (/usr/share/zoneinfo/iso3166.tab and zone.tab: "France", "Kenya", "Viet Nam"); kept, though in the
German list, a name of Faker's German locales that the list holds only as a name, with no noun's endings
("Christoph", "Herta"; not "Rose", "Rosen"). Not run by make; run it by hand (apt install wngerman wamerican) in a
venv with Faker:

    python3 -m venv /tmp/faker && /tmp/faker/bin/pip install faker && /tmp/faker/bin/python \
        scripts/make_more_first_names.py
"""
import importlib
import json
import pkgutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "privacy" / "more_first_names.json"
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def faker_first_names():
    import faker
    import faker.providers.person as person

    names, german = set(), set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module("faker.providers.person." + module.name), "Provider", None)
        for klass in getattr(provider, "__mro__", ()):
            for attribute in ATTRIBUTES:
                value = klass.__dict__.get(attribute)
                if isinstance(value, (list, tuple, set, dict)):
                    found = {n.strip() for n in value if isinstance(n, str)}
                    names |= found
                    if module.name.startswith("de_") and klass is provider:
                        german |= found
    return names, german, faker.VERSION


def words(path, lower_case_only=False):
    with open(path, encoding="utf-8", errors="ignore") as lines:
        return {w.strip().lower() for w in lines if w.strip() and (w.strip().islower() or not lower_case_only)}


def exact(path):
    with open(path, encoding="utf-8", errors="ignore") as lines:
        return {w.strip() for w in lines if w.strip()}


# the endings of a German noun's plural and cases: a word the German list also gives with one of them is a word
# ("Rose", "Rosen"; "Mark", "Marke"), one it gives only with the genitive "s" is a name ("Christoph", "Christophs")
NOUN_ENDINGS = ("e", "en", "n", "er", "es", "ern", "ens", "el", "in")


def only_a_name(name, german, other_words):
    """A first name of the German locales that the German word list holds as a name only: capitalised, with no noun's
    endings there, and no word of the English list or a place ("Christoph", "Herta", "Irmtraud"; not "Rose", "Frank",
    "Engel", "Will")."""
    return name[:1].isupper() and name in german and name.lower() not in other_words and \
        not any(name + ending in german for ending in NOUN_ENDINGS) and name.lower() not in german


def places():
    """The words of the countries' and the time zone cities' names tzdata knows."""
    found = set()
    with open("/usr/share/zoneinfo/iso3166.tab", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                found |= set(line.split("\t", 1)[1].replace("&", " ").split())
    with open("/usr/share/zoneinfo/zone.tab", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                found |= set(line.split("\t")[2].split("/")[-1].replace("_", " ").split())
    return {w.strip(",.()").lower() for w in found} | {"nam", "america"}  # "Viet Nam", "United States of America"


def main():
    names, german_names, version = faker_first_names()
    known = set(json.loads((ROOT / "resources" / "privacy" / "first_names.json").read_text(encoding="utf-8"))["names"])
    german = exact("/usr/share/dict/ngerman")
    dictionary = {w.lower() for w in german} | words("/usr/share/dict/american-english", lower_case_only=True) | \
        places()
    more = sorted(n for n in names if len(n) >= 3 and " " not in n and n not in known and
                  (n.lower() not in dictionary or
                   (n in german_names and only_a_name(n, german, dictionary - {w.lower() for w in german}))))
    OUT.write_text(json.dumps({
        "about": "First names of many countries, in their own scripts, from Faker {} (person providers of every "
                 "locale; MIT licence, (c) 2012 Daniele Faraglia: the notice is in more_first_names.LICENSE.txt), "
                 "without the names of first_names.json and without any that is a word of Debian's German or "
                 "English word list or of a country's or time zone city's name (a name the German list holds only as "
                 "a name, with no noun's endings, and the German locales' lists give is kept: Christoph, Herta). "
                 "Weighed only in context; written "
                 "by scripts/make_more_first_names.py.".format(version),
        "names": more}, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print("wrote {} ({} names)".format(OUT, len(more)))


if __name__ == "__main__":
    main()
