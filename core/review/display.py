"""How stored values read for a person, in one language: dates in the locale's format, codes as labels,
nothing as empty. The form, the review panel, the history, the quarantine view and the write-back table use
these, so a date or a status looks the same everywhere."""
from qgis.core import NULL
from qgis.PyQt.QtCore import QDateTime, QLocale, Qt

from .. import list_field
from ..store import schema

# Virtual fields (computed, never stored) that show stored values as a reader reads them.
SUGGESTED = "sd_suggested"      # the suggestions as one line of labels
CREATED = "sd_created"          # the dates in the locale's format, empty when there is none
CHANGED = "sd_changed"
REVIEWED = "sd_reviewed_at"
NOTE = "sd_import_note"         # the import notes in the reader's language
PERSONAL = "sd_personal_data"   # the personal data found in the text, as a reviewer reads it
AREAS = "sd_action_areas"       # the action areas as one line of labels (the attribute table's column)
REVIEWER = "sd_reviewer"        # who reviewed, empty when nobody has yet
ALIASES = {
    "de": {"title": "Titel", "text": "Text der Bürgerin / des Bürgers", "category": "Kategorie",
           "category_raw": "Kategorie (wie gemeldet)", "language": "Sprache", "created_at": "Erstellt",
           "updated_at": "Geändert", "portal_state": "Im Portal", "import_note": "Hinweis beim Import",
           "portal_id": "Portal-ID", "suggested_action_areas": "Vorgeschlagene Handlungsfelder",
           SUGGESTED: "Vorschläge", CREATED: "Erstellt", CHANGED: "Geändert", REVIEWED: "Bearbeitet am",
           NOTE: "Hinweis beim Import", PERSONAL: "Persönliche Angaben im Text (in Exporten maskiert)",
           "action_areas": "Handlungsfelder", "review_status": "Bearbeitungsstand",
           "priority": "Priorität", "planner_note": "Notiz der Planung", "duplicate_of": "Duplikat von",
           "reviewer": "Bearbeitet von", "reviewed_at": "Bearbeitet am", "source": "Quelle",
           "sync_state": "Abgleich", "portal_hash": "Fingerabdruck", "extra": "Weitere Angaben",
           "geometry_kind": "Ursprüngliche Geometrie", "personal": "Persönliche Angaben",
           "portal_feature_id": "Objekt-ID im Portal", "portal_answer_hash": "Fingerabdruck der Antworten",
           "placed_by": "Verortet", "privacy": "Persönliche Angaben im Text", "district": "Stadtteil",
           "address": "Adresse (wie angegeben)", "quote": "Zitat für den Bericht", AREAS: "Handlungsfelder",
           REVIEWER: "Bearbeitet von"},
    "en": {"title": "Title", "text": "Citizen's text", "category": "Category", "category_raw": "Category (as sent)",
           "language": "Language", "created_at": "Created", "updated_at": "Changed", "portal_state": "On the portal",
           "import_note": "Import note", "portal_id": "Portal id",
           "suggested_action_areas": "Suggested action areas", SUGGESTED: "Suggestions", CREATED: "Created",
           CHANGED: "Changed", REVIEWED: "Reviewed at", NOTE: "Import note",
           PERSONAL: "Personal data in the text (masked in exports)",
           "action_areas": "Action areas", "review_status": "Review status", "priority": "Priority",
           "planner_note": "Planner's note", "duplicate_of": "Duplicate of", "reviewer": "Reviewed by",
           "reviewed_at": "Reviewed at", "source": "Source", "sync_state": "Sync state",
           "portal_hash": "Fingerprint", "extra": "Further details", "geometry_kind": "Original geometry",
           "personal": "Personal details", "portal_feature_id": "Feature id on the portal",
           "portal_answer_hash": "Fingerprint of the answers", "placed_by": "Placed",
           "privacy": "Personal data in the text", "district": "District", "address": "Address (as given)",
           "quote": "Quote for the report", AREAS: "Action areas", REVIEWER: "Reviewed by"},
}
FIELD_LABELS = {
    "de": {"action_areas": "Handlungsfelder", "review_status": "Bearbeitungsstand", "priority": "Priorität",
           "planner_note": "Notiz der Planung", "duplicate_of": "Duplikat von",
           "suggested_action_areas": "Vorgeschlagene Handlungsfelder"},
    "en": {"action_areas": "Action areas", "review_status": "Review status", "priority": "Priority",
           "planner_note": "Planner's note", "duplicate_of": "Duplicate of",
           "suggested_action_areas": "Suggested action areas"},
}
PLACED_BY_LABELS = {
    "de": {"citizen": "von der Bürgerin / dem Bürger auf der Karte", "portal": "vom Portal",
           "address": "nach der angegebenen Adresse", "none": "ohne Ort"},
    "en": {"citizen": "by the citizen on the map", "portal": "by the portal", "address": "by the address given",
           "none": "without a place"},
}
PORTAL_STATE_LABELS = {
    "de": {"active": "aktiv", "withdrawn": "zurückgezogen", "hidden": "verborgen", "rejected": "abgelehnt"},
    "en": {"active": "active", "withdrawn": "withdrawn", "hidden": "hidden", "rejected": "rejected"},
}
PRIORITY_LABELS = {"de": {1: "1 – hoch", 2: "2 – mittel", 3: "3 – niedrig"},
                   "en": {1: "1 – high", 2: "2 – medium", 3: "3 – low"}}
NONE_LABEL = {"de": "–", "en": "–"}
HISTORY_HEADERS = {"de": ("Wann", "Wer", "Was", "Vorher", "Nachher"),
                   "en": ("When", "Who", "What", "Before", "After")}
NO_HISTORY = {"de": "Noch keine Entscheidung geändert.", "en": "No decision has been changed yet."}
LANGUAGE_NAMES = {"de": {"de": "Deutsch", "en": "Englisch"}, "en": {"de": "German", "en": "English"}}


def empty(value):
    return value is None or value == NULL or (isinstance(value, str) and value.strip() in ("", "NULL"))


def datetime_format(language):
    """The locale's short date and time, with the year in full: 'dd.MM.yyyy HH:mm' in German."""
    text = QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English,
                   QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom
                   ).dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def to_qdatetime(value):
    """A QDateTime from what QGIS or the store gives (QDateTime, ISO text); None if nothing. Shown as stored,
    as the form's format_date() shows it, so a time reads the same in every place."""
    if empty(value):
        return None
    if isinstance(value, QDateTime):
        return value if value.isValid() else None
    text = str(value).strip().replace(" ", "T")
    moment = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    return moment if moment.isValid() else None


def format_datetime(value, language):
    moment = to_qdatetime(value)
    return moment.toString(datetime_format(language)) if moment is not None else ""


def status_label(code, language):
    return schema.STATUS_LABELS[language].get(code or "new", code or "")


def category_label(code, language):
    return schema.CATEGORY_LABELS.get(code or "other", {}).get(language, code or "")


def portal_state_label(code, language):
    return PORTAL_STATE_LABELS[language].get(code or "active", code or "")


def priority_label(value, language):
    try:
        return PRIORITY_LABELS[language][int(value)]
    except (TypeError, ValueError, KeyError):
        return "" if empty(value) else str(value)


def area_labels(codes, labels):
    """'Arbeit und Wirtschaft, Religion' for the codes of a JSON-array value; labels: {code: label}."""
    return ", ".join(labels.get(c, c) for c in list_field.codes(codes))


def decision_value(field, value, language, labels):
    """A decision field's stored value (as the audit log keeps it) as a person reads it."""
    if field in list_field.FIELDS:
        return area_labels(value, labels) or NONE_LABEL[language]
    if empty(value):
        return NONE_LABEL[language]
    if field == "review_status":
        return status_label(str(value), language)
    if field == "priority":
        return priority_label(value, language)
    return str(value)


def field_label(field, language):
    return FIELD_LABELS[language].get(field, field)


def any_field_label(field, language):
    """The name of any submission field as the form calls it."""
    return ALIASES[language].get(field) or field_label(field, language)


def any_value(field, value, language, labels):
    """A submission field's value as a person reads it: decisions and categories in labels, dates formatted."""
    if field in schema.DECISION_FIELDS or field in list_field.FIELDS:
        return decision_value(field, value, language, labels)
    if empty(value):
        return ""
    if field == "category":
        return category_label(str(value), language)
    if field == "portal_state":
        return portal_state_label(str(value), language)
    if field.endswith("_at"):
        return format_datetime(value, language)
    return str(value)


def date_format(language):
    return "dd.MM.yyyy" if language == "de" else "d MMMM yyyy"


def format_date(value, language):
    """The day alone ('23.07.2018', '23 July 2018'), in the language's month names."""
    moment = to_qdatetime(value)
    if moment is None:
        return ""
    locale = QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    return locale.toString(moment.date(), date_format(language))
