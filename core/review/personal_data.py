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
PHONE = re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[\s./-]?(?:\(0\)\s?)?\d(?:[\s./-]?\d){5,13}(?!\d)"
                   r"|(?<![\w+])\(?0\d{2,5}\)?[\s./-]?\d(?:[\s./-]?\d){3,10}(?!\d)")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
PLATE = re.compile(r"(?<![\w-])[{u}]{{1,3}}[- ][A-Z]{{1,2}} ?[1-9]\d{{0,3}}[EH]?(?![\w-])".format(u=_U))
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])"
                    r"|\b(?:instagram|facebook|tiktok|twitter|x|threads|youtube|linkedin)\.com/@?[A-Za-z0-9_.-]{2,40}",
                    re.IGNORECASE)
_STREET = (r"[{u}][{l}{u}.-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad|berg|hof|"
           r"anger|markt|chaussee|promenade)(?: |-)?|[{u}][{l}-]+ (?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|"
           r"Damm)\b ?").format(u=_U, l=_L)
_NUMBER = r"(?:Nr\. ?)?\d{1,4}(?: ?[a-zA-Z]\b)?(?!\d|[.,:]\d)"
_PLACE = r"(?:,? \d{{5}}(?: [{u}][{l}]+(?:-[{u}][{l}]+)?)?)?".format(u=_U, l=_L)
HOME_DE = re.compile(
    r"\b(?:wohne|wohnen|wohnt|wohnhaft|(?:meine|unsere) (?:Adresse|Anschrift|Wohnung|Haustür)|"
    r"(?:mein|unser) (?:Haus|Zuhause)|bei (?:mir|uns) (?:zu ?hause|daheim)?|zu Hause|zuhause|daheim)"
    r"[^.!?\n]{0,25}?\b(?:in der |in |am |an der |im |auf der |:\s?|ist |lautet )?"
    r"(?P<address>(?:" + _STREET + r")" + _NUMBER + _PLACE + r")", re.IGNORECASE)
HOME_EN = re.compile(
    r"\b(?:I live|we live|I'm living|my address is|our address is|my home (?:is )?(?:at|on)|our house (?:is )?(?:at|on)"
    r"|my flat (?:is )?(?:at|on))[^.!?\n]{0,12}?\b(?:at |on |in )?"
    r"(?P<address>\d{1,4}[a-zA-Z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Way|"
    r"Drive|Dr|Court|Place|Gardens|Crescent|Terrace|Grove)\b\.?)", re.IGNORECASE)
_MONTHS = (r"Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.?|Feb\.?|"
           r"Mär\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Okt\.?|Oct\.?|Nov\.?|Dez\.?|Dec\.?|January|February|"
           r"March|May|June|July|October|December")
_DATE = (r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}|\d{1,2}\.? (?:" + _MONTHS + r") (?:19|20)\d{2}|"
         r"(?:" + _MONTHS + r") \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}|\d{1,2}/\d{1,2}/(?:19|20)?\d{2}|"
         r"(?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{2}")
BIRTH = re.compile(r"\b(?:geb\.|geboren(?: am| im| in)?|Geburtsdatum:?|Geburtstag:?|Jahrgang|born(?: on| in)?|"
                   r"date of birth:?|DOB:?|d\.o\.b\.:?)\s?(?P<date>" + _DATE + r")", re.IGNORECASE)
_NAME = r"[{u}][{l}]+(?:-[{u}][{l}]+)?".format(u=_U, l=_L)
INTRO = re.compile(r"\b(?i:ich bin|ich heiße|ich heisse|mein Name ist|mein Name:|hier schreibt|hier ist|"
                   r"I am|I'm|my name is|this is)\s(?:die |der |the )?(?P<name>" + _NAME + r"(?: " + _NAME + r")?)")
TITLED = re.compile(r"\b(?P<name>(?:Frau|Herrn?|Fr\.|Hr\.|Mrs\.?|Mr\.?|Ms\.?|Miss|Dr\.)\s" + _NAME +
                    r"(?: " + _NAME + r")?)")
RELATION = re.compile(
    r"\b(?i:meine?[rn]? (?:Nachbarin|Nachbar|Nachbarn|Vermieterin|Vermieter|Freundin|Freund|Frau|Mann|Tochter|Sohn|"
    r"Mutter|Vater|Oma|Opa|Schwester|Bruder|Kollegin|Kollege|Bekannte|Bekannter|Enkelin|Enkel)|"
    r"unsere?[rn]? (?:Nachbarin|Nachbar|Vermieterin|Vermieter|Tochter|Sohn)|"
    r"my (?:neighbou?r|landlord|landlady|friend|wife|husband|daughter|son|mother|father|mum|mom|dad|sister|brother|"
    r"colleague|grandson|granddaughter))\s?,?\s(?P<name>" + _NAME + r"(?: " + _NAME + r")?)")
SIGNATURE = re.compile(r"(?:^|\n|[.!]\s)(?:Viele Grüße|Liebe Grüße|Mit freundlichen Grüßen|Beste Grüße|Grüße|Gruß|LG|"
                       r"VG|MfG|Best regards|Kind regards|Regards|Cheers|Thanks|Danke)[,!]?\s+(?:(?:von|from)\s)?"
                       r"(?P<name>" + _NAME + r"(?: " + _NAME + r")?)\s*$", re.IGNORECASE)


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
    for m in IBAN.finditer(text):
        if _iban_ok(m.group()):
            add("iban", m.start(), m.end())
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 7 or digits in public_phones or _public(text, m.start(), offices):
            continue
        if _inside(found, m.start(), m.end()) or re.match(r"\d{1,2}\.\d{1,2}\.\d{2,4}$", m.group()):
            continue  # part of an IBAN, or a date
        add("phone", m.start(), m.end())
    for m in PLATE.finditer(text):
        if not _inside(found, m.start(), m.end()):
            add("licence_plate", m.start(), m.end())
    for m in HANDLE.finditer(text):
        if not _inside(found, m.start(), m.end()):
            add("social_handle", m.start(), m.end())
    for pattern in (HOME_DE, HOME_EN):
        for m in pattern.finditer(text):
            add("home_address", m.start("address"), _trim(text, m.start("address"), m.end("address")))
    for m in BIRTH.finditer(text):
        add("birth_date", m.start("date"), m.end("date"))
    for pattern, needs_first_name in ((INTRO, True), (RELATION, False), (TITLED, False), (SIGNATURE, True)):
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
    return _resolve(found)


_NOT_NAMES = {"und", "aus", "seit", "hier", "neu", "mutter", "vater", "rentner", "rentnerin", "anwohner",
              "anwohnerin", "student", "studentin", "and", "from", "new", "here"}


def _iban_ok(text):
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def _public(text, start, offices):
    before = text[max(0, start - 40):start].lower()
    return any(word in before for word in offices)


def _role_before(text, start, roles):
    before = re.findall(r"[\w.]+", text[max(0, start - 30):start].lower())
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


def _choice(privacy):
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


def describe(found, language="de"):
    """'Telefonnummer „0176 1234567“ · Name „Frau Meier“' for a reviewer."""
    labels = KIND_LABELS["de" if language == "de" else "en"]
    quote = "„{}“" if language == "de" else "“{}”"
    return " · ".join("{} {}".format(labels[f.kind], quote.format(f.text)) for f in found)
