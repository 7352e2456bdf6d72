"""How personal data is found in a citizen's text: the rules that put the patterns of personal_patterns together
(a name by how it is introduced, an address by who lives there, a number by whose it is) and keep an office's
contacts, public figures and businesses out. personal_data masks what these find."""
import re

from . import personal_proposals
from .personal_languages import ARABIC_STOP, FAMILY_WORDS, THANKS
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
    CLUB_TOKENS,
    DASHED,
    DASHED_SCRIPT,
    DATE,
    DOT,
    EMAIL,
    EN_ADDRESS,
    FAMILY,
    FARSI_I_AM,
    FORM_NAME,
    FREE_MAIL,
    FROM_FAMILY,
    HAN_NAMED,
    HANDLE,
    HANDLE_LIKE,
    HERE,
    HOME_ABROAD,
    HOME_AFTER,
    HOME_BRACKETED,
    HOME_DE,
    HOME_EN,
    HOME_STRONG,
    HOSTED_BY,
    IBAN,
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
    LOWER_PLATE,
    LOWER_SIGNED,
    LOWER_TITLED,
    NAME,
    NAME_LIST,
    NAME_THEN_CALLED,
    NAME_UPPER,
    NAMED,
    NAMED_DATE,
    NAMED_PLATE,
    NOT_NAMES,
    NUMBER,
    OBFUSCATED_EMAIL,
    ORGANISATION_AFTER,
    PERSON,
    PERSON3,
    PHONE,
    PHONE_WORD,
    PLACE,
    PLACE_WORDS,
    PLATE,
    PLATFORM,
    PREPOSITIONS,
    PRIVATE,
    PROVIDERS,
    RELATION,
    SENTENCE_END,
    SERVICE_NUMBERS,
    SIGNATURE,
    SPELLED_PHONE,
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
    US_PHONE,
    VEHICLE_BARE_PLATE,
    VEHICLE_PLATE,
    VIETNAMESE,
    WE_ARE_THE,
    YEARS_ON,
    Finding,
    iban_ok,
    inside,
    national,
    organisation,
    public_address,
    public_before,
    public_sentence,
    role_before,
    trim_end,
    word_lists,
)

# What may stand beside a finding, compiled once (masking runs on every text of every export)
_NAME_AFTER = re.compile(r"\s?[,.;:–—-]?\s*\(?(?:(?i:de|der|die)\s)?(?P<name>" + PERSON + r")\)?")
_HOLDER_AFTER = re.compile(r"\s?\((?:(?i:account of|Konto von|Kontoinhaber(?:in)?:?)\s)?(?P<name>" + PERSON3 + r")\)")
_NAME_BEFORE = re.compile(r"(?:(?P<name>" + PERSON3 + r")[,:]?|(?P<arabic>" + ARABIC_WORD + r"(?:\s" + ARABIC_WORD +
                          r"){1,2})[،,])\s*(?:[–—]\s*)?"
                          r"(?:(?i:Tel|Telefon|Handy|Mobil|phone|WhatsApp|Nr|тел|телефон|tél|هاتف|رقم|تلفن)\.?:?\s*)?"
                          r"(?:(?i:at|on|unter|an)\s)?[(]?$")
_FOREIGN_LETTERS = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]")
_ADDRESS_RIGHT_AFTER = re.compile(r"(?:,?\s| [·|] )\(?(?P<address>(?:" + STREET + r")" + NUMBER + PLACE + r"|" +
                                  EN_ADDRESS + r")")
_DOORBELL = re.compile(r",?\s*(?:\d{1,2}\.\s?(?i:Stock|OG|Etage|floor)\s*,?\s*)?(?:bei|c/o)\s(?:Familie\s)?(?P<name>" +
                       NAME + r"(?: " + NAME + r")?)")
_BRACKETED_AFTER = re.compile(r"\s?\((?:(?P<date>" + DATE + r")|(?:(?i:alle sagen|genannt|called|aka|a\.k\.a\.)\s|"
                              r"[\"'„“])(?P<nick>[" + NAME_UPPER + r"][\w-]{0,20})[\"'“”]?)\)")
# The writer in a sentence, or a call to ring them ("ruf an:", "call or text"); not "call the ticket hotline"
_WRITER = re.compile(r"\b(?i:ich|wir|uns|unsere?[rsnm]?|we|us|our|ruf|ruft|rufen|anrufen|meldet|melde)\b|\bI\b|"
                     r"\b(?i:call|text)\b(?!\s(?i:the|their|its)\b)")
_PET = re.compile(r"(?i)\b(?:hund|hündin|dackel|katze|kater|pferd|welpe|dog|cat|puppy|kitten|pony)\w*\s(?:namens|"
                  r"called|named|heißt|heisst)\s$")
_OFFICE_END = re.compile(r"(?i)(?:büro|buero|amt|stelle|zentrum|haus|verein|gemeinde|team|treff|office|center|centre|"
                         r"desk|hotline)$")  # "Kontakt Pfarrbüro: …": an office asked for, not a person
_HOLDER = re.compile(r",?\s(?i:Inhaber(?:in)?|Kontoinhaber(?:in)?|account holder|holder|titular)\s?:?\s" + NAME)
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
    found = _contacts(text, lists)
    found += _homes_and_birthdays(text, lists)
    found += _names(text, lists)
    found += _children_listed(text) + _uncased_names(text) + _birthdays_listed(text)
    found += personal_proposals.tagged(text, lists)
    found = [f for f in found if not (f.kind == "person_name" and _a_business(text, f))]  # nor their addresses
    found += _again(text, found)  # a signature repeats the letterhead's name: both, before what stands beside them
    found += _beside(text, found, lists.first_names, lists.plain_first_names)
    found += _again(text, found)
    return resolve([f for f in found if not (f.kind == "person_name" and (_public_figure(f.text, lists.figures) or
                                                                         _a_business(text, f))) and
                    not (f.kind == "phone" and _nobody_s_landline(text, f, found)) and
                    not (f.kind == "email" and _a_group_s_address(text, f, found))])


def _nobody_s_landline(text, f, found):
    """A German landline in a text that gives nothing else personal and no word of the writer's own in its sentence
    before it ("Die Bahnhofsmission ist toll – Kontakt 0631 6 20 41", "Телефон клуба: 0631 …"): an office's, a
    parish's or a club's the city's lists do not name yet. Where the writer is named, or gives a home, a mobile
    number, an address or an account, the landline is theirs too; a mobile number or a number from abroad is a
    person's wherever it stands."""
    if not _landline(f.text):
        return False
    sentence = SENTENCE_END.split(text[max(0, f.start - 120):f.start])[-1]
    return not (PRIVATE.search(sentence) or _WRITER.search(sentence)) and \
        all(g.kind == "phone" and _landline(g.text) for g in found)


def _a_group_s_address(text, f, found):
    """An e-mail address written as no person's (no first name, no initial and surname in it: "asu.hskl@…",
    "parohia.ortodoxa.kl@…") in a text that gives nothing else personal and no word of the writer's own before it
    in its sentence or just after it ("(privat)"), not written so that machines miss it: a group's, a parish's or a
    club's."""
    if "@" not in f.text:
        return False  # "anna.k [at] web.de": hidden from machines, as a person hides an own address
    tokens = [t for t in re.split(r"[._+-]+", f.text.lower().partition("@")[0]) if t]
    lists = word_lists()
    if (len(tokens) > 1 and len(tokens[0]) == 1) or any(
            t.capitalize() in lists.first_names or t in ("familie", "family", "fam", "mama", "papa", "oma", "opa")
            for t in tokens):
        return False
    around = SENTENCE_END.split(text[max(0, f.start - 120):f.start])[-1] + " " + text[f.end:f.end + 60]
    return not (PRIVATE.search(around) or _WRITER.search(around)) and all(g is f for g in found)


def _landline(number):
    digits = national(number)
    return digits.startswith("0") and not digits.startswith("01") and not re.match(r"\s*\(?(?:\+|00)(?!49)", number)


def _a_business(text, f):
    """A name that is a business's, a group's, a pet's or a street's namesake: "Café Frieda", "Hope and Grace
    Fellowship", "ein Dackel namens Bello", "Paul Münch" where the text names the Paul-Münch-Straße."""
    words = re.findall(r"[^\W\d_]+", f.text)
    return bool(BUSINESS_BEFORE.search(text, max(0, f.start - 25), f.start) or ORGANISATION_AFTER.match(text, f.end) or
                (len(words) > 1 and ORGANISATION_AFTER.match(" " + words[-1])) or
                _PET.search(text, max(0, f.start - 30), f.start) or
                (len(words) > 1 and re.search(re.escape("-".join(words)) + r"-[^\W\d_]", text)))


def _contacts(text, lists):
    """E-mail addresses, IBANs, phone numbers, licence plates and handles — not those of an office or the city."""
    found = _emails(text, lists)
    found += _numbers(text, lists, found)
    found += _plates_and_handles(text, lists, found)
    return found


def _emails(text, lists):
    found = []
    for m in EMAIL.finditer(text):
        local, _, domain = m.group().lower().partition("@")
        if not public_address(local, domain, lists.email_locals, lists.domains) and \
                not _an_office_s_local_part(local, lists.offices) and \
                (not public_sentence(text, m.start(), lists.offices) or _a_person_s(local, domain, lists) or
                 _named_before(text, m.start(), lists)):
            found.append(Finding("email", m.start(), m.end(), m.group()))
    for m in OBFUSCATED_EMAIL.finditer(text):
        parts = [p.lower() for p in re.split(DOT, m.group("domain"), flags=re.IGNORECASE)]
        public = public_address(re.sub(DOT, ".", m.group("local").lower()), ".".join(parts), lists.email_locals,
                                lists.domains)
        if (re.search(r"[\[({<]", m.group()) or re.fullmatch(PROVIDERS, parts[0])) and not public and \
                not inside(found, m.start(), m.end()):
            found.append(Finding("email", m.start(), m.end(), m.group()))
    return found


def _an_office_s_local_part(local, offices):
    """An address whose local part names an office, also inside a compound: "nachbarschaftscafe.kotten@…",
    "stadtteilbuero-ost@…" (not "nikita.k@…": short office words only at a word's end)."""
    tokens = re.split(r"[._+-]", local.replace("ue", "ü"))
    return any(w in t if len(w) >= 5 else t.endswith(w) for t in tokens for w in offices if len(w) >= 4)


def _a_person_s(local, domain, lists):
    """An address at a free mail provider written as a person's: an initial and a surname or a first name in it
    ("n.schaefer@gmx.net", "tanja.roth@web.de"), whatever office the sentence names; not a group's ("asu.hskl@…",
    "parohia.ortodoxa.kl@…")."""
    tokens = re.split(r"[._+-]", local)
    return domain.split(".")[0] in FREE_MAIL and not any(w in CLUB_TOKENS for w in tokens) and \
        ((len(tokens) > 1 and len(tokens[0]) == 1 and len(tokens[1]) > 2) or
         any(len(t) > 2 and t.capitalize() in lists.plain_first_names for t in tokens))


def _named_before(text, start, lists):
    """A private person named in the words just before a contact, in its clause ("Anmeldung bei Vanessa: …",
    "Rami +49 …", "an Jeroen (…): NL40…"): the contact is that person's, whatever office the sentence names; not a
    role's holder ("Quartiersmanagerin Anna Schmidt, Tel. …") or a business ("Café Frieda, Tel. …")."""
    before = text[max(0, start - 45):start]
    clause = re.split(r"[.!?;\n]\s", before)[-1]
    offset = start - len(clause)
    for m in re.finditer(NAME, clause):
        if m.group().split("-")[0] in lists.plain_first_names and not clause[m.end():].startswith("-") and \
                not role_before(text, offset + m.start(), lists.roles) and \
                not BUSINESS_BEFORE.search(text, max(0, offset + m.start() - 25), offset + m.start()):
            return True
    return False


def _numbers(text, lists, found):
    """IBANs (their check digits hold) and phone numbers, not an office's; not the digits of an IBAN or a date."""
    more = []
    iban_shaped = []  # an IBAN whose check digits fail is still no phone number
    for m in IBAN.finditer(text):
        iban_shaped.append(Finding("iban", m.start(), m.end(), m.group()))
        end = _valid_iban_end(m)
        own = end and re.match(r"\s*[(,]?\s*(?i:unser|unsere|mein|meine|my|our|privat|private)\b", text[end:end + 30])
        if end and (own or not public_before(text, m.start(), lists.offices) or _named_before(text, m.start(), lists)
                    or _HOLDER.match(text, end)):  # "(unser Konto in Sofia)", "an Jeroen: NL40…", "…, Inhaber Max"
            more.append(Finding("iban", m.start(), end, text[m.start():end]))
    for m in US_PHONE.finditer(text):  # "719.555.0178 (US cell)"
        if not public_before(text, m.start(), lists.offices):
            more.append(Finding("phone", m.start(), m.end(), m.group()))
    for m in PHONE.finditer(text):
        digits = national(m.group())
        if len(digits) < 7 or digits in lists.phones or digits.startswith(SERVICE_NUMBERS):
            continue
        named = _name_after(text, m.end(), lists.plain_first_names)
        foreign = re.match(r"\s*\(?(?:\+|00)(?!49)", m.group())  # from abroad: a person's phone, as a mobile
        if public_before(text, m.start(), lists.offices,
                         sentences=1 if digits.startswith("01") or named or foreign else 3) and \
                not (named or _named_before(text, m.start(), lists)):
            continue  # an office's number; a landline also when an office is named a sentence or two before
        if inside(found + more + iban_shaped, m.start(), m.end()) or \
                re.match(r"\d{1,2}\.\d{1,2}\.\d{2,4}$", m.group()):
            continue  # part of an IBAN, or a date
        start = m.start() + (1 if m.group().startswith("(") and ")" not in m.group() else 0)  # "(0176 …)"
        more.append(Finding("phone", start, m.end(), text[start:m.end()]))
    return more + _spelled_phones(text, lists, found + more)


def _spelled_phones(text, lists, found):
    """A phone number written in words, at least three of its digits as words ("null eins fünf zwei – drei acht …",
    "0160 – neun sieben drei – 55 08 21"): from a leading zero, or after a word for a phone; not an office's."""
    more = []
    for m in SPELLED_PHONE.finditer(text):
        tokens = re.findall(r"\w+", m.group("phone"))
        spelled = [t for t in tokens if not t.isdigit()]
        digits = len(spelled) + sum(len(t) for t in tokens if t.isdigit())
        leading = tokens[0].lower() in ("null", "zero", "oh") or tokens[0].startswith("0")
        if len(spelled) >= 3 and digits >= 7 and (leading or PHONE_WORD.search(text, max(0, m.start() - 25),
                                                                                 m.start())) and \
                not public_before(text, m.start(), lists.offices) and not inside(found, m.start(), m.end()):
            more.append(Finding("phone", m.start(), m.end(), m.group()))
    return more


def _plates_and_handles(text, lists, found):
    more = []

    def add(kind, start, end):
        more.append(Finding(kind, start, end, text[start:end]))

    for pattern in (PLATE, LOWER_PLATE):
        for m in pattern.finditer(text):
            if not inside(found + more, m.start(), m.end()):
                add("licence_plate", m.start(), m.end())
    for m in NAMED_PLATE.finditer(text):  # "Kennzeichen GH-417-TZ", "34 FK 2291 plakalı"
        group = "plate" if m.group("plate") else "before"
        if not inside(found + more, m.start(group), m.end(group)):
            add("licence_plate", m.start(group), m.end(group))
    for m in VEHICLE_BARE_PLATE.finditer(text):  # "von dem Kombi mit TM 08 XLP"
        if not inside(found + more, m.start("plate"), m.end("plate")):
            add("licence_plate", m.start("plate"), m.end("plate"))
    for m in VEHICLE_PLATE.finditer(text):
        if not inside(found + more, m.start("plate"), m.end("plate")):
            add("licence_plate", m.start("plate"), m.end("plate"))
    for m in HANDLE.finditer(text):
        if not inside(found + more, m.start(), m.end()) and not organisation(text, m.start(), m.group(), lists.offices):
            add("social_handle", m.start(), m.end())
    for m in HANDLE_LIKE.finditer(text):
        sentence = re.split(r"[.!?\n]\s", text[max(0, m.start() - 80):m.start()])[-1]
        if PLATFORM.search(sentence) and not inside(found + more, m.start(), m.end()) and \
                not re.fullmatch(r"[A-Za-z]+\d{1,2}", m.group()) and \
                not organisation(text, m.start(), m.group(), lists.offices):
            add("social_handle", m.start(), m.end())  # not "U2" or "Linie105": a handle has more to it
    for m in LABELLED_HANDLE.finditer(text):
        if not inside(found + more, m.start("handle"), m.end("handle")) and \
                not organisation(text, m.start(), m.group("handle"), lists.offices):
            add("social_handle", m.start("handle"), m.end("handle"))
    return more


def _homes_and_birthdays(text, lists):
    found = []
    for pattern in (HOME_DE, HOME_EN, HOME_STRONG, HOME_AFTER, HOME_BRACKETED, HOME_ABROAD):
        for m in pattern.finditer(text):
            if pattern is HOME_DE and re.match(r"(?i)Adresse?|Address|Anschrift", m.group()) and \
                    public_before(text, m.start(), lists.offices, sentences=2):
                continue  # "Unser Kulturverein lädt … ein. Adresse: …": the club's
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
        if m.group("name") not in first_names and (m.group(0).startswith(("Familie", "Fam.", "Ehepaar",
                                                                           "Geschwister") + FAMILY_WORDS) or
                                                   m.group(0).endswith(("family", "Family"))):
            add(m.start("name"), m.end("name"))
    for m in ACCOUNT.finditer(text):  # "(Konto vum Uwe)", "account of Femke de Vries"
        words = m.group("name").split()
        known = words[0].capitalize() in first_names if words[0].islower() else words[0] in first_names
        if (known or (len(words) > 1 and not words[0].islower())) and \
                not public_before(text, m.start("name"), offices) and \
                words[0].lower() not in roles | NOT_NAMES:
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
        if text[one.end():two.start()] == " " and first in plain and \
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
    for m in BELL_NAME.finditer(text):  # "(name on the bell: Baumann)"
        if m.group("name").lower() not in NOT_NAMES:
            add(m.start("name"), m.end("name"))
    for m in HOSTED_BY.finditer(text):  # "Organisiert von Jana und Özlem": where one is a known first name, both
        parts = list(re.finditer(PERSON, m.group("names")))
        if any(p.group().split()[0] in plain for p in parts) and not role_before(text, m.start("names"), roles):
            for p in parts:
                if p.group().lower() not in NOT_NAMES | PLACE_WORDS:
                    add(m.start("names") + p.start(), m.start("names") + p.end())
    for m in SURNAME_FIRST.finditer(text):  # "de Schmitt Karl": the Palatinate's surname first
        surname = m.group("name").split()[0].lower()
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
            if pattern is RELATION and "," in text[m.start():start] and words[0] not in first_names:
                continue  # "(Geburtstag meiner Mutter, Erbstück!)": after a comma only a known first name
            if pattern is TITLED:
                named = [w for w in words[1:] if w.lower() not in ("dr.", "prof.")]
                if not named or named[0].lower() in roles or role_before(text, start, roles) or \
                        BUSINESS_AFTER.match(text, end):
                    continue  # "Frau Ministerin …", "Oberbürgermeister Herr …", "Dr. Weber & Partner"
            elif role_before(text, start, roles) or words[0].lower() in roles | NOT_NAMES:
                continue
            if needs_first_name and words[0].split("-")[0] not in first_names and \
                    not re.match(INITIAL + "$", m.group("name")) and \
                    not (pattern is CALL_NAME and _contact_follows(text, end) and not _OFFICE_END.search(words[0])):
                continue  # "ich bin Mutter von zwei Kindern": a word, not a name
            if pattern is INTRO and m.group().lower().startswith("im ") and words[0] not in plain:
                continue  # "ganz im Ernst": German "im" before a word that is also a name
            if pattern is INTRO and len(words) == 2 and words[1] not in first_names and words[1].lower() in NOT_NAMES:
                end = start + len(words[0])
            add(start, end)
    return found


def _contact_follows(text, end):
    """A phone number, an e-mail address or a handle further on in the sentence ("ask for Khalida …, or email …",
    "Fragen an Ivica per WhatsApp: 0160 …"): the one asked for is a person, whatever list knows the name."""
    sentence = re.split(r"[.!?\n]\s", text[end:end + 80])[0]
    return bool(PHONE.search(sentence) or EMAIL.search(sentence) or LABELLED_HANDLE.search(sentence) or
                HANDLE.search(sentence))


def _valid_iban_end(m):
    """Where the IBAN matched ends, if its check digits hold: the longest run of its groups that is valid (a word
    after it, "… 6861 oder anrufen", is not part of it)."""
    text = m.group()
    for end in sorted({i for i in range(5, len(text) + 1) if i == len(text) or text[i] == " "}, reverse=True):
        if iban_ok(text[:end]):
            return m.start() + end
    return None


def _name_after(text, end, first_names):
    """A first name just after a number or address: "… 0157 3382 9910, Rajesh", "(Imran)"."""
    m = _NAME_AFTER.match(text[end:end + 40])
    return m if m and m.group("name").split()[0] in first_names and m.group("name").lower() not in NOT_NAMES \
        else None


def _surname_after(text, f):
    """A name just after an e-mail address whose surname the address carries: "ani_todorova@abv.bg, Anelia
    Todorova"."""
    m = _NAME_AFTER.match(text[f.end:f.end + 40]) if f.kind == "email" else None
    local = f.text.lower().partition("@")[0]
    return m if m and len(m.group("name").split()) > 1 and len(m.group("name").split()[-1]) >= 4 and \
        m.group("name").split()[-1].lower() in local else None


def _again(text, found):
    """A name found once is the same person where the text says it again ("de Klaus … De Klaus wohnt …")."""
    names = {f.text for f in found if f.kind == "person_name"}
    return [Finding("person_name", m.start(), m.end(), m.group()) for name in names
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]


def _public_figure(name, figures):
    """A public figure by name (the club's legend, the stadium's namesake, the mayor): never a citizen's data."""
    words = [w for w in re.findall(r"[\w'-]+", name) if w.lower() not in TITLES]
    return " ".join(words) in figures


def _beside(text, found, first_names, plain):
    """What stands beside a finding and belongs to the same person: the holder of an IBAN, the name with a phone
    number or e-mail address, the same name in another script, the address after a name."""
    more = []
    for f in found:
        if f.kind == "iban":
            more += _holder_after(text, f, first_names)
        if f.kind in ("phone", "email"):
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
    after = _name_after(text, f.end, plain) or _surname_after(text, f)
    if after:
        more.append(Finding("person_name", f.end + after.start("name"), f.end + after.end("name"), after.group("name")))
    if not m:
        return more
    group = "name" if m.group("name") else "arabic"
    local = f.text.lower().partition("@")[0] if f.kind == "email" else ""
    words = list(re.finditer(r"\S+", m.group(group)))
    carried = [w for w in words if len(w.group()) >= 4 and w.group().lower() in local]
    named = [w for w in words if w.group() in first_names]
    if len(words) > 1 and all(_FOREIGN_LETTERS.search(w.group()) for w in words):
        named = words[:1]  # "Десислава Петрова, тел. …", "أحمد الخطيب، هاتف …": no list knows them, the place does
    if named or carried:  # from the first word that is a name: "Gruß Helga Müller, helga.m@…" is Helga Müller
        first = min(w.start() for w in named + carried)
        start = max(0, f.start - 40) + m.start(group) + first
        more.append(Finding("person_name", start, start + len(m.group(group)) - first, m.group(group)[first:]))
    return more


def _other_script(text, f):
    """The same name in another script just after it: "Wang Lei (王磊)"."""
    alt = re.match(r"\s?\((?P<alt>[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af ]{1,20})\)",
                   text[f.end:f.end + 30])
    return [Finding("person_name", f.end + alt.start("alt"), f.end + alt.end("alt"), alt.group("alt"))] if alt else []


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
