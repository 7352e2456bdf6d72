"""The patterns and word lists behind personal_data: how an e-mail address, a phone number, an IBAN, a licence
plate, a handle, a home address, a date of birth and a person's name are written, and the checks that keep a city's
own contacts, public offices and public figures out (resources/privacy/, files a city extends)."""
import json
import re
from collections import namedtuple
from functools import lru_cache

from .. import RESOURCES
from . import personal_languages as languages

UPPER = "A-ZÄÖÜ"
LOWER = "a-zäöüßéèáàóòíìúùçñğışøå"
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\b")
# An address written so that machines miss it: "anna.k [at] web.de", "peter(at)gmx(dot)de", "tom at gmail dot com".
AT = r"(?:\s?[\[({<]\s?(?:at|ät|@)\s?[\])}>]\s?|\s(?:at|ät|bei)\s|\s@\s?|\s?@\s)"  # "w.engel @ gmx . de"
DOT = r"(?:\s?[\[({<]\s?(?:dot|punkt|\.)\s?[\])}>]\s?|\s(?:dot|punkt)\s|\s\.\s|\.)"
PROVIDERS = (r"gmail|googlemail|gmx|web|yahoo|hotmail|outlook|live|t-online|posteo|icloud|me|freenet|aol|mail|"
              r"proton|protonmail|mailbox|online|arcor|email|yandex|hushmail|uni-kl|rhrk")
# (a number spaced off in the local part: "marvin . klein 2004 @ gmx . de"; the domains of the countries citizens
# write from: "shaw.ca", "bigpond dot com", "yahoo.ro")
OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[\w+-]+(?:" + DOT + r"[\w+-]+|\s\d{2,4}(?=\s?@))*)" + AT + r"(?P<domain>[\w-]+(?:" + DOT +
    r"[\w-]+)*" + DOT + r"(?:de|com|net|org|eu|info|io|at|ch|fr|uk|co\.uk|nl|it|es|pl|tr|me|ro|bg|gr|hr|ba|rs|ua|ru|pt|"
    r"be|dk|se|no|fi|cz|sk|hu|us|ca|au|ie|lt|lv|ee|si|al|mk|md|by|kz|br|ar|mx|in|pk|ng|gh|ke|et|er|sy|ir|af|lb|jo|eg|"
    r"ma|tn|dz|vn|cn|ph|id|th|jp|kr|edu|gov|mil))\b", re.IGNORECASE)
# Where the sentence asks to write: a " at … dot " address also at a provider the list does not know
WRITE_TO = re.compile(r"(?i)\b(?:contact|reach|write|e-?mail|mail|schreib|schreibt|kontakt|erreichbar|melde|"
                      r"melden|scrie|scrieți|pisz|napisz|пишите|напишите|écrivez|scrivete|escríbeme|escribe)\w*")
# Not inside an identifier: a UUID or a file name in a link ("09113243-58b0-…", "…%2F09dafe87-0163-4798-92b7")
_GAP = r"(?:\s[–-]\s|[\s./–-])?"  # between a number's digits: nothing, a space, a slash, a dash, " – "
PHONE = re.compile(r"(?<![\w+%/-])(?<!\d[.,])(?:\+|00)\d{1,3}[\s./–-]?(?:\(0\)\s?)?\(?\d{1,5}\)?\s?[\s./–-]?\s?"
                   r"\d(?:" + _GAP + r"\d){3,12}(?![0-9A-Za-z]|-\w)|"
                   r"(?<![\w+%/-])(?<!\d[.,])\(?[0٠۰](?: ?\d){2,5}\)?\s?[\s./–-]?\s?\d(?:" + _GAP + r"\d){3,10}"
                   r"(?![0-9A-Za-z]|-\w)")
# A phone number typed digit by digit ("0 1 7 6 – 2 2 8 4 – 1 9 0 3", "+49 1 5 1 / 2 6 6 0 7 8 3 4"), or a mobile
# with the "(0)" of a number from abroad but no country code before it ("(0)176 4420 8813")
SPACED_PHONE = re.compile(r"(?<![\w+])(?:(?:\+\s?\d\s?\d|0\s?0\s?\d\s?\d)[\s/–-]{1,3})?0?(?:\d[\s/–-]{1,3}){5,13}\d"
                          r"(?![\w])|"
                          r"(?<![\w+])\(0\)\s?1\d{2}[\s/-]?\d{3,4}[\s-]?\d{3,5}(?![\w])")
# A North American number without its country code, as such numbers are written: "719.555.0178", "(555) 123-4567"
US_PHONE = re.compile(r"(?<![\w.+/-])(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[.-])[2-9]\d{2}[.-]\d{4}(?![\w.]\d|\w)")
SERVICE_NUMBERS = ("0800", "0180", "0900", "0137", "116")  # free and service numbers: never a private person
IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?\b")
PLATE = re.compile(r"(?<![\w-])[{u}]{{1,3}}[- ][{u}]{{1,2}} ?[1-9]\d{{0,3}}[EH]?(?![\w-])".format(u=UPPER))
# written in lower case ("kl-ab 7301"): only with a district code of the region, or any word would do
LOWER_PLATE = re.compile(r"(?<![\w-])(?:kl|kus|lu|zw|ps|düw|duew|kib|don|nw|sp|ger|ld|hd|ma|mz|ka|sb|hom|igb|nk|wnd|"
                         r"bir|az|wo|ko|tr)-[a-z]{1,2} ?[1-9]\d{0,3}[eh]?(?![\w-])")
LABELLED_HANDLE = re.compile(r"\b(?i:insta(?:gram)?|snap(?:chat)?|tiktok|twitter|fb|facebook|threads|telegram|"
                             r"discord|twitch|signal|ig|gamertag|psn|xbox|messenger|vk|paypal|"
                             r"threema|reddit|steam|bluesky|wechat|strava|qq|微信号|微信)"
                             r"(?:\s?/\s?(?i:insta(?:gram)?|snap(?:chat)?|tiktok))?(?:\s(?i:me|mir|us|uns|mich))?"
                             r"(?:\s(?i:is|ist|lautet|heißt))?"
                             r"(?:\s?[:=]\s?@?|\s@?(?=\w*[_\d]|\w+\.\w|\w+#\d{4}))"
                             r"(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?:#\d{4})?)(?![\w@])")
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w(])"
                    r"|\b(?:(?:instagram|facebook|tiktok|twitter|x|threads|youtube|linkedin|flickr|pinterest|vimeo|"
                    r"soundcloud|fb|vk|snapchat|xing)\.com(?:/photos|/people|/user|/channel|/c|/in|/add|/profile)?|"
                    r"twitch\.tv|t\.me|m\.me|wa\.me|paypal\.me|ok\.ru|behance\.net|dribbble\.com|"
                    r"linktr\.ee|deviantart\.com)"
                    r"/@?[A-Za-z0-9_.-]{1,39}[A-Za-z0-9_]",
                    re.IGNORECASE)
STREET = (r"[{u}][{l}{u}.-]*(?:straße|strasse|stroß|strooß|stross|str\.|str(?= \d)|weg|gasse|platz|allee|ring|damm|"
           r"ufer|steig|pfad|berg|hof|anger|markt|chaussee|promenade|-Straße|-Strasse|-Str\.|-Weg|-Gasse|-Platz|-Allee|-Ring|"
           r"-Damm)(?: |-)?|"
           r"[{u}][{l}-]+ (?:Straße|Strasse|Stroß|Strooß|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm)(?:\b|(?<=\.)) ?|"
           r"(?-i:(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Beim) "
           r"(?!Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahr)"
           r"(?![{u}][{l}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring)\b)"  # "In der Lindenstraße 4"
           r"[{u}][{l}]+(?:-[{u}][{l}]+)* )(?=\d)"
          ).format(u=UPPER, l=LOWER)
NUMBER = r"(?:Nr\. ?)?\d{1,4}(?:\s?[-–/]\s?\d{1,4}(?!\d))?(?: ?[a-zA-Z]\b)?(?!\d|[.,:]\d)"  # "12-14", "7b"
PLACE = (r"(?:,? (?:Whg\.|Wohnung|Apt\.?|App\.|apartment|flat) ?\d{{1,3}}[a-z]?)?"
         r"(?:(?:,? |,?\n| [·|] )\d{{5}}(?: [{u}][{l}]+(?:-[{u}][{l}]+)?| [{u}]{{2,3}}\b)?"
          r"|, [{u}][{l}]+(?:-[{u}][{l}]+)?(?=\s*(?:[.!?\n,;)—–-]|$|and\b|und\b)))?").format(u=UPPER, l=LOWER)
EN_ADDRESS = (r"\d{1,4}[a-zA-Z]? (?:[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Way|"
               r"Drive|Dr|Court|Place|Gardens|Crescent|Terrace|Grove)\b\.?|"
               r"(?-i:[A-Z][a-zäöüß]+(?:-[A-Z][a-zäöüß]+)*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|"
               r"-Straße|-Strasse|-Str\.|-Weg|-Platz|-Allee|-Ring)|"
               r"(?:Am|An der|Auf der|Im|In der|Zum|Zur) [A-Z][a-zäöüß]+(?:-[A-Z][a-zäöüß]+)*))" + PLACE)
# "12 Hauptstraße", "22 Am Hirschsprung": a German street after its number, as English writes it
HOME_DE = re.compile(
    r"\b(?:wohn\w*|lebe|leben|Anwohner(?:in)?|Adresse?|Address|Anschrift|Umzug|umgezogen|eingezogen|moved (?:to|into)|"
    r"privat|WG|Block|I'm at|I am at|we're at|we are at|my place|our place|rent(?:ing)? a (?:house|flat|room|"
    r"apartment)|mieten|gemietet|Wohnung|Haustür|Haus(?! de[rs] )|Hof|Garten|Zuhause|"
    r"bei (?:mir|uns)|zu Hause|zuhause|daheim|courtyard|liv(?:e|es|ed|ing) at|we live|I live|"
    r"(?:my|our) (?:house|flat|home|building|apartment)|the (?:flat|apartment)|(?:my|our|in the|"
    r"in our) building|Wohnblock|(?:unsere?[rnm]?|meine?[rnm]?) (?:Tür|Einfahrt|Garage|Balkon|Fenster)|"
    r"(?:bin|sind|komme|kommen) aus|Hausnr\.?:?|Hausnummer:?)"
    r"[^.!?\n,]{0,45}?(?:,\s)?\b(?:jetzt |now )?"
    r"(?:in der |in de |in |am |an der |im |auf der |at |on |:\s?|ist |lautet )?"
    r"(?P<address>(?:" + STREET + r")" + NUMBER + PLACE + r"|" + EN_ADDRESS + r")", re.IGNORECASE)
HOME_EN = re.compile(
    r"\b(?:I live|we live|I'm living|I've lived|living|lives|my address is|our address is|my home (?:is )?(?:at|on)|"
    r"our house (?:is )?(?:at|on)|my flat (?:is )?(?:at|on)|(?:my|our) neighbou?rs? (?:at|on|in))"
    r"[^.!?\n]{0,12}?\b(?:at |on |in )?"
    r"(?P<address>" + EN_ADDRESS + ")", re.IGNORECASE)
HOME_STRONG = re.compile(
    r"\b(?:wohne|wohnen|wohnt|wohnhaft|wohn|liv(?:e|es|ed|ing)(?: [\w-]+){{0,2}} (?:at|on)|my address is|"
    r"meine Adresse(?: ist|:)?)\s(?:in der |in de |in |an der |im |auf der |at |:\s?)?"
    r"(?P<address>(?-i:(?:(?:Am|An der|Auf der|Im|In der|Zum|Zur|Unter den|Hinter der) )?[{u}][{l}]+"
    r"(?:-[{u}][{l}]+)*) \d{{1,4}}[a-z]?(?!\d|[.,:]\d)".format(u=UPPER, l=LOWER)
    + PLACE + r")", re.IGNORECASE)
# An address in brackets after the part of town one lives in: "living in Kotten (Am Kottenbrunnen 8)"
HOME_BRACKETED = re.compile(r"\b(?:wohne|wohnen|wohnt|lebe|leben|live|lives|living|a house|ein Haus)\s(?:in|im|am)\s"
                            r"[\w-]+\s\("
                            r"(?P<address>(?:" + STREET + r")" + NUMBER + PLACE + r")\)", re.IGNORECASE)
# An address said to be someone's home after it: "12 Mill Road, where my parents still live", "(Hauptstr. 5, wo
# meine Mutter wohnt)"
HOME_AFTER = re.compile(r"(?P<address>(?:" + STREET + r")" + NUMBER + PLACE + r"|" + EN_ADDRESS + r")\)?,?\s\(?"
                        r"(?:(?:where|wo|in der|in dem|in which)\b)?[^.!?\n]{0,40}?\b(?:live|lives|lived|living|wohnt|"
                        r"wohnen|wohne|wohnte|wohn|lebt|leben|"
                        r"dijî|dijîn|dijîm|dijim|dijin|dimînim|dimînin|"  # Kurmanji: "li Kottenring 15 dijî"
                        r"እነብር|ንነብር|ትነብር|ይነብር|ይነብሩ)\b")  # Tigrinya: "ኣብ Kottenring 25 እነብር"
MONTHS = (r"Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.?|Feb\.?|"
           r"Mär\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Okt\.?|Oct\.?|Nov\.?|Dez\.?|Dec\.?|January|February|"
           r"March|May|June|July|October|December|Novemmer|Dezemmer|Septemmer|Oktower|Auguscht|" +
          "|".join(languages.MONTH_WORDS + languages.ARABIC_MONTHS))
DATE = (r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?!\d)|"
        r"\d{1,2}(?:st|nd|rd|th|\.)? (?:of |de )?(?:" + MONTHS + r"),?(?: de)? (?:19|20|١٩|٢٠|۱۹|۲۰|۱۳|۱۴)\d{2}|"
         r"(?:" + MONTHS + r") \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?!\d)|"
         r"(?:19|20)\d{2}[-/]\d{2}[-/]\d{2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?!\d)|"  # "1996/03/15", "02-11-2002"
         r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|"
         # the year first, as Hungarian and Kazakh write it ("1951. június 11-én", "1947 жылы 8 наурызда")
         r"(?:19|20)\d{2}\.\s?(?:" + MONTHS + r")\s\d{1,2}(?!\d)|(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.(?!\d)|"
         r"(?:19|20)\d{2}\s(?:жылы|ж\.)\s\d{1,2}\s(?:" + "|".join(languages.KAZAKH_MONTHS) + r")(?:да|де|та|те)?")
# (a day, not a year alone: "born 1988" says little, and is common; in any digits, "١٥/٠٣/٢٠١٢" too)
# A day and month without the year ("1.1.", "2. Juli", "August 3", "9th of December"): a birthday, where the words
# say so
YEARLESS = (r"\d{1,2}\.\s?\d{1,2}\.(?!\s?\d)|\d{1,2}/\d{1,2}(?![/\d])|"
            r"(?:[a-zäöü]+(?:ten|sten|ter|ster)|first|second|third|[a-z]+th) (?:of )?(?:" + MONTHS + r")\b|"
            r"\d{1,2}\s?月\s?\d{1,2}\s?日|\d{1,2}(?:st|nd|rd|th|\.)? (?:of |de )?(?:" + MONTHS +
            r")\b(?!,? (?:19|20)?\d{2})|(?:" + MONTHS + r") \d{1,2}(?:st|nd|rd|th)?\b(?!,? (?:19|20)\d{2})")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def any_of(words, han=False):
    """A regular expression's any_of of `words` (longest first), those written in Han characters or not."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if bool(_HAN.search(w)) == han)


BIRTH = re.compile(r"(?:\b(?:geb\.|geboren|gebore|Geburtsdatum|Geburtstag|Jahrgang|Ausweis|born|birthday|birth ?date|"
                   r"b-?day|date of birth|DOB|d\.o\.b\.)|\((?:d|doğ)\.(?=\s?\d)|"  # Turkish: "(d. 11.02.2003)"
                   r"\b(?:" + any_of(languages.BIRTH_WORDS) + r")(?!\w)|" +
                   any_of(languages.BIRTH_WORDS, han=True) + r")"
                   r"[^.!?\n\d]{0,50}?(?P<date>" + DATE + r"|" + YEARLESS + r")", re.IGNORECASE)
STAR = re.compile(r"(?:^|[\s,(])\*\s?(?P<date>" + DATE + r")")  # "Hildegard Weiß, * 12.04.1938"
BORN_AFTER = re.compile(r"\b(?:am |on )?(?P<date>" + DATE + r"|" + YEARLESS + r")[^.!?\n\d]{0,40}?(?:\b(?:geboren|born|"
                        r"Geburtstag|birthday|" + any_of(languages.BORN_AFTER_WORDS) + r")(?!\w)|" +
                        any_of(languages.BORN_AFTER_WORDS, han=True) + r")", re.IGNORECASE)


def _letters(upper):
    """The capital (or small) letters of the Latin alphabets of every community ("Ł", "Ș", "Ễ" in "Nguyễn"), Greek
    and Cyrillic, for a regular expression's character class."""
    ranges = ((0xC0, 0x250), (0x1E00, 0x1F00), (0x386, 0x3D0), (0x400, 0x530))
    return "".join(chr(c) for a, b in ranges for c in range(a, b)
                   if chr(c).isalpha() and (chr(c).isupper() if upper else chr(c).islower()))


NAME_UPPER = UPPER + _letters(True)
NAME_LOWER = LOWER + _letters(False)
NAME = r"(?:Mc|Mac|O'|Dell'|Dall'|D')?[{u}][{l}]+(?:-[{u}][{l}]+)?".format(u=NAME_UPPER, l=NAME_LOWER)  # "Dell'Olio"
# "Adelheid v. Grolmann", "R. dela Cruz", "Yusuf al-Hassan"
_PARTICLE = (r"(?:(?:de|van|von|v\.|der|den|del|dela|della|dos|da|di|le|la|al|el|bin|ibn|zu|ten|ter) |"
             r"(?:al|el|ul|ad|as|ar)-)*")
PERSON = NAME + r"(?: [{u}]\. ".format(u=NAME_UPPER) + NAME + r"| " + _PARTICLE + NAME + \
    r"| [{u}]\.(?!\w))?".format(u=NAME_UPPER)  # "Sabine K.", "Femke de Vries", "Margaret A. Thompson"
LOWER_NAME = r"[a-zäöüçğış][{l}]+".format(l=NAME_LOWER)  # "lg jule": a first name written in lower case
INITIAL = r"[{u}]\.\s?".format(u=NAME_UPPER) + _PARTICLE + NAME  # "Gruß, T. Albrecht", "J. van der Berg"
PERSON3 = PERSON + r"(?: " + NAME + r")?"  # "I'm Ali Reza Hosseini"
INTRO = re.compile(r"\b(?i:ich bin|isch bin|i bin|ich heiße|ich heisse|mein Name ist|mein Name:|hier schreibt|hier ist|"
                   r"I am|I'm|Im|my name is|this is|it's|it is|c'est|je suis|sono|soy|jestem|ik ben|ben)\s"
                   r"(?:die |der |de |the )?"
                   r"(?P<name>" + PERSON3 + r")")
NAMED = re.compile(r"(?<!\w)(?i:mein Name ist|ich heiße|ich heisse|my name is|my name's|I'm called|I am called|"
                   r"nennt mich|call me|je m'appelle|mi chiamo|me llamo|nazywam się|mam na imię|меня зовут|"
                   r"мене звати|benim adım|adım|ismim|mijn naam is|ik heet|jmenuji se|numele meu este|"
                   r"er heißt|sie heißt|er heisst|sie heisst|he's called|she's called|"
                   r"(?:Oma|Opa|Nene|Dede|Mutter|Vater|Sohn|Tochter|Frau|Mann|Nachbarin|Nachbar|Kind|Freundin|Freund|"
                   r"Cousine|Cousin|Enkelin|Enkel) (?:heißt|heisst|hieß)|"
                   r"tôi là|tên tôi là|namens|" + any_of(languages.INTRO_WORDS) + r")\s(?P<name>" + PERSON3 + r")|"
                   r"(?:^|(?<=[,.!?;:]\s))(?i:" + any_of(languages.START_INTRO_WORDS) + r")\s"
                   r"(?P<start_name>" + PERSON3 + r")")
# A name in a script without capitals, after "my name is" ("اسمي هبة الشامي،", "我叫王丽"): personal_finders takes the
# words up to the next stop
_ARABIC_LETTERS = r"[\u0621-\u064A\u064B-\u065F\u066E-\u06D3\u06FA-\u06FF]+"
ARABIC_WORD = _ARABIC_LETTERS + r"(?:\u200c" + _ARABIC_LETTERS + r")*"  # Farsi joins a name's parts: "علی‌رضا"
ARABIC_NAMED = re.compile(r"(?<!\w)(?:" + any_of(languages.ARABIC_INTRO_WORDS) + r")\s+(?P<name>" + ARABIC_WORD +
                          r"(?:\s" + ARABIC_WORD + r"){0,2})")
ARABIC_I_AM = re.compile(r"(?<!\w)(?:" + any_of(languages.ARABIC_I_AM) + r")\s+(?P<name>" + ARABIC_WORD +
                         r")(?=\s*(?:[.،,!؟?:;\n]|$))")
HAN_NAMED = re.compile(r"(?:" + any_of(languages.HAN_INTRO_WORDS, han=True) + r")(?P<name>[\u4e00-\u9fff]{2,3})"
                       r"(?![\u4e00-\u9fff])")
# "mia nonna Rosa Ferraro", "мой сын Дмитрий", "oğlum Emre": a relative named, in the writer's own language
KIN_ABROAD = re.compile(r"(?<!\w)(?i:" + any_of(languages.KIN_WORDS) + r"),?\s(?:(?:η|ο|la|il|el|a|o|pan|pani|pana)\s)?"
                        r"(?P<name>" + PERSON3 + r")(?![\w'’-])")
INTRO_EN = re.compile(r"\b(?:I'm|I am|i'm|i am|this is|(?i:ich bin|hier ist|hier schreibt))\s(?P<name>" + NAME +
                      r" (?:Mc|Mac|O')?" + NAME + r")(?=\s?[.,!;)]|\s(?:and|from|here|aged?|und|aus|hier)\b)|"
                      r"\b(?:[Ii]ch|I),\s(?:Dr\.\s(?:med\.\s)?|Prof\.\s)?(?P<comma_name>" + NAME + r" " + NAME +
                      r"(?: " + NAME + r")?)(?=,|\s\()")  # "ich, Dr. med. Annegret Voss (im Ruhestand)"
KIN_OF = re.compile(r"\b(?i:Oma|Opa|Mama|Papa|Mutter|Vater|Tante|Onkel|grandma|grandpa|granny|mum|mom|dad|mother|"
                    r"father|aunt|uncle) (?i:von|of) (?P<name>" + NAME + r")(?: (?i:und|and|&) (?P<other>" + NAME +
                    r"))?")
FROM_FAMILY = re.compile(r"\b(?i:from|von|grüße von|greetings from|love from) the (?P<name>[A-Z][a-z]+s)\b")
# "We're the Millers", "wir sind die Wilsons", "our family (the Okonkwos)"
WE_ARE_THE = re.compile(r"\b(?i:we're|we are|wir sind|our family,?\s\(?)\s?(?i:the|die)\s(?P<name>[A-Z][a-z]+s)\b")
TITLED = re.compile(r"(?<!\w)(?P<name>(?:Frau|Fraa|Herrn?|Fr\.|Hr\.|Mrs\.?|Mr\.?|Ms\.?|Miss|Dr\.|Prof\.|" +
                    any_of(languages.TITLE_WORDS) + r")\s(?:(?:Dr|Prof)\.\s?)*" + NAME +
                    r"(?: " + NAME + r"){0,2})")  # ("Mr Hoàng Văn Long")
RELATION = re.compile(
    r"\b(?i:(?:mei|meine?[rnms]?|unsere?[rnms]?|seine?[rnms]?|ihre?[rnms]?) "
    r"(?:(?:verstorbene[rn]?|liebe[rn]?|kleine[rn]?|große[rn]?|ältere[rn]?|jüngere[rn]?) )?"
    r"(?:Mudder|Vadder|Schwiegermudder|Schwiegervadder|Schwiegermutter|Schwiegervater|Schwiegertochter|"
    r"Schwiegersohn|Nachbarin|Nachbar|Nachbarn|"
    r"Nochbern?|Nochbarin|"
    r"Vermieterin|Vermieter|Freundin|Freund|Frau|Mitbewohnerin|Mitbewohner|Tandempartnerin|Tandempartner|"
    r"Mann|Tochter|Sohn|Mutter|Vater|Oma|Opa|Schwester|Bruder|Kollegin|Kollege|Bekannte|Bekannter|Enkelin|Enkel|"
    r"Onkel|Tante|Schwager|Schwägerin|Cousin|Cousine|Nichte|Neffe|Kinder|Kind)|"
    r"(?:my|our|his|her|their|your) (?:(?:late|dear|beloved|little|big|older|younger|elder|eldest|youngest) )?"
    r"(?:neighbou?rs?|landlord|landlady|friends?|wife|husband|partner|girlfriend|"
    r"boyfriend|daughter|son|"
    r"mother|father|mum|mom|dad|sister|brother|colleague|grandson|granddaughter|grandma|grandpa|granny|grandmother|"
    r"grandfather|aunt|uncle|cousin|nephew|niece|kids?|children|child|baby|flatmate|roommate|twins|tandem partner|"
    r"(?:brother|sister|mother|father|son|daughter)-in-law|stepson|stepdaughter|grandchildren|grandkids))\s?,?\s"
    r"(?:(?:der|die|de|the|es|s') )?(?P<name>" + NAME + r"(?: " + NAME + r")?)"  # "mei Mudder, es Lissel"
    r"(?: \(\d{1,2}\))?(?: (?i:und|and|&) (?P<other>" + NAME + r"))?")  # "unsere Kinder Mia und Paul"
# A relative called by a first name: "bei Oma Gisela", "Tante Hatice", "Uncle Bob"
KIN = re.compile(r"\b(?:Oma|Opa|Omi|Opi|Tante|Onkel|Auntie|Aunt|Uncle|Grandma|Grandpa|Granny|Nonna|Nonno|Teyze|Amca|"
                 r"Abla|Babuschka)\s(?P<name>" + NAME + r")")
HERE = re.compile(r"(?:^|[,.!?:;]\s*|\b(?i:Hi|Hallo|Hello|Hey|Moin|Servus)\s)(?P<name>" + PERSON +
                  r")\s(?:here|hier)\b")  # "Hi, Sarah here"
FORM_NAME = re.compile(r"(?m)^[\s*•·-]*(?i:Name|Vorname|Nachname|Vor- und Nachname|Name, Vorname|Nachname, Vorname|"
                       r"Name des Kindes|Child's name|Child name|Surname|Last name|Family name|Antragsteller(?:in)?|"
                       r"Teilnehmer(?:in)?|Participant|Applicant|Absender|Full name|Contact name|" +
                       any_of(languages.FORM_NAME_WORDS) + r")"
                       # from a form: "Name: Kowalski, Jan", "Name: Mateus Ferreira da Silva", "Surname: Dela Cruz"
                       r"\s?:\s?(?P<name>" + NAME + r", " + NAME + r"|" + NAME + r"(?: " + _PARTICLE + NAME +
                       r"){0,3})")
SIGNATURE = re.compile(r"(?:^|\n|[.!]\s+)(?i:Viele Grüße|Liebe Grüße|Mit freundlichen Grüßen|Beste Grüße|Grüße|Gruß|LG|"
                       r"VG|MfG|Best regards|Kind regards|Regards|Cheers|Thanks|Danke|Merci|Grazie|Dziękuję|"
                       r"Teşekkürler|Gruss|"
                       r"Servus|Ciao|Bye|xoxo|Love|Best)[,!]?\s+(?:(?:von|from)\s)?"
                       r"(?P<name>" + PERSON + r"|" + INITIAL + r")")
DASHED = re.compile(r"(?:^|\s)[–—-]\s?(?P<name>" + PERSON + r"|" + INITIAL + r")(?=\s*(?:\(|,|$|\n))")
FAMILY = re.compile(r"(?<!\w)(?:Familie|Fam\.|Ehepaar|Geschwister|family of the|the|" +
                    any_of(languages.FAMILY_WORDS) + r")\s(?P<name>" + NAME +
                    r")(?:\s(?:family|Family))?")
# The account's holder named ("(Konto vum Uwe)", "account of Femke de Vries")
ACCOUNT = re.compile(r"\b(?i:Kontoinhaber(?:in)?|Konto|Inhaber(?:in)?|Empfänger(?:in)?|account holder|account|"
                     r"recipient|" + any_of(languages.ACCOUNT_WORDS) + r")\b"
                     r"\s?(?i:von|vum|vom|of|:)?\s?(?:(?i:der|die|dem|the)\s)?(?P<name>" + PERSON + r"|" +
                     LOWER_NAME + r"(?: " + LOWER_NAME + r")?)")
# A first name in lower case after a relation or a greeting ("mein cousin tarek", "lg jule"): checked against the list
LOWER_NAMES = re.compile(r"(?i:\b(?:mein|meine|meiner|meinem|mei|unser|unsere|my|our)\s(?:cousin|cousine|bruder|"
                         r"schwester|freund|freundin|kumpel|nachbar|nachbarin|sohn|tochter|mann|frau|brother|sister|"
                         r"friend|buddy|mate|neighbou?r|son|daughter|husband|wife|mitbewohnerin|mitbewohner|"
                         r"flatmate|roommate)|\b(?:oma|opa|tante|onkel|hallo|hello|liebe|lieber|dear|lg|vg|gruß|"
                         r"grüße|gruss|danke|"
                         r"thx|thanks|cheers|bye|ciao|merci)\b,?)\s(?-i:(?P<name>" + LOWER_NAME + r"))(?=[\s.,!?]|$)")
# A first name in lower case after an article in speech or an introduction ("mit dem yusuf und der lea", "hi bin die
# jana", "hey its maya", "ich (petra) würde"): checked against the list
LOWER_ARTICLE_NAME = re.compile(r"(?<![\w-])(?:(?:der|die|dem|den|de)\s|(?:its|it's|i'm|bin|ich bin)"
                                r"(?: (?:die|der|de))?\s|(?:ich|i|me) \()(?P<name>" + LOWER_NAME +
                                r")(?=[\s.,!?)]|$)")
# The last words a name or two ("— Tom & Priya", "(abends). Hans-Peter", "Mahmoud und Lina Haddad")
TRAILING = re.compile(r"(?:^|[.!?,:;)–—-]\s*|\n\s*|\s)(?P<names>" + PERSON + r"(?:\s?(?:und|and|&|u\.)\s?" + PERSON +
                      r")?)[^\w\n]*$")
# A handle-like word (an underscore or digits in it) where the sentence names a platform ("on discord, add meeple_mara")
PLATFORM = re.compile(r"(?i)\b(?:discord|insta(?:gram)?|snap(?:chat)?|tiktok|telegram|twitch|signal|threema|steam|"
                      r"xbox|psn|playstation|ps[45]|roblox|"
                      r"skype|reddit|bluesky|facebook|fb|wechat|اینستاگرام|انستغرام|إنستغرام|انستقرام|تلگرام|تيليجرام)\b|微信")
HANDLE_LIKE = re.compile(r"(?<![\w@./-])[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@/-])|"
                         r"(?<![\w@./-])[A-Za-z]+[._]?\d+[A-Za-z0-9_]*(?![\w@/-])|"
                         r"(?<![\w@./-])[a-zäöüß]{2,}(?:\.[a-z0-9äöüß]{2,}){1,3}(?![\w@/-]|\.\w)")  # "jaqui.bär.kl"
# A Discord name with its number ("nightowl_kl#7732"), wherever it stands
DISCORD_TAG = re.compile(r"(?<![\w#&/.])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w#])")
# A bracketed list of first names ("(Jan, Merve und Kofi)"), a name with "and me" ("Yiannis and me"), a first name
# after an article in speech ("de Manfred", "der Heiko"), a birthday by the age it brings ("Am 17. Juni werde ich 80")
NAME_LIST = re.compile(r"\((?P<names>" + PERSON + r"(?:, " + PERSON + r")*(?: (?:und|and|&) " + PERSON + r")?)\)")
AND_ME = re.compile(r"(?P<name>" + NAME + r") (?:and me|and I|und ich|un isch)\b")
# A Vietnamese name: one of the common family names before one to three given names ("Nguyễn Anh Tuấn", "Lê Thị Lan")
VIETNAMESE = re.compile(r"(?<![\w-])(?P<name>(?:" + any_of(languages.VIETNAMESE_SURNAMES) + r")(?: " + NAME + r"){1,3})"
                        r"(?![\w-])")
# A surname before the first name, as the Palatinate says it ("de Schmitt Karl", "die Becker Erna")
SURNAME_FIRST = re.compile(r"(?<![\w-])(?i:de|der|die)\s(?P<name>" + NAME + r"\s(?P<first>" + NAME + r"))(?![\w-])")
# A list of children with their dates of birth ("Kinder:\nKacper – 04.02.2010"), where the text speaks of children
CHILD_LINE = re.compile(r"(?m)^[\s•*·-]*(?P<name>" + NAME + r")\s?(?:[–—:-]|,)\s?(?:geb\.\s?|\*\s?|born\s)?"
                        r"(?P<date>" + DATE + r")\s*$")
CHILDREN = re.compile(r"(?i)\b(?:kinder|kids|children|sohn|söhne|tochter|töchter|sons?|daughters?|enkel\w*)\b")
ARTICLE_NAME = re.compile(r"(?<![\w-])(?i:de|der|die|d')\s(?P<name>" + NAME + r")(?![\w-])")
TURNS = re.compile(r"\b(?i:am|on)\s(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.|(?:" + MONTHS + r")\b)|\d{1,2}(?:st|nd|rd|th)? "
                   r"(?:of )?(?:" + MONTHS + r")\b|(?:" + MONTHS + r") \d{1,2}(?:st|nd|rd|th)?)[^.!?\n\d]{0,25}?"
                   r"\b(?i:werde ich|werd ich|wird (?:er|sie)|"
                   r"wird (?:mein|meine|unser|unsere)\s\w+(?:\s\w+)?\s\d{1,3}\b|"
                   r"I turn|I'll be|I will be|(?:he|she) turns|"
                   r"hab(?:e)? ich Geburtstag|ist mein Geburtstag|is my birthday|feiere? ich meinen \d|"
                   r"I celebrate my \d)")
AGE = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eins|zwei|drei|vier|fünf|"
       r"sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zig)")
TURNS_AGE_FIRST = re.compile(r"\b(?:turns?|turning|wird|werde|wurde)\s" + AGE + r"\s(?:on|am)\s(?:the\s)?"
                             r"(?P<date>" + DATE + r"|" + YEARLESS + r")", re.IGNORECASE)  # "turns 7 on September 2nd"
# "wird am 23.08. sechs", "wird am 30. August 90" (not "wird am 23.08. eröffnet")
TURNS_DATE_FIRST = re.compile(r"\b(?i:turns?|wird|werde|werd|wead)\s(?i:on|am)\s(?P<date>" + DATE + r"|" + YEARLESS +
                              r"|\d{1,2}\.?\s(?:" + MONTHS + r"))\s(?i:" + AGE + r")\b")
# A list of birthdays: a name and a day and month after it, where the text speaks of birthdays
BIRTHDAYS = re.compile(r"(?i)geburtstag|gratulier|birthday|urodzin|день рожд|doğum gün|rođendan|ditëlindj")
NAMED_DATE = re.compile(r"(?P<name>" + PERSON + r"),?\s(?P<date>\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d{2}(?!\d)|(?!\d))|"
                        r"\d{1,2}\.\s(?:" + MONTHS + r")\b(?: (?:19|20)\d{2}(?!\d))?)")  # "… Merz 07.07.1931"
YEARS_ON = re.compile(r"\b\d{1,3}\s(?i:years? (?:young|old)|Jahre(?: alt| jung)?)\s(?i:on|am)\s(?:the\s)?(?P<date>" +
                      DATE + r"|" + YEARLESS + r")")  # "60 years young on August 4"
CELEBRATES = re.compile(r"\b(?:feier\w*|celebrat\w*)\s(?:am|on)\s(?P<date>" + YEARLESS + r")\s(?:meinen|my|seinen|"
                        r"ihren|his|her)\s" + AGE + r"\b", re.IGNORECASE)
# A licence plate in brackets after a vehicle, as any country writes it ("seinen Dacia (B 217 MKT)", "Bus (WPI 38K21)")
VEHICLE_PLATE = re.compile(r"(?<!\w)(?i:auto|wagen|bus|transporter|van|dacia|golf|passat|mercedes|bmw|audi|opel|ford|"
                           r"skoda|fiat|toyota|car|truck|suv|lkw|pkw|motorrad|roller|" +
                           any_of(languages.VEHICLE_WORDS) + r")\w*[^.!?\n()]{0,30}\("
                           r"(?P<plate>(?=(?:[^)]*\d){2})[A-Z]{1,3}[ -]?[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,4})?)\)")
# A licence plate as any country writes it, where a word says it is one: "Kennzeichen GH-417-TZ", "34 FK 2291
# plakalı", "rendszáma NRT-514", "KL – H 4711"
_PLATE_SHAPE = (r"(?=[A-Z0-9 –-]{0,14}\d)(?=[A-Z0-9 –-]{0,14}[A-Z])[A-Z0-9]{1,4}(?:\s?[-–]\s?|\s)[A-Z0-9]{1,5}"
                r"(?:(?:\s?[-–]\s?|\s)[A-Z0-9]{1,4})?")
NAMED_PLATE = re.compile(r"(?i:\b(?:" + any_of(languages.PLATE_WORDS) + r"))(?:[^.!?\n\d]|z\.\s?B\.|e\.g\.){0,25}?"
                         r"(?<![\w-])"
                         r"(?P<plate>" + _PLATE_SHAPE + r")(?![\w-])|(?<![\w-])(?P<before>" + _PLATE_SHAPE +
                         r")(?![\w-])[^.!?\n\d]{0,12}?(?i:\b(?:" + any_of(languages.PLATE_WORDS) + r"))")
# A phone number spelled out in words (personal_finders wants its leading zero or a word for a phone before it)
_DIGIT = r"(?:" + any_of(languages.DIGIT_WORDS) + r"|\d{1,4})"
SPELLED_PHONE = re.compile(r"(?i)(?<!\w)(?P<phone>" + _DIGIT + r"(?:(?:\s?[–,-]\s?|\s)" + _DIGIT + r"){5,})(?!\w)")
PHONE_WORD = re.compile(r"(?i)\b(?:tel|telefon|fon|handy|mobil|nummer|phone|call|ruf|anrufen|whatsapp)\b")
# A German street in a text in another language, said to be a home: "Я живу на Königstraße 112"
HOME_ABROAD = re.compile(r"(?<!\w)(?i:" + any_of(languages.HOME_WORDS) + r")(?!\w)[^.!?\n]{0,25}?\(?"
                         r"(?P<address>(?:" + STREET + r")" + NUMBER + PLACE + r")")
# A plate without brackets just after a vehicle: "von dem Kombi mit TM 08 XLP"
VEHICLE_BARE_PLATE = re.compile(r"(?<!\w)(?i:auto|wagen|bus|transporter|van|car|truck|lkw|pkw|taxi|" +
                                any_of(languages.VEHICLE_WORDS) +
                                r")\w*:?\s(?:[^.!?\n\d]{0,40}?\s)??"  # "my van is the white one with …", "Auto: …"
                                r"(?P<plate>(?=[A-Z0-9 -]{6})" + _PLATE_SHAPE + r")(?![\w-])")
# A relative named in Arabic or Farsi: one word after "my son", before a stop or "born" ("ابني يوسف وُلد …")
ARABIC_KIN = re.compile(r"(?<!\w)و?(?:" + any_of(languages.ARABIC_KIN_WORDS) + r")\s(?P<name>" + ARABIC_WORD +
                        r")(?=\s*(?:[.،,!؟?:;()\n–-]|$|[A-Za-z]|(?:" + any_of(languages.BIRTH_WORDS) + r")))")
# "Yilmaz heißt er", "Kostas is his name": the name before the words that say it is one
NAME_THEN_CALLED = re.compile(r"(?P<name>" + PERSON + r"),?\s(?i:heißt er|heißt sie|heisst er|heisst sie|is his name|"
                              r"is her name)\b")
# Farsi "I am … ": "من احمد شاه هستم"
FARSI_I_AM = re.compile(r"(?<!\w)من\s(?P<name>" + ARABIC_WORD + r"(?:\s" + ARABIC_WORD + r"){0,2})\sهستم")
# A signature in Cyrillic or Greek as the last words after a sentence ("… немає. Оксана"), not a thanks
LAST_WORD_SCRIPT = re.compile(r"(?:^|[.!?]\s+|\n)(?P<name>[\u0400-\u042f\u0386-\u03ab][\u0430-\u045f\u03ac-\u03ce]+"
                              r"(?:\s[\u0400-\u042f\u0386-\u03ab][\u0430-\u045f\u03ac-\u03ce]+)?)\s*$")
# A signature in a script without capitals or another alphabet after a dash at the end: "— سارا رحیمی", "– Ирина",
# "شكراً - يزن"
DASHED_SCRIPT = re.compile(r"(?:^|\s)(?:[–—]\s?|-\s)(?P<name>(?:" + ARABIC_WORD + r"|[\u0400-\u04ff\u0370-\u03ff]+)"
                           r"(?:\s(?:" + ARABIC_WORD + r"|[\u0400-\u04ff\u0370-\u03ff]+)){0,2})\s*$")
# The name on the doorbell: "(name on the bell: Baumann)", "auf dem Klingelschild steht Krause"
BELL_NAME = re.compile(r"(?i:name on the (?:door)?bell|klingelschild|auf der klingel(?: steht)?|an der klingel steht|"
                       r"ring (?:the bell )?(?:that says|at)|klingelt bei|klingeln bei|\bklingel|"
                       r"\b(?:door)?bell(?=\s?:))"  # (not "Taco Bell Kaiserslautern")
                       r"\s?:?\s(?:(?i:steht)\s)?(?P<name>" + PERSON + r")|"
                       # "bei Petrović klingeln"
                       r"\b(?i:bei)\s(?P<at>" + PERSON + r")\s(?i:klingeln|läuten|schellen)\b")
# Who runs something: "Organisiert von Jana und Özlem", "hosted by Heather and Josh Carter"
HOSTED_BY = re.compile(r"(?i:organisiert|veranstaltet|organised|organized|hosted|run)\s(?i:von|by)\s"
                       r"(?P<names>" + PERSON + r"(?:(?:,\s|\s(?:und|and|&)\s)" + PERSON + r")*)")
# A name by its initial after "von", "by", "gez." ("Vorschlag von G. Malzahn"); signed in lower case ("gruss k.
# brenner")
BY_INITIAL = re.compile(r"\b(?:von|by|from|gez\.)\s(?P<name>" + INITIAL + r")")
LOWER_SIGNED = re.compile(r"\b(?i:gruß|gruss|grüße|lg|vg|mfg)\s(?P<name>[a-zäöü]\.\s?[a-zäöü]{2,})[\s.!]*$")
# Someone to call or ask by first name ("Call Imran on …", "fragt nach Ayşe")
CALL_NAME = re.compile(r"\b(?i:call|text|ask for|ask|ruft|ruf|fragt nach|fragt|frag|fragen an|contact|kontaktiert|"
                       r"kontakt|hit up|message|dm|schreibt|schreib)\s(?:(?:Coach|Trainer|Trainerin)\s)?"
                       r"(?P<name>" + PERSON + r")")  # "text Coach Rick Alvarado": the name after the coach
# First names that are also words ("die Rose", "ein Roman", "im Ernst", "Frank und frei", "the bill", "Jordan"):
# a name only where the text introduces a person (ich bin …, Gruß …, meine Tochter …), not where a name could stand
AMBIGUOUS_NAMES = {"Rosa", "Lila", "Rose", "Roman", "Mark", "Ernst", "Frank", "Bill", "Grace", "Holly", "Jade",
                   "Amber", "Ruby", "Daisy", "Chad", "Georgia", "Jordan", "Victoria", "Virginia", "Florence",
                   "Regina", "Sofia", "Paris", "August", "Will", "Hope", "Joy", "Ray",
                   # words in German, English or Turkish: a board, to be able, a jack, "hello", "but"; a city
                   "Brett", "Can", "Jack", "Selam", "Ama", "Milan",
                   # Tagalog "hopefully", Turkish "Ramadan"
                   "Sana", "Ramazan",
                   "Jo"}  # the Palatinate's "yes": "Jo hier is die Frau Schnell"
# "San Antonio", "St. Martin", "Hl. Martin": no citizens
SAINTS = {"san", "santa", "santo", "são", "sankt", "st", "saint", "ste", "hl", "heilige", "heiliger", "heiligen"}
PREPOSITIONS = {"in", "aus", "nach", "from", "to", "at", "bei", "near", "von", "vom", "im", "am", "zum", "zur"}
# A business named after its owner or a name: "Café Frieda", "Bäckerei Klein", "Salon Ayşe", "Pizzeria Marco"
BUSINESS_BEFORE = re.compile(r"(?:\b(?i:café|cafe|bäckerei|bäcker|metzgerei|metzger|restaurant|pizzeria|imbiss|"
                             r"kiosk|salon|friseur|döner|kebab|kebap|taverna|trattoria|ristorante|lokanta|market|barber|"
                             r"nails|eiscafé|eisdiele|kebap haus|kebaphaus|dönerhaus|grillhaus|"
                             r"hotel|gasthaus|bistro|bar|laden|apotheke|praxis|kanzlei|studio|atelier|shop|"
                             r"fahrschule|autohaus|reisebüro|optik|optiker|tanzschule|musikschule|sprachschule|"
                             r"schneiderei|änderungsschneiderei|juwelier|buchhandlung|reinigung|taxi|pflegedienst|"
                             r"umzüge|fahrdienst|"
                             r"siêu thị|tiệm|quán|nhà hàng)|"  # Vietnamese: a supermarket, a shop, a restaurant
                             r"(?i:friseursalon|kosmetiksalon|nagelstudio|blumenladen|eiscafe|gemüseladen|dönerladen)|"
                             r"\b(?i:skoda|vw|volkswagen|opel|ford|bmw|audi|fiat|toyota|renault|peugeot|kia|hyundai|"
                             r"dacia|mercedes|nissan|honda|mazda|citroën|citroen|volvo)|"  # a car: "Skoda Octavia"
                             r"(?<=[a-zäöüß,] )(?-i:Da|Chez))"  # a restaurant: "Pizza bei Da Giovanni"
                             r"(?:\s(?i:bei|da|chez))?\s$")  # "Döner bei Ali", "Pizzeria da Mario"
# A group named after a word that is also a name: "Grace Fellowship", "Harmonie Chor", "Phoenix Team"
ORGANISATION_AFTER = re.compile(r"\s(?i:fellowship|ministries|ministry|church|chor|choir|band|ensemble|team|crew|club|"
                                r"verein|gemeinde|stiftung|foundation|kollektiv|collective|imbiss|grill|diner|klinikum|"
                                r"klinik|krankenhaus|hospital|embassy|botschaft|konsulat|consulate|markt|"
                                r"market|supermarkt|supermarket|kaiserslautern|e\.\s?v\.)(?!\w)")
BUSINESS_AFTER = re.compile(r"\s?(?:&|und|and) (?:Partner|Kollegen|Kolleginnen|Colleagues|Associates|Söhne|Sons)|"
                            r"\s(?:GmbH|KG|AG|OHG|e\.\s?V\.|GbR|mbH|Ltd|Inc)\b")
LOWER_TITLED = re.compile(r"\b(?i:(?:meine?[rnm]?|unsere?[rnm]?) (?:nachbarin|nachbar|vermieterin|vermieter)"
                          r"(?: der| die)?) (?P<name>(?i:frau|herrn?) [A-Za-zäöüßÄÖÜ]+)")
PLACE_WORDS = {"straße", "strasse", "str.", "platz", "weg", "allee", "ring", "schule", "gymnasium", "grundschule",
               "realschule", "stadion", "halle", "kirche", "haus", "park", "brücke", "institut", "zentrum", "center",
               "centre", "street", "road", "square", "school", "church", "hall", "stiftung", "verein", "preis",
               "klinikum", "apotheke", "bäckerei", "gmbh", "ag", "kg", "stadium", "arena", "museum", "theater",
               "theatre", "bridge", "gallery", "garden", "gardens", "hospital", "library", "university",
               "universität", "college", "hochschule", "campus", "airport", "flughafen", "memorial", "denkmal"}


Finding = namedtuple("Finding", "kind start end text")
WordLists = namedtuple("WordLists", "phones domains email_locals offices roles first_names figures plain_first_names "
                                    "more_first_names addresses exchanges")


@lru_cache(maxsize=1)
def word_lists():
    """The lists a city extends (resources/privacy/): its own contacts, offices, roles, public figures; first names."""
    contacts = json.loads((RESOURCES / "privacy" / "public_contacts.json").read_text(encoding="utf-8"))
    first = json.loads((RESOURCES / "privacy" / "first_names.json").read_text(encoding="utf-8"))["names"]
    more = json.loads((RESOURCES / "privacy" / "more_first_names.json").read_text(encoding="utf-8"))["names"]
    public_phones = {re.sub(r"\D", "", p) for p in contacts["phones"]}
    return WordLists(public_phones, set(contacts["email_domains"]), set(contacts["email_local_parts"]),
                     tuple(contacts["office_words"]), set(w.lower() for w in contacts["role_words"]), set(first),
                     frozenset(contacts["public_figures"]), set(first) - AMBIGUOUS_NAMES, frozenset(more),
                     tuple(contacts.get("addresses", ())),
                     tuple(re.sub(r"\D", "", p) for p in contacts.get("phone_exchanges", ())))


def known_first_name(word, lists):
    """A first name one of the word lists knows (looked up in each: their union is large)."""
    return word in lists.first_names or word in lists.more_first_names


TITLES = {"frau", "fraa", "herr", "herrn", "fr", "hr", "mrs", "mr", "ms", "miss", "dr", "prof"}
NOT_NAMES = {"und", "aus", "seit", "hier", "neu", "mutter", "vater", "rentner", "rentnerin", "anwohner",
              "anwohnerin", "student", "studentin", "and", "from", "new", "here",
              # languages and subjects ("teaches my kids German")
              "german", "english", "arabic", "turkish", "french", "spanish", "italian", "russian", "ukrainian",
              "polish", "persian", "farsi", "kurdish", "georgia", "jordan",
              "virginia", "carolina", "dakota", "montana",  # (US states: "Georgia, Virginia, Carolina")
              "dios", "dieu", "gott", "god", "allah",  # ("Si Dios quiere")
              "bence",  # Turkish "I think" ("Bence Kaiserslautern'de en güzel …")
              "deutsch", "englisch", "arabisch",
              "türkisch", "französisch", "american", "canadian", "british", "syrian", "afghan", "iraqi", "iranian",
              "nigerian", "eritrean", "indian", "pakistani", "chinese", "amerikaner", "amerikanerin",
              "russisch", "ukrainisch", "polnisch", "math", "maths", "mathe", "music", "musik",
              # what a child calls its parents, signing as one ("Stolze Mama")
              "mama", "papa", "mami", "papi", "oma", "opa", "mum", "mom", "dad",
              # feasts that are also names
              "newroz", "diwali", "ramadan",
              # a city hall (Indonesian: a real export's "Komplek Balaikota")
              "balaikota",
              # a phone, an address in Cyrillic ("Телефон Тафеля: …")
              "телефон", "тел", "адрес", "почта",
              # a word of a headline the tagger may take ("RNI Team Meeting", a real export)
              "meeting",
              # "a student", "a nurse", "a doctor" in Arabic ("أنا طالب سوري")
              "طالب", "طالبة", "ممرض", "ممرضة", "طبيب", "طبيبة", "معلم", "معلمة", "مهندس"}


def public_address(local, domain, locals_, domains):
    """The city's or an office's address: its domain, or a local part that names an office ("info@…",
    "fsr-info@uni-kl.de") at a domain that is not a free mail provider's."""
    if any(domain == d or domain.endswith("." + d) for d in domains) or local in locals_:
        return True
    tokens = re.split(r"[._+-]", local)
    if any(w in CLUB_TOKENS for w in tokens):  # a club's address, often at a free mail provider: "sv-erfenbach@…"
        return True
    return domain.split(".")[0] not in FREE_MAIL and any(w in locals_ for w in tokens)


CLUB_TOKENS = {"sv", "tsv", "fc", "vfl", "vfb", "tus", "djk", "sg", "ev", "verein", "sportverein", "chor",
               "gemeinde", "moschee", "kirche", "foerderverein", "förderverein"}


FREE_MAIL = {"gmail", "googlemail", "gmx", "web", "yahoo", "hotmail", "outlook", "live", "t-online", "posteo",
              "icloud", "me", "freenet", "aol", "mail", "proton", "protonmail", "mailbox", "arcor", "email", "yandex"}


def national(number):
    """The digits of a phone number as dialled in Germany: +49 631 … and 0049 631 … are 0631 …"""
    number = number.replace("(0)", "")  # "+49 (0)176 …": the zero dialled only inside Germany
    digits = "".join(str(int(d)) for d in re.sub(r"\D", "", number))  # in any digits: "۰۱۷۶ …" is 0176 …
    compact = "".join(c if c == "+" else str(int(c)) for c in re.sub(r"[^\d+]", "", number))
    if compact.startswith("+49"):
        return "0" + digits[2:]
    if compact.startswith("0049"):
        return "0" + digits[4:]
    return digits


def iban_ok(text):
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


# (an emoji ends a sentence in a chat: "… unsere ganze Klasse 🍦 Snapchat: …")
SENTENCE_END = re.compile(r"(?<!\bTel)(?<!\bNr)(?<!\bFax)(?<!\bca)(?<!\bbzw)(?<!\bz\.B)(?<!\bSt)(?<!\bDr)(?<!\bHl)"
                          r"(?<!\bKath)(?<!\bEv)(?<!\bProf)[.!?]\s|\n|"
                          r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\s")
PRIVATE = re.compile(r"\b(?i:mich|mir|meine?[rsnm]?|privat|private|me|my|mine|his|her|seine?[rsnm]?|festnetz|"
                     r"home phone|rückruf)\b")
OWN = re.compile(r"\b(?i:mich|mir|meine?[rsnm]?|privat|private|me|my|mine|ich|wir|uns|unsere?[rsnm]?|I|we|us|our|"
                 r"ruf|ruft|call|text)\b")


def public_before(text, start, offices, sentences=1):
    """An office or business named before, in the same sentence ("Bürgercenter (Tel. 0631 365-0)", "Spendenkonto
    der Stadt", "Café Extrablatt … if you call 0631 …") or, with `sentences`, in one of the sentences before ("Das
    Stadtteilbüro … Telefon steht auf dem Flyer, 0631 …"); and no word of the writer's own ("ruf mich an") in the
    last words before the number (in its whole sentence, where an earlier sentence named the office)."""
    pieces = SENTENCE_END.split(text[max(0, start - 120 * sentences):start])
    current = pieces[-1].lower()
    if PRIVATE.search(current[-25:]):
        return False
    if names_office(current, offices):
        return True
    earlier = " ".join(pieces[-sentences:-1]).lower()
    return bool(earlier) and not OWN.search(current) and names_office(earlier, offices)


def public_sentence(text, start, offices):
    """An office named in the sentence before an address, and no word of the writer's own in it ("Die Fachschaft
    … sv-erfenbach@…"; not "bei mir melden: Thomas Weber, thomas.weber@…")."""
    current = SENTENCE_END.split(text[max(0, start - 120):start])[-1].lower()
    return not OWN.search(current) and names_office(current, offices)


def names_office(words, offices):
    """An office word in `words` (lower case): inside a compound where it is long ("Stadtteilbüro",
    "Begegnungscafé"), as a word of its own where it is short ("AStA", not "Pasta")."""
    words = _NOT_OFFICES.sub(" ", words)  # "einladen" is no shop ("Laden")
    # (Chinese writes no spaces: "国际办公室电话")
    return any((word in words) if len(word) > 4 or _HAN.search(word) else
               re.search(r"\b" + re.escape(word) + r"\b", words) for word in offices) or \
        bool(re.search(r"\wbüros?\b", words))  # at the end of a compound: "Seniorenbüro", "Pfarrbüro"


_NOT_OFFICES = re.compile(r"(?:ein|auf|hoch|runter|herunter|ent|über|nach|zu|her|hin)(?:ge)?laden")


def organisation(text, start, handle, offices):
    """A handle of the city, an office or a club: its name says so (with the words of a page's name after it:
    "Facebook: Ghana Union Kaiserslautern"), or the sentence names an office before it."""
    page = re.match(r"(?:\s[A-ZÄÖÜ][\w-]*){1,3}", text[start + len(handle):])
    name = handle.lower() + (page.group().lower() if page else "")
    return any(word in name for word in ORGANISATION_HANDLE) or \
        bool(_OFFICIAL_BEFORE.search(text, max(0, start - 40), start)) or \
        bool(ORGANISATION_TOKENS & set(re.split(r"[._@/-]", name))) or public_before(text, start, offices) or \
        any(token == word or (len(token) > len(word) + 2 and token.endswith(word)) for word in offices
            if len(word) > 2 for token in re.split(r"[._@/\d-]+", handle.lower()))  # "kulturamt.kl", "jugendamt_kl"


# "auf dem offiziellen Account @streetcup.kl der Stadtjugendpflege", "the official page @…", "their official
# Instagram @…", "the garrison's public page @…", "our official Facebook page is @…"
_OFFICIAL_BEFORE = re.compile(r"(?i)\b(?:offiziell\w*|official|public|öffentlich\w*)\s(?:\w+\s)?(?:account|konto|"
                              r"seite|page|kanal|channel|profil|profile|instagram|insta|facebook|twitter|tiktok|"
                              r"telegram)(?:\s(?:is|ist|heißt|lautet))?\s?:?\s?@?$")
ORGANISATION_HANDLE = ("stadt", "city", "kaiserslautern", "official", "offiziell", "verein", "polizei", "police",
                       "rathaus", "gemeinde", "kreis", "fcl", "fck", "club", "cafe", "café", "kaffee", "integration",
                       "bakery", "baeckerei", "bäckerei", "restaurant", "pizzeria", "kiosk", "laden", "shop", "store",
                       "bistro", "hotel")
# as a word of the handle of its own: "tus_ev", not "kev_kl67"; a group addressed in a chat: "@Eltern 1b"
ORGANISATION_TOKENS = {"ev", "bar", "eltern", "alle", "all", "everyone", "channel", "here", "info", "news"}


def role_before(text, start, roles):
    """A role just before, in the same clause or as an apposition ("Oberbürgermeister Klaus Weichel", "the
    mayor, Dr. Klaus Weichel,"; not "Herr Oberbürgermeister, ich, Erika Schwarz")."""
    clauses = re.split(r"[,;:!?\n]", text[max(0, start - 60):start])
    apposition = len(clauses) > 1 and not clauses[-1].strip()
    clause = clauses[-2] if apposition else clauses[-1]
    before = re.findall(r"[\w.]+", clause.lower())
    if apposition and len(before) > 1 and before[0] in ("der", "die", "the", "our", "unser", "unsere") and \
            any(w in roles for w in before[1:3]):
        return True  # "Der Imam der Moschee in der Innenstadt-West, Herr Öztürk,"
    return bool(before) and (_a_role(before[-1], roles) or (len(before) > 1 and _a_role(before[-2], roles)))


def _a_role(word, roles):
    """A role word, also at the end of a compound: "Frauenarztpraxis", "Ortsbürgermeister"."""
    return word in roles or (len(word) > 8 and any(word.endswith(r) for r in roles if len(r) >= 6))


def trim_end(text, start, end):
    while end > start and text[end - 1] in " ,.;":
        end -= 1
    return end


def inside(found, start, end):
    return any(f.start <= start and end <= f.end for f in found)
