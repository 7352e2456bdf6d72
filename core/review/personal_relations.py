"""Names that a chat, a list, a family tie, a greeting or a label gives away, where no introduction names them: the
speaker of a chat line ("[14:35] Melli B.: ich kann!"), a parent named by their child ("die mama von leonie", "father
of Tharshan", "أم ليان"), the others in a list of names found ("7 Hamza, 10 Usman, 18 Zeeshan"), a family by its name
in the plural ("the Johnsons here", "bei Rohrbachs"), a name on a child's things ("Namensschild „Lio Kowalczyk“"), a
maiden name, an account's holder, who writes after a greeting ("Hey it's Jomar"), a name signed under a greeting, after
a dash or on the last line ("Thanks and regards, Adeel", "K. Heß"). Forms, posts and profiles: personal_records."""
import re

from . import personal_languages as languages
from .personal_patterns import (
    ARABIC_WORD,
    INITIAL,
    NAME,
    NAME_LOWER,
    NAME_UPPER,
    NOT_NAMES,
    PERSON,
    TITLES,
    Finding,
    any_of,
    names_office,
    role_before,
)

_SPEAKER_NAME = r"[{u}][{l}]+(?:[ -][{u}][{l}]*\.?){{0,2}}".format(u=NAME_UPPER, l=NAME_LOWER)
# "[14:35] Melli B.:", "14:35 - Jassi:", "12.07.18, 20:01 - Nadja:" as chat programs write a line
_CHAT_LINE = re.compile(r"(?m)^\s*(?:\[?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s)?\d{1,2}:\d{2}(?::\d{2})?\]?\s?[-–]?\s?)"
                        r"(?P<name>" + _SPEAKER_NAME + r"):\s")
_NOT_ITEMS = {"tel", "fax", "mail", "handy", "mobil", "phone", "nr", "whatsapp", "kontakt", "contact", "email",
              "e-mail", "instagram", "insta", "telegram", "facebook",
              # a count ("4 Kinder") or a date ("12 July")
              "kinder", "kids", "children", "leute", "personen", "people", "jungs", "mädchen", "erwachsene", "adults",
              "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember"}
_KIN = {"son", "daughter", "mum", "mom", "dad", "father", "mother", "wife", "husband", "brother", "sister", "baby"}
_PRONOUNS = {"ich", "er", "sie", "wir", "i", "he", "she", "we", "they", "you", "du", "ihr"}
# what a dash or emoji before the last word may sign with that is no name
_NOT_SIGNERS = {"danke", "thanks", "dhanyavaad", "shukriya", "shukran", "merci", "gracias", "grazie", "hvala",
                "spasibo", "obrigado", "teşekkürler", "mulțumesc", "faleminderit", "cheers", "kaiserslautern",
                "lautern", "kl", "gruß", "grüße", "bitte", "please", "ende", "stadtteil", "innenstadt", "idee",
                "vorschlag"}
_NOT_SPEAKERS = {"admin", "info", "system", "bot", "kita", "tafel", "team", "verein", "trainer", "leitung"}
# A parent named by the child ("die mama von leonie", "papa von ronja", "Mom Denitsa" signing), in Arabic a parent
# by the eldest child's name ("أم كريم", mother of Karim), in Farsi and Kurdish "mother of" ("مادر صدف", "دایکی ئاراس")
_CHILD_OF = re.compile(r"(?<![\w-])(?i:mama|mami|mutti|mutter|papa|papi|vater|oma|opa|mum|mom|mommy|dad|daddy|"
                       r"mother|father)\s(?i:von|vom|of)\s(?P<name>[\w-]{2,})(?![\w-])")
_NOT_CHILDREN = {"zwei", "drei", "vier", "fünf", "zwillingen", "drillingen", "two", "three", "four", "five", "twins",
                 "triplets", "the", "a", "an", "my", "his", "her", "their", "einem", "einer", "meinem", "meiner",
                 "der", "dem", "den", "die", "das", "all", "allen", "many", "vielen", "kindern", "children",
                 "kids", "jungs", "boys", "girls", "mädchen"}
_PARENT_SIGNING = re.compile(r"(?<![\w-])(?:Mom|Mum|Mama|Papa|Dad)\s(?P<name>" + NAME + r")(?=\s*(?:[,.;!]|$|\(|"
                             r"\s(?i:phone|tel|handy|mobil)))")
_PARENT_OF_OTHER_SCRIPT = re.compile(r"(?<!\S)(?:أم|ام|أبو|ابو|مادر|پدر|دایکی|باوکی)\s(?P<name>" + ARABIC_WORD +
                                     r")(?:\s(?:و|و\s?)(?P<second>" + ARABIC_WORD + r"))?")
_ARABIC_NOT_CHILDREN = ("ال", "ل", "این", "آن", "من", "ما", "خود", "شما")  # (not "أم لثلاثة", a mother of three)
# A name on a child's things, in quotes ("Namensschild „Lio Kowalczyk“", "a name sticker "AMELIE"", "steht „Paul
# Lehnert“ drauf")
_QUOTE_OPEN, _QUOTE_CLOSE = "[\"„“'‚‘]", "[\"“”'’‘]"
_QUOTED_NAME = r"(?P<name>[{u}][{u}{l}'-]+(?: [{u}][{u}{l}'-]*\.?)?)".format(u=NAME_UPPER, l=NAME_LOWER)
_NAME_LABEL = re.compile(r"(?i:namensschild|namenschild|namensaufkleber|name tag|name sticker|name label|"
                         r"name on it|namen? drauf|anhänger|engraving|gravur)[^\"„“'‚‘.!?\n]{0,20}" + _QUOTE_OPEN +
                         _QUOTED_NAME +
                         _QUOTE_CLOSE + r"|(?i:steht|stand)\s" + _QUOTE_OPEN + _QUOTED_NAME.replace("name>", "on>") +
                         _QUOTE_CLOSE + r"\s?(?i:drauf|darauf|drin)")
# A name the words just before give away: a maiden name, a first name, an account's holder, a profile's owner, the
# person an interpreter speaks for, a name before "(geb." or "(born"
_LABELLED = re.compile(r"(?i:mädchenname|geburtsname|geborene|née|maiden name|vorname|first name|rufname|"
                       r"inhaber(?:in)?|kontoinhaber(?:in)?|account holder|profil von|profile of|"
                       r"channel of|owner|besitzer(?:in)?|halter(?:in)?|eigentümer(?:in)?)\s?:?\s(?P<name>" + INITIAL +
                       r"|" +
                       PERSON + r")")
# A form's signature field ("Signature: M. Thompson", "Unterschrift Erziehungsberechtigte/r: G. Yıldız"), the payee of
# a transfer by an initial ("bitte überweisen an U. Brenner, DE29 …")
_SIGNED_FIELD = re.compile(r"(?i:unterschrift|signature|signed|signiert|gez\.|unterzeichnet)[^:\n]{0,40}:\s?(?P<name>" +
                           INITIAL + r"|" + PERSON + r")|(?i:überweisen an|überweisung an|zahlen an|pay to|payable to|"
                           r"transfer to|transfer it to)\s(?P<payee>" + INITIAL + r")")
_INTERPRETED = re.compile(r"(?i:dolmetscher|dolmetscherin|interpreter)\s?:\s"
                          r"(?!(?:Er|Sie|Es|Wir|Die|Der|Das|He|She|We|They|The)\b)(?P<name>" + NAME +
                          r")\s(?!(?i:und|and)\b)[a-zäöüß]")
_BORN_AFTER_NAME = re.compile(r"(?<!\d\s)(?P<name>" + NAME + r")\s\((?i:geb\.|geboren|born|b\.|dob|\*|" +
                              any_of(languages.BIRTH_WORDS) + r")(?!\w)")
# A name with the honorific after it that Urdu, Hindi or Turkish give a friend or elder ("Shabbir bhai", "Ayşe abla"),
# or its possessive before a birthday ("Tharshan's birthday party")
_HONOURED = re.compile(r"(?P<name>" + NAME + r")\s(?:bhai|bhaiya|bhaijan|baji|sahab|saab|abla|abi|amca|teyze|hanım|"
                       r"khala|chacha)(?![\w-])|(?P<owner>" + NAME + r")['’]s\s(?i:birthday|bday|b-day|geburtstag|"
                       r"party|wedding|hochzeit|number|phone|mobile|cell|e-mail|email|address|handy|nummer)")
# A name and its role in the family in brackets ("Rama (die Mama)"), a name and the one it goes by ("Ramazan aka MC
# Ramo", 'Mestre "Tatu" alias Tiago Ferreira'), Kurmanji "mother of", "father of" ("diya Azad û Berfîn")
_FAMILY_ROLE = re.compile(r"(?P<name>" + NAME + r")\s\((?i:die|der|the|unsere?|our)\s"
                          r"(?i:mama|papa|mutter|vater|mom|mum|"
                          r"dad|oma|opa|tochter|sohn|daughter|son)\)")
_GOES_BY = re.compile(r"(?P<name>" + NAME + r")\s(?i:aka|a\.k\.a\.|alias)\s(?P<nick>(?:MC |DJ |Lil )?" + NAME + r")|"
                      + _QUOTE_OPEN + r"(?P<quoted>" + NAME + r")" + _QUOTE_CLOSE + r"\s(?i:aka|alias)\s")
_KURMANJI = re.compile(r"\b(?:diya|bavê|dayika)\s(?P<name>" + NAME + r")(?:\s(?:û|u)\s(?P<second>" + NAME + r"))?")
# "ich bin Svetla, komme aus Bulgarien", "ich bin Dritona, Mama von Ardit", "bin der Jan-Moritz aus der 8b": a name
# the words after it say is the writer's, known to no list
_I_AM_FROM = re.compile(r"\b(?i:ich bin|bin|i am|i'm|je suis|soy|sono|jestem)\s(?:der |die |de )?(?P<name>" + NAME +
                        r")(?:,\s?|\s)(?i:ich komme aus|komme aus|komm aus|aus|from|I'm from|I come from|vengo de|"
                        r"vengo da|"
                        r"mama von|papa von|mutter von|vater von|mother of|father of|mom of|mum of)\b")
# Two names signing together at the end, with a school class ("Chiara & Melis, 10a", "Von Tom & Aleyna, 7b")
_PAIR_SIGNED = re.compile(r"(?P<a>" + NAME + r")\s(?:&|und|and|\+)\s(?P<b>" + NAME + r"),?\s\d{1,2}\s?[a-e][\s.!]*$")
# A single name signed as the last word with nothing but emoji after it ("… Juz-Adresse. Mo ✂️🎬")
_EMOJI_SIGNED = re.compile(r"[.!?]\s+(?P<name>" + NAME + r")\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d\s]+$")
# A name just before a mobile number, asked for or joined to another ("or Blessing 0152 …", "text Kayla 0172 …")
_BEFORE_MOBILE = re.compile(r"(?:\b(?i:or|oder|call|text|kontakt|contact)|:)\s(?P<name>" + NAME +
                            r")[,:]?\s?$")
# A first name the lists know, in lower case, signed after a dash as the last word ("#SWK – jay")
_DASH_SIGNED_LOWER = re.compile(r"(?:^|\s)[–—-]\s?(?P<name>[a-zäöüß]{2,12})[\s.!]*$")
# "Hey it's Jomar 👋", "Hallo, hier ist Bine!": a greeting, then who writes
_GREETED = re.compile(r"\b(?i:hey|hi|hello|hallo|servus|moin|hiya|guten tag|good morning|selam|salam|merhaba),?\s"
                      r"(?i:it's|its|it is|this is|ich bin|i'm|im|hier ist)\s"
                      r"(?P<name>" + NAME + r")(?=\s*[,!.\U0001F000-\U0001FAFF\u2600-\u27BF(]|\s(?i:here|hier)\b)")
# A name and "here" after a greeting ("Selam! Merhawi here.")
_HERE = re.compile(r"\b(?i:hey|hi|hello|hallo|selam|salam|merhaba|servus|moin)[!,.]?\s(?P<name>" + NAME +
                   r")\s(?i:here|hier)\b")
# Who to ask for ("Ask for Ebony, she's a student there"), an aunt or uncle by name ("Aunty Blessing")
_ASK_FOR = re.compile(r"\b(?i:ask for|frag nach|fragt nach|fragen sie nach)\s(?P<name>" + NAME + r")\b|"
                      r"\b(?:Aunty|Auntie|Aunt|Uncle)\s(?P<aunt>" + NAME + r")")
# Tagalog's article before a person's name ("si Jessa", "ni Ate Lorna", "kay Rodel")
_TAGALOG = re.compile(r"(?<![\w-])(?:si|ni|kay|sina|nina|kina)\s(?P<name>" + NAME + r")(?![\w-])")
# A title before a name with its particle ("ein gewisser Herr van Dijk")
_TITLED_PARTICLE = re.compile(r"\b(?:Frau|Herrn?|Mrs\.?|Mr\.?)\s(?P<name>(?:van|von|de|di|da|del|le|la|al|el|ten|ter)"
                              r"\s(?:der\s|den\s)?" + NAME + r")")
# "(ich + luca + jonas)": friends in lower case joined to the writer, where the lists know them
_WITH_ME = re.compile(r"\b(?i:ich|me|i|wir)\s(?:\+|&|und|and)\s(?P<a>[a-zäöüß]{2,})(?:\s(?:\+|&|und|and)\s"
                      r"(?P<b>[a-zäöüß]{2,}))?")
# A single name signed after a dash as the text's last words ("bringt wasser mit!! ✌️ – Naqib")
_DASH_SIGNED = re.compile(r"(?:^|\s)[–—-]\s?(?P<name>" + NAME + r")[\s.!]*$")
_IN_THE_NAME_OF = re.compile(r"(?:باسم|بإسم|به نام)\s(?P<name>" + ARABIC_WORD + r"(?:\s" + ARABIC_WORD + r")?)")
# Under a greeting at the end ("Thanks and regards, Adeel", "LG\nTini"), or an initial and a surname alone on the
# last line ("\nK. Heß")
_SIGNED = re.compile(r"(?i:regards|grüße|gruß|grüsse|gruss|cheers|thanks|thank you|danke|lg|vg|liebe grüße|xoxo|"
                     r"best wishes|best|love)\s?[,!.]?\s+(?P<name>" + NAME + r")[\s.!]*$")
_LAST_LINE = re.compile(r"(?:\n|[.!?)]\s)\s*[–—-]?\s*(?P<name>" + INITIAL + r")\s*$")
# A family by its name in the plural: "the Johnsons here", "– The Garcias (Luis, Ana …)"
_TITLED_INITIAL = re.compile(r"(?<!\w)(?P<name>(?:Frau|Herrn?|Mrs\.?|Mr\.?|Ms\.?)\s[" + NAME_UPPER + r"]\.)(?!\w|\s?[" +
                             NAME_UPPER + r"])")  # "Herr K." (not "Frau A. Müller": the rules take it whole)
_FAMILY_PLURAL = re.compile(r"(?:\b[Tt]he (?P<name>[{u}][{l}]+s)(?= here\b| family\b)|"
                            r"[–—-]\s?[Tt]he (?P<signed>[{u}][{l}]+s)\b)".format(u=NAME_UPPER, l=NAME_LOWER))
# A list of names: items set off by commas, "und", "&" or lines, each a name with a number, an age or a role in
# brackets beside it ("5 Mirwais Sadat", "Usman (c)", "Mason 3")
_ITEM = re.compile(r"(?:\d{1,3}[.)]?\s)?(?P<name>" + NAME + r"(?: " + NAME + r"| [" + NAME_UPPER + r"]\.)?)"
                   r"(?P<mark>\s\(\w{1,3}\)|\s\d{1,2})?")  # (a first name and an initial: "Selam T.")
_ITEM_AT_END = re.compile(_ITEM.pattern + r"$")
_PLACE_BEFORE = {"from", "aus", "in", "nach", "to", "at", "im", "am", "bei", "of", "von", "vom", "zum", "zur", "der",
                 "die", "das", "dem", "den", "the"}
_LIST_SEP = re.compile(r",\s?|\s(?:und|and|&|\+|u\.)\s|\s*\n\s*")


_TAMIL = r"[\u0b80-\u0bff]+"
# In Tamil letters: "my name is" (two words), "my son", "my daughter", "my husband"… (one word), a name before "(date
# of birth"
_TAMIL_NAMED = re.compile(r"(?:என் பெயர்|என் பேர்|என்னுடைய பெயர்)\s(?P<name>" + _TAMIL + r"(?:\s" + _TAMIL + r")?)|"
                          r"என் (?:மகன்|மகள்|கணவர்|மனைவி|அம்மா|அப்பா|நண்பர்|நண்பன்|தோழி|தம்பி|அக்கா)\s(?P<kin>" +
                          _TAMIL + r")|(?P<born>" + _TAMIL + r"(?:\s" + _TAMIL + r")?)\s\(பிறந்த")


def chat_speakers(text, lists):
    """The speaker of each line of a chat, written as chat programs write it: a time (and date) before the name."""
    return [Finding("person_name", m.start("name"), m.end("name"), m.group("name").rstrip())
            for m in _CHAT_LINE.finditer(text)
            if m.group("name").split()[0].lower() not in NOT_NAMES | TITLES | _NOT_SPEAKERS | lists.roles and
            not names_office(m.group("name").lower(), lists.offices)]


def parents_named(text, lists):
    """A child named where a parent speaks ("mama von leonie", "father of Tharshan"), a parent signing as one ("Mom
    Denitsa"), and in Arabic, Farsi and Kurdish letters the name after "mother of" ("أم ليان", "مادر صدف و مصطفی")."""
    found = []
    for pattern in (_CHILD_OF, _PARENT_SIGNING):
        for m in pattern.finditer(text):
            word = m.group("name")
            if word.lower() not in NOT_NAMES | TITLES | _NOT_CHILDREN | lists.roles and not word[0].isdigit() and \
                    not names_office(word.lower(), lists.offices):
                found.append(Finding("person_name", m.start("name"), m.end("name"), word))
    for m in _PARENT_OF_OTHER_SCRIPT.finditer(text):
        for group in ("name", "second"):
            if m.group(group) and not m.group(group).startswith(_ARABIC_NOT_CHILDREN):
                found.append(Finding("person_name", m.start(group), m.end(group), m.group(group)))
    return found


def labelled(text, lists):
    """Names the words around them give away: on a child's things, a maiden or first name, an account's or a dog's
    owner, whom an interpreter speaks for, before "(geb.", in the name of (Arabic, Farsi), with an honorific, the
    name one goes by, after a greeting or "ask for", in Tamil or Tagalog, signed under a greeting, after a dash or
    before emoji, an initial and a surname on the last line, a pair with their class, a family in the plural."""
    found = []
    for m in _NAME_LABEL.finditer(text):
        group = "name" if m.group("name") else "on"
        found.append(Finding("person_name", m.start(group), m.end(group), m.group(group)))
    for pattern in (_LABELLED, _SIGNED_FIELD, _INTERPRETED, _BORN_AFTER_NAME, _IN_THE_NAME_OF, _SIGNED, _LAST_LINE,
                    _HONOURED, _DASH_SIGNED, _FAMILY_ROLE, _I_AM_FROM, _EMOJI_SIGNED):
        for m in pattern.finditer(text):
            group = next((g for g in ("owner", "payee") if g in pattern.groupindex and m.group(g)), "name")
            name = m.group(group)
            if pattern in (_DASH_SIGNED, _EMOJI_SIGNED) and (role_before(text, m.start(group), lists.roles) or
                                                              name.lower() in _NOT_SIGNERS):
                continue
            if name.split()[0].lower() not in NOT_NAMES | TITLES | _PRONOUNS | _KIN | lists.roles and \
                    not names_office(name.lower(), lists.offices):
                found.append(Finding("person_name", m.start(group), m.end(group), name))
    for pattern, groups in ((_GOES_BY, ("name", "nick", "quoted")), (_KURMANJI, ("name", "second")),
                            (_PAIR_SIGNED, ("a", "b"))):
        for m in pattern.finditer(text):
            named = [g for g in groups if m.group(g)]
            if all(m.group(g).lower() not in NOT_NAMES | TITLES | _PRONOUNS | lists.roles and
                   not names_office(m.group(g).lower(), lists.offices) and m.group(g) not in lists.figures
                   for g in named):
                found += [Finding("person_name", m.start(g), m.end(g), m.group(g)) for g in named]
    for m in _TAMIL_NAMED.finditer(text):
        group = next(g for g in ("name", "kin", "born") if m.group(g))
        found.append(Finding("person_name", m.start(group), m.end(group), m.group(group)))
    for pattern in (_GREETED, _TAGALOG, _TITLED_PARTICLE, _HERE, _ASK_FOR):
        for m in pattern.finditer(text):
            group = "aunt" if pattern is _ASK_FOR and m.group("aunt") else "name"
            if m.group(group).lower() not in NOT_NAMES | TITLES | _PRONOUNS | lists.roles and \
                    not names_office(m.group(group).lower(), lists.offices):
                found.append(Finding("person_name", m.start(group), m.end(group), m.group(group)))
    for m in _WITH_ME.finditer(text):
        found += [Finding("person_name", m.start(g), m.end(g), m.group(g)) for g in ("a", "b")
                  if m.group(g) and m.group(g).capitalize() in lists.plain_first_names]
    for m in _DASH_SIGNED_LOWER.finditer(text):
        if m.group("name").capitalize() in lists.plain_first_names:
            found.append(Finding("person_name", m.start("name"), m.end("name"), m.group("name")))
    for m in _TITLED_INITIAL.finditer(text):
        found.append(Finding("person_name", m.start("name"), m.end("name"), m.group("name")))
    for m in _FAMILY_PLURAL.finditer(text):
        group = "name" if m.group("name") else "signed"
        found.append(Finding("person_name", m.start(group), m.end(group), m.group(group)))
    return found


def before_mobile(text, found, lists):
    """A single name just before a mobile number found, after "or", "call", "Kontakt" ("or Blessing 0152 …")."""
    more = []
    for f in found:
        if f.kind == "phone" and re.match(r"\s*(?:\+|00|01)", f.text) and not re.match(r"\s*(?:\+|00)49\s?\(?0?[2-9]",
                                                                                       f.text):
            m = _BEFORE_MOBILE.search(text, max(0, f.start - 30), f.start)
            if m and m.group("name").lower() not in NOT_NAMES | TITLES | _PRONOUNS | _NOT_ITEMS | lists.roles and \
                    not names_office(m.group("name").lower(), lists.offices):  # (not "oder Handy 0176 …")
                more.append(Finding("person_name", m.start("name"), m.end("name"), m.group("name")))
    return more


def plurals(text, found):
    """A surname found, again in the plural or the genitive ("Tim Rohrbach" … "bei Rohrbachs")."""
    more = []
    for surname in {f.text.split()[-1] for f in found if f.kind == "person_name" and len(f.text) > 3}:
        for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"s(?![\w-])", text):
            more.append(Finding("person_name", m.start(), m.end(), m.group()))
    return more


def listed_with(text, found, lists):
    """The others in a list of names found: where at least half of three or more items are names found, each item
    written as a name is one ("Usman, Hamza, Zeeshan, Mirwais + 7 aus der U19"); two will do where each has an age
    beside it ("Mason 3, Harper 5")."""
    names = [(f.start, f.end) for f in found if f.kind == "person_name"]
    more = []
    for run in _runs(text):
        hits = [item for item in run if any(s < item.end("name") and item.start("name") < e for s, e in names)]
        aged = len(run) == 2 and all(item.group("mark") for item in run)
        if (len(run) >= 3 or aged) and hits and 2 * len(hits) >= len(run) and (len(hits) >= 2 or aged):
            for item in run:
                name = item.group("name")
                if name.split()[0].lower() not in NOT_NAMES | TITLES | _NOT_ITEMS | lists.roles and \
                        not names_office(name.lower(), lists.offices):
                    more.append(Finding("person_name", item.start("name"), item.end("name"), name))
    return more


def _runs(text):
    """The runs of list items in `text`: items filling the place between two separators of one kind (lines, or
    commas and "und" within a line), the first one at the end of the words before it ("Aufstellung für Sa: Usman"),
    the last one before a stop ("99 Jawad. Wer …")."""
    runs, run, pos, kind = [], [], 0, None
    for sep in list(_LIST_SEP.finditer(text)) + [None]:
        end = sep.start() if sep else len(text)
        lead = pos + len(text[pos:end]) - len(text[pos:end].lstrip(" -•*:"))
        item = _ITEM.fullmatch(text, lead, end)
        this = sep is not None and "\n" in sep.group()
        if item and run and sep is not None and kind is not None and this != kind:
            run.append(item)  # the last item of a run of the other kind ("…, 12 July\n1. Jonas Weber")
            if len(run) >= 2:
                runs.append(run)
            run, kind = [], None
            pos = sep.end()
            continue
        if item:
            run.append(item)
            kind = this if sep is not None else kind
            pos = sep.end() if sep else len(text)
            continue
        last = _ITEM.match(text, lead, end)
        if run and last and re.match(r"[.!?;:)]", text[last.end():last.end() + 1]):
            run.append(last)
        if len(run) >= 2:
            runs.append(run)
        first = _ITEM_AT_END.search(text, pos, end)
        place = first and re.search(r"(\w+)\s+$", text[pos:first.start()])
        run = [first] if first and sep and not (place and place.group(1).lower() in _PLACE_BEFORE) else []
        kind = ("\n" in sep.group()) if run else None
        pos = sep.end() if sep else len(text)
    if len(run) >= 2:
        runs.append(run)
    return runs
