"""Personal data that citizens write into their own text — e-mail addresses, phone numbers, IBANs, licence plates,
social-media handles, a private home address, a date of birth, a private person introduced by name — found so a
reviewer sees it, and masked in everything that leaves the store ("[Telefonnummer]", "[phone number]").

Nothing downloaded: patterns and small word lists (resources/privacy/), and a small word tagger trained on the
project's own labelled texts (personal_tagger), with the checks that keep a city's own contacts, streets named after
people, public figures in their office, bus lines, prices and event dates out.
The store keeps the original for the planners; a reviewer's "not personal" or "also personal" (the submission's
`privacy` field, audited like a decision) is used everywhere the text is masked."""
import json
import re

from .personal_finders import Finding, find, resolve

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

def findings(text, privacy=None):
    """What is masked in `text`: what find() sees, less what a reviewer marked as not personal, plus what they
    marked as personal. `privacy`: the submission's stored choice ({"not_personal": [...], "personal": [...]},
    or its JSON text)."""
    choice = _choice(privacy)
    kept = [f for f in find(text) if f.text not in choice["not_personal"]]
    for phrase in choice["personal"]:
        for m in re.finditer(re.escape(phrase), text or ""):
            kept.append(Finding("other", m.start(), m.end(), phrase))
    return resolve(kept)


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
