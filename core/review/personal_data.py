"""Personal data that citizens write into their own text — e-mail addresses, phone numbers, IBANs, licence plates,
social-media handles, a private home address, a date of birth, a private person introduced by name — found so a
reviewer sees it, and masked in everything that leaves the store ("[Telefonnummer]", "[phone number]").

No model and no download: patterns and small word lists (resources/privacy/), with the checks that keep a city's
own contacts, streets named after people, public figures in their office, bus lines, prices and event dates out.
The store keeps the original for the planners; a reviewer's "not personal" or "also personal" (the submission's
`privacy` field, audited like a decision) is used everywhere the text is masked."""
import json
import re
from collections import namedtuple
from functools import lru_cache

from .. import RESOURCES

Finding = namedtuple("Finding", "kind start end text")
MASKED = ("title", "text", "planner_note")  # the free text where citizens (and reviewers) may write personal data
KINDS = ("email", "phone", "iban", "licence_plate", "social_handle", "home_address", "birth_date", "person_name",
         "other")
MASKS = {
    "de": {"email": "[E-Mail-Adresse]", "phone": "[Telefonnummer]", "iban": "[IBAN]", "licence_plate": "[Kennzeichen]",
           "social_handle": "[Profilname]", "home_address": "[Wohnadresse]", "birth_date": "[Geburtsdatum]",
           "person_name": "[Name]", "other": "[persönliche Angabe]"},
    "en": {"email": "[e-mail address]", "phone": "[phone number]", "iban": "[IBAN]", "licence_plate": "[licence plate]",
           "social_handle": "[profile name]", "home_address": "[home address]", "birth_date": "[date of birth]",
           "person_name": "[name]", "other": "[personal detail]"},
}
KIND_LABELS = {
    "de": {"email": "E-Mail-Adresse", "phone": "Telefonnummer", "iban": "IBAN", "licence_plate": "Kennzeichen",
           "social_handle": "Profilname", "home_address": "Wohnadresse", "birth_date": "Geburtsdatum",
           "person_name": "Name", "other": "persönliche Angabe"},
    "en": {"email": "e-mail address", "phone": "phone number", "iban": "IBAN", "licence_plate": "licence plate",
           "social_handle": "profile name", "home_address": "home address", "birth_date": "date of birth",
           "person_name": "name", "other": "personal detail"},
}

_U = "A-ZÄÖÜ"
_L = "a-zäöüßéèáàóòíìúùçñğışøå"
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\b")
# An address written so that machines miss it: "anna.k [at] web.de", "peter(at)gmx(dot)de", "tom at gmail dot com".
_AT = r"(?:\s?[\[({<]\s?(?:at|ät|@)\s?[\])}>]\s?|\s(?:at|ät)\s)"
_DOT = r"(?:\s?[\[({<]\s?(?:dot|punkt|\.)\s?[\])}>]\s?|\s(?:dot|punkt)\s|\.)"
_PROVIDERS = (r"gmail|googlemail|gmx|web|yahoo|hotmail|outlook|live|t-online|posteo|icloud|me|freenet|aol|mail|"
              r"proton|protonmail|mailbox|online|arcor|email|yandex|hushmail|uni-kl|rhrk")
OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[\w+-]+(?:" + _DOT + r"[\w+-]+)*)" + _AT + r"(?P<domain>[\w-]+(?:" + _DOT + r"[\w-]+)*"
    + _DOT + r"(?:de|com|net|org|eu|info|io|at|ch|fr|uk|co\.uk|nl|it|es|pl|tr|me))\b", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[\s./-]?(?:\(0\)\s?)?\(?\d{1,5}\)?\s?[\s./-]?\s?\d(?:[\s./-]?\d){3,12}"
                   r"(?!\d)|(?<![\w+])\(?0\d{2,5}\)?\s?[\s./-]?\s?\d(?:[\s./-]?\d){3,10}(?!\d)")
SERVICE_NUMBERS = ("0800", "0180", "0900", "0137", "116")  # free and service numbers: never a private person
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
PLATE = re.compile(r"(?<![\w-])[{u}]{{1,3}}[- ][{u}]{{1,2}} ?[1-9]\d{{0,3}}[EH]?(?![\w-])".format(u=_U))
LABELLED_HANDLE = re.compile(r"\b(?i:insta(?:gram)?|snap(?:chat)?|tiktok|twitter|fb|facebook|threads|telegram)"
                             r"(?:\s?/\s?(?i:insta(?:gram)?|snap(?:chat)?|tiktok))?\s?[:=]\s?@?"
                             r"(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))(?![\w@])")
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w(])"
                    r"|\b(?:instagram|facebook|tiktok|twitter|x|threads|youtube|linkedin)\.com/@?[A-Za-z0-9_.-]{2,40}",
                    re.IGNORECASE)
_STREET = (r"[{u}][{l}{u}.-]*(?:straße|strasse|stroß|strooß|stross|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|"
           r"pfad|berg|hof|anger|markt|chaussee|promenade)(?: |-)?|"
           r"[{u}][{l}-]+ (?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm)(?:\b|(?<=\.)) ?").format(u=_U, l=_L)
_NUMBER = r"(?:Nr\. ?)?\d{1,4}(?: ?[a-zA-Z]\b)?(?!\d|[.,:]\d)"
_PLACE = (r"(?:(?:,? |,?\n)\d{{5}}(?: [{u}][{l}]+(?:-[{u}][{l}]+)?| [{u}]{{2,3}}\b)?"
          r"|, [{u}][{l}]+(?:-[{u}][{l}]+)?(?=[.!?\n]|$))?").format(u=_U, l=_L)
HOME_DE = re.compile(
    r"\b(?:wohn\w*|lebe|leben|Anwohner(?:in)?|Adresse|Anschrift|Wohnung|Haustür|Haus|Hof|Garten|Zuhause|"
    r"bei (?:mir|uns)|zu Hause|zuhause|daheim|courtyard|liv(?:e|es|ed|ing) at|we live|I live|"
    r"our (?:house|flat|home|building|apartment)|(?:my|our|in the|in our) building|Wohnblock)"
    r"[^.!?\n,]{0,45}?(?:,\s)?\b(?:in der |in de |in |am |an der |im |auf der |:\s?|ist |lautet )?"
    r"(?P<address>(?:" + _STREET + r")" + _NUMBER + _PLACE + r")", re.IGNORECASE)
HOME_EN = re.compile(
    r"\b(?:I live|we live|I'm living|I've lived|living|lives|my address is|our address is|my home (?:is )?(?:at|on)|"
    r"our house (?:is )?(?:at|on)|my flat (?:is )?(?:at|on))[^.!?\n]{0,12}?\b(?:at |on |in )?"
    r"(?P<address>\d{1,4}[a-zA-Z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Way|"
    r"Drive|Dr|Court|Place|Gardens|Crescent|Terrace|Grove)\b\.?)", re.IGNORECASE)
HOME_STRONG = re.compile(
    r"\b(?:wohne|wohnen|wohnt|wohnhaft|wohn|liv(?:e|es|ed|ing)(?: [\w-]+){{0,2}} at|my address is|"
    r"meine Adresse(?: ist|:)?)\s(?:in der |in de |in |an der |im |auf der |at |:\s?)?"
    r"(?P<address>(?-i:(?:(?:Am|An der|Auf der|Im|In der|Zum|Zur|Unter den|Hinter der) )?[{u}][{l}]+"
    r"(?:-[{u}][{l}]+)*) \d{{1,4}}[a-z]?(?!\d|[.,:]\d)".format(u=_U, l=_L)
    + _PLACE + r")", re.IGNORECASE)
_MONTHS = (r"Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.?|Feb\.?|"
           r"Mär\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Okt\.?|Oct\.?|Nov\.?|Dez\.?|Dec\.?|January|February|"
           r"March|May|June|July|October|December")
_DATE = (r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}|\d{1,2}\.? (?:" + _MONTHS + r") (?:19|20)\d{2}|"
         r"(?:" + _MONTHS + r") \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}|\d{1,2}/\d{1,2}/(?:19|20)?\d{2}|"
         r"(?:19|20)\d{2}-\d{2}-\d{2}")  # a day, not a year alone ("born 1988" says little, and is common)
BIRTH = re.compile(r"\b(?:geb\.|geboren|Geburtsdatum|Geburtstag|born|date of birth|DOB|d\.o\.b\.)"
                   r"(?:[^.!?\n\d]{0,15}?\b(?:am|on|im|in|is|ist|war|was)\b|\s?:)?\s?(?P<date>" + _DATE + r")",
                   re.IGNORECASE)
BORN_AFTER = re.compile(r"\b(?:am |on )?(?P<date>" + _DATE + r")[^.!?\n\d]{0,40}?\b(?:geboren|born)\b",
                        re.IGNORECASE)
_NAME = r"(?:Mc|Mac|O')?[{u}][{l}]+(?:-[{u}][{l}]+)?".format(u=_U, l=_L)
INTRO = re.compile(r"\b(?i:ich bin|ich heiße|ich heisse|mein Name ist|mein Name:|hier schreibt|hier ist|"
                   r"I am|I'm|my name is|this is)\s(?:die |der |the )?(?P<name>" + _NAME + r"(?: " + _NAME + r")?)")
NAMED = re.compile(r"\b(?i:mein Name ist|ich heiße|ich heisse|my name is|my name's|I'm called|"
                   r"I am called|nennt mich|call me)\s(?P<name>" + _NAME + r"(?: " + _NAME + r")?)")
INTRO_EN = re.compile(r"\b(?:I'm|I am|this is)\s(?P<name>[A-Z][a-z]+ (?:Mc|Mac|O')?[A-Z][a-z]+)"
                      r"(?=\s?[.,!;)]|\s(?:and|from|here|aged?)\b)")
KIN_OF = re.compile(r"\b(?i:Oma|Opa|Mama|Papa|Mutter|Vater|Tante|Onkel|grandma|grandpa|granny|mum|mom|dad|mother|"
                    r"father|aunt|uncle) (?i:von|of) (?P<name>" + _NAME + r")(?: (?i:und|and|&) (?P<other>" + _NAME +
                    r"))?")
FROM_FAMILY = re.compile(r"\b(?i:from|von|grüße von|greetings from|love from) the (?P<name>[A-Z][a-z]+s)\b")
TITLED = re.compile(r"\b(?P<name>(?:Frau|Herrn?|Fr\.|Hr\.|Mrs\.?|Mr\.?|Ms\.?|Miss|Dr\.)\s" + _NAME +
                    r"(?: " + _NAME + r")?)")
RELATION = re.compile(
    r"\b(?i:(?:meine?[rnms]?|unsere?[rnms]?) (?:Nachbarin|Nachbar|Nachbarn|Vermieterin|Vermieter|Freundin|Freund|Frau|"
    r"Mann|Tochter|Sohn|Mutter|Vater|Oma|Opa|Schwester|Bruder|Kollegin|Kollege|Bekannte|Bekannter|Enkelin|Enkel|"
    r"Onkel|Tante|Schwager|Schwägerin|Cousin|Cousine|Nichte|Neffe|Kinder|Kind)|"
    r"(?:my|our) (?:neighbou?rs?|landlord|landlady|friends?|wife|husband|partner|girlfriend|boyfriend|daughter|son|"
    r"mother|father|mum|mom|dad|sister|brother|colleague|grandson|granddaughter|grandma|grandpa|granny|grandmother|"
    r"grandfather|aunt|uncle|cousin|nephew|niece|kids?|children|child|baby|flatmate|roommate))\s?,?\s"
    r"(?P<name>" + _NAME + r"(?: " + _NAME + r")?)")
SIGNATURE = re.compile(r"(?:^|\n|[.!]\s+)(?i:Viele Grüße|Liebe Grüße|Mit freundlichen Grüßen|Beste Grüße|Grüße|Gruß|LG|"
                       r"VG|MfG|Best regards|Kind regards|Regards|Cheers|Thanks|Danke)[,!]?\s+(?:(?:von|from)\s)?"
                       r"(?P<name>" + _NAME + r"(?: " + _NAME + r")?)")
DASHED = re.compile(r"(?:^|\s)[–—-]\s(?P<name>" + _NAME + r"(?: " + _NAME + r")?)(?=\s*(?:\(|,|$|\n))")
FAMILY = re.compile(r"\b(?:Familie|family of the|the)\s(?P<name>" + _NAME + r")(?:\s(?:family|Family))?")
LOWER_TITLED = re.compile(r"\b(?i:(?:meine?[rnm]?|unsere?[rnm]?) (?:nachbarin|nachbar|vermieterin|vermieter)"
                          r"(?: der| die)?) (?P<name>(?i:frau|herrn?) [A-Za-zäöüßÄÖÜ]+)")
PLACE_WORDS = {"straße", "strasse", "str.", "platz", "weg", "allee", "ring", "schule", "gymnasium", "grundschule",
               "realschule", "stadion", "halle", "kirche", "haus", "park", "brücke", "institut", "zentrum", "center",
               "centre", "street", "road", "square", "school", "church", "hall", "stiftung", "verein", "preis",
               "klinikum", "apotheke", "bäckerei", "gmbh", "ag", "kg", "stadium", "arena", "museum", "theater",
               "theatre", "bridge", "gallery", "garden", "gardens", "hospital", "library"}


@lru_cache(maxsize=1)
def _lists():
    contacts = json.loads((RESOURCES / "privacy" / "public_contacts.json").read_text(encoding="utf-8"))
    first = json.loads((RESOURCES / "privacy" / "first_names.json").read_text(encoding="utf-8"))["names"]
    public_phones = {re.sub(r"\D", "", p) for p in contacts["phones"]}
    return (public_phones, set(contacts["email_domains"]), set(contacts["email_local_parts"]),
            tuple(contacts["office_words"]), set(w.lower() for w in contacts["role_words"]), set(first))


def find(text):
    """The personal data in `text`, as [Finding(kind, start, end, text)] in order, overlaps resolved."""
    if not text or not isinstance(text, str):
        return []
    public_phones, domains, locals_, offices, roles, first_names = _lists()
    found = []

    def add(kind, start, end):
        found.append(Finding(kind, start, end, text[start:end]))

    for m in EMAIL.finditer(text):
        local, _, domain = m.group().lower().partition("@")
        if not (local in locals_ or any(domain == d or domain.endswith("." + d) for d in domains)):
            add("email", m.start(), m.end())
    for m in OBFUSCATED_EMAIL.finditer(text):
        parts = [p.lower() for p in re.split(_DOT, m.group("domain"), flags=re.IGNORECASE)]
        whole = ".".join(parts)
        public = m.group("local").lower() in locals_ or any(whole == d or whole.endswith("." + d) for d in domains)
        if (re.search(r"[\[({<]", m.group()) or re.fullmatch(_PROVIDERS, parts[0])) and not public and \
                not _inside(found, m.start(), m.end()):
            add("email", m.start(), m.end())
    for m in IBAN.finditer(text):
        if _iban_ok(m.group()) and not _public(text, m.start(), offices):
            add("iban", m.start(), m.end())
    for m in PHONE.finditer(text):
        digits = _national(m.group())
        if len(digits) < 7 or digits in public_phones or digits.startswith(SERVICE_NUMBERS) or \
                _public(text, m.start(), offices):
            continue
        if _inside(found, m.start(), m.end()) or re.match(r"\d{1,2}\.\d{1,2}\.\d{2,4}$", m.group()):
            continue  # part of an IBAN, or a date
        start = m.start() + (1 if m.group().startswith("(") and ")" not in m.group() else 0)  # "(0176 …)"
        add("phone", start, m.end())
    for m in PLATE.finditer(text):
        if not _inside(found, m.start(), m.end()):
            add("licence_plate", m.start(), m.end())
    for m in HANDLE.finditer(text):
        if not _inside(found, m.start(), m.end()) and not _organisation(text, m.start(), m.group(), offices):
            add("social_handle", m.start(), m.end())
    for m in LABELLED_HANDLE.finditer(text):
        if not _inside(found, m.start("handle"), m.end("handle")) and \
                not _organisation(text, m.start(), m.group("handle"), offices):
            add("social_handle", m.start("handle"), m.end("handle"))
    for pattern in (HOME_DE, HOME_EN, HOME_STRONG):
        for m in pattern.finditer(text):
            add("home_address", m.start("address"), _trim(text, m.start("address"), m.end("address")))
    for pattern in (BIRTH, BORN_AFTER):
        for m in pattern.finditer(text):
            add("birth_date", m.start("date"), m.end("date"))
    for m in LOWER_TITLED.finditer(text):
        add("person_name", m.start("name"), m.end("name"))
    for pattern in (NAMED, INTRO_EN, FROM_FAMILY):  # a name by how it is introduced, known as a first name or not
        for m in pattern.finditer(text):
            if pattern is FROM_FAMILY and not re.search(r"(?i)\b(?:family|familie|kids|children|kinder)\b",
                                                        text[m.end():m.end() + 80]):
                continue  # "Greetings from the Tigers!" is a club; "Hi from the Thompsons! We're a family …" not
            if m.group("name").split()[0].lower() not in roles | _NOT_NAMES:
                add("person_name", m.start("name"), m.end("name"))
    for m in KIN_OF.finditer(text):  # "die Oma von Finn und Mia": the children are named
        for group in ("name", "other"):
            if m.group(group) and m.group(group) in first_names:
                add("person_name", m.start(group), m.end(group))
    for m in FAMILY.finditer(text):
        if m.group("name") not in first_names and (m.group(0).startswith("Familie") or m.group(0).endswith(
                ("family", "Family"))):
            add("person_name", m.start("name"), m.end("name"))
    words = list(re.finditer(_NAME, text))
    for one, two in zip(words, words[1:]):  # a first name and a surname, wherever they stand
        first, last = one.group(), two.group()
        after = re.match(r"\s*([\w.]+)", text[two.end():])
        if text[one.end():two.start()] == " " and first in first_names and last.lower() not in roles and \
                last.lower() not in _NOT_NAMES and last.lower() not in PLACE_WORDS and \
                not (after and after.group(1).lower() in PLACE_WORDS) and not _role_before(text, one.start(), roles):
            add("person_name", one.start(), two.end())
    for pattern, needs_first_name in ((INTRO, True), (RELATION, False), (TITLED, False), (SIGNATURE, True),
                                      (DASHED, True)):
        for m in pattern.finditer(text):
            start, end = m.start("name"), m.end("name")
            words = m.group("name").split()
            if pattern is TITLED:
                if words[1].lower() in roles or _role_before(text, start, roles):
                    continue  # "Frau Ministerin …", "Oberbürgermeister Herr …": a public figure in office
            elif _role_before(text, start, roles) or words[0].lower() in roles:
                continue
            if needs_first_name and words[0] not in first_names:
                continue  # "ich bin Mutter von zwei Kindern": a word, not a name
            if pattern is INTRO and len(words) == 2 and words[1] not in first_names and words[1].lower() in _NOT_NAMES:
                end = start + len(words[0])
            add("person_name", start, end)
    found += _beside(text, found, first_names)
    return _resolve(found)


def _beside(text, found, first_names):
    """A first name just before a phone number or e-mail address ("Gerd, 0160 …"), and a street with its number
    just after a name ("Ulrike Sommer Pfaffenbergstraße 40"): the person's own contact."""
    more = []
    for f in found:
        if f.kind in ("phone", "email"):
            before = text[max(0, f.start - 40):f.start]
            m = re.search(r"(?P<name>" + _NAME + r"(?: " + _NAME + r")?)[,:]?\s*[(]?$", before)
            carried = f.kind == "email" and m and any(
                len(w) >= 4 and w.lower() in f.text.lower().partition("@")[0] for w in m.group("name").split())
            if m and (m.group("name").split()[0] in first_names or carried):
                start = max(0, f.start - 40) + m.start("name")
                more.append(Finding("person_name", start, start + len(m.group("name")), m.group("name")))
        if f.kind == "person_name":  # just after the name, or further on in the same sentence ("meinem Vermieter
            # Herrn Krämer in der Eisenbahnstraße 44", "Mr. Klein … at Mühlstraße 15"): where that person lives
            after = re.split(r"[!?\n]|\.\s+(?=[{u}])".format(u=_U), text[f.end:f.end + 90], maxsplit=1)[0]
            m = re.match(r",?\s(?P<address>(?:" + _STREET + r")" + _NUMBER + _PLACE + r")",
                         text[f.end:f.end + 90]) or \
                re.search(r"(?<=\s)(?P<address>(?:" + _STREET + r")" + _NUMBER + r")", after)
            if m:
                start = f.end + m.start("address")
                end = _trim(text, start, f.end + m.end("address"))
                more.append(Finding("home_address", start, end, text[start:end]))
    return more


_NOT_NAMES = {"und", "aus", "seit", "hier", "neu", "mutter", "vater", "rentner", "rentnerin", "anwohner",
              "anwohnerin", "student", "studentin", "and", "from", "new", "here"}


def _national(number):
    """The digits of a phone number as dialled in Germany: +49 631 … and 0049 631 … are 0631 …"""
    digits = re.sub(r"\D", "", number)
    compact = re.sub(r"[^\d+]", "", number)
    if compact.startswith("+49"):
        return "0" + digits[2:]
    if compact.startswith("0049"):
        return "0" + digits[4:]
    return digits


def _iban_ok(text):
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


_SENTENCE_END = re.compile(r"(?<!\bTel)(?<!\bNr)(?<!\bFax)(?<!\bca)(?<!\bbzw)(?<!\bz\.B)(?<!\bSt)(?<!\bDr)[.!?\n]\s")
_PRIVATE = re.compile(r"\b(?i:mich|mir|meine?[rsnm]?|privat|private|me|my|mine)\b")


def _public(text, start, offices):
    """An office or business named before, in the same sentence ("Bürgercenter (Tel. 0631 365-0)", "Spendenkonto
    der Stadt", "Café Extrablatt … if you call 0631 …"), and no word of the writer's own ("ruf mich an") in
    the last words before the number."""
    before = _SENTENCE_END.split(text[max(0, start - 120):start])[-1].lower()
    if _PRIVATE.search(before[-25:]):
        return False
    return any(word in before for word in offices)


def _organisation(text, start, handle, offices):
    """A handle of the city, an office or a club: its name says so, or the sentence names an office before it."""
    name = handle.lower()
    return any(word in name for word in ORGANISATION_HANDLE) or _public(text, start, offices)


ORGANISATION_HANDLE = ("stadt", "city", "kaiserslautern", "official", "offiziell", "verein", "polizei", "police",
                       "rathaus", "gemeinde", "kreis", "fcl", "fck", "club", "ev_", "_ev")


def _role_before(text, start, roles):
    """A role just before, in the same clause or as an apposition ("Oberbürgermeister Klaus Weichel", "the
    mayor, Dr. Klaus Weichel,"; not "Herr Oberbürgermeister, ich, Erika Schwarz")."""
    clauses = re.split(r"[,;:!?\n]", text[max(0, start - 30):start])
    clause = clauses[-2] if len(clauses) > 1 and not clauses[-1].strip() else clauses[-1]
    before = re.findall(r"[\w.]+", clause.lower())
    return bool(before) and (before[-1] in roles or (len(before) > 1 and before[-2] in roles))


def _trim(text, start, end):
    while end > start and text[end - 1] in " ,.;":
        end -= 1
    return end


def _inside(found, start, end):
    return any(f.start <= start and end <= f.end for f in found)


def _resolve(found):
    """Longest first where findings overlap; then in order of the text."""
    kept = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept


def findings(text, privacy=None):
    """What is masked in `text`: what find() sees, less what a reviewer marked as not personal, plus what they
    marked as personal. `privacy`: the submission's stored choice ({"not_personal": [...], "personal": [...]},
    or its JSON text)."""
    choice = _choice(privacy)
    kept = [f for f in find(text) if f.text not in choice["not_personal"]]
    for phrase in choice["personal"]:
        for m in re.finditer(re.escape(phrase), text or ""):
            kept.append(Finding("other", m.start(), m.end(), phrase))
    return _resolve(kept)


def choice_of(privacy):
    """A reviewer's stored word on personal data as {"not_personal": [...], "personal": [...]}."""
    choice = _choice(privacy)
    return {"not_personal": sorted(choice["not_personal"]), "personal": choice["personal"]}


def privacy_text(choice):
    """The JSON text to store ({} and empty lists left out: nothing chosen is stored as nothing)."""
    kept = {k: list(v) for k, v in choice.items() if v}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else None


def privacy_for_feature(choice, layer):
    """The value to give a feature's JSON field `privacy`: text where QGIS stores a string verbatim (3.22's OGR
    provider), a dict elsewhere (newer QGIS would store text as a JSON string; PostgreSQL's jsonb takes a dict)."""
    from .. import list_field

    text = privacy_text(choice)
    if text is None:
        return None
    postgres = layer is not None and layer.dataProvider() is not None and layer.dataProvider().name() == "postgres"
    return text if list_field.TEXT_VERBATIM and not postgres else json.loads(text)


def _choice(privacy):
    for _ in range(2):  # JSON text, possibly once more encoded as a JSON string by a newer QGIS
        if isinstance(privacy, str):
            try:
                privacy = json.loads(privacy) if privacy.strip() else {}
            except ValueError:
                privacy = {}
    privacy = privacy if isinstance(privacy, dict) else {}
    return {"not_personal": set(privacy.get("not_personal") or ()), "personal": list(privacy.get("personal") or ())}


def mask(text, language="de", privacy=None):
    """`text` with every finding replaced by its mask in `language` ("[Telefonnummer]", "[phone number]")."""
    if not text or not isinstance(text, str):
        return text
    masks = MASKS["de" if language == "de" else "en"]
    out, last = [], 0
    for f in findings(text, privacy):
        out += [text[last:f.start], masks[f.kind]]
        last = f.end
    return "".join(out) + text[last:]


def mask_json(value, language="de", privacy=None):
    """A JSON text (the further details a portal sent) with every string in it masked; keys are left as they are.
    Not JSON: masked as text. A dict or list (as PostgreSQL may give it) comes back as one."""

    def walk(item):
        if isinstance(item, str):
            return mask(item, language, privacy)
        if isinstance(item, dict):
            return {k: walk(v) for k, v in item.items()}
        if isinstance(item, list):
            return [walk(v) for v in item]
        return item

    if isinstance(value, (dict, list)):
        return walk(value)
    if not value or not isinstance(value, str):
        return value
    try:
        data = json.loads(value)
    except ValueError:
        return mask(value, language, privacy)
    return json.dumps(walk(data), ensure_ascii=False)


def describe(found, language="de"):
    """'Telefonnummer „0176 1234567“ · Name „Frau Meier“' for a reviewer."""
    labels = KIND_LABELS["de" if language == "de" else "en"]
    quote = "„{}“" if language == "de" else "“{}”"
    return " · ".join("{} {}".format(labels[f.kind], quote.format(f.text)) for f in found)
