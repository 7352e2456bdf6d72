"""Names that the shape of a list, a chat or a form gives away, where no introduction names them: the other speakers of
a chat copied without times where one speaker is found ("Waldemar: … / Lydia: да, danke"), the players of a list that
numbers them with their ages ("7  Anjeza Dervishi (13)") or by shirt ("#8 Tamim Sadat"), a parent in a form's field
("Mother: Isatou Touray", "Mutter: Snežana P."), a caller giving the surname first ("Schneider Horst hier"), a name
whose relative the text speaks of ("Tyrese's grandma", "(Jaylen's aunt)"), and the first names of a text written all
in small letters."""
import re

from .personal_patterns import (
    INITIAL,
    NAME,
    NAME_LOWER,
    NAME_UPPER,
    NOT_NAMES,
    PERSON,
    TITLES,
    Finding,
    known_first_name,
    names_office,
)

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
# a name written surname first where a line or a field's value begins, as Hungarian and forms write it ("Varga Kálmán,
# született …", "(15 €): Horváth Gábor, számlaszám …", "Antragsteller: Haddad, Firas"): a first name the lists know
# second, then a comma, "vagyok" ("I am") or the line's end
_SURNAME_FIRST_LEAD = re.compile(r"(?:^|(?<=\n)|(?<=:\s))[ \t]*(?P<name>(?P<surname>" + NAME + r")\s(?P<first>" + NAME +
                                 r"))(?=,|\s(?:vagyok|vagyunk)\b|[ \t]*(?:\n|$))|"
                                 r"(?<=:\s)(?P<field>(?P<field_surname>" + NAME + r"),\s(?P<field_first>" + NAME +
                                 r"))(?=[ \t]*(?:\n|$))")  # (surname, first name: a field's whole value)
# a name on an ID in capitals, surname first ("name WILLIAMS, DESHAWN")
_CAPITALS_ID = re.compile(r"(?i:\bname)\s?:?\s(?P<name>[" + NAME_UPPER + r"]{2,}(?:-[" + NAME_UPPER + r"]{2,})?,\s[" +
                          NAME_UPPER + r"][" + NAME_UPPER + NAME_LOWER + r"]+)(?![\w-])")  # (or "GARCIA, Luis")
# a name joined to one found ("Amina and Yusra", "Petra i Mateja", "Lars und Karim"): a first name the lists know
_JOINED = re.compile(r"(?P<one>" + NAME + r")\s(?:and|und|&|i|и|y|e|et|ve|oraz|a|és)\s(?P<two>" + NAME + r")(?![\w-])")
# a caller after a greeting ("Hi Kerstin, Seun here", "Bok, ovdje Tena!")
_GREETED_HERE = re.compile(r"(?i:\b(?:hi|hallo|hello|hey|moin|servus|bok|zdravo|cześć|ciao|salut))\b[^.!?\n]{0,25}?,\s"
                           r"(?:(?P<name>" + NAME + r")\s(?i:here|hier)\b|"
                           r"(?i:ovdje|ovde)\s(?P<after>" + NAME + r")(?![\w-]))")
# a relative or a lady called by name in the community's languages ("тёти Люды", "syn pani Zielińskiej", "tita
# Marites", "teta Ankica", "госпожу Павлович")
_KIN_CALLED = re.compile(r"(?<![\w-])(?:[Тт][её]т[яи]|[Дд]яд[яи]|[Бб]абушк[аи]|[Дд]едушк[аи]|pani|pana|panią|panu|"
                         r"[Tt]ita|[Tt]ito|[Tt]eta|[Tt]etka|[Tt]eyze|[Aa]mca|[Dd]ayı|[Nn]ene|[Zz]ia|[Zz]io|"
                         r"[Гг]оспож[аиуе]|[Гг]осподин[ау]?)\s"
                         r"(?P<name>" + NAME + r")(?![\w-])")
# a single first name the lists know signed as the last word after a sentence ("… Thank you so much po. Josephine",
# "… God bless you. Maame Serwaa'")
_LAST_WORD = re.compile(r"(?:[.!?]\s+|\n\s*)(?P<name>" + NAME + r"(?:\s" + NAME + r")?)[\s.!]*['’\"”»]?\s*$")
# a relative named after whose relative they are ("Tolu's mum Funmilayo", "Lena's dad Marek")
_KIN_OF_OWNER = re.compile(r"(?<=\w)['’]s\s(?i:mum|mom|mother|dad|father|sister|brother|aunt|auntie|uncle|grandma|"
                           r"grandpa|wife|husband|cousin)\s(?P<name>" + NAME + r")(?![\w-])")
# a pupil by class ("ausgeliehen von Emmanuel, 3. Klasse", "Mia (Klasse 2b)", "Jerome, grade 2")
_PUPIL = re.compile(r"(?P<name>" + NAME + r")(?:,\s|\s\()(?:\d{1,2}\.\s?(?i:Klasse)|(?i:Klasse|grade|class|razred|"
                    r"sınıf)\s\d{1,2}[a-e]?|\d{1,2}(?:st|nd|rd|th)\s(?i:grade|class)|\d{1,2}\.\s?(?i:razred))")
# a flat's tenants in brackets after its number ("Whg. 31 (Kalinowski)", "flat 4b (Okafor/Meier)")
_FLAT_TENANT = re.compile(r"\b(?:Whg\.?|Wohnung|flat|apt\.?|apartment)\s?(?:Nr\.\s?)?\d{1,4}[a-z]?\s"
                          r"\((?P<name>" + NAME + r")(?:/(?P<second>" + NAME + r"))?\)")
# initials and surnames listed where one of the list is found ("Teilnehmerliste: H. Becker, R. Sommer, Milan Kovač")
_INITIAL_ITEM = re.compile(r"(?:(?<=:\s)|(?<=,\s)|(?<=\n))(?P<name>" + INITIAL +
                           r")(?=\s?(?:,|\(|$|\n|\sund\s|\sand\s))")
# greetings and words that begin a line before a name and are none ("Hallo Anna,", "Liebe Maria,")
_GREETINGS = {"hallo", "hello", "hi", "hey", "liebe", "lieber", "liebes", "dear", "danke", "thanks", "moin", "servus",
              "guten", "good", "grüße", "gruß", "lg", "vg", "mfg", "bye", "tschüss", "ciao", "salut", "bok", "zdravo",
              "cześć", "dzień", "merhaba", "selam", "привет", "kedves", "szia", "gratulation", "glückwunsch", "mit",
              "von", "an", "für", "bei", "ohne", "and", "und", "with", "for", "from", "to", "by"}
# a form's or a chat's words before a colon that are no one's name, and the pronouns a chat's writer calls themself
_FIELDS = {"tel", "fax", "mail", "email", "handy", "mobil", "phone", "nr", "name", "team", "datum", "date",
                 "ort", "zeit", "time", "adresse", "address", "anschrift", "kontakt", "contact", "betreff", "subject",
                 "von", "an", "from", "to", "cc", "bemerkung", "hinweis", "note", "info", "frage", "antwort",
                 "answer", "question", "idee", "idea", "vorschlag", "problem", "ps", "update", "edit", "alter", "age",
                 "kinder", "kids", "spieler", "players", "trainer", "coach", "ref", "schiri", "admin", "treffpunkt",
                 "herkunft", "geburtsdatum", "wohnort", "ich", "me", "i", "du", "you", "wir", "we", "er", "sie", "he",
                 "she", "alle", "all", "termin", "uhrzeit", "kosten", "preis", "anmeldung", "thema", "ziel", "dauer",
                 "ablauf", "wann", "wo", "was", "wer", "where", "when", "what", "who", "price", "cost", "venue"}
_NO_SURNAMES = _GREETINGS | _FIELDS | NOT_NAMES  # (before a first name at a line's start)
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
        known_first_name(m.group("name").split()[0], lists) or
        len(m.group("said").split()) >= 3)]  # a name the lists know, or one who says more than a field's value
    one_known = any(f.kind == "person_name" and f.start <= m.start("name") and m.end("name") <= f.end
                    for m in speakers for f in found)
    all_known = all(known_first_name(m.group("name").split()[0], lists) and
                    m.group("name").split()[0].lower() not in _LOWER_WORDS for m in speakers)
    if len(speakers) >= 2 and (one_known or all_known) and not _FORM.search(text):
        names += speakers  # (every speaker a first name the lists know: "Rico: guys … / Maya: noted")
    aged = [m for m in _AGED_LINE.finditer(text) if " " in m.group("name")]  # not "1. Torwart (12)"
    names += aged if len(aged) >= 2 else []
    shirts = list(_SHIRT.finditer(text))
    names += shirts if len(shirts) >= 2 and _MATCH.search(text) else []
    names += [m for m in _SURNAME_FIRST_HERE.finditer(text) if m.group("first") in lists.first_names]
    names += [m for m in _SURNAME_FIRST_LEAD.finditer(text) if m.group("first") or m.group("field_first") for
              first, surname in [(m.group("first") or m.group("field_first"), m.group("surname") or
                                  m.group("field_surname"))]
              if known_first_name(first, lists) and first.lower() not in _LOWER_WORDS and
              surname.lower() not in _NO_SURNAMES and
              not surname.endswith(("straße", "strasse", "str", "weg", "platz"))]
    names += list(_CAPITALS_ID.finditer(text)) + [m for m in _GREETED_HERE.finditer(text)]
    names += [m for m in _JOINED.finditer(text) if known_first_name(m.group("two"), lists) and
              m.group("two").lower() not in _LOWER_WORDS and
              any(f.kind == "person_name" and (f.start, f.end) == m.span("one") for f in found)]
    names += [m for m in _FLAT_TENANT.finditer(text) if not m.group("name").lower().endswith(
        ("haus", "bau", "block", "gebäude", "hof", "seite", "eingang", "keller", "garten", "building", "tower"))]
    # (not the building: "Wohnung 11 (Hochhaus)")
    initials = list(_INITIAL_ITEM.finditer(text))
    names += initials if len(initials) >= 2 and any(f.kind == "person_name" for f in found) else []
    names += list(_PARENT_FIELD.finditer(text)) + list(_KIN_CALLED.finditer(text)) + \
        list(_KIN_OF_OWNER.finditer(text))
    names += [m for m in _PUPIL.finditer(text) if known_first_name(m.group("name"), lists) and
              m.group("name").lower() not in _LOWER_WORDS]
    names += [m for m in _LAST_WORD.finditer(text) if known_first_name(m.group("name").split()[0], lists) and
              m.group("name").split()[0].lower() not in _LOWER_WORDS | _GREETINGS]
    names += [m for m in _KIN_OWNER.finditer(text) if m.group("name").lower() not in _NOT_OWNERS]
    group = lambda m: next(g for g in ("name", "two", "after", "field") if g in m.re.groupindex and  # noqa: E731
                           m.group(g))
    found_here = [Finding("person_name", m.start(group(m)), m.end(group(m)), m.group(group(m))) for m in names
                  if _a_name(m.group(group(m)), lists) and m.group(group(m)) not in lists.figures]
    return found_here + [Finding("person_name", m.start("second"), m.end("second"), m.group("second"))
                         for m in names if "second" in m.re.groupindex and m.group("second") and
                         _a_name(m.group("second"), lists)]


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
