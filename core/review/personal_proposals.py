"""What the word tagger (personal_tagger) and the first-name lists propose, checked as the rules check what they
find: a name that is not a public figure's, a role's holder's, a street's or a business's, nor a first name that is
also a word, nor a place after "in"; an address with its number that is not an office's nor a public place's ("der
Spielplatz am Kaiserbergring 12"), masked with its whole street. A first name of the city's list is proposed
wherever it stands; one of the longer list only with a name after it or in another script beside a Latin text."""
import re
from functools import lru_cache

from . import personal_tagger
from .personal_patterns import (
    BUSINESS_AFTER,
    EN_ADDRESS,
    NOT_NAMES,
    NUMBER,
    PLACE,
    PLACE_WORDS,
    PREPOSITIONS,
    STREET,
    TITLES,
    Finding,
    names_office,
    public_before,
    role_before,
    trim_end,
)

_STREET_NUMBER = re.compile(r"(?:" + STREET + r")" + NUMBER + PLACE + r"|" + EN_ADDRESS)
_TITLE = re.compile(r"(\w+)\.?\s+")
# A public place named just before the street it is in: "der Spielplatz am …", "the park on …"
_PLACE_BEFORE = re.compile(r"(?i)(?P<place>\w+)\s(?:am|an der|in der|im|auf der|at|on|in)\s$")
_PUBLIC_PLACES = tuple(PLACE_WORDS) + ("kita", "treff", "café", "cafe", "markt", "laden", "haltestelle", "bad")


def tagged(text, lists):
    """The tagger's proposals for `text` that pass the checks, as Findings; `lists`: personal_patterns.word_lists()."""
    found = []
    for kind, start, end in personal_tagger.shipped().spans(text):
        if kind == "person_name":
            found += _name(text, start, end, lists)
        elif re.search(r"\d", text[start:end]) and not public_before(text, start, lists.offices, sentences=2) and \
                not BUSINESS_AFTER.search(re.split(r"[.!?\n]\s", text[max(0, start - 80):start])[-1]):
            # (not where the sentence names a business before it: "Dr. Yilmaz & Kollegen in der Mühlstraße 12")
            address = _address(text, start, end)
            if address and not _a_public_place_s(text, address.start):  # not a number alone ("Friday 27 July")
                found.append(address)
    return found


def known_first_names(text, lists):
    """A first name the city's list knows, written as a name ("Abdulrahman lässt ausrichten", "bei Steffi melden",
    "Thanks to Meryem"), with the name written after it ("Trainer Klaus Henn"): proposed wherever it stands and
    checked as the tagger's proposals are."""
    found = []
    for m in _WORD.finditer(text):
        known = m.group() in lists.plain_first_names
        if not (known or m.group() in lists.more_first_names) or text[m.start() - 1:m.start()] in ("-", "@", ".", "+"):
            continue  # a figure's ("Fritz Walter") or a saint's ("San Antonio") is left out by personal_finders
        last = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        written = last and last.group()[0].isupper() and not last.group().isupper() and \
            not _no_surname(last.group(), lists) and text[last.end():last.end() + 1] not in ("-", "@")
        if known or written and m.group().lower() not in NOT_NAMES:  # a first name of the longer list only with
            found += _name(text, m.start(), last.end() if written else m.end(), lists,  # a name after it
                           _PLACE_PREPOSITIONS)
    return found + _in_another_script(text, lists)


def _in_another_script(text, lists):
    """A first name in another script than the text's Latin one, with the word of that script after it ("Trainerin:
    Nino Tsertsvadze (ნინო)", "Gruß, Anahit – Անահիտ Ներսիսյան"); names of either list, as they are written there."""
    letters = [c for c in text if c.isalpha()]
    if sum(c <= "\u024f" for c in letters) < 0.6 * len(letters):
        return []
    found = []
    for m in _SCRIPT_WORD.finditer(text):
        word = m.group()
        if word[0] <= "\u024f" or word in _WORDS_IN_OTHER_SCRIPTS or \
                not (word in lists.first_names or word in lists.more_first_names):
            continue
        before = re.search(r"(\S)\s$", text[max(0, m.start() - 2):m.start()])
        if before and before.group(1).isalpha() and _script(before.group(1)) == _script(word):
            continue  # inside a sentence of that script, not a name beside the text's own: "رمضان كريم"
        end = m.end()
        after = _SCRIPT_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if after and after.group()[0] > "\u024f" and _script(after.group()) == _script(word):
            end = after.end()
        found.append(Finding("person_name", m.start(), end, text[m.start():end]))
    return found


# first names that are also words there: greetings, "beautiful", "hope", "light", a feast, "I work"
_WORDS_IN_OTHER_SCRIPTS = {"سلام", "جميل", "رمضان", "كريم", "أمل", "امل", "نور", "Радим", "Мир", "Любовь", "Надежда",
                           "Вера"}
_SCRIPT_WORD = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'«»„“”‘’/@#*+=<>|\\–—-]+")


def _script(word):
    """The Unicode block of a word's first letter, in steps of 128 code points (enough to tell scripts apart)."""
    return ord(word[0]) // 128


_WORD = re.compile(r"[^\W\d_]+")


def _no_surname(word, lists):
    """ "und", a place ("Volkspark", "Stiftsplatz"), a public figure's name ("Klose", "Barbarossa")."""
    lower = word.lower()
    return lower in _NOT_SURNAMES or lower.endswith(_PLACE_ENDINGS) or word in _figures_last_words(lists.figures)


_PLACE_ENDINGS = tuple(w for w in PLACE_WORDS if len(w) > 3 and w.isalpha())


@lru_cache(maxsize=4)
def _figures_last_words(figures):
    return frozenset(f.split()[-1] for f in figures)


_NOT_SURNAMES = {"und", "and", "oder", "or"} | {w.lower() for w in PLACE_WORDS}
# where a name after a preposition is a place's ("in Milan"), not a person's ("bei Nadine melden", "thanks to Meryem")
# "from" and "in" in the community's languages ("от Видин съм", "din Cluj", "nga Prishtina")
_FROM_ABROAD = {"от", "из", "в", "во", "з", "із", "din", "nga", "από", "desde", "depuis", "iz", "iš"}
_PLACE_PREPOSITIONS = {"in", "aus", "nach", "from", "at", "near", "im", "am", "zum", "zur", "the"} | _FROM_ABROAD
_FROM_PLACE = {"in", "aus", "nach", "from", "near"} | _FROM_ABROAD  # before two words: a place, not "to Alieu Touray"


def _a_public_place_s(text, start):
    place = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    return bool(place) and place.group("place").lower().endswith(_PUBLIC_PLACES)


def _address(text, start, end):
    for m in _STREET_NUMBER.finditer(text, max(0, start - 40), end + 40):
        if m.start() < end and start < m.end():  # "Pariser Straße 88" whole, where "Straße 88" was tagged
            start, end = min(start, m.start()), max(end, trim_end(text, m.start(), m.end()))
    end = trim_end(text, start, end)
    return Finding("home_address", start, end, text[start:end]) if re.search(r"[^\W\d_]", text[start:end]) else None


_FEASTS = {"رمضان", "عيد", "ramadan", "eid", "bayram", "bayramınız"}


def _name(text, start, end, lists, prepositions=PREPOSITIONS | {"the"} | _FROM_ABROAD):
    titled = start
    before = re.search(r"(\w+)\.?\s+$", text[max(0, start - 10):start])
    if before and before.group(1).lower() in TITLES:  # "…, Herr Becker," tagged without its title: checked with it
        titled = max(0, start - 10) + before.start()
    title = _TITLE.match(text, start, end)
    while title and title.group(1).lower() in TITLES:  # "Herr Öztürk": the name without its title
        start = title.end()
        title = _TITLE.match(text, start, end)
    place = next((w for w in re.finditer(r"\S+", text[start:end]) if w.group().lower() in PLACE_WORDS), None)
    if place and place.start():  # "George Washington University Campus": a namesake, checked as "George Washington"
        end = start + len(text[start:start + place.start()].rstrip())
    name = text[start:end]
    # a headline in title case ("Peta Kota Launches Ushahidi Deployment"), a speaker's label ("R: Yes") or a list
    # ("H&M, Rossmann"), not a name
    if len(name.split()) > 3 or re.search(r"[:;,]", name):
        return []
    if _not_a_citizen(text, titled, start, end, lists) or (len(name.split()) == 1 and _a_word(text, start, name,
                                                                                                  lists, prepositions)):
        return []
    if re.search(r"(?:ዊ|ዊት|ውያን)$", name):
        return []  # "ኤርትራዊ", Eritrean: where one is from, in Ge'ez's ending for it
    before_word = re.findall(r"\w+", text[max(0, start - 12):start].lower())
    if before_word and before_word[-1] in _FEASTS:
        return []  # "رمضان كريم", "Eid Mubarak": a feast's greeting
    if len(name.split()) > 1 and name.split()[0] not in lists.plain_first_names and before_word and \
            before_word[-1] in _FROM_PLACE:
        return []  # "from Belo Horizonte": a place, where no first name of the city's list begins it
    return [Finding("person_name", start, end, name)]


def _not_a_citizen(text, titled, start, end, lists):
    """ "Der Imam …, Herr Öztürk,", "Oberbürgermeister Weichel", "Fritz-Walter-Stadion", "Dr. Weber & Partner"."""
    name = text[start:end]
    after = re.match(r"\s*([\w.]+)", text[end:])
    return not re.search(r"[^\W\d_]{2}", name) or name.lower() in NOT_NAMES | lists.roles or \
        (titled < start and names_office(name.lower(), lists.offices)) or \
        role_before(text, titled, lists.roles) or role_before(text, start, lists.roles) or \
        bool(after and after.group(1).lower() in PLACE_WORDS) or bool(BUSINESS_AFTER.match(text, end)) or \
        text[end:end + 1] == "-"


def _a_word(text, start, name, lists, prepositions):
    """A single word that may not be a person: a word at a sentence's start that is no plain first name ("Bill for
    parking was 9 €"), a first name that is also a word ("die Rose"), a place after a preposition ("in Milan", "the
    Milan meet-up")."""
    sentence_start = not text[:start].strip() or text[:start].rstrip()[-1] in personal_tagger.SENTENCE_START
    before = re.findall(r"\w+", text[max(0, start - 12):start].lower())
    return (sentence_start and name not in lists.plain_first_names) or \
        (name in lists.first_names and name not in lists.plain_first_names) or \
        bool(before and before[-1] in prepositions)
