"""Contacts in a citizen's text: e-mail addresses, IBANs, phone numbers (also spelled out), licence plates and
handles — not those of an office, the city or a club — and the name standing just after one. personal_finders puts
them together with the names, homes and birthdays."""
import re

from .personal_patterns import (
    BUSINESS_BEFORE,
    CLUB_TOKENS,
    DISCORD_TAG,
    DOT,
    EMAIL,
    FREE_MAIL,
    HANDLE,
    HANDLE_LIKE,
    IBAN,
    LABELLED_HANDLE,
    LOWER_PLATE,
    NAME,
    NAMED_PLATE,
    NOT_NAMES,
    OBFUSCATED_EMAIL,
    PERSON,
    PHONE,
    PHONE_WORD,
    PLATE,
    PLATFORM,
    PRIVATE,
    PROVIDERS,
    SENTENCE_END,
    SERVICE_NUMBERS,
    SPACED_PHONE,
    SPELLED_PHONE,
    US_PHONE,
    VEHICLE_BARE_PLATE,
    VEHICLE_PLATE,
    WRITE_TO,
    Finding,
    iban_ok,
    inside,
    names_office,
    national,
    organisation,
    public_address,
    public_before,
    public_sentence,
    role_before,
    word_lists,
)

_NAME_AFTER = re.compile(r"\s?[,.;:–—-]?\s*\(?(?:(?i:de|der|die)\s)?(?P<name>" + PERSON + r")\)?")

_HOLDER = re.compile(r",?\s(?i:Inhaber(?:in)?|Kontoinhaber(?:in)?|account holder|holder|titular)\s?:?\s" + NAME)


# The writer in a sentence, or a call to ring them ("ruf an:", "call or text"); not "call the ticket hotline"
_WRITER = re.compile(r"\b(?i:ich|wir|uns|unsere?[rsnm]?|we|us|our|ruf|ruft|rufen|anrufen|meldet|melde)\b|\bI\b|"
                     r"\b(?i:call|text)\b(?!\s(?i:the|their|its)\b)")


# a number said to be private just after it ("… 3 10 77 52 (privat, nicht die Praxisnummer!)", "(home)")
_PRIVATE_AFTER = re.compile(r"\s?[(,–-]?\s?(?i:privat|private|home|zu hause|daheim|persönlich|personal)\b")
_OWN_AFTER = re.compile(r"\s*[(,]?\s*(?i:unser|unsere|mein|meine|my|our|privat|private)\b")  # "(unser Konto …)"
# The writer's own account named before it ("meine spanische IBAN wurde nicht akzeptiert: ES62 …")
_OWN_ACCOUNT = re.compile(r"(?i:\bmeine?[rnms]?|\bmy)\b[^.!?\n]{0,30}\b(?i:IBAN|Konto|account)\b[^.!?\n]{0,50}$")
# A group's account named as such before or after the IBAN ("Donations to the Union's account: DE61 …", "DE45 …
# (association account)", "Vereinskonto")
_GROUP_ACCOUNT = re.compile(r"(?i:union|association|club|society|verein|church|parish|gemeinde)(?:['’]s)?\s?"
                            r"(?i:account|konto)|(?i:vereinskonto|gemeindekonto)")


def nobody_s_landline(text, f, found):
    """A German landline in a text that gives nothing else personal and no word of the writer's own in its sentence
    before it ("Die Bahnhofsmission ist toll – Kontakt 0631 6 20 41", "Телефон клуба: 0631 …"): an office's, a
    parish's or a club's the city's lists do not name yet. Where the writer is named, or gives a home, a mobile
    number, an address or an account, the landline is theirs too; a mobile number or a number from abroad is a
    person's wherever it stands."""
    return _nobody_s_line(text, f) and \
        all(g.kind == "phone" and _landline(g.text) or g.kind == "email" and _impersonal_address(text, g) or
            g.kind == "iban" and _gift_account(text, g)
            for g in found)  # (with a group's address: "Tel. 0631 3638-214, E-Mail mbe@caritas-zentrum-kl.de")


def a_group_s_address(text, f, found):
    """An e-mail address written as no person's (no first name, no initial and surname in it: "asu.hskl@…",
    "parohia.ortodoxa.kl@…") in a text that gives nothing else personal and no word of the writer's own before it
    in its sentence or just after it ("(privat)"), not written so that machines miss it: a group's, a parish's or a
    club's."""
    return _impersonal_address(text, f) and all(g is f or g.kind == "phone" and _landline(g.text) for g in found)


def _impersonal_address(text, f):
    """An e-mail address written as no person's, with no word of the writer's own around it (see a_group_s_address)."""
    if "@" not in f.text or re.search(r"\s@|@\s", f.text):
        return False  # "anna.k [at] web.de", "marvin . klein @ gmx . de": hidden from machines, as a person hides it
    tokens = [t for t in re.split(r"[._+-]+", f.text.lower().partition("@")[0]) if t]
    lists = word_lists()
    if (len(tokens) > 1 and len(tokens[0]) == 1) or _a_person_s_site(f.text.lower().partition("@")[2], lists) or any(
            t.capitalize() in lists.first_names or t in ("familie", "family", "fam", "mama", "papa", "oma", "opa")
            for t in tokens):
        return False
    around = SENTENCE_END.split(text[max(0, f.start - 120):f.start])[-1] + " " + text[f.end:f.end + 60]
    return not (PRIVATE.search(around) or _WRITER.search(around))


# what a group's account is given for: donations and fees ("Geldspenden gehen an", "Donacije za djecu", "adományok",
# "Beitragskonto")
_GIFTS = re.compile(r"(?i)\b(?:\w*spende\w*|donat\w*|donac\w*|donaz\w*|doaç\w*|adomány\w*|darowizn\w*|"
                    r"пожертв\w*|bağış\w*|beitrag\w*|mitgliedsbeitr\w*|membership|fees?|förder\w*)\b|تبرع")
_REFUND = re.compile(r"(?i)\b(?:rückzahl\w*|erstatt\w*|zurück\w*|refund\w*|repay\w*|kaution|deposit|"
                     r"auszahl\w*|überweis\w* an|inhaber\w*|holder)\b")


def nobody_s_account(text, f, found):
    """An IBAN given for donations or fees in a text that gives nothing else personal and no word of the writer's own
    in its sentence ("Geldspenden gehen an DE98 …", "Beitragskonto DE20 …", "Donacije za djecu: DE02 …"): a group's,
    a club's or a charity's the city's lists do not name yet; not one to pay a person back ("Rückzahlung … an")."""
    return _gift_account(text, f) and all(g.kind == "iban" or g.kind == "phone" and _nobody_s_line(text, g)
                                          for g in found)  # (with a group's landline: "KL: 0631 7 48 11, Spenden an …")


def _gift_account(text, f):
    sentence = SENTENCE_END.split(text[max(0, f.start - 160):f.start])[-1]
    before = SENTENCE_END.split(text[max(0, f.start - 400):f.start])[-2:]
    return bool(_GIFTS.search(" ".join(before))) and not (PRIVATE.search(sentence) or _WRITER.search(sentence) or
                                                          _REFUND.search(text))


def _nobody_s_line(text, f):
    sentence = SENTENCE_END.split(text[max(0, f.start - 120):f.start])[-1]
    return _landline(f.text) and not (PRIVATE.search(sentence) or _WRITER.search(sentence))


def _landline(number):
    digits = national(number)
    return digits.startswith("0") and not digits.startswith("01") and not re.match(r"\s*\(?(?:\+|00)(?!49)", number)


def contacts(text, lists):
    """E-mail addresses, IBANs, phone numbers, licence plates and handles — not those of an office or the city."""
    found = _emails(text, lists)
    found += _numbers(text, lists, found)
    found += _plates_and_handles(text, lists, found)
    return found


def _emails(text, lists):
    found = []
    for m in EMAIL.finditer(text):
        local, _, domain = m.group().lower().partition("@")
        public = public_address(local, domain, lists.email_locals, lists.domains)
        if (not public or _a_person_s_site(domain, lists)) and \
                (not _an_office_s_local_part(local, lists.offices) or _a_person_s(local, domain, lists)) and \
                (not public_sentence(text, m.start(), lists.offices) or _a_person_s(local, domain, lists) or
                 _named_before(text, m.start(), lists)):
            found.append(Finding("email", m.start(), m.end(), m.group()))
    for m in OBFUSCATED_EMAIL.finditer(text):
        parts = [p.lower() for p in re.split(DOT, m.group("domain"), flags=re.IGNORECASE)]
        public = public_address(re.sub(DOT, ".", m.group("local").lower()), ".".join(parts), lists.email_locals,
                                lists.domains)
        asked = WRITE_TO.search(text[max(0, m.start() - 60):m.start()])
        if (re.search(r"[\[({<]", m.group()) or re.fullmatch(PROVIDERS, parts[0]) or asked) and not public and \
                not inside(found, m.start(), m.end()):
            found.append(Finding("email", m.start(), m.end(), m.group()))
    return found


def _a_person_s_site(domain, lists):
    """A domain of a person's own name ("hallo@annika-brueckner.de"): a first name the lists know and a surname."""
    tokens = re.split(r"[-.]", domain.rpartition(".")[0])
    return len(tokens) >= 2 and tokens[0].capitalize() in lists.plain_first_names and len(tokens[1]) >= 4


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
    clause = re.split(r";\s", SENTENCE_END.split(before)[-1])[-1]  # not split at "Tel. "
    offset = start - len(clause)
    asked = re.search(r"\b(?i:contact|kontakt|call|text|ruf|ruft|anrufen bei)\s(" + NAME + r")\s?:?\s*(?:\(|$)", clause)
    if asked and asked.group(1).lower() not in NOT_NAMES and not names_office(asked.group(1).lower(), lists.offices):
        return True  # "If the Studierendenwerk wants to talk, contact Peng: 0176 …": the one asked for
    for m in re.finditer(NAME, clause):
        if m.group().split("-")[0] in lists.plain_first_names and not clause[m.end():].startswith("-") and \
                not role_before(text, offset + m.start(), lists.roles) and \
                not BUSINESS_BEFORE.search(text, max(0, offset + m.start() - 25), offset + m.start()):
            return True
    return False


_PERSON_NAMED = re.compile(r"(?:\b(?:Frau|Herrn?)\s(?P<titled>" + NAME + r")|(?P<first>" + NAME + r")\s" + NAME + r")")


def _a_person_s_sentence(text, start, lists):
    """A private person named earlier in the number's sentence ("Bitte bei Erwin Hauck (Parzelle 17) abgeben oder
    anrufen 0631 …"), with no office named between them."""
    sentence = SENTENCE_END.split(text[max(0, start - 200):start])[-1]
    people = [m for m in _PERSON_NAMED.finditer(sentence)
              if m.group("titled") or m.group("first").split("-")[0] in lists.plain_first_names]
    return bool(people) and not names_office(sentence[people[-1].start():].lower(), lists.offices) and \
        not role_before(sentence, people[-1].start(), lists.roles)


def _after_a_person_s_email(text, start, found):
    """A number just after a private e-mail address, joined by "oder", "or", "/" ("svetlana.hardt@gmx.de oder 0631
    …"): the same person's."""
    return any(f.kind == "email" and re.fullmatch(r"[\s,/]*(?i:oder|or|und|and|/)?[\s,:/]*(?i:tel\.?|telefon|phone)?"
                                                  r"[\s.:]*", text[f.end:start]) for f in found)


def _numbers(text, lists, found):
    """IBANs (their check digits hold) and phone numbers, not an office's; not the digits of an IBAN or a date."""
    more = []
    iban_shaped = []  # an IBAN whose check digits fail is still no phone number
    for m in IBAN.finditer(text):
        iban_shaped.append(Finding("iban", m.start(), m.end(), m.group()))
        end = _valid_iban_end(m)
        own = end and (_OWN_AFTER.match(text[end:end + 30]) or _OWN_ACCOUNT.search(text, max(0, m.start() - 70),
                                                                                   m.start()))
        # (after "Spenden:" the account is the one named in the sentence before: "Förderverein … Spenden: DE20 …")
        donations = re.match(r"\s*(?i:spenden|spendenkonto|spende|donations?)\b", SENTENCE_END.split(
            text[max(0, m.start() - 120):m.start()])[-1])
        group = end and _GROUP_ACCOUNT.search(text[max(0, m.start() - 40):m.start()] + " " + text[end:end + 30])
        if end and (own or not (public_before(text, m.start(), lists.offices, sentences=2 if donations else 1) or
                                group) or
                    _named_before(text, m.start(), lists)
                    or _HOLDER.match(text, end)):  # "(unser Konto in Sofia)", "an Jeroen: NL40…", "…, Inhaber Max"
            more.append(Finding("iban", m.start(), end, text[m.start():end]))
    for m in US_PHONE.finditer(text):  # "719.555.0178 (US cell)"
        if not public_before(text, m.start(), lists.offices):
            more.append(Finding("phone", m.start(), m.end(), m.group()))
    for start, end in map(_without_list_number, PHONE.finditer(text)):
        number = text[start:end]
        digits = national(number)
        if len(digits) < 7 or digits in lists.phones or digits.startswith(SERVICE_NUMBERS + lists.exchanges) or \
                re.sub(r"\D", "", number) in "0123456789" or \
                re.search(r"\d\s?-\s?0$", number) or \
                re.fullmatch(r"\d{1,5}/(?:19|20)\d{2}", number):
            continue  # (a file number with its year: "Vorlage Nr. 0437/2018"; digits counted out: "0 1 2 3 …")
        named = name_after(text, end, lists.plain_first_names)
        foreign = re.match(r"\s*\(?(?:\+|00)(?!49)", number)  # from abroad: a person's phone, as a mobile
        if public_before(text, start, lists.offices,
                         sentences=1 if digits.startswith("01") or named or foreign else 3) and \
                not (named or _named_before(text, start, lists) or _a_person_s_sentence(text, start, lists) or
                     _after_a_person_s_email(text, start, found) or _PRIVATE_AFTER.match(text, end)):
            continue  # an office's number; a landline also when an office is named a sentence or two before
        if inside(found + more + iban_shaped, start, end) or \
                re.match(r"\d{1,2}\.\d{1,2}\.\d{2,4}$", number):
            continue  # part of an IBAN, or a date
        start += 1 if number.startswith("(") and ")" not in number else 0  # "(0176 …)"
        more.append(Finding("phone", start, end, text[start:end]))
    for m in SPACED_PHONE.finditer(text):
        singles = len(re.findall(r"(?<!\d)\d(?!\d)", m.group()))
        digits = re.sub(r"\D", "", m.group())
        if (singles >= 6 or m.group().startswith("(0)")) and len(digits) >= 9 and digits not in "0123456789" and \
                (national(m.group()).startswith("0") or re.sub(r"\D", "", m.group()).startswith("01")) and \
                not inside(found + more + iban_shaped, m.start(), m.end()) and \
                not public_before(text, m.start(), lists.offices):
            more.append(Finding("phone", m.start(), m.end(), m.group()))
    return more + _spelled_phones(text, lists, found + more)


def _without_list_number(m):
    """A phone number without the next line or the next item's number of a list that it runs into ("0176 43 21 98
    07\n2. Frau …", "1) Grace … 0157-71234098 2) Will …"): the number before a line's end, or before a number that
    numbers the next item, one more than an item's before."""
    number = m.group()
    line = number.find("\n")
    cut = line if line > 0 and len(re.sub(r"\D", "", number[:line])) >= 7 else None
    item = re.search(r"[ \t](\d{1,2})$", number)
    if cut is None and item and re.match(r"[.)]\s", m.string[m.end():m.end() + 2]) and \
            re.search(r"(?<!\d){}[.)]\s".format(int(item.group(1)) - 1), m.string[:m.start()]) and \
            len(re.sub(r"\D", "", number[:item.start()])) >= 7:
        cut = item.start()  # (where the item before is numbered one less)
    return m.start(), m.start() + len(number[:cut].rstrip(" \t/–-")) if cut is not None else m.end()


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
    for m in VEHICLE_BARE_PLATE.finditer(text):  # "von dem Kombi mit TM 08 XLP", "my van is the one with CA 7712 PB"
        if not inside(found + more, m.start("plate"), m.end("plate")) and \
                len(re.findall(r"[A-Z]", m.group("plate"))) >= 2:  # not a road: "mit dem Auto über die B 270"
            add("licence_plate", m.start("plate"), m.end("plate"))
    for m in VEHICLE_PLATE.finditer(text):
        if not inside(found + more, m.start("plate"), m.end("plate")):
            add("licence_plate", m.start("plate"), m.end("plate"))
    for m in HANDLE.finditer(text):
        if not inside(found + more, m.start(), m.end()) and not organisation(text, m.start(), m.group(), lists.offices):
            add("social_handle", m.start(), m.end())
    for m in HANDLE_LIKE.finditer(text):
        sentence = re.split(r"[.!?\n]\s", text[max(0, m.start() - 80):m.start()])[-1]
        named_after = _PLATFORM_AFTER.match(text, m.end())  # "(or Will_KL on xbox)"
        if (PLATFORM.search(sentence) or named_after) and not inside(found + more, m.start(), m.end()) and \
                not re.fullmatch(r"[A-Za-z]+\d{1,2}", m.group()) and \
                not organisation(text, m.start(), m.group(), lists.offices):
            add("social_handle", m.start(), m.end())  # not "U2" or "Linie105": a handle has more to it
    for m in DISCORD_TAG.finditer(text):
        if not inside(found + more, m.start(), m.end()):
            add("social_handle", m.start(), m.end())
    for m in LABELLED_HANDLE.finditer(text):
        if not inside(found + more, m.start("handle"), m.end("handle")) and \
                not organisation(text, m.start("handle"), m.group("handle"), lists.offices):
            add("social_handle", m.start("handle"), m.end("handle"))
    return [f for f in more if not (f.kind == "licence_plate" and _an_office_s_vehicle(text, f, lists.offices))]


_PLATFORM_AFTER = re.compile(r"\s(?:on|auf|bei|in|im|at)\s(?=" + PLATFORM.pattern[4:] + r")", re.IGNORECASE)
_OWN = re.compile(r"(?i)\b(?:mein|meine|meinem|meinen|meiner|my|his|her|sein|seine|seinem|seinen|ihr|ihrem|ihren|"
                  r"privat|private|mea|meu|moj|moja|mój|мой|моя|benim)\b")
_LETTERED = re.compile(r"(?i)aufschrift|beschriftung|beschriftet|logo|lettering|werbung|firmenwagen|firmenauto|"
                       r"firmenfahrzeug|dienstwagen|"
                       r"company car|company van|städtisch|city (?:mini)?bus|city van|the city's")


def _an_office_s_vehicle(text, f, offices):
    """A plate of an office's or a charity's vehicle: the office named just before it in its clause ("der
    Tafel-Sprinter KL-TK 418", "mit dem Tafelbus (KL-TK 418)"), or the brackets around it say it bears the
    office's lettering ("Kühlfahrzeug (KL-TF 902, mit Tafel-Aufschrift)"); not where the words say whose own it is
    ("am mașina mea, TM 07 ISN")."""
    sentence = SENTENCE_END.split(text[max(0, f.start - 60):f.start])[-1]
    if _OWN.search(sentence):
        return False
    clause = re.split(r"[:,;(]\s?", sentence)[-1]
    opened = sentence.rfind("(")
    closing = re.match(r"[^()\n]{0,50}\)", text[f.end:])
    bracket = sentence[opened:] + closing.group() if opened >= 0 and closing else ""
    return bool(names_office(clause.lower(), offices) or _LETTERED.search(clause + bracket) or
                (bracket and _LETTERED.search(sentence[:opened])) or
                (bracket and names_office((sentence[:opened] + bracket).lower(), offices)))


def _valid_iban_end(m):
    """Where the IBAN matched ends, if its check digits hold: the longest run of its groups that is valid (a word
    after it, "… 6861 oder anrufen", is not part of it)."""
    text = m.group()
    for end in sorted({i for i in range(5, len(text) + 1) if i == len(text) or text[i] == " "}, reverse=True):
        if iban_ok(text[:end]):
            return m.start() + end
    return None


def name_after(text, end, first_names):
    """A first name just after a number or address: "… 0157 3382 9910, Rajesh", "(Imran)"."""
    m = _NAME_AFTER.match(text[end:end + 40])
    return m if m and m.group("name").split()[0] in first_names and m.group("name").lower() not in NOT_NAMES \
        else None


def surname_after(text, f):
    """A name just after an e-mail address whose surname the address carries: "ani_todorova@abv.bg, Anelia
    Todorova"."""
    m = _NAME_AFTER.match(text[f.end:f.end + 40]) if f.kind == "email" else None
    local = f.text.lower().partition("@")[0]
    return m if m and len(m.group("name").split()) > 1 and len(m.group("name").split()[-1]) >= 4 and \
        m.group("name").split()[-1].lower() in local else None
