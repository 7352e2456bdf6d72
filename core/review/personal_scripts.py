"""Names written in scripts that no list of names reads and whose letters have no capitals (Ge'ez, Tamil, Devanagari,
Chinese, Arabic) or whose names no list holds (Cyrillic), found by what stands beside them: the private phone number,
e-mail address or handle they are set off before ("ደውሉ፦ ተስፋይ መሓሪ 0157 …", "请联系我：王浩 电话 0152 …", "Contact
அருள் (Arul) 0176 …") and the holder of an IBAN after it ("CH33 … (கலைச்செல்வி நடராஜா)", "DE97 …, Генрих Классен.")."""
import re

from .personal_languages import THANKS
from .personal_patterns import NAME, NOT_NAMES, Finding

# Thanks set off after a number or an IBAN ("DE35 …, спасибо большое."), in the languages beside those of THANKS
_THANKS = set(THANKS) | {"شكرا", "شكراً", "நன்றி", "धन्यवाद", "谢谢", "የቐንየለይ", "ስለ"}

# The letters of scripts other than Latin, without their punctuation and digits: Greek, Cyrillic, Armenian, Hebrew,
# Arabic (with the joiner Farsi writes inside a name), Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
# Kannada, Malayalam, Sinhala, Georgian, Ge'ez, Japanese, Chinese, Korean
_SCRIPTS = (("\u0370", "\u03ff"), ("\u0400", "\u04ff"), ("\u0531", "\u0587"), ("\u05d0", "\u05ea"),
            ("\u0621", "\u06ff"), ("\u0900", "\u0963"), ("\u0980", "\u09ff"), ("\u0a00", "\u0a7f"),
            ("\u0a80", "\u0aff"), ("\u0b00", "\u0b7f"), ("\u0b80", "\u0bff"), ("\u0c00", "\u0c7f"),
            ("\u0c80", "\u0cff"), ("\u0d00", "\u0d7f"), ("\u0d80", "\u0dff"), ("\u10a0", "\u10ff"),
            ("\u1200", "\u135f"), ("\u3040", "\u30ff"), ("\u3400", "\u9fff"), ("\uac00", "\ud7af"))
_WORD = "(?:(?![\u0660-\u066d\u06d4\u06f0-\u06f9])[" + \
    "".join(lo + "-" + hi for lo, hi in _SCRIPTS) + "\u200c])+"  # (not the Arabic digits and stop)
# Words for the kind of contact that stand between a name and its number ("王浩 电话 0152 …", "محمد، هاتف …")
_CONTACT_WORD = r"(?:(?i:tel|phone|handy|mobil|whatsapp|email|e-mail)|电话|手机|微信|邮箱|هاتف|رقم|واتساب|تلفن|" \
    r"тел|телефон)"
_RUN = _WORD + r"(?:\s(?!" + _CONTACT_WORD + r")" + _WORD + r"){0,2}"
# What sets a name off before a contact: a colon (also Chinese and Ge'ez ones), a dash, "contact (me)"; not the start
# of a line, where the words before a number may be "send me on WhatsApp" ("أرسلوا لي على واتساب: …")
_OPENING = r"(?:[:：፦]|联系我?[，,：:]?|\s[–—-]|\b(?i:contact|kontakt)(?:\s(?i:me|mich))?)"
_BEFORE_CONTACT = re.compile(_OPENING + r"\s*(?P<name>" + _RUN + r")(?:\s\((?P<latin>" + NAME + r")\))?\s*[,،，]?\s*"
                             r"(?:" + _CONTACT_WORD + r"\.?\s*[:：]?\s*)?$")
# The holder after an IBAN: in brackets, or set off by a comma as the sentence's last words
_HOLDER = re.compile(r"\s?(?:\((?P<bracketed>" + _RUN + r")\)|[,،]\s(?P<set_off>" + _RUN + r")(?=\s*(?:[.،,!\n]|$)))")


def beside_contacts(text, found):
    """Names in those scripts before a private phone number, e-mail address or handle found, or after an IBAN found."""
    more = []
    for f in found:
        if f.kind in ("phone", "email", "social_handle"):
            m = _BEFORE_CONTACT.search(text, max(0, f.start - 60), f.start)
            if m and _a_name(m.group("name")):
                more.append(Finding("person_name", m.start("name"), m.end("name"), m.group("name")))
                if m.group("latin") and m.group("latin").lower() not in NOT_NAMES:
                    more.append(Finding("person_name", m.start("latin"), m.end("latin"), m.group("latin")))
        if f.kind == "iban":
            m = _HOLDER.match(text, f.end)
            group = m and ("bracketed" if m.group("bracketed") else "set_off")
            if m and _a_name(m.group(group)):
                more.append(Finding("person_name", m.start(group), m.end(group), m.group(group)))
    return more


def _a_name(run):
    """Whether the words may be a name: none is a word the lists know or a thanks, and in a script with capitals
    (Greek, Cyrillic, Armenian) each begins with one ("Для связи: пишите 0176 …" is "write")."""
    words = run.split()
    return not any(w.lower() in NOT_NAMES | _THANKS or w[0].islower() for w in words)
