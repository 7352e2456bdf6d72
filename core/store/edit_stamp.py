"""Who decided, when, and on which version — stamped into a layer's edit buffer, and nothing else with it.

Whatever a reviewer decides with (the form, the attribute table, the field calculator, the review panel), the
first change of a decision field notes the version the change is based on; just before the layer's edits are
saved, every submission with changed decisions gets its version claim (see versions), the reviewer's name and
the time. Default values "applied on update" would do the same in fewer lines, but QGIS then compares a copy of
the whole feature read before the defaults with a fresh one and re-sends every column that differs: a pull or
push saved in between (the portal's fingerprints, the sync state) was overwritten with the old values, and a
reviewer's login, which may write only the decision columns, had its save refused."""
from . import claims, schema
from .claims import claim, current_user, read_version
from .gpkg_store import now_iso

_watched = set()


STAMPED = ("reviewer", "reviewed_at", "row_version")


def watch(layer):
    """Note and stamp this layer's decisions from now on (once per layer), in place of the defaults applied on
    update that the layer's style gives for QGIS without Stadtdialog."""
    from qgis.core import QgsDefaultValue

    layer_id = layer.id()
    if layer_id in _watched or layer.fields().indexOf("row_version") < 0:
        return
    _watched.add(layer_id)
    for name in STAMPED:
        index = layer.fields().indexOf(name)
        if index >= 0 and layer.defaultValueDefinition(index).applyOnUpdate():
            layer.setDefaultValueDefinition(index, QgsDefaultValue())
    decisions = {layer.fields().indexOf(name) for name in schema.AUDITED_FIELDS} - {-1}

    def changed(fid, index, _value):
        noted = claims.notes(layer_id)
        if index in decisions and fid >= 0 and fid not in noted:
            noted[fid] = read_version(layer.getFeature(fid)["row_version"])

    def forget(*_args):
        claims.forget(layer_id)

    def gone():
        _watched.discard(layer_id)
        forget()

    layer.attributeValueChanged.connect(changed)
    layer.beforeCommitChanges.connect(lambda *_args: stamp(layer))
    layer.afterCommitChanges.connect(forget)
    layer.afterRollBack.connect(forget)
    layer.willBeDeleted.connect(gone)


def stamp(layer):
    """Give every submission whose decisions the edit buffer changes its claim, reviewer and time (those not
    set by the edit itself)."""
    buffer = layer.editBuffer() if layer.isEditable() else None
    if buffer is None:
        return
    index = layer.fields().indexOf
    version, reviewer, reviewed_at = index("row_version"), index("reviewer"), index("reviewed_at")
    if version < 0:
        return
    decisions = {index(name) for name in schema.AUDITED_FIELDS} - {-1}
    noted = claims.notes(layer.id())
    for fid, values in buffer.changedAttributeValues().items():
        if fid < 0 or decisions.isdisjoint(values):
            continue
        if version not in values:
            based_on = noted.get(fid)
            if based_on is None:
                based_on = read_version(layer.getFeature(fid)["row_version"])
            layer.changeAttributeValue(fid, version, claim(based_on), None, True)
        if reviewer >= 0 and reviewer not in values:
            layer.changeAttributeValue(fid, reviewer, current_user(), None, True)
        if reviewed_at >= 0 and reviewed_at not in values:
            layer.changeAttributeValue(fid, reviewed_at, now_iso(), None, True)

