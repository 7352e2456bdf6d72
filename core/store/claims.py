"""Who decided, and on which version: the reviewer's name, the claim a save of decisions makes on the version it
read, and the version each unsaved decision change was based on. versions (stale saves), edit_stamp (stamping
the edit buffer) and classify (bulk decisions) all speak of these, so they have one home below all three."""
from qgis.core import QgsExpressionContextUtils

_noted = {}  # layer id -> {fid: the version the first decision change was based on}


def current_user():
    """Who is at work: QGIS's @user_full_name, else the account name."""
    scope = QgsExpressionContextUtils.globalScope()
    return scope.variable("user_full_name") or scope.variable("user_account_name") or ""


def claim(read_version):
    """The claim a save of decisions makes on the version it read: -(v + 1). A store refuses a claim made on an
    old version (audit.version_sql, pg_schema)."""
    return -((read_version or 0) + 1)


def read_version(value):
    """The version an edit was based on, from the value a feature holds (a claim is negative)."""
    value = int(value) if value not in (None, "") and str(value) != "NULL" else 0
    return -value - 1 if value < 0 else value


def notes(layer_id):
    """{fid: version} of a layer's unsaved decision changes, as edit_stamp notes them."""
    return _noted.setdefault(layer_id, {})


def forget(layer_id):
    _noted.pop(layer_id, None)


def based_on(layer, fid):
    """The version the unsaved decision change of `fid` is based on (None when there is none)."""
    return _noted.get(layer.id(), {}).get(fid)
