"""Personal data that forms, posts, profiles and mails give away: a form's address with its postcode ("Anschrift:
Eselsfürth 14, 67657 Kaiserslautern"), a home on a US base ("Vogelweh housing, Bldg 2047 Apt 3B"), a forum post's
author ("Beitrag von pfalzbub_1983 »"), the handles of a thread's comments ("lena_kl.2005: omg"), a channel's name
in quotes ("my youtube channel 'Zeeshan Cricket Vlogs'"), the dates beside the names of a list where a line or its
heading says they are dates of birth, and those names, a mail's sender before their address ("From: Kathy Moreno
<kmoreno1961@aol.com>")."""
import re

from .personal_patterns import NAME_UPPER, PERSON, Finding, organisation, public_before

_QUOTE_OPEN, _QUOTE_CLOSE = "[\"„“'‚‘]", "[\"“”'’‘]"
# A forum post's header: "Beitrag von pfalzbub_1983 » 09.07.2018", "von Lautrer_Mama » …"
_FORUM = re.compile(r"(?i:beitrag von|von|by|posted by|gepostet von)\s(?P<handle>[\w.-]{3,30})\s[»|]")
# An address in a form's field with its postcode and town ("Anschrift: Eselsfürth 14, 67657 Kaiserslautern")
_FORM_ADDRESS = re.compile(r"(?i:anschrift|adresse|wohnanschrift|address|home address|wohnhaft)\s?:\s?(?P<address>[" +
                           NAME_UPPER + r"][\w.-]+(?:\s[\w.-]+){0,2}\s\d{1,4}\s?[a-z]?,?\s\d{5}\s[" + NAME_UPPER +
                           r"][\w-]+)")
# A home on a US base ("Vogelweh housing, Bldg 2047 Apt 3B")
_BASE_HOUSING = re.compile(r"(?P<address>(?:[" + NAME_UPPER + r"][\w-]+ )?(?i:housing),?\s(?i:bldg\.?|building)\s"
                           r"\d{3,4}"
                           r"(?:,?\s(?i:apt\.?|apartment)\s?\w{1,4})?)")
# A comment under a post as the platforms print it, a handle at the start of the line ("lena_kl.2005: omg 😍",
# "_mertcan67: wann is nächste spiel"): small letters with a dot, an underscore or digits, where two lines or more do so
_COMMENT_LINE = re.compile(r"(?m)^[ \t]*@?(?P<handle>(?=[a-z0-9_.]*[a-zäöüß][a-z0-9_.]*[a-zäöüß][a-z0-9_.]*[a-zäöüß])"
                           r"(?=[a-zäöüß0-9_.]*[_.\d])[a-zäöüß0-9_][a-zäöüß0-9_.]{1,28}[a-zäöüß0-9_]):\s")
# A channel's name in quotes after the platform: "my youtube channel 'Zeeshan Cricket Vlogs'"
_CHANNEL = re.compile(r"(?i:youtube|tiktok|twitch|insta(?:gram)?)[- ](?i:channel|kanal|account|konto|page|seite)"
                      r"\s?:?\s?" +
                      _QUOTE_OPEN + r"(?P<handle>[^\"“”'’‘\n]{3,40})" + _QUOTE_CLOSE)
# A mail's sender or addressee as mail programs write them: "From: Kathy Moreno <kmoreno1961@aol.com>"
_MAILBOX = re.compile(r"(?P<name>[" + NAME_UPPER + r"][^<>\n\"\d:;,]{1,50}?)\"?\s?<(?P<address>[^<>\s]+@[^<>\s]+)>")
_BORN_LINE = re.compile(r"(?m)^[\s•*·-]*" + PERSON + r",?\s(?i:geb\.|geboren|born|\*)\s?\d{1,2}\.\d{1,2}\.\d{2,4}")
# a list's heading that says its dates are dates of birth ("U16 eligibility check (born on/after 01.01.2003):")
_BORN_HEADING = re.compile(r"(?m)^[^\n]*\b(?i:geb\.|geboren|born|Geburtsdatum|Jahrgang|date of birth|DOB)[^\n]*:\s*$")
# a line of such a list: a name, its date, a mark or words in brackets after it ("- Dre Walker, 07/19/2002 ✘ (old)")
_DATED_LINE = re.compile(r"(?m)^[\s•*·-]*(?P<name>" + PERSON + r"),?\s(?P<date>\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2})"
                         r"(?:\s*[✔✓✘✗×x]?\s*(?:\([^()\n]{0,40}\))?)?\s*$")


def births_listed(text):
    """The dates beside the names of a list where one line or its heading says they are dates of birth ("- Sabine
    Groß, geb. 03.03.1977" above "- Nikolai Reimer, 15.10.1990"; "born on/after …:" above "- Dre Walker,
    07/19/2002"), and the names beside them."""
    if not (_BORN_LINE.search(text) or _BORN_HEADING.search(text)):
        return []
    return [Finding(kind, m.start(part), m.end(part), m.group(part)) for m in _DATED_LINE.finditer(text)
            for kind, part in (("birth_date", "date"), ("person_name", "name"))]


def records(text, lists):
    """Homes, handles and dates of birth of the forms, posts, profiles and lists above; not an office's address in a
    form's field ("Familienzentrum … Anschrift: …")."""
    found = births_listed(text)
    for m in _FORM_ADDRESS.finditer(text):
        if not public_before(text, m.start(), lists.offices, sentences=2):
            found.append(Finding("home_address", m.start("address"), m.end("address"), m.group("address")))
    for m in _BASE_HOUSING.finditer(text):
        found.append(Finding("home_address", m.start("address"), m.end("address"), m.group("address")))
    comments = list(_COMMENT_LINE.finditer(text))
    for m in comments if len(comments) >= 2 else ():
        if not organisation(text, m.start("handle"), m.group("handle"), lists.offices):
            found.append(Finding("social_handle", m.start("handle"), m.end("handle"), m.group("handle")))
    for pattern in (_FORUM, _CHANNEL):
        for m in pattern.finditer(text):
            found.append(Finding("social_handle", m.start("handle"), m.end("handle"), m.group("handle")))
    return found


def mailbox_names(text, found):
    """The name a mail program writes before a private e-mail address found ("Kathy Moreno <kmoreno1961@aol.com>")."""
    addresses = {(f.start, f.end) for f in found if f.kind == "email"}
    return [Finding("person_name", m.start("name"), m.end("name"), m.group("name")) for m in _MAILBOX.finditer(text)
            if (m.start("address"), m.end("address")) in addresses]
