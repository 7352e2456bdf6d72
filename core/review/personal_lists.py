"""Names that the shape of a list, a chat or a form gives away, where no introduction names them: the other speakers of
a chat copied without times where one speaker is found ("Waldemar: … / Lydia: да, danke"), the players of a list that
numbers them with their ages ("7  Anjeza Dervishi (13)") or by shirt ("#8 Tamim Sadat"), a parent in a form's field
("Mother: Isatou Touray", "Mutter: Snežana P."), a caller giving the surname first ("Schneider Horst hier"), a name
whose relative the text speaks of ("Tyrese's grandma", "(Jaylen's aunt)"), and the first names of a text written all
in small letters."""
import re

from .personal_patterns import INITIAL, NAME, NAME_UPPER, NOT_NAMES, PERSON, TITLES, Finding, names_office

# a line's first words before a colon, as a chat copied without its times writes its speakers ("Lydia: да")
_SPEAKER = re.compile(r"(?m)^[ \t]*(?P<name>" + NAME + r"(?: [" + NAME_UPPER + r"]\.)?):[ \t](?P<said>[^\n]*)")
# a list's line: a number (or none), a name and an age in brackets ("7  Anjeza Dervishi (13)", "- Luca (9)")
_AGED_LINE = re.compile(r"(?m)^[ \t]*(?:[•*·-][ \t]*|\d{1,2}\.?[ \t]+)?(?P<name>" + PERSON + r")[ \t]?\(\d{1,2}\)")
# a player by the shirt's number ("Yellow card: #5 Dren Berisha", "the face of #8 Tamim Sadat")
_SHIRT = re.compile(r"(?<![\w#&])#\d{1,2}\s(?P<name>" + NAME + r"\s" + NAME + r")(?![\w-])")
# what a match report says of its players (not a table's ranks: "#1 Betze Boys, #2 Kotten Stars")
_MATCH = re.compile(r"(?i)\b(?:card|karte|foul|tor|goal|assist|vorlage|verletzt|injur\w*|booked|gelbe?|rote?|yellow|"
                    r"red|substitut\w*|eingewechselt|ausgewechselt|scored|elbow|schiri|referee)\b")
# a parent or guardian in a form's field ("Mother: Isatou Touray", "Erziehungsberechtigte: G. Yıldız")
_PARENT_FIELD = re.compile(r"(?:^|(?<=[\n(,;|/])|(?<=[\n(,;|/] ))[ \t]*(?i:mother|father|mutter|vater|mum|mom|dad|"
                           r"parent|guardian|elternteil|erziehungsberechtigte?r?|sorgeberechtigte?r?)\s?:\s?"
                           r"(?P<name>" + INITIAL + r"|" + PERSON + r")")
# a name whose relative the text speaks of ("Tyrese's grandma", "Aaliyah's older sister", "Coach Daniels' brother")
_KIN_OWNER = re.compile(r"(?<![\w-])(?P<name>" + NAME + r")(?:['’]s|(?<=s)['’])\s(?:(?i:older|younger|little|big|"
                        r"baby|twin|step)\s)?(?i:grandma|grandpa|granny|grandmother|grandfather|mum|mom|mother|dad|"
                        r"father|parents|sister|brother|aunt|auntie|uncle|cousin|son|daughter|wife|husband|kids|"
                        r"children|girlfriend|boyfriend|family)\b")
# a caller who gives the surname first, as the Palatinate does ("Jo, Schneider Horst hier"): a first name the list
# knows second
_SURNAME_FIRST_HERE = re.compile(r"(?P<name>" + NAME + r"\s(?P<first>" + NAME + r"))\s(?i:hier|here|am apparat)\b")
# a form's or a chat's words before a colon that are no one's name, and the pronouns a chat's writer calls themself
_FIELDS = {"tel", "fax", "mail", "email", "handy", "mobil", "phone", "nr", "name", "team", "datum", "date",
                 "ort", "zeit", "time", "adresse", "address", "anschrift", "kontakt", "contact", "betreff", "subject",
                 "von", "an", "from", "to", "cc", "bemerkung", "hinweis", "note", "info", "frage", "antwort",
                 "answer", "question", "idee", "idea", "vorschlag", "problem", "ps", "update", "edit", "alter", "age",
                 "kinder", "kids", "spieler", "players", "trainer", "coach", "ref", "schiri", "admin", "treffpunkt",
                 "herkunft", "geburtsdatum", "wohnort", "ich", "me", "i", "du", "you", "wir", "we", "er", "sie", "he",
                 "she", "alle", "all", "termin", "uhrzeit", "kosten", "preis", "anmeldung", "thema", "ziel", "dauer",
                 "ablauf", "wann", "wo", "was", "wer", "where", "when", "what", "who", "price", "cost", "venue"}
# no one's name before "'s wife": a rank, an office, a time or everyone ("Sergeant's wife", "Today's kids")
_NOT_OWNERS = {"sergeant", "chaplain", "captain", "major", "colonel", "lieutenant", "general", "pastor", "priest",
               "coach", "teacher", "doctor", "mayor", "officer", "soldier", "neighbor", "neighbour", "friend", "god",
               "today", "tonight", "everyone", "everybody", "someone", "somebody", "nobody", "mother", "father",
               "child", "people", "city", "town", "world", "year", "week", "month", "children", "women", "men"}
# first names that are words too, written small ("ben" and "edin" in Turkish, "till", "will", "can", "may")
_LOWER_WORDS = {"ben", "edin", "till", "will", "can", "may", "mark", "bill", "art", "pat", "sue", "rose", "amber",
                "april", "june", "summer", "grace", "hope", "joy", "faith", "dean", "jack", "ray", "bob", "guy",
                "hazel", "mai", "jan", "sonne", "engel", "nur", "ana", "ada", "eda", "umut", "deniz", "barış"}
# a form, not a chat: a line asks for a name
_FORM = re.compile(r"(?im)^[ \t]*(?:name|vorname|nachname|first name|last name|surname)\s?:")


def listed(text, found, lists):
    """The names that a chat's, a list's or a form's shape gives away, beside what is `found` already."""
    names = []
    speakers = [m for m in _SPEAKER.finditer(text) if _a_name(m.group("name"), lists) and (
        m.group("name").split()[0] in lists.first_names | lists.more_first_names or
        len(m.group("said").split()) >= 3)]  # a name the lists know, or one who says more than a field's value
    one_known = any(f.kind == "person_name" and f.start <= m.start("name") and m.end("name") <= f.end
                    for m in speakers for f in found)
    if len(speakers) >= 2 and one_known and not _FORM.search(text):
        names += speakers
    aged = [m for m in _AGED_LINE.finditer(text) if " " in m.group("name")]  # not "1. Torwart (12)"
    names += aged if len(aged) >= 2 else []
    shirts = list(_SHIRT.finditer(text))
    names += shirts if len(shirts) >= 2 and _MATCH.search(text) else []
    names += [m for m in _SURNAME_FIRST_HERE.finditer(text) if m.group("first") in lists.first_names]
    names += list(_PARENT_FIELD.finditer(text))
    names += [m for m in _KIN_OWNER.finditer(text) if m.group("name").lower() not in _NOT_OWNERS]
    return [Finding("person_name", m.start("name"), m.end("name"), m.group("name")) for m in names
            if _a_name(m.group("name"), lists) and m.group("name") not in lists.figures]


def in_lower_case(text, lists):
    """The first names the list knows in a text written all in small letters ("hab gestern mit giorgos geredet …
    und nadia bringt salat"), where a capital would have set them off; not a public figure's."""
    words = list(re.finditer(r"[^\W\d_]+", text))
    if len(words) < 8 or sum(w.group()[0].isupper() for w in words) > len(words) // 20:
        return []
    figures = {word for figure in lists.figures if figure.lower() in text.lower()
               for word in figure.lower().split()}  # "fritz walter hob den pokal"
    return [Finding("person_name", w.start(), w.end(), w.group()) for w in words
            if len(w.group()) > 2 and w.group().capitalize() in lists.plain_first_names and
            w.group() not in _LOWER_WORDS | figures and not re.match(r"-\w", text[w.end():w.end() + 2]) and
            not text[:w.start()].endswith("-") and _a_name(w.group(), lists)]


def _a_name(name, lists):
    word = name.split()[0].lower().rstrip(".")
    return word not in NOT_NAMES | TITLES | _FIELDS | lists.roles and \
        not names_office(name.lower(), lists.offices)
