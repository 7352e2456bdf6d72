"""The submission schema in one place: fields, owners, categories, review statuses.

Each field names the schema version that introduced it, so a store can be created at
any version (tests of migrations) and migrated forward by adding what is missing.
"""
from collections import namedtuple

from ..i18n import ui_language

SCHEMA_VERSION = 10
DEFAULT_CRS = "EPSG:25832"

SUBMISSIONS = "submissions"
QUARANTINE = "quarantine"
AUDIT_LOG = "audit_log"
ACTION_AREAS = "action_areas"
META = "stadtdialog_meta"

PORTAL = "portal"      # written by a pull, never by a reviewer
REVIEWER = "reviewer"  # written by reviewers, never by a pull
SYSTEM = "system"      # bookkeeping the plugin keeps

Field = namedtuple("Field", "name kind owner since")

SUBMISSION_FIELDS = (
    Field("portal_id", "string", PORTAL, 1),
    Field("source", "string", PORTAL, 1),
    Field("category", "string", PORTAL, 1),
    Field("category_raw", "string", PORTAL, 1),
    Field("title", "string", PORTAL, 1),
    Field("text", "string", PORTAL, 1),
    Field("language", "string", PORTAL, 1),
    Field("created_at", "datetime", PORTAL, 1),
    Field("updated_at", "datetime", PORTAL, 1),
    Field("portal_hash", "string", PORTAL, 1),
    Field("portal_state", "string", PORTAL, 1),
    Field("action_areas", "json", REVIEWER, 1),
    Field("suggested_action_areas", "json", REVIEWER, 1),
    Field("review_status", "string", REVIEWER, 1),
    Field("priority", "integer", REVIEWER, 1),
    Field("planner_note", "string", REVIEWER, 1),
    Field("reviewer", "string", REVIEWER, 1),
    Field("reviewed_at", "datetime", REVIEWER, 1),
    Field("duplicate_of", "string", REVIEWER, 1),
    Field("sync_state", "string", SYSTEM, 1),
    # v2: what the portal sent besides the mapped fields, the original geometry kind of
    # non-point submissions, notes from normalisation, and personal data kept on request.
    Field("extra", "json", PORTAL, 2),
    Field("geometry_kind", "string", PORTAL, 2),
    Field("import_note", "string", PORTAL, 2),
    Field("personal", "json", PORTAL, 2),
    # v4: the portal's own feature id (OGC API item id, WFS gml:id), which a push addresses.
    Field("portal_feature_id", "string", PORTAL, 4),
    # v5: fingerprint of the answers the portal held when we last saw or wrote them: a colleague's answer
    # written there since is a conflict, not something to overwrite.
    Field("portal_answer_hash", "string", PORTAL, 5),
    # v7: the import notes as messages with their values (import_note keeps them in English), shown in the
    # reader's language.
    Field("import_notes", "json", PORTAL, 7),
    # v8: the version of the decisions, one up with every change: a save based on an older version is refused
    # (a colleague saved in between), never silently written over theirs.
    Field("row_version", "integer", SYSTEM, 8),
    # v9: how the submission got its point — by the citizen on the map ('citizen'), by the portal ('portal'),
    # or none: a contribution without a place is reviewed like any other, never given a point made up.
    Field("placed_by", "string", PORTAL, 9),
    # v9: a reviewer's word on personal data in the citizen's text ({"not_personal": [...], "personal": [...]}):
    # what review.personal_data found but is not personal, and what it missed; used wherever the text is masked.
    Field("privacy", "json", REVIEWER, 9),
    # v9: where the citizen said it is, in words: the district (as the planner's district layer names it, where it
    # does) and the address as given; a contribution without a point is placed by that address where the city's
    # address layer has it (placed_by 'address').
    Field("district", "string", PORTAL, 9),
    Field("address", "string", PORTAL, 9),
    # v10: a reviewer marked the citizen's words as a quote for the report ("What citizens said"): 1, else 0 or NULL.
    Field("quote", "integer", REVIEWER, 10),
)
PLACED_BY = ("citizen", "portal", "address", "none")
PLACED_BY_SQL = "CASE WHEN geom IS NULL THEN 'none' ELSE 'citizen' END"  # for stores made before v9

QUARANTINE_FIELDS = (
    Field("source", "string", SYSTEM, 1),
    Field("raw", "string", SYSTEM, 1),
    Field("reason", "string", SYSTEM, 1),
    Field("seen_at", "datetime", SYSTEM, 1),
    # v7: the reason as a message with its values (`reason` keeps it in English), shown in the reader's language.
    Field("reason_code", "json", SYSTEM, 7),
)

AUDIT_FIELDS = (
    Field("portal_id", "string", SYSTEM, 1),
    Field("field", "string", SYSTEM, 1),
    Field("old_value", "string", SYSTEM, 1),
    Field("new_value", "string", SYSTEM, 1),
    Field("user", "string", SYSTEM, 1),
    Field("changed_at", "datetime", SYSTEM, 1),
    Field("db_user", "string", SYSTEM, 8),  # v8: the database account the change came from (PostgreSQL)
)

ACTION_AREA_FIELDS = (
    Field("code", "string", SYSTEM, 1),
    Field("label_de", "string", SYSTEM, 1),
    Field("label_en", "string", SYSTEM, 1),
    Field("description_de", "string", SYSTEM, 1),
    Field("description_en", "string", SYSTEM, 1),
    Field("colour", "string", SYSTEM, 1),
    Field("keywords", "json", SYSTEM, 1),
    Field("catalogue", "string", SYSTEM, 1),
)

META_FIELDS = (
    Field("key", "string", SYSTEM, 1),
    Field("value", "string", SYSTEM, 1),
)

# table name -> (fields, has point geometry)
TABLES = {
    SUBMISSIONS: (SUBMISSION_FIELDS, True),
    QUARANTINE: (QUARANTINE_FIELDS, False),
    AUDIT_LOG: (AUDIT_FIELDS, False),
    ACTION_AREAS: (ACTION_AREA_FIELDS, False),
    META: (META_FIELDS, False),
}


def fields_at(table, version):
    return [f for f in TABLES[table][0] if f.since <= version]


def names(owner):
    return [f.name for f in SUBMISSION_FIELDS if f.owner == owner]


PORTAL_FIELDS = names(PORTAL)
REVIEWER_FIELDS = names(REVIEWER)
# The reviewers' decisions: every change is audited and makes the submission pending for a push.
# (reviewer/reviewed_at describe a change; suggestions are the machine's, not a decision.)
DECISION_FIELDS = ("action_areas", "review_status", "priority", "planner_note", "duplicate_of")
# The reviewers' free text: '' means nothing (a form shows it empty, not as 'NULL'), and NULL is the same.
TEXT_DECISIONS = ("planner_note", "duplicate_of")
# Audited like a decision, but not written to the portal (nothing becomes pending for it).
AUDITED_FIELDS = DECISION_FIELDS + ("privacy", "quote")
# A reviewer's yes or no: NULL and 0 are the same "no".
FLAG_FIELDS = ("quote",)

CATEGORIES = ("meeting_place", "missing_meeting_place", "unpleasant_place", "idea", "other")
CATEGORY_LABELS = {
    "meeting_place": {"de": "Ort der Begegnung", "en": "Place of encounter"},
    "missing_meeting_place": {"de": "Hier fehlt ein Treffpunkt", "en": "A meeting place is missing"},
    "unpleasant_place": {"de": "Weniger schöne Ecke", "en": "Less pleasant corner"},
    "idea": {"de": "Anmerkung / Idee", "en": "Remark or idea"},
    "other": {"de": "Sonstiges", "en": "Other"},
}
CATEGORY_COLOURS = {
    "meeting_place": "#2e8b57",
    "missing_meeting_place": "#e08a00",
    "unpleasant_place": "#c0392b",
    "idea": "#2c6fbb",
    "other": "#7f7f7f",
}

REVIEW_STATUSES = ("new", "in_review", "classified", "not_relevant", "duplicate")


STATUS_LABELS = {
    "de": {"new": "neu", "in_review": "in Prüfung", "classified": "zugeordnet", "not_relevant": "nicht relevant",
           "duplicate": "Duplikat"},
    "en": {"new": "new", "in_review": "in review", "classified": "classified", "not_relevant": "not relevant",
           "duplicate": "duplicate"},
}


def review_status_labels():
    """Status labels in the user's language (styles and forms saved to files take a fixed one)."""
    return STATUS_LABELS[ui_language()]


PORTAL_STATES = ("active", "withdrawn")
SYNC_STATES = ("clean", "modified", "conflict")
