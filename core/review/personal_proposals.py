"""What the word tagger (personal_tagger) proposes, checked as the rules check what they find: a name that is not a
public figure's, a role's holder's, a street's or a business's, nor a first name that is also a word, nor a place
after "in"; an address with its number that is not an office's nor a public place's ("der Spielplatz am
Kaiserbergring 12"), masked with its whole street."""
import re

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
        elif re.search(r"\d", text[start:end]) and not public_before(text, start, lists.offices, sentences=2):
            address = _address(text, start, end)
            if address and not _a_public_place_s(text, address.start):  # not a number alone ("Friday 27 July")
                found.append(address)
    return found


def _a_public_place_s(text, start):
    place = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    return bool(place) and place.group("place").lower().endswith(_PUBLIC_PLACES)


def _address(text, start, end):
    for m in _STREET_NUMBER.finditer(text, max(0, start - 40), end + 40):
        if m.start() < end and start < m.end():  # "Pariser Straße 88" whole, where "Straße 88" was tagged
            start, end = min(start, m.start()), max(end, trim_end(text, m.start(), m.end()))
    end = trim_end(text, start, end)
    return Finding("home_address", start, end, text[start:end]) if re.search(r"[^\W\d_]", text[start:end]) else None


def _name(text, start, end, lists):
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
    if _not_a_citizen(text, titled, start, end, lists) or (len(name.split()) == 1 and _a_word(text, start, name,
                                                                                                  lists)):
        return []
    return [Finding("person_name", start, end, name)]


def _not_a_citizen(text, titled, start, end, lists):
    """ "Der Imam …, Herr Öztürk,", "Oberbürgermeister Weichel", "Fritz-Walter-Stadion", "Dr. Weber & Partner"."""
    name = text[start:end]
    after = re.match(r"\s*([\w.]+)", text[end:])
    return not re.search(r"[^\W\d_]{2}", name) or name.lower() in NOT_NAMES | lists.roles or \
        role_before(text, titled, lists.roles) or role_before(text, start, lists.roles) or \
        bool(after and after.group(1).lower() in PLACE_WORDS) or bool(BUSINESS_AFTER.match(text, end)) or \
        text[end:end + 1] == "-"


def _a_word(text, start, name, lists):
    """A single word that may not be a person: a word at a sentence's start that is no plain first name ("Bill for
    parking was 9 €"), a first name that is also a word ("die Rose"), a place after a preposition ("in Milan", "the
    Milan meet-up")."""
    sentence_start = not text[:start].strip() or text[:start].rstrip()[-1] in personal_tagger.SENTENCE_START
    before = re.findall(r"\w+", text[max(0, start - 12):start].lower())
    return (sentence_start and name not in lists.plain_first_names) or \
        (name in lists.first_names and name not in lists.plain_first_names) or \
        bool(before and before[-1] in PREPOSITIONS | {"the"})
