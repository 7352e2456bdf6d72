"""Names and homes that the words around them give away, where no introduction names them: a postal address block
above or under a letter ("Absender: M. Zwick, Gartenstr. 18 a, 67657 Kaiserslautern", "Helmtrud und Wigand
Oberhauser · Eselsfürth 12 · 67657 Kaiserslautern"), a first name joined by "und" or "and" to a name already found
("Gerti und Ewald Schnabel", "Tobenna and Ikenna Eze"), a name with an age in brackets ("Maksim (16)"), a relative
or friend named in Arabic, Farsi, Tigrinya or Amharic letters ("أنا وأختي ريم", "دوستم حمید", "ሓወይ ዳዊት")."""
import re

from . import personal_languages as languages
from .personal_patterns import (
    ARABIC_WORD,
    INITIAL,
    NAME,
    NOT_NAMES,
    ORGANISATION_AFTER,
    PERSON,
    TITLES,
    UPPER,
    Finding,
    any_of,
    names_office,
    public_before,
    role_before,
)

_SEP = r"(?:\s?[,·|]\s?|\s[–—-]\s)"
_HOUSE = r"[{u}][\w.'’-]*(?:[ -][\w.'’-]+){{0,3}} \d{{1,4}}(?: ?[a-z](?!\w))?".format(u=UPPER)
_TOWN = r"(?:\d{{5}} [{u}][\w-]+(?: [{u}][\w-]+)?|[{u}]{{2,3}}(?!\w))".format(u=UPPER)  # on its line
_WHO = r"(?:" + INITIAL + r"|" + PERSON + r")"
# Who and where, as an envelope or a letterhead gives them; the town (a postcode, "KL") or "Absender" says it is one
POSTAL_BLOCK = re.compile(r"(?P<sender>(?i:absender|abs\.|return address|mailing address)(?:[^:\n]{0,60}?:\s?|\s))?"
                          r"(?P<names>" + _WHO + r"(?:\s(?:und|and|&|u\.)\s" + _WHO + r")?)" + _SEP +
                          r"(?P<address>" + _HOUSE + r"(?:" + _SEP + _TOWN + r")?)(?![\w-])")
_JOINED_BEFORE = re.compile(r"(?P<name>" + NAME + r")\s(?:und|and|&|u\.|or|oder|\+)\s$")
_JOINED_AFTER = re.compile(r"\s(?:und|and|&|u\.|or|oder|\+)\s(?P<name>[\w-]+)(?![\w-])")
# "my sister …" in Arabic or Farsi ("و" before it: "and my sister"), where the word after it is a name the lists know
# (a verb may follow a relative as well: "ابني يلعب", "my son plays")
_ARABIC_KIN_ANY = re.compile(r"(?<!\w)و?(?:" + any_of(languages.ARABIC_KIN_WORDS) + r")"
                            r"(?:\s(?:الصغير|الكبير|الصغيرة|الكبيرة|الصغرى|الكبرى))?\s(?P<name>" + ARABIC_WORD + r")")
_ETHIOPIC_WORD = r"[\u1200-\u137f]+"
_ETHIOPIC_KIN = re.compile(r"(?<![\u1200-\u137f])(?:" +
                           any_of(languages.ETHIOPIC_KIN_WORDS + languages.ETHIOPIC_INTRO_WORDS) +
                           r")\s(?P<name>" + _ETHIOPIC_WORD + r")")
_NICK_BEFORE = re.compile(r"(?P<name>" + NAME + r")\s\($")  # "Eure Trudel (Gertrud Hambel-Wörner)"
_KIN_BEFORE = re.compile(r"(?i:onkel|tante|oma|opa|eure?|unsere?|deine?|uncle|aunt|auntie|grandma|grandpa|your|our)\s$")
_QUOTED_NICK = re.compile(r"(?<![\w-])(?P<name>" + NAME + r"\s['‘‚„“\"]" + NAME + r"['’“”\"]\s" + NAME + r")(?![\w-])")
_PAIR_BEFORE = re.compile(r"(?P<name>" + NAME + r"\s" + NAME + r"),\s(?:(?i:tel|telefon|phone|mobil|handy)\.?:?\s)?$")
# "I am …" in Tigrinya ("ኣነ ሳባ እየ"), not where the word says where one is from ("ኣነ ኤርትራዊ እየ", I am Eritrean);
# "my name is …" in Hindi ("मेरा नाम अनिल वर्मा है")
_ETHIOPIC_I_AM = re.compile(r"(?<![\u1200-\u137f])(?:ኣነ|ሽመይ|ስመይ|ስሜ)\s(?P<name>" + _ETHIOPIC_WORD + r"(?:\s" +
                            _ETHIOPIC_WORD + r")?)\s(?:እየ|እዩ|ነው)")
_HINDI_NAMED = re.compile(r"(?:मेरा नाम)\s(?P<name>[\u0900-\u097f]+(?:\s[\u0900-\u097f]+)?)\s(?:है|हूँ|हूं)")
# Names the words beside them give away in more ways: two names on one doorbell ("bei Okonkwo/Bauer klingeln", "ring
# at Iyer/Menon"), the name on the bell in quotes ("Klingel „Haddad“"), a home with a bell after it, "I am …, 24",
# Kurdish "ez … im", Hindi "my friend …", a Chinese name to contact or signing ("请联系赵敏", "—— 刘洋") or in Pinyin
# with a common family name ("Li Na", "Chen Yu")
_BELL_PAIR = re.compile(r"(?P<a>" + NAME + r")/(?P<b>" + NAME + r")")
_BELL_WORD = re.compile(r"(?i)klingel|\bring\b|\bbell\b")  # not "Tulpenring/Nelkenweg"
_BELL_QUOTED = re.compile(r"(?i:klingel|klingelschild)\s?:?\s?[„\"“](?P<name>" + NAME + r")[“\"”]")
_HOME_BELL = re.compile(r"(?P<address>[" + UPPER + r"][\w.-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring) "
                        r"\d{1,4}(?: ?[a-z](?!\w))?)"
                        r"(?=(?:[^.!?\n]|\d\.){0,30}(?i:klingel|ring at|bell))")  # ", 2. Stock, Klingel"
_I_AM_AGED = re.compile(r"\b(?i:ich bin|i am|i'm|je suis|soy|sono|sou|jestem|ben)\s(?P<name>" + NAME + r")"
                        r"(?:,\s\d{1,2}\b(?!\s?(?:€|Uhr|%))|"  # "Hevin, 16 Jahre"
                        r"\s\d{1,2}\b(?!\s?(?:Jahre|years|€|Uhr|%)))")
_KURDISH_I_AM = re.compile(r"\b(?i:ez)\s(?P<name>" + NAME + r")\s(?:im|me)\b")
_HINDI_KIN = re.compile(r"(?:मेरे दोस्त|मेरी दोस्त|मेरा दोस्त|मेरे भाई|मेरा भाई|मेरी बहन|मेरा बेटा|मेरी बेटी|मेरे पति|मेरी पत्नी)"
                        r"\s(?P<name>[\u0900-\u097f]+)")
_HAN_CONTACT = re.compile(r"(?:请联系|联系人|联系)[:：]?\s?(?P<name>[\u4e00-\u9fff]{2,3})(?=[\s:：,，(（]|$)|"
                          r"——\s?(?P<signed>[\u4e00-\u9fff]{2,3})\s*$")
_HAN_NOT_NAMES = {"我们", "我", "他们", "她们", "我们的", "方式", "电话", "邮箱", "微信"}
_PINYIN = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü]{1,3}(?:ng|n|r)?"
_PINYIN_NAME = re.compile(r"(?<![\w-])(?P<name>(?:Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Sun|Zhu|Guo|Lin|Luo|Gao|"
                          r"Xu|Li|Wu) (?-i:[A-Z])(?i:" + _PINYIN + r"(?:" + _PINYIN + r")?))(?![\w-])")
_AGED = re.compile(r"(?<![\w-])(?P<name>" + NAME + r")\s\((?:\d{1,2}|\d{1,2}\s(?i:J\.|Jahre|years|yrs))\)")


def postal_blocks(text, lists):
    """The names and the home of a postal address block: two words or an initial and a surname before a street with
    its number, where a postcode or the town follows or the text says it is the sender; not an office's, a club's or a
    hospital's ("Westpfalz-Klinikum, Hellmut-Hartert-Straße 1, …")."""
    found = []
    for m in POSTAL_BLOCK.finditer(text):
        names = m.group("names")
        if not (m.group("sender") or re.search(_SEP + _TOWN + r"$", m.group("address"))) or \
                len(re.findall(r"[^\W\d_]+", names)) < 2 or names_office(names.lower(), lists.offices) or \
                ORGANISATION_AFTER.match(" " + re.findall(r"[^\W\d_]+", names)[-1]) or \
                role_before(text, m.start("names"), lists.roles) or names.split()[0].lower() in NOT_NAMES or \
                public_before(text, m.start("address"), lists.offices):
            continue
        start = m.start("names")
        for part in re.split(r"(\s(?:und|and|&|u\.)\s)", names):
            if part and not re.fullmatch(r"\s(?:und|and|&|u\.)\s", part):
                found.append(Finding("person_name", start, start + len(part), part))
            start += len(part)
        found.append(Finding("home_address", m.start("address"), m.end("address"), m.group("address")))
    return found


def joined(text, found, lists):
    """A first name joined to a name found ("Gerti und Ewald Schnabel", "jonas und mehmet"): capitalised before a
    name of two words, or any first name the lists know on either side."""
    more = []
    for f in found:
        if f.kind != "person_name" or f.text in lists.figures:
            continue  # not "Opel and John Deere"
        before = _JOINED_BEFORE.search(text, max(0, f.start - 30), f.start)
        if before and before.group("name").lower() not in NOT_NAMES | TITLES and \
                (len(f.text.split()) > 1 and not f.text.startswith(("Familie ", "Fam. ", "Ehepaar ")) or
                 _known(before.group("name"), lists)):  # (not "aus Sulaimaniya und Familie Gashi": a place)
            more.append(Finding("person_name", before.start("name"), before.end("name"), before.group("name")))
        after = _JOINED_AFTER.match(text, f.end)
        if after and _known(after.group("name"), lists) and after.group("name").lower() not in NOT_NAMES:
            more.append(Finding("person_name", after.start("name"), after.end("name"), after.group("name")))
    return more


def nicknames(text, found, lists):
    """A name a person goes by: before their full name in brackets ("Onkel Latscho (Karl Weiß)"), or in quotes
    inside it ("Walter 'Buck' Hennessey", the whole of it, where the first name is one the lists know)."""
    more = []
    for f in found:
        before = _NICK_BEFORE.search(text, max(0, f.start - 30), f.start) if f.kind == "person_name" and \
            len(f.text.split()) > 1 and text[f.end:f.end + 1] == ")" else None
        called = before and (_known(before.group("name"), lists) or _KIN_BEFORE.search(text, 0, before.start()))
        if called and before.group("name").lower() not in NOT_NAMES | TITLES:
            more.append(Finding("person_name", before.start("name"), before.end("name"), before.group("name")))
    return more + [Finding("person_name", m.start("name"), m.end("name"), m.group("name"))
                   for m in _QUOTED_NICK.finditer(text) if _known(m.group("name").split()[0].split("-")[0], lists)]


def before_contact(text, found, lists):
    """A first name and a surname set off just before a private phone number or e-mail address ("Javite se:
    Dubravka Šimunović, +385 91 …"): no list need know them, the contact says whose they are."""
    more = []
    for f in found:
        mobile = f.kind == "email" or re.match(r"\s*(?:\+|00|0?1)", f.text) and \
            not re.match(r"\s*(?:\+|00)49\s?\(?0?[2-9]", f.text)
        m = _PAIR_BEFORE.search(text, max(0, f.start - 50), f.start) if f.kind in ("phone", "email") and mobile \
            else None  # not before a landline: an office's may stand there ("Polska Misja Katolicka, tel. 0631 …")
        if m and not any(w.lower() in NOT_NAMES | TITLES | lists.roles for w in m.group("name").split()) and \
                not names_office(m.group("name").lower(), lists.offices):
            more.append(Finding("person_name", m.start("name"), m.end("name"), m.group("name")))
    return more


def aged(text, lists):
    """A first name the lists know with an age in brackets after it ("Maksim (16)", "Lena (9 J.)")."""
    return [Finding("person_name", m.start("name"), m.end("name"), m.group("name")) for m in _AGED.finditer(text)
            if (_known(m.group("name"), lists) or m.group("name") in lists.first_names) and
            not role_before(text, m.start(), lists.roles)]  # (also a name that is a word: "Ruby (5)")


def _known(word, lists):
    name = word[:1].upper() + word[1:]
    return name in lists.plain_first_names or name in lists.more_first_names


def kin_in_other_scripts(text, lists):
    """A relative or friend named after "my sister", "my friend" in Arabic or Farsi letters (a name the lists know,
    in either way of writing its yeh and kaf), or in Ge'ez, where no list knows the names (the word right after)."""
    found = [Finding("person_name", m.start("name"), m.end("name"), m.group("name"))
             for m in _ARABIC_KIN_ANY.finditer(text) if _arabic_name_known(m.group("name"), lists)]
    found += [Finding("person_name", m.start("name"), m.end("name"), m.group("name"))
              for pattern in (_ETHIOPIC_KIN, _HINDI_NAMED) for m in pattern.finditer(text)]
    return found + [Finding("person_name", m.start("name"), m.end("name"), m.group("name"))
                    for m in _ETHIOPIC_I_AM.finditer(text) if not m.group("name").split()[-1].endswith(("ዊ", "ዊት"))]


def _arabic_name_known(word, lists):
    """A name the lists know in Arabic letters, in either way of writing its yeh and kaf, and its first alef
    written without its hamza ("ابراهيم" for "إبراهيم")."""
    arabic = word.replace("ی", "ي").replace("ک", "ك").replace("\u200c", "")
    farsi = word.replace("ي", "ی").replace("ك", "ک")
    hamza = [a + w[1:] for w in (arabic, farsi) if w.startswith("ا") for a in "أإآ"]  # the lists write it
    return any(w in lists.more_first_names for w in [arabic, farsi] + hamza)


def more_contexts(text, lists):
    """Names and homes of the patterns above (doorbells, "I am …, 24", Kurdish, Hindi, Chinese)."""
    found = []

    def add(m, group="name", kind="person_name"):
        found.append(Finding(kind, m.start(group), m.end(group), m.group(group)))

    for m in _BELL_PAIR.finditer(text):
        if _BELL_WORD.search(text, max(0, m.start() - 25), min(len(text), m.end() + 25)) and \
                not names_office(m.group().lower(), lists.offices):
            add(m, "a")
            add(m, "b")
    for pattern in (_BELL_QUOTED, _KURDISH_I_AM, _HINDI_KIN, _PINYIN_NAME):
        for m in pattern.finditer(text):
            add(m)
    for m in _I_AM_AGED.finditer(text):
        if m.group("name").lower() not in NOT_NAMES | lists.roles | {"jahrgang", "baujahr"}:  # "Ich bin Jahrgang 41"
            add(m)
    for m in _HOME_BELL.finditer(text):
        add(m, "address", "home_address")
    for m in _HAN_CONTACT.finditer(text):
        group = "name" if m.group("name") else "signed"
        if m.group(group) not in _HAN_NOT_NAMES:
            add(m, group)
    return found
