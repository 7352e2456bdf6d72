"""Names that an entry or a thing gives away where no introduction names them: the other entries of a numbered list
whose entries are names ("1. Selin Arslan, 0176 … 4. Wubit – kommt später"), a form's surname field ("Nachname:
Radosavljević"), a name on a thing or a doorbell in quotes ("eingraviert „K. Wendeborn“", "ring 'Oyelaran'"), a home
visited ("bei Sevgül zu Hause"), and a first name that its owner's private handle or e-mail address begins with
("Zerya … @zerya_kl92")."""
import re
import unicodedata

from .personal_patterns import INITIAL, NAME, NOT_NAMES, PERSON, TITLES, Finding, known_first_name, names_office

# an entry of a numbered list ("1) Ana Lima, DOB …", "4. Wubit – kommt später"): its number and the name after it
_ENTRY = re.compile(r"(?:^|(?<=\s))(?P<number>\d{1,2})[.)]\s(?:(?:Frau|Herr|Mrs?|Ms)\.?\s)?(?P<name>" + NAME +
                    r"(?: " + NAME + r")?)(?=[ \t]?[–,(:-]|[ \t]*(?:\n|$))")
# a form's field for the surname ("Nachname: Radosavljević", "Surname: Adeyemi")
_SURNAME_FIELD = re.compile(r"(?i:nachname|familienname|zuname|surname|last name|family name)\s?:\s?(?P<name>" + NAME +
                            r")(?![\w-])")
# a name on a thing or a doorbell in quotes ("Anhänger eingraviert „K. Wendeborn“", "name tag: 'Property of Ida
# Lunde'", "ring the bell 'Oyelaran'")
_ON_A_THING = re.compile(r"(?:(?i:\bname\b|engraved|eingraviert|eingenäht|eingestickt)[^.!?\n'„\"“‘]{0,25}?[\s:]|"
                         r"(?i:\bring(?:\s(?:the\s)?bell)?|klingel\w*|\bbell)\s?:?\s)"  # (not "a ring with a tag")
                         r"['‘„“\"»](?:(?i:property of|eigentum von)\s)?"
                         r"(?P<name>" + INITIAL + r"|" + PERSON + r"|" + NAME + r")['’“”\"«]")
# a home visited ("bei Sevgül zu Hause", "bei Familie Demir daheim", "at Tolu's place")
_VISITED = re.compile(r"\bbei\s(?:Familie\s)?(?P<name>" + NAME + r"(?:\s" + NAME + r")?)\s(?:zu\s?[Hh]ause|daheim)\b|"
                      r"\bat\s(?P<owner>" + NAME + r")['’]s\s(?:place|house|flat|home)\b")
# the words of an address's local part or a handle ("zerya_kl92", "tsehaye.gebremariam")
_LOCAL_WORD = re.compile(r"[^\W\d_]+")
# a capitalised word and the one after it, if there is one
_WORD_AND_NEXT = re.compile(r"(?<![\w@.-])(?P<name>" + NAME + r")(?![\w@-])(?=(?:\s(?P<next>" + NAME +
                            r")(?![\w@-]))?)")
# words a handle begins with that are no one's name ("@west_side_lina", "info.kl@…")
_HANDLE_WORDS = {"west", "east", "north", "south", "team", "club", "info", "kontakt", "contact", "city", "stadt",
                 "the", "our", "mein", "meine", "my", "kl", "kaiserslautern", "lautern", "pfalz", "familie", "family",
                 "fam", "official", "offiziell", "mail", "post", "hallo", "hello"}


def entries(text, found, lists):
    """The names that a numbered list, a form's surname field, a thing, a visit or a private contact give away,
    beside what is `found` already."""
    names = list(_SURNAME_FIELD.finditer(text)) + list(_ON_A_THING.finditer(text)) + list(_VISITED.finditer(text))
    names += _numbered(text, found)
    more = [Finding("person_name", m.start(g), m.end(g), m.group(g)) for m in names
            for g in ("name", "owner") if g in m.re.groupindex and m.group(g)]
    more += _echoed(text, found, lists)
    return [f for f in more if _a_name(f.text, lists)]


def _numbered(text, found):
    """The entries of a numbered list (1, 2, 4 …: an entry that is no name may be between) where at least two
    entries' names are found."""
    entries_ = list(_ENTRY.finditer(text))
    numbers = [int(m.group("number")) for m in entries_]
    if len(entries_) < 3 or numbers != sorted(set(numbers)) or numbers[-1] - numbers[0] > 2 * len(numbers):
        return []
    hits = [m for m in entries_ if any(f.kind == "person_name" and f.start < m.end("name") and m.start("name") < f.end
                                       for f in found)]
    return entries_ if len(hits) >= 2 else []


def _echoed(text, found, lists):
    """A first name the lists know that a private e-mail address or handle found begins with ("Zerya" and
    "@zerya_kl92", "Hêvin (hevin.b@…)"), and any two capitalised words that the address begins with ("Tsehaye
    Gebremariam" and "tsehaye.gebremariam@…")."""
    contacts = [f.text.lstrip("@").split("@")[0] for f in found if f.kind in ("email", "social_handle")]
    starts = [[w.lower() for w in _LOCAL_WORD.findall(c)] for c in contacts]
    more = []
    for words in starts:
        if not words or len(words[0]) < 3 or words[0] in _HANDLE_WORDS:
            continue
        for m in _WORD_AND_NEXT.finditer(text):
            if _folded(m.group("name").split("-")[0]) != words[0]:
                continue
            both = m.group("next") and len(words) > 1 and _folded(m.group("next")) == words[1]
            if both or known_first_name(m.group("name"), lists):  # (not a word: "Hebammen" and "hebammen@…")
                more.append(Finding("person_name", m.start("name"), m.end("name"), m.group("name")))
            if both:
                more.append(Finding("person_name", m.start("next"), m.end("next"), m.group("next")))
    return more


def _folded(word):
    """A word in small letters without its accents, as an address writes it ("Hêvin" as "hevin")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _a_name(name, lists):
    word = name.split()[0].lower().rstrip(".")
    return word not in NOT_NAMES | TITLES | lists.roles and not names_office(name.lower(), lists.offices)
