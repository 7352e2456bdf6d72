"""How personal data is found in a citizen's text: the rules that put the patterns of personal_patterns together
(a name by how it is introduced, an address by who lives there, a number by whose it is) and keep an office's
contacts, public figures and businesses out. personal_data masks what these find."""
import re
import unicodedata

from . import (
    personal_context,
    personal_entries,
    personal_lists,
    personal_proposals,
    personal_records,
    personal_relations,
    personal_scripts,
)
from .personal_contacts import (
    a_group_s_address,
    contacts,
    name_after,
    nobody_s_account,
    nobody_s_landline,
    surname_after,
)
from .personal_languages import ARABIC_STOP, FAMILY_WORDS, KIN_WORDS, THANKS
from .personal_patterns import (
    ACCOUNT,
    AND_ME,
    ARABIC_I_AM,
    ARABIC_KIN,
    ARABIC_NAMED,
    ARABIC_WORD,
    ARTICLE_NAME,
    BELL_NAME,
    BIRTH,
    BIRTHDAYS,
    BORN_AFTER,
    BUSINESS_AFTER,
    BUSINESS_BEFORE,
    BY_INITIAL,
    CALL_NAME,
    CELEBRATES,
    CHILD_LINE,
    CHILDREN,
    DASHED,
    DASHED_SCRIPT,
    DATE,
    EMAIL,
    EN_ADDRESS,
    FAMILY,
    FARSI_I_AM,
    FORM_NAME,
    FROM_FAMILY,
    HAN_NAMED,
    HANDLE,
    HERE,
    HOME_ABROAD,
    HOME_AFTER,
    HOME_BRACKETED,
    HOME_DE,
    HOME_EN,
    HOME_STRONG,
    HOSTED_BY,
    INITIAL,
    INTRO,
    INTRO_EN,
    KIN,
    KIN_ABROAD,
    KIN_OF,
    LABELLED_HANDLE,
    LAST_WORD_SCRIPT,
    LOWER_ARTICLE_NAME,
    LOWER_NAMES,
    LOWER_SIGNED,
    LOWER_TITLED,
    NAME,
    NAME_LIST,
    NAME_THEN_CALLED,
    NAME_UPPER,
    NAMED,
    NAMED_DATE,
    NOT_NAMES,
    NUMBER,
    ORGANISATION_AFTER,
    PERSON,
    PERSON3,
    PHONE,
    PLACE,
    PLACE_WORDS,
    PREPOSITIONS,
    RELATION,
    SAINTS,
    SENTENCE_END,
    SIGNATURE,
    STAR,
    STREET,
    SURNAME_FIRST,
    TITLED,
    TITLES,
    TRAILING,
    TURNS,
    TURNS_AGE_FIRST,
    TURNS_DATE_FIRST,
    UPPER,
    VIETNAMESE,
    WE_ARE_THE,
    YEARS_ON,
    Finding,
    names_office,
    public_before,
    role_before,
    trim_end,
    word_lists,
)

# What may stand beside a finding, compiled once (masking runs on every text of every export)
_HOLDER_AFTER = re.compile(r"\s?\((?:(?i:account of|Konto von|Kontoinhaber(?:in)?:?)\s)?(?P<name>" + PERSON3 + r")\)")
_NAME_BEFORE = re.compile(r"(?:(?P<name>" + PERSON3 + r")[,:]?|(?P<arabic>" + ARABIC_WORD + r"(?:\s" + ARABIC_WORD +
                          r"){1,2})[،,])\s*(?:[–—]\s*)?"
                          r"(?:(?i:Tel|Telefon|Handy|Mobil|phone|WhatsApp|Nr|IBAN|тел|телефон|tél|هاتف|رقم|تلفن)\.?:?\s*)?"
                          r"(?:(?i:erreichbar|zu erreichen|reachable|contact)\s)?(?:(?i:at|on|unter|an|via)\s)?[(]?$")
_FOREIGN_LETTERS = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]")
_ADDRESS_RIGHT_AFTER = re.compile(r"(?:,?\s| [·|] )\(?(?P<address>(?:" + STREET + r")" + NUMBER + PLACE + r"|" +
                                  EN_ADDRESS + r")")
_DOORBELL = re.compile(r",?\s*(?:\d{1,2}\.\s?(?i:Stock|OG|Etage|floor)\s*,?\s*)?(?:bei|c/o)\s(?:Familie\s)?(?P<name>" +
                       NAME + r"(?: " + NAME + r")?)")
_BRACKETED_AFTER = re.compile(r"\s?\((?:(?P<date>" + DATE + r")|(?:(?i:alle sagen|genannt|called|known as|aka|"
                              r"a\.k\.a\.)\s|[\"'„“])(?P<nick>[" + NAME_UPPER + r"][\w-]{0,20}(?: [" + NAME_UPPER +
                              r"][\w-]{0,20})?)[\"'“”]?)\)")  # "(known as DJ Deepu)"
_OWNER_S_PLACE = re.compile(r"['’]s\s(?:Diner|Bar|Pub|Grill|Kitchen|Café|Cafe|Shop|Salon|Place|Corner|Imbiss|Laden|"
                            r"Kiosk|Garage|Bakery|Deli)\b")  # "Reggie's Diner"
_PRACTICE = re.compile(r"(?i)praxis|ärztehaus|arzt|ärztin|practice|clinic|klinik|surgery|doctor's|zahnarzt")
_PET = re.compile(r"(?i)\b(?:hund|hündin|dackel|katze|kater|pferd|welpe|dog|cat|puppy|kitten|pony|tabby|hamster|"
                  r"kaninchen|hase|rabbit|bunny|parrot|papagei|wellensittich|budgie|schildkröte|tortoise)\w*\s(?:namens|"
                  r"called|named|heißt|heisst)\s$")
_OFFICE_END = re.compile(r"(?i)(?:büro|buero|amt|stelle|zentrum|haus|verein|gemeinde|team|treff|office|center|centre|"
                         r"desk|hotline|juz)$")  # "Kontakt Pfarrbüro: …": an office asked for, not a person
_FROM_AFTER = re.compile(r"\s(?:(?i:here|hier)\s)?(?:aus|from|du|de|z)\s(?:(?:der|dem|the|la|l')\s?)?[A-ZÄÖÜ]")
_GREETING = re.compile(r"\b(?i:hi|hey|hello|hallo|moin|servus|salut|selam|salam|merhaba)\b")
# A ruler's number after a first name ("Kaiser Friedrich I.", "Ludwig II"): no citizen is counted so
_REGNAL = re.compile(r" (?:I(?=\.)|II|III|IV|VI{0,3}|IX|X)(?![\w-])")  # (not "his name is Dennis I think")
_STREET_END = re.compile(r"(?i)(?:straße|strasse|str\.|weg|gasse|platz|allee|ring)$")
_ADDRESS_IN_SENTENCE = re.compile(r"(?<=\s)(?P<address>(?:" + STREET + r")" + NUMBER + r")")


def find(text):
    """The personal data in `text`, as [Finding(kind, start, end, text)] in order, overlaps resolved. A text written
    in capitals ("ANGELIKA BRUNK, ANGELIKA.BRUNK@T-ONLINE.DE") is read as if written as usual."""
    if not text or not isinstance(text, str):
        return []
    usual = _as_usual(text)
    if usual is None:
        return _find(text)
    return [f._replace(text=text[f.start:f.end]) for f in _find(usual)]


def _as_usual(text):
    """A text written in capitals as it would be written as usual, letter for letter at the same places: in lower
    case but for a sentence's first word, a known first name and the word after it, a street; None where the text
    is not written in capitals."""
    letters = [c for c in text if c.isalpha()]
    first_names = word_lists().first_names
    if len(letters) < 20 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return _names_as_usual(text, first_names)
    usual, named = list(text), False
    for m in re.finditer(r"[^\W\d_]+", text):
        word = m.group()
        lower = word.lower() if len(word.lower()) == len(word) else word
        before = text[:m.start()].rstrip()
        titled = lower in ("frau", "herr", "herrn", "familie", "fam")
        capital = word.capitalize() in first_names or named or titled or not before or before[-1] in ".!?:\n" or \
            re.search(r"(?:straße|strasse|str|weg|gasse|platz|allee|ring)$", lower)
        named = (titled or word.capitalize() in first_names) and bool(re.match(r"\.? ", text[m.end():m.end() + 2]))
        usual[m.start():m.end()] = lower[:1].upper() + lower[1:] if capital else lower
    return "".join(usual)


def _names_as_usual(text, first_names):
    """A text written as usual with a name in capitals inside it ("ICH (HEINZ-DIETER KRÄMER, 74)", "danke TANYA"): the
    known first name and the word in capitals after it written as names are; None where there is none."""
    usual, changed, named = list(text), False, False
    for m in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text):
        word = m.group()
        capitals = len(word) >= 3 and word.isupper()
        written = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
        if capitals and (named or written.split("-")[0] in first_names):
            usual[m.start():m.end()] = written
            changed = True
        named = capitals and written.split("-")[0] in first_names and text[m.end():m.end() + 1] == " "
    return "".join(usual) if changed else None


def _find(text):
    lists = word_lists()
    found = contacts(text, lists)
    found += _homes_and_birthdays(text, lists)
    found += _names(text, lists)
    found += _children_listed(text) + _uncased_names(text) + _birthdays_listed(text)
    found += personal_proposals.tagged(text, lists) + personal_proposals.known_first_names(text, lists)
    found += personal_context.postal_blocks(text, lists) + personal_context.aged(text, lists) + \
        personal_context.kin_in_other_scripts(text, lists) + personal_context.more_contexts(text, lists)
    found += personal_relations.chat_speakers(text, lists) + personal_relations.parents_named(text, lists) + \
        personal_relations.labelled(text, lists) + personal_records.records(text, lists)
    found = [f for f in found if not (f.kind == "person_name" and _a_business(text, f))]  # nor their addresses
    found += _again(text, found)  # a signature repeats the letterhead's name: both, before what stands beside them
    found += _beside(text, found, lists.first_names, lists.plain_first_names)
    found += personal_context.joined(text, found, lists) + personal_context.nicknames(text, found, lists) + \
        personal_context.before_contact(text, found, lists)
    found += personal_relations.listed_with(text, found, lists) + personal_relations.plurals(text, found) + \
        personal_relations.before_mobile(text, found, lists) + personal_scripts.beside_contacts(text, found) + \
        personal_records.mailbox_names(text, found)
    found += personal_lists.listed(text, found, lists) + personal_lists.in_lower_case(text, lists)
    found += personal_entries.entries(text, found, lists)
    found += _again(text, found)
    found = [f for f in found if not (f.kind == "person_name" and (_public_figure(f.text, lists.figures) or
                                                                   _a_figure_s_first_names(text, f, lists) or
                                                                   _a_business(text, f) or _a_possessive(text, f) or
                                                                   _a_ruler(text, f)))]
    # (an office's landline or a group's address where the text names nobody but a public figure: "… 0631 3188-0.
    # Fritz Walter und die Weltmeister von 1954 kennt danach jeder")
    found = personal_records.completed(text, found)  # a home with its floor, a birthday with its year
    return resolve([f for f in found if not (f.kind == "phone" and nobody_s_landline(text, f, found)) and
                    not (f.kind == "home_address" and f.text.startswith(lists.addresses)) and
                    not (f.kind == "email" and a_group_s_address(text, f, found)) and
                    not (f.kind == "iban" and nobody_s_account(text, f, found))])


def _a_ruler(text, f):
    """A first name and a ruler's number, found as a name or with the number after it."""
    words = f.text.split()
    at = {1: f.end, 2: f.start + len(words[0])}.get(len(words))
    return f.kind == "person_name" and at is not None and bool(_REGNAL.match(text, at))


def _a_possessive(text, f):
    """ "Mia" of "Mia nipote Giulia": the word "my" before a relative (Italian, Spanish), not a name."""
    after = re.match(r" ([^\W\d_]+)", text[f.end:])
    return bool(after) and " " not in f.text and \
        "{} {}".format(f.text.lower(), after.group(1).lower()) in KIN_WORDS


def _a_figure_s_first_names(text, f, lists):
    """ "Georg Michael" of "Georg Michael Pfaff", "Antonio" of "San Antonio": a figure's or a saint's, or a place."""
    after = re.match(r" ([^\W\d_]+)", text[f.end:])
    before = re.search(r"([^\W\d_]+)\.? $", text[max(0, f.start - 12):f.start])
    joined = re.match(r" (?:und|and|&) [^\W\d_]+ ([^\W\d_]+)", text[f.end:])  # "Fritz und Ottmar Walter"
    if joined and _public_figure(f.text + " " + joined.group(1), lists.figures):
        return True
    if " " not in f.text and any(_public_figure(f.text + " " + m.group(1), lists.figures) for m in re.finditer(
            r"(?<![\w-])" + re.escape(f.text) + r"-([^\W\d_]+)-", text)):
        return True  # "Der Fritz hätt's gewollt" where the text names the Fritz-Walter-Stadion
    if " " not in f.text and any(_public_figure(f.text + " " + m.group(1), lists.figures) for m in re.finditer(
            r"(?<![\w-])" + re.escape(f.text) + r" ([^\W\d_]+)", text)):
        return True  # "das wusste schon der Fritz" where the text names Fritz Walter
    first, last = (before.group(1) + " " if before else ""), (" " + after.group(1) if after else "")
    return bool(any(_public_figure(name, lists.figures) for name in (f.text + last, first + f.text,
                                                                     first + f.text + last)) or
                before and before.group(1).lower() in SAINTS or f.text.split()[0].lower() in SAINTS)


def _a_business(text, f):
    """A name that is a business's, a group's, a pet's or a street's namesake: "Café Frieda", "Hope and Grace
    Fellowship", "ein Dackel namens Bello", "Paul Münch" where the text names the Paul-Münch-Straße."""
    words = re.findall(r"[^\W\d_]+", f.text)
    return bool(BUSINESS_BEFORE.search(text, max(0, f.start - 25), f.start) or ORGANISATION_AFTER.match(text, f.end) or
                bool(words) and bool(BUSINESS_BEFORE.match(words[0] + " ")) or
                any(q.start() < f.start and f.end < q.end() and _named_in_quotes(text, q.start()) and
                    not re.match(r"\s(?i:aka|alias)\s", text[q.end():]) for q in _QUOTED.finditer(text)) or
                (len(words) > 1 and ORGANISATION_AFTER.match(" " + words[-1])) or
                _PET.search(text, max(0, f.start - 30), f.start) or _OWNER_S_PLACE.match(text, f.end) or
                (len(words) > 1 and re.search(re.escape("-".join(words)) + r"-[^\W\d_]", text)) or
                _first_name_of_a_namesake(text, f))


def _first_name_of_a_namesake(text, f):
    """ "Paul" of "Paul Münch" where the text names the Paul-Münch-Straße (a tagger may take the first name alone)."""
    after = re.match(r" ([^\W\d_]+)", text[f.end:])
    return bool(after) and " " not in f.text and \
        bool(re.search(re.escape(f.text + "-" + after.group(1)) + r"-[^\W\d_]", text))


# a name in quotes is a place's or a business's: "der Dönerladen 'Jasmin'", "das Café 'Anna & Paul'" (not the
# apostrophes of "it's Kwabena's")
_QUOTED = re.compile(r"(?<!\w)['‘‚„\"“«»](?:[^\W\d_]+(?: (?:&|und|and|&amp;) | ))*[^\W\d_]+['’‘“”\"«»](?!\w)")


def _named_in_quotes(text, start):
    """A place or business named in quotes ("das Café 'Frieda'"), not a nickname ("Jennifer ("Jenny")", "Hans 'Hansi'
    Müller"): the quote stands after a word that is no first name."""
    before = re.search(r"([^\W\d_]+)\W{0,2}$", text[max(0, start - 30):start])
    return bool(before) and text[start - 1:start] != "(" and before.group(1) not in word_lists().first_names and \
        not re.fullmatch(r"(?i)klingel\w*|bell|doorbell|ring|name|namens?schild|namensaufkleber|sticker|tag|label|"
                         r"steht|stand|engraving|gravur|drauf|darauf|anhänger", before.group(1))  # the bell's:
    # "Klingel „Haddad“", a label's


def _homes_and_birthdays(text, lists):
    found = []
    for pattern in (HOME_DE, HOME_EN, HOME_STRONG, HOME_AFTER, HOME_BRACKETED, HOME_ABROAD):
        for m in pattern.finditer(text):
            if pattern is HOME_DE and re.match(r"(?i)Adresse?|Address|Anschrift", m.group()) and \
                    (public_before(text, m.start(), lists.offices, sentences=2) or
                     public_before(text, m.start("address"), lists.offices)):
                continue  # "Unser Kulturverein lädt … ein. Adresse: …", "your address at the Bürgercenter, …"
            trigger = re.match(r"[\w']+", m.group())
            if pattern is HOME_DE and names_office(text[m.start() + (trigger.end() if trigger else 0):
                                                         m.start("address")].lower(), lists.offices):
                continue  # an office between the word and the address: "bei der Gartenschau GmbH, Lauterstraße 51"
            end = trim_end(text, m.start("address"), m.end("address"))
            found.append(Finding("home_address", m.start("address"), end, text[m.start("address"):end]))
    for pattern in (BIRTH, BORN_AFTER, TURNS, TURNS_AGE_FIRST, TURNS_DATE_FIRST, STAR, CELEBRATES, YEARS_ON):
        for m in pattern.finditer(text):
            found.append(Finding("birth_date", m.start("date"), m.end("date"), m.group("date")))
    return found


def _names(text, lists):
    """Private persons by name: introduced, signing, related to the writer, titled, holding an account, standing
    where names stand; not a public figure in office, a business, a street or a place."""
    return _introduced(text, lists) + _where_names_stand(text, lists) + _by_context(text, lists)


def _introduced(text, lists):
    """A name by how it is introduced, known as a first name or not: "my name is …", "Familie …", "Konto vum …"."""
    offices, roles, first_names, plain = lists.offices, lists.roles, lists.first_names, lists.plain_first_names
    found = []

    def add(start, end):
        found.append(Finding("person_name", start, end, text[start:end]))

    for m in LOWER_TITLED.finditer(text):
        add(m.start("name"), m.end("name"))
    for pattern in (NAMED, INTRO_EN, FROM_FAMILY, WE_ARE_THE):  # introduced, known as a first name or not
        for m in pattern.finditer(text):
            if pattern is FROM_FAMILY and not re.search(r"(?i)\b(?:family|familie|kids|children|kinder)\b",
                                                        text[m.end():m.end() + 80]):
                continue  # "Greetings from the Tigers!" is a club; "Hi from the Thompsons! We're a family …" not
            group = next(g for g in ("name", "start_name", "comma_name") if g in pattern.groupindex and m.group(g))
            if m.group(group).split()[0].lower() not in roles | NOT_NAMES:
                add(m.start(group), m.end(group))
    for m in LOWER_SIGNED.finditer(text):
        add(m.start("name"), m.end("name"))
    for m in KIN_OF.finditer(text):  # "die Oma von Finn und Mia": the children are named
        for group in ("name", "other"):
            if m.group(group) and m.group(group) in first_names:
                add(m.start(group), m.end(group))
    for m in FAMILY.finditer(text):
        family = m.group(0).startswith(("Familie", "Fam.", "Ehepaar", "Geschwister") + FAMILY_WORDS)
        if m.group("name") not in first_names and (family or m.group(0).endswith(("family", "Family"))) and \
                not _STREET_END.search(m.group("name")):  # ("wohne mit Familie Eisenbahnstraße 41")
            add(m.start() if family else m.start("name"), m.end("name"))  # with the word, as "Frau …" is masked
    for m in ACCOUNT.finditer(text):  # "(Konto vum Uwe)", "account of Femke de Vries"
        words = m.group("name").split()
        known = words[0].capitalize() in first_names if words[0].islower() else words[0] in first_names
        if (known or (len(words) > 1 and not words[0].islower())) and \
                not public_before(text, m.start("name"), offices) and \
                not names_office(m.group("name").lower(), offices) and \
                words[0].lower() not in roles | NOT_NAMES:  # (not "Konto der Evangelischen Jugend")
            add(m.start("name"), m.end("name"))
    for pattern in (LOWER_NAMES, LOWER_ARTICLE_NAME):  # "lg jule", "mit dem yusuf": a first name in lower case
        for m in pattern.finditer(text):
            if m.group("name").capitalize() in plain:
                add(m.start("name"), m.end("name"))
    return found


def _children_listed(text):
    """Children listed with their dates of birth ("Kinder:\nKacper – 04.02.2010"): each name and date."""
    if not CHILDREN.search(text):
        return []
    return [Finding(kind, m.start(group), m.end(group), m.group(group)) for m in CHILD_LINE.finditer(text)
            for kind, group in (("person_name", "name"), ("birth_date", "date"))]


def _birthdays_listed(text):
    """Names with a day and month after them where the text speaks of birthdays ("… damit wir gratulieren können:
    Anna Giesbrecht 03.09., Johann Dyck 17.09."): each date."""
    if not BIRTHDAYS.search(text):
        return []
    return [Finding("birth_date", m.start("date"), m.end("date"), m.group("date")) for m in NAMED_DATE.finditer(text)]


def _uncased_names(text):
    """A name in a script without capitals after "my name is" or "I am": Arabic and Farsi words up to a stop or a
    word such as "from" ("اسمي هبة الشامي، من دمشق"), two or three Han characters ("我叫王丽")."""
    found = []
    for m in ARABIC_NAMED.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        end = words[0].end()
        for w in words[1:]:
            if w.group() in ARABIC_STOP or w.group().startswith("و") or \
                    not re.fullmatch(r"\s+", m.group("name")[end:w.start()]):
                break
            end = w.end()
        found.append(Finding("person_name", m.start("name"), m.start("name") + end,
                             text[m.start("name"):m.start("name") + end]))
    for pattern in (ARABIC_I_AM, HAN_NAMED, ARABIC_KIN, DASHED_SCRIPT, FARSI_I_AM, LAST_WORD_SCRIPT):
        for m in pattern.finditer(text):
            if m.group("name") not in ARABIC_STOP and m.group("name").lower() not in THANKS:
                found.append(Finding("person_name", m.start("name"), m.end("name"), m.group("name")))
    return found


def _where_names_stand(text, lists):
    """A known first name where names stand: in a bracketed list, before "and me", after an article in speech, as
    the last words, before a surname."""
    roles, plain = lists.roles, lists.plain_first_names
    found = []

    def add(start, end):
        found.append(Finding("person_name", start, end, text[start:end]))

    for pattern in (NAME_LIST, AND_ME, ARTICLE_NAME):  # "(Jan, Merve und Kofi)", "Yiannis and me", "de Manfred"
        for m in pattern.finditer(text):
            group = "names" if pattern is NAME_LIST else "name"
            parts = list(re.finditer(PERSON, m.group(group)))
            if all(p.group().split()[0] in plain and p.group().lower() not in NOT_NAMES for p in parts) and \
                    not role_before(text, m.start(group), roles):
                for p in parts:
                    add(m.start(group) + p.start(), m.start(group) + p.end())
    for m in TRAILING.finditer(text):  # a name or two as the last words: "— Tom & Priya", "Mahmoud und Lina Haddad"
        before = re.findall(r"\w+", text[max(0, m.start("names") - 12):m.start("names")])
        if before and before[-1].lower() in PREPOSITIONS:
            continue  # "(unser Konto in Sofia)": a place
        for part in re.finditer(PERSON, m.group("names")):
            if part.group().split()[0] in plain:
                add(m.start("names") + part.start(), m.start("names") + part.end())
    words = list(re.finditer(NAME, text))
    for one, two in zip(words, words[1:]):  # a first name and a surname, wherever they stand
        first, last = one.group(), two.group()
        after = re.match(r"\s*([\w.]+)", text[two.end():])
        if text[one.end():two.start()] == " " and all(p in plain for p in first.split("-")) and \
                last.lower() not in roles and \
                last.lower() not in NOT_NAMES and last.lower() not in PLACE_WORDS and \
                not (after and after.group(1).lower() in PLACE_WORDS) and not role_before(text, one.start(), roles):
            add(one.start(), two.end())
    for m in VIETNAMESE.finditer(text):  # "Trần Văn Minh": a Vietnamese family name before given names
        if not any(w.lower() in PLACE_WORDS | NOT_NAMES for w in m.group("name").split()):
            add(m.start("name"), m.end("name"))
    for m in NAME_THEN_CALLED.finditer(text):  # "Yilmaz heißt er"
        if m.group("name").lower() not in NOT_NAMES and not role_before(text, m.start(), roles):
            add(m.start("name"), m.end("name"))
    for m in BELL_NAME.finditer(text):  # "(name on the bell: Baumann)", "Klingel Tóth", "bei Petrović klingeln"
        group = "name" if m.group("name") else "at"
        if m.group(group).lower() not in NOT_NAMES | roles and not names_office(m.group(group).lower(), lists.offices):
            add(m.start(group), m.end(group))
    for m in HOSTED_BY.finditer(text):  # "Organisiert von Jana und Özlem": where one is a known first name, both
        parts = list(re.finditer(PERSON, m.group("names")))
        if any(p.group().split()[0] in plain for p in parts) and not role_before(text, m.start("names"), roles):
            for p in parts:
                if p.group().lower() not in NOT_NAMES | PLACE_WORDS:
                    add(m.start("names") + p.start(), m.start("names") + p.end())
    for m in SURNAME_FIRST.finditer(text):  # "de Schmitt Karl": the Palatinate's surname first
        surname = m.group("name").split()[0].lower()
        if re.match(r" [" + NAME_UPPER + r"]", text[m.end():m.end() + 2]):
            continue  # "der Kassierer Manfred Seibel": a first name and its surname after a word
        if m.group("first") in plain and surname not in roles | NOT_NAMES | PLACE_WORDS and \
                not role_before(text, m.start(), roles):
            add(m.start("name"), m.end("name"))
    return found


def _by_context(text, lists):
    """A name in the words around it: "ich bin …", "meine Nachbarin …", "Frau …", "Gruß …", "Tante …", "Call …" —
    not a role ("Oberbürgermeister …"), a business ("Dr. … & Partner") or a word ("ich bin Mutter")."""
    roles, first_names, plain = lists.roles, lists.first_names, lists.plain_first_names
    found = []

    def add(start, end):
        found.append(Finding("person_name", start, end, text[start:end]))

    for pattern, needs_first_name in ((INTRO, True), (RELATION, False), (TITLED, False), (SIGNATURE, True),
                                      (DASHED, True), (KIN, True), (HERE, True), (FORM_NAME, False),
                                      (CALL_NAME, True), (BY_INITIAL, False), (KIN_ABROAD, False)):
        for m in pattern.finditer(text):
            start, end = m.start("name"), m.end("name")
            words = m.group("name").split()
            if pattern is RELATION and m.group("other") and m.group("other") in first_names:
                add(m.start("other"), m.end("other"))
            if pattern is RELATION and "," in text[m.start():start] and words[0] not in first_names and \
                    not (len(words) > 1 and re.match(r"\s?[,;)(–—]", text[end:end + 2])):
                continue  # "(Geburtstag meiner Mutter, Erbstück!)": after a comma a known first name, or a first
                # name and a surname set off ("my father, Reinhold Gutschera, who …")
            if pattern is TITLED:
                named = [w for w in words[1:] if w.lower() not in ("dr.", "prof.")]
                if not named or named[0].lower() in roles or names_office(named[0].lower(), lists.offices) or \
                        role_before(text, start, roles) or \
                        BUSINESS_AFTER.match(text, end) or (words[0] == "Dr." and _PRACTICE.search(
                            SENTENCE_END.split(text[max(0, start - 80):start])[-1])):
                    continue  # "Frau Ministerin …", "Oberbürgermeister Herr …", "Dr. Weber & Partner", "the
                    # children's practice Dr. Sommer", "im Ärztehaus … bei Dr. Vogel": a doctor in the practice
            elif role_before(text, m.start() if pattern is RELATION else start, roles) or \
                    words[0].lower() in roles | NOT_NAMES:  # ("my father, …": a father, not a priest)
                continue
            if needs_first_name and words[0].split("-")[0] not in (plain if pattern is HERE else first_names) and \
                    not re.match(INITIAL + "$", m.group("name")) and \
                    not _named_anyway(text, pattern, words, start, end) and \
                    not (pattern is INTRO and len(words) == 1 and words[0] in lists.more_first_names and
                         not m.group().lower().startswith(("it", "this", "c'est")) and
                         re.match(r"\s?[,.!;]", text[end:end + 2])):  # "I am Selvi, I make dosa": set off, a name
                continue  # "ich bin Mutter von zwei Kindern": a word, not a name
            if pattern is INTRO and m.group().lower().startswith("im ") and words[0] not in plain:
                continue  # "ganz im Ernst": German "im" before a word that is also a name
            if pattern is INTRO and len(words) == 2 and words[1] not in first_names and words[1].lower() in NOT_NAMES:
                end = start + len(words[0])
            add(start, end)
    return found


def _named_anyway(text, pattern, words, start, end):
    """A name no list knows, where the words around it say it is one: one asked for with a contact after it, who
    says where they are from ("hier ist Mo aus der Werkstatt", "Hey guys, Ayo here from Cameroon"; not "Moved here
    from Texas")."""
    if pattern is CALL_NAME:
        return _contact_follows(text, end) and not _OFFICE_END.search(words[0])
    return pattern in (INTRO, HERE) and bool(_FROM_AFTER.match(text, end)) and \
        (pattern is INTRO or bool(_GREETING.search(text, max(0, start - 25), start)))


def _contact_follows(text, end):
    """A phone number, an e-mail address or a handle further on in the sentence ("ask for Khalida …, or email …",
    "Fragen an Ivica per WhatsApp: 0160 …"): the one asked for is a person, whatever list knows the name."""
    sentence = re.split(r"[.!?\n]\s", text[end:end + 80])[0]
    return bool(PHONE.search(sentence) or EMAIL.search(sentence) or LABELLED_HANDLE.search(sentence) or
                HANDLE.search(sentence))






def _again(text, found):
    """A name found once is the same person where the text says it again ("de Klaus … De Klaus wohnt …")."""
    names = {f.text for f in found if f.kind == "person_name"}
    return [Finding("person_name", m.start(), m.end(), m.group()) for name in names  # not in "Fritz-Walter-Stadion"
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]


def _public_figure(name, figures):
    """A public figure by name (the club's legend, the stadium's namesake, the mayor), or by initials and surname
    ("S. Bach" for Johann Sebastian Bach): never a citizen's data."""
    words = [w for w in re.findall(r"[\w'-]+", name) if w.lower() not in TITLES]
    initials = {w for w in words[:-1] if len(w) == 1}
    return " ".join(words) in figures or bool(words) and len(initials) == len(words) - 1 > 0 and \
        any(f.split()[-1] == words[-1] and initials <= {w[0] for w in f.split()} for f in figures)


def _beside(text, found, first_names, plain):
    """What stands beside a finding and belongs to the same person: the holder of an IBAN, the name with a phone
    number or e-mail address, the same name in another script, the address after a name."""
    more = []
    for f in found:
        if f.kind == "iban":
            more += _holder_after(text, f, first_names)
        if f.kind in ("phone", "email", "iban"):  # (the holder before an IBAN: "Jean-Luc Hoffmann, IBAN FR12 …")
            more += _name_with_contact(text, f, first_names, plain)
        if f.kind == "person_name":
            more += _other_script(text, f) + _address_after(text, f) + _in_brackets_after(text, f)
        if f.kind == "home_address":
            more += _doorbell_after(text, f)
    return more


def _holder_after(text, f, first_names):
    """The holder in brackets after an IBAN: "(Daan de Vries)", "(Ionuț Dumitrescu)"."""
    m = _HOLDER_AFTER.match(text[f.end:f.end + 60])
    if m and (len(m.group("name").split()) > 1 or m.group("name") in first_names):
        return [Finding("person_name", f.end + m.start("name"), f.end + m.end("name"), m.group("name"))]
    return []


def _name_with_contact(text, f, first_names, plain):
    """A first name just before a phone number or e-mail address ("Gerd, 0160 …", "Bettina, Tel 0631 …", a name the
    address repeats) or just after it ("…, Rajesh", "(Imran)")."""
    more = []
    before = text[max(0, f.start - 40):f.start]
    m = _NAME_BEFORE.search(before)
    after = name_after(text, f.end, plain) or surname_after(text, f)
    if after:
        more.append(Finding("person_name", f.end + after.start("name"), f.end + after.end("name"), after.group("name")))
    if not m:
        return more
    group = "name" if m.group("name") else "arabic"
    local = re.split(r"\s*(?:@|[(\[{<]at[)\]}>]|\bat\b)\s*", f.text.lower())[0] if f.kind == "email" else ""
    words = list(re.finditer(r"\S+", m.group(group)))
    carried = [w for w in words if len(w.group()) >= 4 and _plain(w.group().lower()) in _plain(local)]
    named = [w for w in words if w.group().split("-")[0] in first_names]  # ("Jean-Luc")
    if len(words) > 1 and all(_FOREIGN_LETTERS.search(w.group()) for w in words):
        named = words[:1] if words[0].group().lower() not in NOT_NAMES else []  # "Десислава Петрова, тел. …",
        # "أحمد الخطيب، هاتف …": no list knows them, the place does (not "Телефон Тафеля: …")
    if carried and not named:  # the surname the address carries, with the word before it ("Jovanka Radulović")
        at = words.index(carried[0])
        named = words[at - 1:at] if at and words[at - 1].group()[:1].isupper() and \
            words[at - 1].group().lower() not in NOT_NAMES else []
    if named or carried:  # from the first word that is a name: "Gruß Helga Müller, helga.m@…" is Helga Müller
        first = min(w.start() for w in named + carried)
        start = max(0, f.start - 40) + m.start(group) + first
        more.append(Finding("person_name", start, start + len(m.group(group)) - first, m.group(group)[first:]))
    return more


def _plain(word):
    """A word without its accents: "radulović" as an address writes it ("j.radulovic@…")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _other_script(text, f):
    """The same name in another script just after it: "Wang Lei (王磊)"."""
    alt = re.match(r"\s?\((?P<alt>[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af ]{1,20})\)",
                   text[f.end:f.end + 30])
    return [Finding("person_name", f.end + alt.start("alt"), f.end + alt.end("alt"), alt.group("alt"))] \
        if alt and not re.search(r"\d", alt.group("alt")) else []  # not an age: "ليان (٤ سنوات)"


def _doorbell_after(text, f):
    """The name on the doorbell after a home address: "Goethestraße 50, 2. Stock, bei Nowak", "c/o Yilmaz"."""
    m = _DOORBELL.match(text, f.end)
    return [Finding("person_name", m.start("name"), m.end("name"), m.group("name"))] if m else []


def _in_brackets_after(text, f):
    """What a name carries in brackets: a date ("Lana (28.04.2012)": her birthday) or a name it is known by
    ("Aleksandra (alle sagen Ola)", 'Kaylee ("KJ")')."""
    m = _BRACKETED_AFTER.match(text, f.end)
    if not m:
        return []
    group, kind = ("date", "birth_date") if m.group("date") else ("nick", "person_name")
    return [Finding(kind, m.start(group), m.end(group), m.group(group))]


def _address_after(text, f):
    """A street with its number just after a name or further on in its sentence ("Ulrike Sommer Pfaffenbergstraße
    40", "meinem Vermieter Herrn Krämer in der Eisenbahnstraße 44", "Mr. Klein … at Mühlstraße 15"): where that
    person lives."""
    after = re.split(r"[!?\n]|\.\s+(?=[{u}])".format(u=UPPER), text[f.end:f.end + 90], maxsplit=1)[0]
    m = _ADDRESS_RIGHT_AFTER.match(text[f.end:f.end + 90]) or _ADDRESS_IN_SENTENCE.search(after)
    if not m:
        return []
    start = f.end + m.start("address")
    end = trim_end(text, start, f.end + m.end("address"))
    return [Finding("home_address", start, end, text[start:end])]


def resolve(found):
    """Longest first where findings overlap; then in order of the text."""
    kept = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept
