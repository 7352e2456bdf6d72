"""GeoPackage geometry blobs for points, and the SQL functions GDAL's rtree triggers call.

Writing through sqlite3 is several times faster than through OGR for bulk pulls, but
the rtree triggers OGR installs call ST_IsEmpty/ST_MinX/…, which only GDAL registers.
"""
import struct

_HEADER = struct.Struct("<2sBBi")
_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}
_EMPTY_FLAG = 0x10


def point_blob(srs_id, x, y):
    # flags 0x01: little-endian header, no envelope (optional for points).
    return _HEADER.pack(b"GP", 0, 0x01, srs_id) + struct.pack("<BIdd", 1, 1, x, y)


def point_xy(blob):
    """(x, y) of a point blob; None for anything else."""
    box = _envelope(blob)
    if box is None or box[0] != box[1] or box[2] != box[3]:
        return None
    return box[0], box[2]


def _envelope(blob):
    """(minx, maxx, miny, maxy) from the header envelope or, for points, from the WKB."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & _EMPTY_FLAG:
        return None
    order = "<" if flags & 0x01 else ">"
    n = _ENVELOPE_DOUBLES.get((flags >> 1) & 0x07)
    if n is None:
        return None
    if n:
        return struct.unpack_from(order + "4d", blob, 8)
    wkb = 8
    worder = "<" if blob[wkb] == 1 else ">"
    (gtype,) = struct.unpack_from(worder + "I", blob, wkb + 1)
    if gtype % 1000 != 1 and gtype & 0xFF != 1:  # Point, PointZ/M (ISO or EWKB-style flags)
        return None
    x, y = struct.unpack_from(worder + "2d", blob, wkb + 5)
    if x != x or y != y:  # an empty point is written as NaN coordinates
        return None
    return x, x, y, y


def _part(index):
    def fn(blob):
        box = _envelope(blob)
        return None if box is None else box[index]
    return fn


def register(connection):
    connection.create_function("ST_IsEmpty", 1, lambda b: 1 if _envelope(b) is None else 0,
                               deterministic=True)
    for name, index in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
        connection.create_function(name, 1, _part(index), deterministic=True)
