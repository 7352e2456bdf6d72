"""Personal data that forms, posts, profiles and mails give away: a form's address with its postcode ("Anschrift:
Eselsfürth 14, 67657 Kaiserslautern"), a home on a US base ("Vogelweh housing, Bldg 2047 Apt 3B"), a forum post's
author ("Beitrag von pfalzbub_1983 »"), the handles of a thread's comments ("lena_kl.2005: omg"), a channel's name
in quotes ("my youtube channel 'Zeeshan Cricket Vlogs'"), the dates beside the names of a list where a line or its
heading says they are dates of birth, and those names, a mail's sender before their address ("From: Kathy Moreno
<kmoreno1961@aol.com>", '"Hoffmann, Birgit" <…>'); and what completes a finding: a home's floor and flat, the year
after a date of birth."""
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
_MAILBOX = re.compile(r"(?:\"(?P<quoted>[" + NAME_UPPER + r"][^<>\n\"\d:;]{1,50}?)\"|(?P<name>[" + NAME_UPPER +
                      r"][^<>\n\"\d:;,]{1,50}?)\"?)\s?<(?P<address>[^<>\s]+@[^<>\s]+)>")  # '"Hoffmann, Birgit" <…>'
_BORN_LINE = re.compile(r"(?m)^[\s•*·-]*" + PERSON + r",?\s(?i:geb\.|geboren|born|\*)\s?\d{1,2}\.\d{1,2}\.\d{2,4}")
# a list's heading that says its dates are dates of birth ("U16 eligibility check (born on/after 01.01.2003):")
_BORN_HEADING = re.compile(r"(?m)^[^\n]*\b(?i:geb\.|geboren|born|Geburtsdatum|Jahrgang|date of birth|DOB)[^\n]*:\s*$")
# a line of such a list: a name, its date, a mark or words in brackets after it ("- Dre Walker, 07/19/2002 ✘ (old)")
_DATED_LINE = re.compile(r"(?m)^[\s•*·-]*(?P<name>" + PERSON + r"),?\s(?P<date>\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2})"
                         r"(?:\s*[✔✓✘✗×x]?\s*(?:\([^()\n]{0,40}\))?)?\s*$")


# The floor, side and flat after a home's street and number, in the languages of the estates ("Bachweg 6, 1. OG
# links", "Kottenring 27, 4. OG, Whg. 16", "3rd floor right", "tầng 3", "etajul 3", "3. этаж", "кв. 4", "(Hinterhaus)")
_FLOOR_WORD = r"(?:OG|EG|DG|UG|Stock|Stockwerk|Etage|Obergeschoss|floor|fl\.|этаж|етаж|piano|όροφος|etajul|etaj|kat|" \
              r"qata|tầng|piętro|p\.|sprat|спрат|кат|andar|piso|étage|emelet|verdieping|etasje|våning|kerros)"
# a floor counted in words or Roman numerals ("erschder Stock", "zweiten Stock", "други спрат", "II piętro")
_ORDINAL = (r"(?:erst|erscht|erschd|zweit|zwett|zwedd|dritt|viert|fünft|sechst|obersten?|unterst)(?:e|er|en|es)?|"
            r"prv[iao]m?|drug[iao]m?|treć[iae]m?|četvrt[iao]m?|први|други|трећи|четврти|пети|"
            r"pierwsze|drugie|trzecie|czwarte|первый|второй|третий|четвёртый|четвертый|"
            r"primeiro|segundo|terceiro|quarto|primo|secondo|terzo|premier|deuxième|troisième|"
            r"[IV]{1,3}\.?")
_SIDE = r"(?:\s(?:links|rechts|mitte|li\.|re\.|left|right|middle|front|back|vorne|hinten|ljevo|desno))?"
_FLOOR = (r"(?:(?:WG\s)?(?:im\s|in the\s|on the\s|au\s|на\s)?(?:\d{1,2}(?:\.º|\.°|\.|st|nd|rd|th|ος|-?ти|-?й|°|º|ª)?|"
          + _ORDINAL + r")\s?" + _FLOOR_WORD + r"|" + _FLOOR_WORD + r"\s?\d{1,2}|"
          r"erdgescho(?:ss|ß)|dachgescho(?:ss|ß)|souterrain|hochparterre|parterre|piano terra|pianterreno|"
          r"rez-de-chaussée|planta baja|térreo|zemin kat|prizemlje|приземље|партер|"
          r"(?:ground|top|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) floor|basement|"
          r"upstairs(?: apt| flat| apartment)?|downstairs|hinterhaus|vorderhaus|seitenflügel|unne|owwe|"
          r"(?:wohnung|whg\.?|flat|apt\.?|apartment|app\.?|кв\.?|квартира|daire|ap\.|mieszkanie|m\.|stan|lakás|"
          r"appartamento|interno|int\.|apartamento|apto\.?|appartement|wohnung nr\.?|whg\.\s?nr\.?)\s?\d{1,4}[a-z]?|"
          r"(?:الطابق|طبقه|منزل)\s\w+)" + _SIDE)
_FLOORS = re.compile(r"(?:(?:,|،)?\s?\(?" + _FLOOR + r"\)?){1,3}(?![\w-])", re.IGNORECASE)
# the floor's word after a home found with the floor's number ("Mainzer Straße 71, 3rd" + " floor", "… 3, 1" + " этаж")
_FLOOR_NUMBER_END = re.compile(r"(?:\d{1,2}(?:\.|st|nd|rd|th)?|\b[IV]{1,3}\.?)$")
_FLOOR_REST = re.compile(r"\s?" + _FLOOR_WORD + _SIDE + r"(?![\w-])", re.IGNORECASE)


# The year after a date of birth found without it: spelled ("am siebzehnten August neunzehnhundertachtundzwanzig"),
# after a comma ("born on the fifth of October, 1930") or with the word for "year" ("9 февраля 1936 года")
_BIRTH_YEAR = re.compile(r",?\s(?:neunzehnhundert[a-zäöüß]*|zweitausend[a-zäöüß]*|"
                         r"nineteen[\s-](?:hundred[\s-](?:and[\s-])?)?[a-z]+(?:-[a-z]+)?|"
                         r"two thousand(?:[\s-](?:and[\s-])?[a-z]+(?:-[a-z]+)?)?|"
                         r"(?:19|20)\d{2}(?!\d)(?:\sгода|\sг\.)?)|\sгода\b|\sг\.", re.IGNORECASE)


def completed(text, found):
    """Each home address found with the floor, side and flat written after it; each date of birth with its year
    where the date was found without it."""
    patterns = {"home_address": _FLOORS, "birth_date": _BIRTH_YEAR}
    found = [f._replace(end=m.end(), text=text[f.start:m.end()]) if f.kind == "home_address" and
             _FLOOR_NUMBER_END.search(f.text) and (m := _FLOOR_REST.match(text, f.end)) else f for f in found]
    done = [f._replace(end=m.end(), text=text[f.start:m.end()]) if f.kind in patterns and
            (m := patterns[f.kind].match(text, f.end)) and
            (f.kind == "home_address" or not re.search(r"(?:19|20)\d{2}", f.text) or
             "года" in m.group() and not re.search(r"\d", m.group())) else f for f in found]  # (a year found:
    # only "года" after it)
    # "Born: the fifth of March": the article of a day written out belongs to it
    return [f._replace(start=f.start - 4, text=text[f.start - 4:f.end]) if f.kind == "birth_date" and
            text[max(0, f.start - 4):f.start].lower() == "the " and not f.text[:1].isdigit() else f for f in done]


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
    return [Finding("person_name", m.start(g), m.end(g), m.group(g)) for m in _MAILBOX.finditer(text)
            for g in ("quoted", "name") if m.group(g) and (m.start("address"), m.end("address")) in addresses]
